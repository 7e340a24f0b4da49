#ifndef KERNEL_TIDY_CHECKS_EXCEPTIONS_EXCEPTIONSCHECK_H
#define KERNEL_TIDY_CHECKS_EXCEPTIONS_EXCEPTIONSCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/TypeLoc.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::kernel {

/// Flags `throw` expressions, `try` blocks (also function-try-blocks),
/// dynamic exception specifications and `new` expressions that report
/// allocation failure by throwing, none of which a kernel built with
/// `-fno-exceptions` can handle.
class ExceptionsCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  void reportExceptionSpec(TypeLoc Function);
  void checkNew(const CXXNewExpr &New, ASTContext &Ctx);

  /// Where a `new` was reported: every instantiation of a template shares
  /// the pattern's location, and one finding per pattern is enough.
  llvm::DenseSet<SourceLocation> ReportedNews;
};

} // namespace clang::tidy::kernel

#endif
