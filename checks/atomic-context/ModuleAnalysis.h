#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_MODULEANALYSIS_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_MODULEANALYSIS_H

#include "FunctionDataflow.h"
#include "Summary.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <vector>

namespace clang::tidy::kernel {

/// Summaries of functions a program declares but does not define, from
/// outside it (a summary database).
class ExternalSummaries {
public:
  virtual ~ExternalSummaries();
  /// The summary of the undefined function \p F of \p P, or nothing. May
  /// add to \p P the functions its cause names (for the notes of a chain).
  virtual std::optional<FunctionSummary> lookup(EventProgram &P,
                                                FunctionId F) = 0;
};

/// The inter-procedural analysis of an EventProgram, without any AST: the
/// program of one TU, or the union of a module's TUs at the link step.
///
/// Functions are analysed callees first, one strongly connected component
/// of the call graph at a time (calls and the targets of dispatches are its
/// edges); a component with a cycle iterates to a fixpoint (summaries only
/// grow; a budget bounds the rounds and says so when it runs out). Each
/// function's summary replaces its body at its calls. Functions annotated
/// acquires/releases/might_sleep are what their annotation says.
class ModuleAnalysis {
public:
  struct Result {
    /// One per call site, sorted by site.
    std::vector<Finding> Findings;
    std::vector<UnanalysedCall> Unanalysed;
    /// Functions whose bodies could not be analysed (no CFG, over the
    /// budget) or whose recursive cycle did not converge.
    std::vector<FunctionId> Incomplete;
  };

  ModuleAnalysis(EventProgram &P, llvm::ArrayRef<ExternalSummaries *> External);

  /// Findings in the functions marked Shown (all of them with \p AllShown).
  Result run(bool AllShown = false);

  const FunctionSummary *summary(FunctionId F) const;
  const EntryContext &entry(FunctionId F) const { return Entries[F]; }
  void dump(llvm::raw_ostream &OS) const;

private:
  void resolveUndefined();
  void findEntries();
  std::vector<std::vector<FunctionId>> components() const;
  void analyseComponent(const std::vector<FunctionId> &Members, bool AllShown,
                        Result &R);
  bool analyse(FunctionId F, Result *R);
  bool summarisedByAnnotation(FunctionId F) const;

  EventProgram &P;
  llvm::SmallVector<ExternalSummaries *, 2> External;
  std::vector<std::optional<FunctionSummary>> Summaries;
  std::vector<EntryContext> Entries;
  std::vector<bool> Incomplete;
};

} // namespace clang::tidy::kernel

#endif
