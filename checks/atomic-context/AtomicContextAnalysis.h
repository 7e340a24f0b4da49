#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTANALYSIS_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_ATOMICCONTEXTANALYSIS_H

#include "analysis/CallGraph.h"
#include "GfpFlags.h"
#include "KernelApiModel.h"
#include "analysis/ReportScope.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CFGBlock;
class CFGElement;
} // namespace clang

namespace clang::tidy::kernel {

/// Why a call may sleep: one step of the chain from a call down to the call
/// that sleeps.
struct SleepCause {
  enum Kind {
    Api,           ///< a sleeping kernel API (msleep, mutex_lock, ...)
    Gfp,           ///< an allocator whose GFP flags allow direct reclaim
    Annotated,     ///< a function annotated kernel::might_sleep
    GlobalNew,     ///< `new` through an operator new the TU does not define
    Indirect,      ///< a call whose target is unknown (AssumeIndirectCallsSleep)
    FromCallee,    ///< a function of the TU whose summary says it may sleep
  } K = Api;
  SourceLocation Loc;                  ///< the call
  const FunctionDecl *Callee = nullptr;
  std::string Name;                    ///< what is called, for messages
  std::string Flags;                   ///< the GFP flags as written, if any
  /// For FromCallee: the callee's gfp parameter through which it sleeps, or -1
  /// when it sleeps whatever its callers pass.
  int CalleeGfpParam = -1;
  /// Atomic depth at the sleeping point relative to the entry of the function
  /// this cause belongs to.
  int RelDepth = 0;
  /// Where the atomic context around the sleeping point began, when that is
  /// inside the function (RelDepth > 0).
  SourceLocation InnerOrigin;
  std::string InnerOriginText;
};

/// What callers need to know about a function.
struct FunctionSummary {
  /// Sleeps on some path whatever its callers pass.
  std::optional<SleepCause> Sleeps;
  /// Sleeps when its callers pass reclaiming GFP flags to these parameters.
  llvm::SmallDenseMap<unsigned, SleepCause, 2> SleepsWithFlags;
  /// Change of atomic depth from entry to return (a lock helper: +1).
  int NetDepth = 0;

  bool operator==(const FunctionSummary &O) const;
  bool operator!=(const FunctionSummary &O) const { return !(*this == O); }
};

/// Why a function body runs in atomic context whoever calls it.
struct AtomicEntry {
  std::string Context;           ///< "hard-IRQ", "timer", ... or empty
  std::string Registrar;         ///< "request_irq", or empty for kernel::atomic
  SourceLocation RegisteredAt;
};

/// A note of a finding.
struct FindingNote {
  SourceLocation Loc;
  std::string Text;
};

/// A sleeping call made in atomic context.
struct Finding {
  SourceLocation Loc;
  SourceRange Range;
  std::string Message;
  std::vector<FindingNote> Notes;
};

/// The flow-sensitive, inter-procedural atomic-context analysis of a TU.
///
/// Per function, a forward dataflow over its CFG tracks the atomic depth (a
/// count, joined by maximum: "may be atomic"), the calls that raised it, and
/// RAII guards holding a level. Functions are analysed callees first, along
/// the strongly connected components of the call graph; each gets a summary
/// (may sleep, may sleep with its callers' GFP flags, net depth change) that
/// its callers use in place of its body. Cycles iterate to a fixpoint.
class AtomicContextAnalysis {
public:
  struct Config {
    bool AssumeIndirectCallsSleep = false;
  };

  AtomicContextAnalysis(ASTContext &Ctx, const CallGraph &CG,
                        const ReportScope &Scope, const KernelApiModel &Api,
                        const GfpFlagDecider &Gfp, Config Cfg);
  ~AtomicContextAnalysis();

  /// Analyses the TU; the findings are sorted by location and unique.
  std::vector<Finding> run();

private:
  class FunctionRun;
  friend class FunctionRun;

  void findEntries();
  void markRelevant();
  bool analyse(const FunctionDecl *FD, bool Report);
  const FunctionSummary *summaryOf(const FunctionDecl *FD) const;
  /// The possible targets of a virtual or function-pointer call made in
  /// \p Caller when the TU shows all of them (a final or internal class
  /// hierarchy; a parameter of an internal function that is only called
  /// directly), or nothing.
  std::optional<llvm::SmallVector<const FunctionDecl *, 2>>
  dispatchTargets(const CallExpr *Call, const FunctionDecl *Caller);
  void indexDispatch();
  void computeNeeded();
  bool addressTaken(const FunctionDecl *FD);
  void revisitDispatchUsers();
  void chainNotes(const SleepCause &Cause, std::vector<FindingNote> &Notes) const;
  void addFinding(Finding F);

  ASTContext &Ctx;
  const CallGraph &CG;
  const ReportScope &Scope;
  const KernelApiModel &Api;
  const GfpFlagDecider &Gfp;
  Config Cfg;
  llvm::DenseMap<const FunctionDecl *, FunctionSummary> Summaries;
  llvm::DenseMap<const FunctionDecl *, AtomicEntry> Entries;
  llvm::DenseSet<const FunctionDecl *> Relevant;
  /// Method (canonical) -> the definitions of its overriders in the TU.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 2>>
      Overriders;
  /// (function, parameter index) -> the functions passed there.
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>,
                 llvm::SmallVector<const FunctionDecl *, 2>>
      PassedFunctions;
  /// Functions that are passed functions as arguments somewhere.
  llvm::DenseSet<const FunctionDecl *> ReceivesFunctions;
  /// Functions that make calls resolved through dispatchTargets().
  llvm::DenseSet<const FunctionDecl *> DispatchUsers;
  /// Functions referenced other than as the callee of a direct call,
  /// computed on first use from the count of all references and of those as
  /// direct callees.
  llvm::DenseSet<const FunctionDecl *> AddressTaken;
  llvm::DenseMap<const FunctionDecl *, unsigned> CalleeRefs;
  bool AddressTakenKnown = false;
  /// Functions the shown code can reach (canonical): all the analysis needs.
  llvm::DenseSet<const FunctionDecl *> Needed;
  std::vector<Finding> Findings;
};

} // namespace clang::tidy::kernel

#endif
