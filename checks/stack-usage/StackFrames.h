#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_STACKFRAMES_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_STACKFRAMES_H

#include "FrameEstimator.h"
#include "analysis/CallGraph.h"
#include "llvm/ADT/BitVector.h"
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace clang::tidy::kernel {

class ReportScope;

/// What the check knows of one function's frame.
struct NodeFrame {
  FrameEstimate Estimate;
  /// Its calls are expected to be inlined: its objects are in its callers'
  /// frames.
  bool InlinedAtCalls = false;
  /// The compiler emits a frame of its own for it: it is not inlined into
  /// every caller (or it is referenced, or visible outside the TU).
  bool Emitted = true;
  /// It has a frame finding (see StackFrames).
  bool OverLimit = false;
};

/// The frames of every node of a call graph, estimated callees first so that
/// an inlined callee's frame is known at its calls, and which of them exceed
/// a limit. A large object is a finding once, in the function that declares
/// it: a function is over the limit when its own objects are, or, when the
/// compiler emits a frame for it, when its objects and those of its inlined
/// callees are without the callees that are findings themselves. A function
/// inlined into every caller is thus judged in the outermost function the
/// compiler emits.
class StackFrames {
public:
  StackFrames(const CallGraph &Graph, FrameEstimator &Estimator,
              const ReportScope &Shown, uint64_t FrameLimit);

  const NodeFrame &of(const CallGraph::Node &N) const {
    return Frames[Graph.indexOf(N)];
  }

  void dump(llvm::raw_ostream &OS) const;

private:
  void estimateComponent(llvm::ArrayRef<const CallGraph::Node *> SCC,
                         unsigned Component, FrameEstimator &Estimator);
  void classify(const CallGraph::Node &N, bool Recursive);

  const CallGraph &Graph;
  const ReportScope &Shown;
  const uint64_t FrameLimit;
  std::vector<NodeFrame> Frames;
  /// The nodes some code names other than by calling them.
  llvm::BitVector Referenced;
};

} // namespace clang::tidy::kernel

#endif
