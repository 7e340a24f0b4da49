#include "analysis/ReportScope.h"
#include "analysis/LlvmCompat.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::kernel {

ReportScopeOptions ReportScopeOptions::of(const ClangTidyContext *Context) {
  const ClangTidyOptions &O = Context->getOptions();
  return {O.SystemHeaders.value_or(false), O.HeaderFilterRegex.value_or(""),
          compat::excludeHeaderFilter(O)};
}

static std::optional<llvm::Regex> compile(const std::string &Pattern) {
  if (Pattern.empty())
    return std::nullopt;
  llvm::Regex R(Pattern);
  // clang-tidy reports a bad pattern itself; here it matches nothing.
  if (!R.isValid())
    return std::nullopt;
  return R;
}

ReportScope::ReportScope(const ReportScopeOptions &Options,
                         const SourceManager &SM)
    : SM(SM), SystemHeaders(Options.SystemHeaders),
      HeaderFilter(compile(Options.HeaderFilter)),
      ExcludeHeaderFilter(compile(Options.ExcludeHeaderFilter)) {}

bool ReportScope::shows(SourceLocation Loc) const {
  if (Loc.isInvalid())
    return false;
  FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
  auto [It, Inserted] = ShownFiles.try_emplace(File.getHashValue(), false);
  if (!Inserted)
    return It->second;
  bool Shown = false;
  if (File == SM.getMainFileID()) {
    Shown = true;
  } else if (SystemHeaders || !SrcMgr::isSystem(SM.getFileCharacteristic(
                                  SM.getLocForStartOfFile(File)))) {
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    llvm::StringRef Name = Entry ? Entry->getName() : llvm::StringRef();
    Shown = HeaderFilter && HeaderFilter->match(Name) &&
            !(ExcludeHeaderFilter && ExcludeHeaderFilter->match(Name));
  }
  It->second = Shown;
  return Shown;
}

} // namespace clang::tidy::kernel
