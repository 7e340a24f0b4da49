#ifndef KERNEL_TIDY_ANALYSIS_REPORTSCOPE_H
#define KERNEL_TIDY_ANALYSIS_REPORTSCOPE_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>

namespace clang {
class SourceManager;
namespace tidy {
class ClangTidyContext;
} // namespace tidy
} // namespace clang

namespace clang::tidy::kernel {

/// The clang-tidy options that decide where findings are shown, read when a
/// check is created.
struct ReportScopeOptions {
  bool SystemHeaders = false;
  std::string HeaderFilter;
  std::string ExcludeHeaderFilter;

  static ReportScopeOptions of(const ClangTidyContext *Context);
};

/// Where clang-tidy will show a finding in one TU: the main file; headers
/// that match `HeaderFilterRegex` and not `ExcludeHeaderFilterRegex`; system
/// headers only with `SystemHeaders`. A kernel TU is mostly header code whose
/// findings clang-tidy would drop, so the checks start their work from what
/// it shows.
class ReportScope {
public:
  ReportScope(const ReportScopeOptions &Options, const SourceManager &SM);

  /// Whether a finding at \p Loc (or at the expansion of the macro it is in)
  /// would be shown.
  bool shows(SourceLocation Loc) const;

private:
  const SourceManager &SM;
  bool SystemHeaders;
  std::optional<llvm::Regex> HeaderFilter;
  std::optional<llvm::Regex> ExcludeHeaderFilter;
  mutable llvm::DenseMap<unsigned, bool> ShownFiles;
};

} // namespace clang::tidy::kernel

#endif
