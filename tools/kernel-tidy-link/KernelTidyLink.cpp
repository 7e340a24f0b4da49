// kernel-tidy-link: the link step of kernel-atomic-context's module-wide
// analysis. It merges the summaries the map step wrote for each translation
// unit (kernel-atomic-context.SummaryOutput), analyses the union as one
// program, prints the findings that need another file (those a TU's own run
// could not see) as clang-tidy prints findings, and can export the linked
// summary database that single-file runs and editors read
// (kernel-atomic-context.SummaryDatabase).
#include "checks/atomic-context/FindingWording.h"
#include "checks/atomic-context/ModuleLinker.h"
#include "checks/atomic-context/SummaryDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>

using namespace clang::tidy::kernel;
namespace cl = llvm::cl;

static cl::list<std::string> SummaryFiles(cl::Positional,
                                          cl::desc("<summary files>"));
static cl::opt<std::string>
    SummaryList("summary-list",
                cl::desc("A file that lists summary files, one per line"));
static cl::opt<std::string> KernelDatabase(
    "kernel-database",
    cl::desc("The Linux kernel's summary database, or 'none' (default: the "
             "one kernel-tidy ships)"),
    cl::init(""));
static cl::opt<std::string>
    ExportDatabase("export-database",
                   cl::desc("Write the linked summary database here"));
static cl::opt<std::string> ExportKind(
    "export-kind",
    cl::desc("'module' (default), or 'kernel' for a database of a kernel's "
             "own functions"),
    cl::init("module"));
static cl::opt<std::string>
    Description("description", cl::desc("What the exported database is about"));
static cl::opt<bool> ResolveFieldCalls(
    "resolve-field-calls",
    cl::desc("Resolve calls through function-pointer fields to the functions "
             "the summaries store in them (only where they hold every store: "
             "a kernel's own code)"));
static cl::list<std::string> DumpFunctions(
    "dump", cl::desc("Print this function's events, the state at each of its "
                     "blocks and its summary (by symbol; for debugging)"));
static cl::opt<bool> AllFindings(
    "all", cl::desc("Print every finding, also those a TU's own run printed"));

namespace {

std::vector<std::string> summaryPaths() {
  std::vector<std::string> Paths(SummaryFiles.begin(), SummaryFiles.end());
  if (!SummaryList.empty()) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> List =
        llvm::MemoryBuffer::getFile(SummaryList);
    if (!List) {
      llvm::errs() << "kernel-tidy-link: cannot read '" << SummaryList
                   << "': " << List.getError().message() << "\n";
      return Paths;
    }
    llvm::SmallVector<llvm::StringRef, 64> Lines;
    (*List)->getBuffer().split(Lines, '\n', -1, false);
    for (llvm::StringRef L : Lines)
      if (!L.trim().empty())
        Paths.push_back(L.trim().str());
  }
  return Paths;
}

void print(const DiagnosticText &D, const EventProgram &P) {
  const Site &S = P.site(D.At);
  llvm::outs() << P.Files[S.File] << ':' << S.Line << ':' << S.Column << ": "
               << (D.IsNote ? "note: " : "warning: ")
               << formatDiagnostic(D.Format, D.Args);
  if (!D.IsNote)
    llvm::outs() << " [kernel-atomic-context]";
  llvm::outs() << '\n';
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "kernel-tidy module-wide link step\n");
  auto Start = std::chrono::steady_clock::now();
  int Status = 0;
  ModuleLinker Linker;
  size_t Read = 0;
  for (const std::string &Path : summaryPaths()) {
    llvm::Expected<TranslationUnitSummary> S = readSummary(Path);
    if (!S) {
      // Nothing is taken from a summary that does not read whole.
      llvm::errs() << "kernel-tidy-link: " << llvm::toString(S.takeError())
                   << "; it is left out\n";
      Status = 2;
      continue;
    }
    Linker.add(std::move(*S));
    ++Read;
  }
  EventProgram Program = Linker.link();
  if (ResolveFieldCalls)
    resolveFieldCalls(Program);
  for (const std::string &Symbol : Linker.duplicates())
    llvm::errs() << "kernel-tidy-link: '" << Symbol
                 << "' is defined in more than one translation unit; the "
                    "first, by file name, is used\n";

  std::unique_ptr<SummaryDatabase> Kernel;
  // The shipped database of Linux 6.1 unless told otherwise, as in the
  // check (kernel-atomic-context.KernelDatabase).
  std::string KernelPath = KernelDatabase;
  if (KernelPath.empty() && llvm::sys::fs::exists(KERNEL_TIDY_DATA_DIR "/linux-6.1.ktdb"))
    KernelPath = KERNEL_TIDY_DATA_DIR "/linux-6.1.ktdb";
  if (!KernelPath.empty() && KernelPath != "none") {
    llvm::Expected<std::unique_ptr<SummaryDatabase>> DB =
        SummaryDatabase::open(KernelPath);
    if (DB) {
      Kernel = std::move(*DB);
    } else {
      llvm::errs() << "kernel-tidy-link: " << llvm::toString(DB.takeError())
                   << "; analysing without it\n";
      Status = 2;
    }
  }
  llvm::SmallVector<ExternalSummaries *, 1> External;
  if (Kernel)
    External.push_back(Kernel.get());
  ModuleAnalysis Analysis(Program, External);
  ModuleAnalysis::Result R = Analysis.run(/*AllShown=*/true);
  if (Kernel && !Kernel->problem().empty()) {
    llvm::errs() << "kernel-tidy-link: kernel database '" << KernelPath
                 << "': " << Kernel->problem() << "\n";
    Status = 2;
  }

  size_t Printed = 0;
  for (const Finding &F : R.Findings) {
    if (!AllFindings && Linker.reportedByTU(F.At))
      continue;
    for (const DiagnosticText &D : wordFinding(F, Program, Analysis))
      print(D, Program);
    ++Printed;
  }
  for (const UnanalysedCall &C : R.Unanalysed)
    if (AllFindings || !Linker.reportedByTU(C.At))
      print(wordUnanalysedCall(C, Program), Program);

  for (const std::string &Symbol : DumpFunctions) {
    FunctionId F = Program.find(Symbol);
    if (F == NoId || !Program.Functions[F].Defined) {
      llvm::errs() << "kernel-tidy-link: no function '" << Symbol << "' is defined\n";
      continue;
    }
    FunctionDataflow Flow(
        Program, F, Analysis.entry(F),
        [&](FunctionId C) { return Analysis.summary(C); },
        [&](FunctionId C) { return Program.Functions[C].Incomplete; });
    Flow.run(Analysis.summary(F));
    Flow.dump(llvm::outs());
    if (const FunctionSummary *S = Analysis.summary(F))
      S->dump(llvm::outs(), Program);
  }

  if (!ExportDatabase.empty()) {
    SummaryDatabase::Kind K = ExportKind == "kernel"
                                  ? SummaryDatabase::Kind::Kernel
                                  : SummaryDatabase::Kind::Module;
    if (llvm::Error E = SummaryDatabase::write(ExportDatabase, K, Description,
                                               Program, Analysis)) {
      llvm::errs() << "kernel-tidy-link: " << llvm::toString(std::move(E)) << "\n";
      return 2;
    }
  }
  std::chrono::duration<double> Elapsed = std::chrono::steady_clock::now() - Start;
  llvm::errs() << "kernel-tidy-link: " << Read << " summaries, "
               << Program.Functions.size() << " functions, " << Printed
               << " findings that need another file ("
               << llvm::format("%.2f", Elapsed.count())
               << " s)\n";
  return Status;
}
