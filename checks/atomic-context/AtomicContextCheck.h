#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTCHECK_H

#include "KernelApiModel.h"
#include "options/ListOption.h"
#include "analysis/ReportScope.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::kernel {

/// Flags calls that may sleep (including allocations that may sleep) made
/// while in atomic context: under a spinlock, with interrupts or preemption
/// off, in an RCU read-side section, or in an IRQ, timer, tasklet or RCU
/// callback.
class AtomicContextCheck : public ClangTidyCheck {
public:
  AtomicContextCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const ListOption Enter, Leave, TryEnter, Registrations, Sleeping,
      NonSleeping, GfpAllocators, ReclaimingFlags, NonReclaimingFlags;
  const bool AssumeIndirectCallsSleep;
  const KernelApiModel Api;
  const ReportScopeOptions Scope;
  Preprocessor *PP = nullptr;
};

} // namespace clang::tidy::kernel

#endif
