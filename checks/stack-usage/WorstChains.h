#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_WORSTCHAINS_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_WORSTCHAINS_H

#include "analysis/CallGraph.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace clang::tidy::kernel {

/// What the worst call chain costs, per component of the call graph.
struct ChainComponent {
  static constexpr unsigned None = ~0u;

  /// What the component adds to a chain that calls it without inlining:
  /// its largest member's frame, or, for a cycle with a bound on its
  /// activations, that many times all of its frames.
  uint64_t Weight = 0;
  /// The bytes of the worst chain from here, Weight included.
  uint64_t Depth = 0;
  /// The member whose frame is Weight.
  const CallGraph::Node *Heaviest = nullptr;
  /// The call the worst chain goes on by, into component NextComponent.
  std::optional<CallGraph::CallEdge> Next;
  unsigned NextComponent = None;
  /// The next component is inlined at that call: its frame is in this one's.
  bool NextInlined = false;
  /// The components on the worst chain from here, this one included, and
  /// the last of them.
  unsigned Length = 1;
  unsigned Last = None;
  /// The frames of their own on that chain (the components not inlined into
  /// their caller), this one included.
  unsigned Frames = 1;
  /// Whether another component calls this one.
  bool Called = false;
};

/// What the worst-chain computation needs to know of each node and
/// component.
struct ChainInputs {
  /// Each node's frame, by node index.
  std::vector<uint64_t> FrameBytes;
  /// Whether each node's calls are inlined (its frame is in its callers'),
  /// by node index.
  std::vector<bool> InlinedAtCalls;
  /// A bound on the activations of each recursive component, by component.
  std::vector<std::optional<uint64_t>> CycleDepth;
};

/// The longest paths of the call graph with each strongly connected
/// component collapsed to one node, weighted by frames, callees first. An
/// inlined callee's frame is already in its caller's, so a chain through it
/// counts it once. Linear in the graph; no recursion on its depth.
std::vector<ChainComponent> worstChains(const CallGraph &Graph,
                                        const ChainInputs &Inputs);

} // namespace clang::tidy::kernel

#endif
