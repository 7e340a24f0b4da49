#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H

#include "KernelApiModel.h"
#include "analysis/ReportScope.h"
#include "options/ListOption.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::kernel {

struct DiagnosticText;
class EventProgramBuilder;

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

private:
  void emit(const DiagnosticText &D, const EventProgramBuilder &Builder,
            DiagnosticIDs::Level Level);

  const ListOption Enter, Leave, TryEnter, Registrations, CallbackFields,
      Sleeping, NonSleeping, LockDroppingWaits, GfpAllocators,
      ReclaimingFlags, NonReclaimingFlags;
  const bool AssumeIndirectCallsSleep;
  std::vector<TableProblem> Problems;
  const KernelApiModel Api;
  const ReportScopeOptions Scope;
  Preprocessor *PP = nullptr;
};

} // namespace clang::tidy::kernel

#endif
