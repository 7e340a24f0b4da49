#ifndef KERNEL_TIDY_CHECKS_RTTI_RTTICHECK_H
#define KERNEL_TIDY_CHECKS_RTTI_RTTICHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::kernel {

/// Flags `dynamic_cast` and `typeid`, which need run-time type information
/// that kernel C++ is built without (`-fno-rtti`).
class RttiCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace clang::tidy::kernel

#endif
