#include "WorstChains.h"
#include "llvm/Support/MathExtras.h"

namespace clang::tidy::kernel {

using Node = CallGraph::Node;

namespace {

/// The worst continuation out of one component through its calls into
/// components already computed.
void chooseNext(const CallGraph &Graph, const ChainInputs &Inputs,
                unsigned S, std::vector<ChainComponent> &Comps) {
  ChainComponent &C = Comps[S];
  uint64_t Below = 0;
  for (const Node *N : Graph.sccs()[S])
    for (const CallGraph::CallSite &Call : N->Calls) {
      const Node *Callee = Graph.node(Call.Callee);
      if (!Callee)
        continue;
      const unsigned T = Graph.componentOf(*Callee);
      if (T == S)
        continue;
      ChainComponent &Next = Comps[T];
      Next.Called = true;
      const bool Inlined = Inputs.InlinedAtCalls[Graph.indexOf(*Callee)];
      const uint64_t Rest = Inlined ? Next.Depth - Next.Weight : Next.Depth;
      if (C.NextComponent == ChainComponent::None || Rest > Below) {
        Below = Rest;
        C.Next = CallGraph::CallEdge{N, &Call};
        C.NextComponent = T;
        C.NextInlined = Inlined;
      }
    }
  C.Depth = llvm::SaturatingAdd(C.Weight, Below);
}

void weigh(const CallGraph &Graph, const ChainInputs &Inputs, unsigned S,
           ChainComponent &C) {
  uint64_t AllFrames = 0;
  for (const Node *N : Graph.sccs()[S]) {
    const uint64_t Bytes = Inputs.FrameBytes[Graph.indexOf(*N)];
    AllFrames = llvm::SaturatingAdd(AllFrames, Bytes);
    if (!C.Heaviest || Bytes > C.Weight) {
      C.Weight = Bytes;
      C.Heaviest = N;
    }
  }
  if (const std::optional<uint64_t> &Depth = Inputs.CycleDepth[S])
    C.Weight = llvm::SaturatingMultiply(*Depth, AllFrames);
}

} // namespace

std::vector<ChainComponent> worstChains(const CallGraph &Graph,
                                        const ChainInputs &Inputs) {
  std::vector<ChainComponent> Comps(Graph.sccs().size());
  for (unsigned S = 0; S != Comps.size(); ++S) {
    ChainComponent &C = Comps[S];
    weigh(Graph, Inputs, S, C);
    chooseNext(Graph, Inputs, S, Comps);
    if (C.NextComponent == ChainComponent::None) {
      C.Last = S;
      continue;
    }
    const ChainComponent &Next = Comps[C.NextComponent];
    C.Length = 1 + Next.Length;
    C.Last = Next.Last;
    C.Frames = 1 + Next.Frames - (C.NextInlined ? 1 : 0);
  }
  return Comps;
}

} // namespace clang::tidy::kernel
