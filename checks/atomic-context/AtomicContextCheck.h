#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H

#include "EventProgram.h"
#include "KernelApiModel.h"
#include "analysis/ReportScope.h"
#include "options/ListOption.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::kernel {

struct DiagnosticText;
class EventProgramBuilder;
class SummaryDatabase;

/// Flags calls that may sleep (including allocations that may sleep) made
/// while in atomic context: under a spinlock, with interrupts or preemption
/// off, in an RCU read-side section, or in a function the kernel calls in
/// atomic context (an IRQ handler, a timer, a callback stored in an ops
/// table).
class AtomicContextCheck : public ClangTidyCheck {
public:
  AtomicContextCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

  ~AtomicContextCheck();

private:
  std::unique_ptr<SummaryDatabase> openDatabase(llvm::StringRef Option,
                                                llvm::StringRef Path);
  void writeSummary(const EventProgram &Program, const SourceManager &SM,
                    llvm::ArrayRef<SiteId> Reported);
  /// Where a site is: in this TU, or in a file a summary database names.
  SourceLocation locationOf(SiteId At, const EventProgram &Program,
                            const EventProgramBuilder &Builder,
                            SourceManager &SM);
  void emit(const DiagnosticText &D, SourceLocation Fallback,
            const EventProgram &Program, const EventProgramBuilder &Builder,
            SourceManager &SM, DiagnosticIDs::Level Level);

  const ListOption Enter, Leave, TryEnter, Registrations, CallbackFields,
      Sleeping, NonSleeping, LockDroppingWaits, GfpAllocators,
      ReclaimingFlags, NonReclaimingFlags;
  /// The check's name, for diagnostics about its options.
  const std::string CheckName;
  const bool AssumeIndirectCallsSleep;
  /// The map step records calls through function-pointer fields and the
  /// functions stored in fields, for a link step that resolves them (the
  /// kernel database's generator).
  const bool SummaryFieldCalls;
  /// Module-wide analysis (SPEC.md): where the map step writes this TU's
  /// summary; the linked database of the module; the Linux kernel's.
  const std::string SummaryOutput, SummaryDatabasePath, KernelDatabasePath;
  std::unique_ptr<SummaryDatabase> Module, Kernel;
  std::vector<TableProblem> Problems;
  const KernelApiModel Api;
  const ReportScopeOptions Scope;
  Preprocessor *PP = nullptr;
};

} // namespace clang::tidy::kernel

#endif
