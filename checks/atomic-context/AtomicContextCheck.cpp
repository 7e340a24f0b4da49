#include "AtomicContextCheck.h"
#include "EventProgramBuilder.h"
#include "FindingWording.h"
#include "GfpFlags.h"
#include "KernelApiTables.h"
#include "ModuleAnalysis.h"
#include "analysis/CallGraph.h"
#include "clang/AST/ASTContext.h"
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
      CallbackFields(Options, "CallbackFields", tables::CallbackFields),
      Sleeping(Options, "SleepingFunctions", tables::SleepingFunctions),
      NonSleeping(Options, "NonSleepingFunctions",
                  tables::NonSleepingFunctions),
      LockDroppingWaits(Options, "LockDroppingWaits",
                        tables::LockDroppingWaits),
      GfpAllocators(Options, "GfpAllocators", tables::GfpAllocators),
      ReclaimingFlags(Options, "ReclaimingGfpFlags",
                      tables::ReclaimingGfpFlags),
      NonReclaimingFlags(Options, "NonReclaimingGfpFlags",
                         tables::NonReclaimingGfpFlags),
      AssumeIndirectCallsSleep(Options.get("AssumeIndirectCallsSleep", false)),
      Api(KernelApiModel::Lists{Enter.value(), Leave.value(), TryEnter.value(),
                                Registrations.valueExtraFirst(),
                                CallbackFields.valueExtraFirst(),
                                Sleeping.value(), NonSleeping.value(),
                                LockDroppingWaits.value(), GfpAllocators.value(),
                                ReclaimingFlags.value(),
                                NonReclaimingFlags.value()},
          Problems),
      Scope(ReportScopeOptions::of(Context)) {
  for (const TableProblem &P : Problems)
    configurationDiag("invalid entry '%0' in option '%1.%2': %3")
        << P.Entry << Name << P.Option << P.Problem;
}

void AtomicContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const ListOption *L :
       {&Enter, &Leave, &TryEnter, &Registrations, &CallbackFields, &Sleeping,
        &NonSleeping, &LockDroppingWaits, &GfpAllocators, &ReclaimingFlags,
        &NonReclaimingFlags})
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

void AtomicContextCheck::emit(const DiagnosticText &D,
                              const EventProgramBuilder &Builder,
                              DiagnosticIDs::Level Level) {
  SourceLocation Loc = Builder.location(D.At);
  if (Loc.isInvalid())
    return;
  // Messages and notes quote source text (lock expressions, GFP flags,
  // names): it is in the arguments, never in the format.
  auto Diag = diag(Loc, D.Format, Level);
  for (const std::string &Arg : D.Args)
    Diag << Arg;
}

void AtomicContextCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  GfpFlagDecider Gfp(Api.reclaimingFlags(), Api.nonReclaimingFlags());
  if (PP)
    Gfp.learnFromPreprocessor(*PP, tables::DirectReclaimMacro);
  ReportScope Shown(Scope, Ctx.getSourceManager());
  auto NoExternalFacts = [](const FunctionDecl *) { return false; };
  EventProgramBuilder Builder(Ctx, CallGraph::of(Ctx, Shown), Shown, Api, Gfp,
                              {AssumeIndirectCallsSleep, NoExternalFacts});
  EventProgram Program = Builder.build();
  ModuleAnalysis Analysis(Program, {});
  ModuleAnalysis::Result R = Analysis.run();
  for (const Finding &F : R.Findings)
    for (const DiagnosticText &D : wordFinding(F, Program, Analysis))
      emit(D, Builder, D.IsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning);
  for (const UnanalysedCall &C : R.Unanalysed)
    emit(wordUnanalysedCall(C, Program), Builder, DiagnosticIDs::Warning);
}

} // namespace clang::tidy::kernel
