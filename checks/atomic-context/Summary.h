#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_SUMMARY_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_SUMMARY_H

#include "EventProgram.h"
#include <optional>
#include <utility>

namespace clang::tidy::kernel {

/// Why a function may sleep: the call in it that does, and what it calls
/// there. Following Callee's summary gives the chain down to the leaf.
struct SleepCause {
  SiteId At = 0;
  /// The function called at At (NoId for an unknown target).
  FunctionId Callee = NoId;
  /// The sleep is inside Callee: its summary continues the chain. Otherwise
  /// the call at At is the leaf that sleeps, and Leaf says why.
  bool Through = false;
  /// With Callee: the callee sleeps through this `gfp_t` parameter, given
  /// the flags Flags at this call.
  uint32_t CalleeGfpParam = NoId;
  SleepKind Leaf = SleepKind::Api;
  std::string Name;
  std::string Flags;
  /// A call through a function-pointer field (`struct.field`), every
  /// function stored in which may sleep; Callee is the first of them.
  std::string Field;
  /// For a database leaf: why the database says so ("calls 'mutex_lock'").
  std::string Reason;
  bool UnlessInterrupt = false;
  /// The atomic depth at the sleeping point relative to the function's
  /// entry: callers add theirs.
  int RelDepth = 0;
  /// For a sleep that depends on the caller's flags and happens where the
  /// function itself made the context atomic: where it did.
  SiteId InnerAt = NoId;
  std::string InnerText;
  OriginKind InnerOrigin = OriginKind::Call;

  bool sameAs(const SleepCause &O) const {
    return At == O.At && Callee == O.Callee && Through == O.Through &&
           RelDepth == O.RelDepth &&
           CalleeGfpParam == O.CalleeGfpParam &&
           UnlessInterrupt == O.UnlessInterrupt;
  }
};

/// What callers need to know about a function.
struct FunctionSummary {
  /// Sleeps on some path whatever its callers pass.
  std::optional<SleepCause> Sleeps;
  /// Sleeps when its callers pass reclaiming flags to these `gfp_t`
  /// parameters (sorted by parameter).
  llvm::SmallVector<std::pair<uint32_t, SleepCause>, 1> SleepsWithFlags;
  /// The change of atomic depth from entry to return, over the paths that
  /// return: a lock helper +1. Where return paths disagree, the least (a
  /// helper that released, or never took, the lock on some path does not
  /// leave its callers in atomic context).
  int NetDepth = 0;
  /// The kind of the level a lock helper returns with.
  ContextKind NetContext = ContextKind::Atomic;
  /// No path returns (it always ends in BUG() or panic()).
  bool NoReturn = false;
  /// Set when the summary comes from a database of another code base (the
  /// Linux kernel's): why the function may sleep, in words. A call of it is
  /// then the leaf of a chain; its frames are not the user's code.
  std::string DatabaseReason;

  const SleepCause *sleepsWithFlags(uint32_t Param) const;
  bool operator==(const FunctionSummary &O) const;
  bool operator!=(const FunctionSummary &O) const { return !(*this == O); }
  void dump(llvm::raw_ostream &OS, const EventProgram &P) const;
};

/// A call that may sleep, made in atomic context: what the analysis found,
/// for the check (or the link step) to word.
struct Finding {
  FunctionId In = NoId;
  SiteId At = 0;
  /// What sleeps, as seen at the call (Callee set: through that function).
  SleepCause Cause;
  enum Reason : uint8_t {
    Held,      ///< a level begun in this function (OriginAt, OriginText)
    Entry,     ///< the function runs in atomic context (EntryIndex)
    Annotated, ///< the function is annotated kernel::atomic
    Inner,     ///< inside the callee, under its own lock (Cause.Inner*)
  } Why = Held;
  SiteId OriginAt = 0;
  std::string OriginText;
  OriginKind Origin = OriginKind::Call;
  ContextKind Context = ContextKind::Atomic;
  uint32_t EntryIndex = NoId;
  /// Functions on the path whose bodies could not be analysed.
  bool AffectedByIncomplete = false;
};

} // namespace clang::tidy::kernel

#endif
