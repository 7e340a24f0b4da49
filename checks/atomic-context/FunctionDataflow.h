#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FUNCTIONDATAFLOW_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FUNCTIONDATAFLOW_H

#include "ContextState.h"
#include "Summary.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <vector>

namespace clang::tidy::kernel {

/// Why a function's body runs in atomic context whoever calls it.
struct EntryContext {
  bool Atomic = false;
  /// The entry (EventProgram::Entries) that says so, or NoId for an
  /// annotation.
  uint32_t EntryIndex = NoId;
  ContextKind Context = ContextKind::Atomic;
};

/// A call of a function whose body could not be analysed, made in atomic
/// context: what it does there is not known.
struct UnanalysedCall {
  SiteId At = 0;
  FunctionId Callee = NoId;
};

/// The analysis of one function of an EventProgram: a forward dataflow of
/// ContextState over its blocks to a fixpoint (analysis/ForwardDataflow.h),
/// then one pass over the final states that builds the summary callers use
/// and, when asked, the findings.
///
/// Events take effect in this order of precedence, which the builder has
/// already decided per call (EventProgramBuilder.h): an Enter or Leave, a
/// Sleep, or a Call whose callee's summary says whether it sleeps (whatever
/// the caller passes, or with the GFP flags passed), and how it changes the
/// depth (a lock helper).
class FunctionDataflow {
public:
  using SummaryOf = llvm::function_ref<const FunctionSummary *(FunctionId)>;
  using IsIncomplete = llvm::function_ref<bool(FunctionId)>;

  FunctionDataflow(const EventProgram &P, FunctionId F, EntryContext Entry,
                   SummaryOf Summaries, IsIncomplete Incomplete);

  /// The summary, or nothing when the body is too large for the budget.
  /// \p Previous is the function's summary from an earlier round (a
  /// recursive cycle), whose causes are kept where still as deep. Findings
  /// and calls of unanalysed functions are appended when asked.
  std::optional<FunctionSummary>
  run(const FunctionSummary *Previous, std::vector<Finding> *Findings = nullptr,
      std::vector<UnanalysedCall> *Unanalysed = nullptr);

  /// The states at each block's entry, after run().
  void dump(llvm::raw_ostream &OS) const;

private:
  struct Pass;
  friend struct Pass;

  const EventProgram &P;
  const Function &Fn;
  FunctionId Id;
  EntryContext Entry;
  SummaryOf Summaries;
  IsIncomplete Incomplete;
  std::vector<std::optional<ContextState>> States;
};

} // namespace clang::tidy::kernel

#endif
