#include "AtomicContextCheck.h"
#include "AtomicContextAnalysis.h"
#include "CallGraph.h"
#include "GfpFlags.h"
#include "KernelApiTables.h"
#include "NameList.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

namespace {
/// The list options: each replaces a built-in table, and its `Extra` form
/// extends it.
struct ListOption {
  const char *Name;
  const char *BuiltIn;
};
constexpr ListOption ListOptions[] = {
    {"AtomicEnterFunctions", tables::AtomicEnter},
    {"AtomicLeaveFunctions", tables::AtomicLeave},
    {"AtomicTryEnterFunctions", tables::AtomicTryEnter},
    {"AtomicRegistrations", tables::AtomicRegistrations},
    {"SleepingFunctions", tables::SleepingFunctions},
    {"NonSleepingFunctions", tables::NonSleepingFunctions},
    {"GfpAllocators", tables::GfpAllocators},
    {"ReclaimingGfpFlags", tables::ReclaimingGfpFlags},
    {"NonReclaimingGfpFlags", tables::NonReclaimingGfpFlags},
};
} // namespace

std::vector<std::string>
AtomicContextCheck::readLists(ClangTidyCheck::OptionsView &Options) {
  std::vector<std::string> Values;
  for (const ListOption &O : ListOptions) {
    Values.push_back(Options.get(O.Name, O.BuiltIn).str());
    Values.push_back(Options.get((llvm::Twine("Extra") + O.Name).str(), "").str());
  }
  return Values;
}

KernelApiModel::Lists AtomicContextCheck::effectiveLists() const {
  auto List = [&](unsigned I) {
    return NameList::join(Values[2 * I], Values[2 * I + 1]);
  };
  return KernelApiModel::Lists{List(0), List(1), List(2), List(3), List(4),
                               List(5), List(6), List(7), List(8)};
}

AtomicContextCheck::AtomicContextCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Values(readLists(Options)),
      AssumeIndirectCallsSleep(Options.get("AssumeIndirectCallsSleep", false)),
      Api(effectiveLists()) {}

void AtomicContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  unsigned I = 0;
  for (const ListOption &O : ListOptions) {
    Options.store(Opts, O.Name, Values[I++]);
    Options.store(Opts, (llvm::Twine("Extra") + O.Name).str(), Values[I++]);
  }
  Options.store(Opts, "AssumeIndirectCallsSleep", AssumeIndirectCallsSleep);
}

void AtomicContextCheck::registerPPCallbacks(const SourceManager &,
                                             Preprocessor *PP,
                                             Preprocessor *) {
  this->PP = PP;
}

void AtomicContextCheck::registerMatchers(MatchFinder *Finder) {
  // The analysis is inter-procedural: it runs once over the whole TU.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void AtomicContextCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  GfpFlagDecider Gfp(Api.reclaimingFlags(), Api.nonReclaimingFlags());
  if (PP)
    Gfp.learnFromPreprocessor(*PP, tables::DirectReclaimMacro);
  CallGraph CG(Ctx);
  AtomicContextAnalysis Analysis(Ctx, CG, Api, Gfp,
                                 {AssumeIndirectCallsSleep});
  for (const Finding &F : Analysis.run()) {
    diag(F.Loc, F.Message) << F.Range;
    for (const FindingNote &N : F.Notes)
      if (N.Loc.isValid())
        diag(N.Loc, N.Text, DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::kernel
