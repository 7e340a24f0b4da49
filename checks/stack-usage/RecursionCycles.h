#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_RECURSIONCYCLES_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_RECURSIONCYCLES_H

#include "analysis/CallChain.h"
#include "analysis/CallGraph.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <vector>

namespace clang::tidy::kernel {

/// One call of a cycle, with its position in the cycle.
struct NumberedCall {
  unsigned Frame;
  CallGraph::CallEdge Edge;
};

/// The calls of a cycle that its notes show, and where the rest is elided.
struct CyclePath {
  CallChainNotes Notes;
  /// The calls shown, in cycle order: Notes.headLength() before the elision,
  /// Notes.tailLength() after it.
  std::vector<NumberedCall> Shown;
};

/// Short cycles through the members of one recursive component of the call
/// graph. Shortest paths from the first member to every member and back give
/// a cycle through each member; only the calls its notes show are walked,
/// so a component of N members costs linear time, not quadratic.
class RecursionCycles {
public:
  RecursionCycles(const CallGraph &Graph,
                  llvm::ArrayRef<const CallGraph::Node *> SCC);

  /// A cycle through member \p Member (an index into the component),
  /// starting with a call the member makes.
  CyclePath through(unsigned Member) const;

private:
  static constexpr unsigned None = ~0u;

  /// The member \p N is, or None when \p N is outside the component.
  unsigned memberOf(const CallGraph::Node *N) const;
  /// Breadth-first from member 0: \p Steps(U, Visit) visits each member one
  /// step from U with the call that makes the step.
  void shortestPaths(
      std::vector<std::optional<CallGraph::CallEdge>> &Via,
      std::vector<unsigned> &Distance,
      llvm::function_ref<void(
          unsigned,
          llvm::function_ref<void(unsigned, const CallGraph::CallEdge &)>)>
          Steps) const;
  void searchFromFirst();
  void searchToFirst();
  /// The calls \p Notes shows of the cycle from \p Member: \p Out when
  /// given, then back to the first member along the shortest path, then on
  /// from it to \p Member.
  std::vector<NumberedCall> walk(unsigned Member, const CallChainNotes &Notes,
                                 const CallGraph::CallEdge *Out) const;

  const CallGraph &Graph;
  llvm::ArrayRef<const CallGraph::Node *> SCC;
  llvm::DenseMap<const CallGraph::Node *, unsigned> Position;
  /// A member's own call of itself, if it makes one.
  std::vector<std::optional<CallGraph::CallEdge>> SelfCall;
  /// The shortest path from member 0: the call into each member and its
  /// depth.
  std::vector<std::optional<CallGraph::CallEdge>> FromFirst;
  std::vector<unsigned> FromFirstDepth;
  /// The shortest path to member 0: each member's call towards it, and its
  /// distance.
  std::vector<std::optional<CallGraph::CallEdge>> ToFirst;
  std::vector<unsigned> ToFirstDistance;
};

} // namespace clang::tidy::kernel

#endif
