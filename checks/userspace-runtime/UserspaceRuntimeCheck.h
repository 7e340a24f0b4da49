#ifndef KERNEL_TIDY_CHECKS_USERSPACE_RUNTIME_USERSPACERUNTIMECHECK_H
#define KERNEL_TIDY_CHECKS_USERSPACE_RUNTIME_USERSPACERUNTIMECHECK_H

#include "options/ListOption.h"
#include "options/NameList.h"
#include "analysis/ReportScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::kernel {

/// Flags what needs a hosted C/C++ runtime that a kernel does not have: libc
/// calls, allocating or OS-bound standard-library types and functions,
/// thread-local storage, guarded static initialisation and global
/// constructors and destructors.
class UserspaceRuntimeCheck : public ClangTidyCheck {
public:
  UserspaceRuntimeCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

  /// The kernel replacement for a listed libc or standard-library name, or
  /// an empty string when the kernel has none.
  StringRef alternativeFor(StringRef QualifiedName) const;

  const NameList &libcFunctions() const { return LibcFunctions; }
  const NameList &stdNames() const { return StdNames; }
  const NameList &atomicTemplates() const { return AtomicTemplates; }
  bool allowGlobalConstructors() const { return AllowGlobalConstructors; }
  const ReportScopeOptions &scope() const { return Scope; }

private:
  const ListOption LibcOption;
  const ListOption StdNamesOption;
  const std::string RawAtomicTemplates;
  const ListOption AlternativesOption;
  const bool AllowGlobalConstructors;
  const ReportScopeOptions Scope;

  const NameList LibcFunctions;
  const NameList StdNames;
  const NameList AtomicTemplates;
  /// Patterns in order; the first that matches names the alternative.
  const std::vector<std::pair<NameList, std::string>> Alternatives;
};

} // namespace clang::tidy::kernel

#endif
