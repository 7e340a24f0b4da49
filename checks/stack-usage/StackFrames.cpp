#include "StackFrames.h"
#include "analysis/ReportScope.h"
#include "clang/AST/Attr.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

using Node = CallGraph::Node;

// Statements and expressions of a body that clang -O2 inlines wherever it is
// called; generous, so that frames grown by inlining are not missed.
static constexpr unsigned SmallBodyStatements = 80;

/// Whether an optimising compiler is expected to inline the calls of \p FD,
/// which puts its objects in the caller's frame (what the kernel's
/// `noinline_for_stack` exists to prevent): always_inline functions, inline
/// ones, internal ones called from one place only, and small ones.
static bool isLikelyInlined(const FunctionDecl *FD, const FrameEstimate &Frame,
                            unsigned CallSites) {
  if (FD->hasAttr<AlwaysInlineAttr>())
    return true;
  if (FD->hasAttr<NoInlineAttr>() || FD->isVariadic())
    return false;
  return FD->isInlined() || Frame.Statements <= SmallBodyStatements ||
         (!FD->isExternallyVisible() && CallSites == 1);
}

/// Whether the TU must emit \p FD for other TUs even when every call in it
/// is inlined: an external definition that is not inline (inline functions
/// and template instantiations are emitted where they are used).
static bool isExportedDefinition(const FunctionDecl *FD) {
  return FD->isExternallyVisible() && !FD->isInlined() &&
         !FD->isTemplateInstantiation();
}

StackFrames::StackFrames(const CallGraph &Graph, FrameEstimator &Estimator,
                         const ReportScope &Shown, uint64_t FrameLimit)
    : Graph(Graph), Shown(Shown), FrameLimit(FrameLimit),
      Frames(Graph.nodes().size()), Referenced(Graph.nodes().size()) {
  auto MarkReferenced = [&](const CallGraph::Reference &R) {
    if (const Node *N = Graph.node(R.Target))
      Referenced.set(Graph.indexOf(*N));
  };
  for (const Node &N : Graph.nodes())
    llvm::for_each(N.References, MarkReferenced);
  for (const CallGraph::VariableReferences &V : Graph.variables())
    llvm::for_each(V.References, MarkReferenced);
  for (unsigned S = 0; S != Graph.sccs().size(); ++S)
    estimateComponent(Graph.sccs()[S], S, Estimator);
}

void StackFrames::estimateComponent(llvm::ArrayRef<const Node *> SCC,
                                    unsigned Component,
                                    FrameEstimator &Estimator) {
  // Calls within a cycle are not inlined: each activation has its frame.
  auto Inlined = [&](const FunctionDecl *Callee) -> InlinedFrame {
    const Node *N = Graph.node(Callee);
    if (!N || Graph.componentOf(*N) == Component)
      return {};
    const NodeFrame &Frame = of(*N);
    if (!Frame.InlinedAtCalls)
      return {};
    return {&Frame.Estimate, Frame.OverLimit};
  };
  for (const Node *N : SCC)
    Frames[Graph.indexOf(*N)].Estimate = Estimator.estimate(N->Fn, Inlined);
  const bool Recursive = CallGraph::isRecursive(SCC);
  for (const Node *N : SCC)
    classify(*N, Recursive);
}

void StackFrames::classify(const Node &N, bool Recursive) {
  NodeFrame &Frame = Frames[Graph.indexOf(N)];
  const unsigned CallSites = Graph.callers(N).size();
  Frame.InlinedAtCalls =
      !Recursive && isLikelyInlined(N.Fn, Frame.Estimate, CallSites);
  Frame.Emitted = !Frame.InlinedAtCalls || CallSites == 0 ||
                  Referenced.test(Graph.indexOf(N)) ||
                  isExportedDefinition(N.Fn);
  // Only what clang-tidy shows is a finding; the objects of a function
  // whose finding would not be shown are still its callers' to report.
  Frame.OverLimit = Shown.shows(N.Fn->getLocation()) &&
                    (Frame.Estimate.ownBytes() > FrameLimit ||
                     (Frame.Emitted &&
                      Frame.Estimate.unclaimedBytes() > FrameLimit));
}

void StackFrames::dump(llvm::raw_ostream &OS) const {
  for (const Node &N : Graph.nodes()) {
    const NodeFrame &F = of(N);
    OS << N.Fn->getQualifiedNameAsString()
       << (F.InlinedAtCalls ? " inlined-at-calls" : "")
       << (F.Emitted ? " emitted" : "") << (F.OverLimit ? " over-limit" : "")
       << ": ";
    F.Estimate.dump(OS);
  }
}

} // namespace clang::tidy::kernel
