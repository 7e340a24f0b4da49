#include "AtomicContextCheck.h"
#include "AtomicContextAnalysis.h"
#include "analysis/CallGraph.h"
#include "GfpFlags.h"
#include "KernelApiTables.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

AtomicContextCheck::AtomicContextCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Enter(Options, "AtomicEnterFunctions", tables::AtomicEnter),
      Leave(Options, "AtomicLeaveFunctions", tables::AtomicLeave),
      TryEnter(Options, "AtomicTryEnterFunctions", tables::AtomicTryEnter),
      Registrations(Options, "AtomicRegistrations",
                    tables::AtomicRegistrations),
      Sleeping(Options, "SleepingFunctions", tables::SleepingFunctions),
      NonSleeping(Options, "NonSleepingFunctions",
                  tables::NonSleepingFunctions),
      GfpAllocators(Options, "GfpAllocators", tables::GfpAllocators),
      ReclaimingFlags(Options, "ReclaimingGfpFlags",
                      tables::ReclaimingGfpFlags),
      NonReclaimingFlags(Options, "NonReclaimingGfpFlags",
                         tables::NonReclaimingGfpFlags),
      AssumeIndirectCallsSleep(Options.get("AssumeIndirectCallsSleep", false)),
      Api(KernelApiModel::Lists{
          Enter.value(), Leave.value(), TryEnter.value(), Registrations.value(),
          Sleeping.value(), NonSleeping.value(), GfpAllocators.value(),
          ReclaimingFlags.value(), NonReclaimingFlags.value()}),
      Scope(ReportScopeOptions::of(Context)) {}

void AtomicContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const ListOption *L :
       {&Enter, &Leave, &TryEnter, &Registrations, &Sleeping, &NonSleeping,
        &GfpAllocators, &ReclaimingFlags, &NonReclaimingFlags})
    L->store(Options, Opts);
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
  ReportScope Shown(Scope, Ctx.getSourceManager());
  AtomicContextAnalysis Analysis(Ctx, CallGraph::of(Ctx, Shown), Shown, Api, Gfp,
                                 {AssumeIndirectCallsSleep});
  // Messages and notes quote source text (lock expressions, GFP flags,
  // names), which may hold '%': they are arguments, never format strings.
  for (const Finding &F : Analysis.run()) {
    diag(F.Loc, "%0") << F.Message << F.Range;
    for (const FindingNote &N : F.Notes)
      if (N.Loc.isValid())
        diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Text;
  }
}

} // namespace clang::tidy::kernel
