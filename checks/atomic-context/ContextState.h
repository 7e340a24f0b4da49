#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTSTATE_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTSTATE_H

#include "EventProgram.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

/// One level of atomic context held: the event that began it (an Enter, a
/// trylock's TryEnter, or the Call of a lock helper) and its kind.
struct HeldLevel {
  const Event *Origin = nullptr;
  ContextKind Context = ContextKind::Atomic;
  OriginKind How = OriginKind::Call;
};

/// The atomic context at a program point of one function, relative to the
/// function's entry, over all the paths that reach it.
///
/// Join (a may-analysis: a call is in atomic context when it is on some
/// path): the deepest path's levels win; between paths as deep, the one
/// whose outermost level began first in the source (so that a note never
/// names a lock taken later through a loop's back edge when an earlier one
/// holds). MinDepth keeps the shallowest path, for the depth a function
/// returns with; AllInterrupt whether every path holds a level of a kind
/// where in_interrupt() is true.
struct ContextState {
  /// Levels on the deepest path, outermost first; as many as Depth when
  /// Depth > 0.
  llvm::SmallVector<HeldLevel, 4> Levels;
  int Depth = 0;
  int MinDepth = 0;
  bool AllInterrupt = false;
  /// The kernel API macro expansion whose calls are being visited
  /// (Event::Expansion), so that a macro made of several calls takes effect
  /// once.
  uint32_t Expansion = 0;
  /// A call that never returns was made: nothing after it runs.
  bool Dead = false;

  /// Deeper nesting says nothing new and would keep loops that lock on
  /// every iteration from converging.
  static constexpr int MaxDepth = 8;

  void enter(const Event &Origin, ContextKind Context, OriginKind How);
  /// Ends the innermost level with \p Key (any level when the key is empty
  /// or not held), or, with \p OnlyIfHeld, only a level with that key.
  void leave(llvm::StringRef Key, bool OnlyIfHeld);
  /// Joins \p O into this state; returns whether it changed.
  bool join(const ContextState &O, const EventProgram &P);
  void dump(llvm::raw_ostream &OS, const EventProgram &P) const;
};

} // namespace clang::tidy::kernel

#endif
