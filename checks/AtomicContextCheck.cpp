#include "AtomicContextCheck.h"
#include "AtomicContextAnalysis.h"
#include "CallGraph.h"
#include "GfpFlags.h"
#include "KernelApiTables.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

AtomicContextCheck::AtomicContextCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      EnterFunctions(Options.get("AtomicEnterFunctions", tables::AtomicEnter)),
      LeaveFunctions(Options.get("AtomicLeaveFunctions", tables::AtomicLeave)),
      TryEnterFunctions(
          Options.get("AtomicTryEnterFunctions", tables::AtomicTryEnter)),
      Registrations(
          Options.get("AtomicRegistrations", tables::AtomicRegistrations)),
      SleepingFunctions(
          Options.get("SleepingFunctions", tables::SleepingFunctions)),
      NonSleepingFunctions(
          Options.get("NonSleepingFunctions", tables::NonSleepingFunctions)),
      GfpAllocators(Options.get("GfpAllocators", tables::GfpAllocators)),
      ReclaimingGfpFlags(
          Options.get("ReclaimingGfpFlags", tables::ReclaimingGfpFlags)),
      NonReclaimingGfpFlags(
          Options.get("NonReclaimingGfpFlags", tables::NonReclaimingGfpFlags)),
      AssumeIndirectCallsSleep(Options.get("AssumeIndirectCallsSleep", false)),
      Api(KernelApiModel::Lists{
          expandListOption(EnterFunctions, tables::AtomicEnter),
          expandListOption(LeaveFunctions, tables::AtomicLeave),
          expandListOption(TryEnterFunctions, tables::AtomicTryEnter),
          expandListOption(Registrations, tables::AtomicRegistrations),
          expandListOption(SleepingFunctions, tables::SleepingFunctions),
          expandListOption(NonSleepingFunctions, tables::NonSleepingFunctions),
          expandListOption(GfpAllocators, tables::GfpAllocators),
          expandListOption(ReclaimingGfpFlags, tables::ReclaimingGfpFlags),
          expandListOption(NonReclaimingGfpFlags,
                           tables::NonReclaimingGfpFlags)}) {}

void AtomicContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AtomicEnterFunctions", EnterFunctions);
  Options.store(Opts, "AtomicLeaveFunctions", LeaveFunctions);
  Options.store(Opts, "AtomicTryEnterFunctions", TryEnterFunctions);
  Options.store(Opts, "AtomicRegistrations", Registrations);
  Options.store(Opts, "SleepingFunctions", SleepingFunctions);
  Options.store(Opts, "NonSleepingFunctions", NonSleepingFunctions);
  Options.store(Opts, "GfpAllocators", GfpAllocators);
  Options.store(Opts, "ReclaimingGfpFlags", ReclaimingGfpFlags);
  Options.store(Opts, "NonReclaimingGfpFlags", NonReclaimingGfpFlags);
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
