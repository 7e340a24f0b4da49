#include "AtomicContextCheck.h"
#include "EventProgramBuilder.h"
#include "FindingWording.h"
#include "GfpFlags.h"
#include "KernelApiTables.h"
#include "ModuleAnalysis.h"
#include "ProgramFile.h"
#include "SummaryDatabase.h"
#include "analysis/CallGraph.h"
#include "analysis/LlvmCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include <cstdlib>
#include "llvm/Support/Path.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

// The project runner asks for the map step through the environment:
// passing --config would replace the .clang-tidy files of the user's tree.
static llvm::StringRef summaryOutputFromEnvironment() {
  const char *Path = std::getenv("KERNEL_TIDY_SUMMARY_OUTPUT");
  return Path ? Path : "";
}

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
      CheckName(Name.str()),
      AssumeIndirectCallsSleep(Options.get("AssumeIndirectCallsSleep", false)),
      SummaryFieldCalls(Options.get("SummaryFieldCalls", false)),
      SummaryOutput(Options.get("SummaryOutput", summaryOutputFromEnvironment())
                        .str()),
      SummaryDatabasePath(Options.get("SummaryDatabase", "").str()),
      KernelDatabasePath(Options.get("KernelDatabase", "").str()),
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
  if (!SummaryDatabasePath.empty())
    Module = openDatabase("SummaryDatabase", SummaryDatabasePath);
  // The database of Linux 6.1 that kernel-tidy ships is used unless the
  // option names another, or `none`.
  if (KernelDatabasePath.empty()) {
    const char *Shipped = KERNEL_TIDY_DATA_DIR "/linux-6.1.ktdb";
    if (llvm::sys::fs::exists(Shipped))
      Kernel = openDatabase("KernelDatabase", Shipped);
  } else if (KernelDatabasePath != "none") {
    Kernel = openDatabase("KernelDatabase", KernelDatabasePath);
  }
}

AtomicContextCheck::~AtomicContextCheck() = default;

std::unique_ptr<SummaryDatabase>
AtomicContextCheck::openDatabase(llvm::StringRef Option, llvm::StringRef Path) {
  llvm::Expected<std::unique_ptr<SummaryDatabase>> DB = SummaryDatabase::open(Path);
  if (DB)
    return std::move(*DB);
  // Nothing is taken from a database that does not open whole.
  configurationDiag("%0 (option '%1.%2'); analysing without it")
      << llvm::toString(DB.takeError()) << CheckName << Option;
  return nullptr;
}

void AtomicContextCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const ListOption *L :
       {&Enter, &Leave, &TryEnter, &Registrations, &CallbackFields, &Sleeping,
        &NonSleeping, &LockDroppingWaits, &GfpAllocators, &ReclaimingFlags,
        &NonReclaimingFlags})
    L->store(Options, Opts);
  Options.store(Opts, "AssumeIndirectCallsSleep", AssumeIndirectCallsSleep);
  Options.store(Opts, "SummaryFieldCalls", SummaryFieldCalls);
  Options.store(Opts, "SummaryOutput", SummaryOutput);
  Options.store(Opts, "SummaryDatabase", SummaryDatabasePath);
  Options.store(Opts, "KernelDatabase", KernelDatabasePath);
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

SourceLocation AtomicContextCheck::locationOf(SiteId At,
                                             const EventProgram &Program,
                                             const EventProgramBuilder &Builder,
                                             SourceManager &SM) {
  if (At < Builder.siteCount())
    return Builder.location(At);
  // A site a summary database added: in another file of the module.
  const Site &S = Program.site(At);
  llvm::Expected<FileEntryRef> File =
      SM.getFileManager().getFileRef(Program.Files[S.File]);
  if (!File) {
    llvm::consumeError(File.takeError());
    return SourceLocation();
  }
  FileID FID = SM.translateFile(*File);
  if (FID.isInvalid())
    FID = SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
  return SM.translateLineCol(FID, S.Line, S.Column);
}

void AtomicContextCheck::emit(const DiagnosticText &D, SourceLocation Fallback,
                              const EventProgram &Program,
                              const EventProgramBuilder &Builder,
                              SourceManager &SM, DiagnosticIDs::Level Level) {
  SourceLocation Loc = locationOf(D.At, Program, Builder, SM);
  // Messages and notes quote source text (lock expressions, GFP flags,
  // names): it is in the arguments, never in the format.
  if (Loc.isValid()) {
    auto Diag = diag(Loc, D.Format, Level);
    for (const std::string &Arg : D.Args)
      Diag << Arg;
    return;
  }
  if (Fallback.isInvalid())
    return;
  // A file a database names that is not there (moved, another machine):
  // the note goes with the finding and says where.
  const Site &S = Program.site(D.At);
  auto Diag = diag(Fallback, (llvm::Twine(D.Format) + " (%9)").str(), Level);
  for (unsigned I = 0; I != 9; ++I)
    Diag << (I < D.Args.size() ? D.Args[I] : std::string());
  Diag << (Program.Files[S.File] + ":" + llvm::Twine(S.Line)).str();
}

void AtomicContextCheck::writeSummary(const EventProgram &Program,
                                      const SourceManager &SM,
                                      llvm::ArrayRef<SiteId> Reported) {
  TranslationUnitSummary S;
  S.Program = Program;
  S.ReportedAt.assign(Reported.begin(), Reported.end());
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    S.MainFile = Main->getName().str();
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It)
    S.Inputs.push_back(compat::fileInfoName(It->first).str());
  llvm::sort(S.Inputs);
  if (llvm::Error E = kernel::writeSummary(S, SummaryOutput))
    configurationDiag("%0 (option '%1.SummaryOutput')")
        << llvm::toString(std::move(E)) << CheckName;
}

void AtomicContextCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  SourceManager &SM = Ctx.getSourceManager();
  GfpFlagDecider Gfp(Api.reclaimingFlags(), Api.nonReclaimingFlags());
  if (PP)
    Gfp.learnFromPreprocessor(*PP, tables::DirectReclaimMacro);
  ReportScope Shown(Scope, SM);
  // A function this TU declares but does not define matters when another
  // file of the module may define it (the map step), or a database knows
  // it.
  bool Mapping = !SummaryOutput.empty();
  // A name the tables list is theirs: they win over what a database says
  // (a lock-dropping wait such as schedule_preempt_disabled() calls
  // schedule() in the kernel's body, which is its point).
  auto ExternalMatters = [&](llvm::StringRef Symbol) {
    if (Api.lists(Symbol))
      return false;
    return Mapping || (Module && Module->knows(Symbol)) ||
           (Kernel && Kernel->knows(Symbol));
  };
  EventProgramBuilder Builder(Ctx, CallGraph::of(Ctx, Shown), Shown, Api, Gfp,
                              {AssumeIndirectCallsSleep, ExternalMatters,
                               /*FieldCallsMatter=*/Mapping && SummaryFieldCalls},
                              tables::AtomicGfpReplacements);
  EventProgram Program = Builder.build();
  // The map step writes the TU's own program, not what databases add.
  std::optional<EventProgram> ForSummary;
  if (Mapping)
    ForSummary = Program;
  llvm::SmallVector<ExternalSummaries *, 2> External;
  if (Module) {
    Module->addEntries(Program);
    External.push_back(Module.get());
  }
  if (Kernel)
    External.push_back(Kernel.get());
  ModuleAnalysis Analysis(Program, External);
  ModuleAnalysis::Result R = Analysis.run();
  std::vector<SiteId> Reported;
  for (const Finding &F : R.Findings) {
    SourceLocation At = locationOf(F.At, Program, Builder, SM);
    for (const DiagnosticText &D : wordFinding(F, Program, Analysis))
      emit(D, At, Program, Builder, SM,
           D.IsNote ? DiagnosticIDs::Note : DiagnosticIDs::Warning);
    // The mechanical remedy, on a note: it changes behaviour (the
    // allocation fails instead of sleeping), so --fix does not apply it.
    if (const EventProgramBuilder::FlagFix *Fix = Builder.flagFix(F.At);
        Fix && !F.Cause.Flags.empty())
      diag(Fix->Range.getBegin(),
           "use %0 if the allocation may fail here instead of sleeping",
           DiagnosticIDs::Note)
          << Fix->Replacement
          << FixItHint::CreateReplacement(Fix->Range, Fix->Replacement);
    Reported.push_back(F.At);
  }
  for (const UnanalysedCall &C : R.Unanalysed) {
    emit(wordUnanalysedCall(C, Program), SourceLocation(), Program, Builder, SM,
         DiagnosticIDs::Warning);
    Reported.push_back(C.At);
  }
  for (SummaryDatabase *DB : {Module.get(), Kernel.get()})
    if (DB && !DB->problem().empty())
      configurationDiag("summary database: %0; facts after it are not used")
          << DB->problem();
  if (ForSummary)
    writeSummary(*ForSummary, SM, Reported);
}

} // namespace clang::tidy::kernel
