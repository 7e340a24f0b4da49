#ifndef KERNEL_TIDY_ANALYSIS_FORWARDDATAFLOW_H
#define KERNEL_TIDY_ANALYSIS_FORWARDDATAFLOW_H

#include "llvm/ADT/SmallVector.h"
#include <cstddef>
#include <optional>
#include <queue>
#include <vector>

namespace clang {
class CFG;
class CFGBlock;
} // namespace clang

namespace clang::tidy::kernel {

/// The one forward dataflow driver of the checks, in the style of clang's
/// ThreadSafety analysis: a state per block entry, blocks visited in reverse
/// post-order from a priority worklist, states joined where edges meet.
///
/// It works on any graph given as a view with dense block numbers:
///
///   struct View {
///     unsigned size() const;                 // number of blocks
///     unsigned entry() const;
///     // Calls F(EdgeIndex, Successor) for each edge that leads somewhere;
///     // EdgeIndex counts every edge, also those that lead nowhere (a
///     // branch pruned as trivially false), so that it names the branch.
///     template <typename F> void forEachSuccessor(unsigned Block, F) const;
///   };
///
/// and an analysis giving the lattice and the transfer functions:
///
///   struct Analysis {
///     using State = ...;                      // copyable
///     State entryState();
///     void transferBlock(unsigned Block, State &S);
///     // The state that flows along one edge (a trylock taken on one
///     // branch); return false to send nothing along it.
///     bool transferEdge(unsigned From, unsigned EdgeIndex, unsigned To, State &S);
///     // Joins From into Into; returns whether Into changed. Must be
///     // monotone for the worklist to converge.
///     bool join(State &Into, const State &From);
///   };
///
/// Blocks never reached keep no state. The driver recurses on nothing and
/// visits each block at most `Budget` times in total; when the budget runs
/// out, run() returns false and the states are not a fixpoint.
template <typename GraphView, typename Analysis> class ForwardDataflow {
public:
  using State = typename Analysis::State;

  ForwardDataflow(const GraphView &G, Analysis &A) : G(G), A(A), In(G.size()) {}

  /// Runs to a fixpoint; \p Budget bounds the block visits (0: a default
  /// proportional to the graph).
  bool run(size_t Budget = 0) {
    const unsigned N = G.size();
    if (N == 0)
      return true;
    if (Budget == 0)
      Budget = 64 * static_cast<size_t>(N + 1);
    computeOrder();
    std::vector<bool> Queued(N, false);
    // Smallest reverse-post-order number first: a block's predecessors
    // (but for back edges) are done before it.
    std::priority_queue<std::pair<unsigned, unsigned>,
                        std::vector<std::pair<unsigned, unsigned>>,
                        std::greater<>>
        Work;
    auto Enqueue = [&](unsigned B) {
      if (!Queued[B]) {
        Queued[B] = true;
        Work.push({Order[B], B});
      }
    };
    In[G.entry()] = A.entryState();
    Enqueue(G.entry());
    while (!Work.empty()) {
      unsigned B = Work.top().second;
      Work.pop();
      Queued[B] = false;
      if (Budget-- == 0)
        return false;
      State Out = *In[B];
      A.transferBlock(B, Out);
      G.forEachSuccessor(B, [&](unsigned Edge, unsigned Succ) {
        State EdgeState = Out;
        if (!A.transferEdge(B, Edge, Succ, EdgeState))
          return;
        if (!In[Succ]) {
          In[Succ] = std::move(EdgeState);
          Enqueue(Succ);
        } else if (A.join(*In[Succ], EdgeState)) {
          Enqueue(Succ);
        }
      });
    }
    return true;
  }

  /// The state at the entry of \p Block, or nothing if no path reaches it.
  const std::optional<State> &entryState(unsigned Block) const {
    return In[Block];
  }

  /// The blocks in reverse post-order from the entry (reached blocks only).
  const std::vector<unsigned> &reversePostOrder() const { return RPO; }

private:
  // Iterative depth-first numbering: CFGs can be as deep as a function is
  // long.
  void computeOrder() {
    const unsigned N = G.size();
    constexpr unsigned Unseen = ~0u;
    Order.assign(N, Unseen);
    std::vector<bool> Seen(N, false);
    std::vector<unsigned> PostOrder;
    PostOrder.reserve(N);
    struct Frame {
      unsigned Block;
      llvm::SmallVector<unsigned, 2> Succs;
      unsigned Next = 0;
    };
    std::vector<Frame> Stack;
    auto Push = [&](unsigned B) {
      Seen[B] = true;
      Frame F{B, {}, 0};
      G.forEachSuccessor(B, [&](unsigned, unsigned S) { F.Succs.push_back(S); });
      Stack.push_back(std::move(F));
    };
    Push(G.entry());
    while (!Stack.empty()) {
      Frame &F = Stack.back();
      if (F.Next < F.Succs.size()) {
        unsigned S = F.Succs[F.Next++];
        if (!Seen[S])
          Push(S);
        continue;
      }
      PostOrder.push_back(F.Block);
      Stack.pop_back();
    }
    RPO.assign(PostOrder.rbegin(), PostOrder.rend());
    for (unsigned I = 0; I != RPO.size(); ++I)
      Order[RPO[I]] = I;
    // Blocks the depth-first walk cannot reach (none in a well-formed
    // graph) come last, in number order.
    unsigned Next = RPO.size();
    for (unsigned B = 0; B != N; ++B)
      if (Order[B] == Unseen)
        Order[B] = Next++;
  }

  const GraphView &G;
  Analysis &A;
  std::vector<std::optional<State>> In;
  std::vector<unsigned> Order;
  std::vector<unsigned> RPO;
};

/// clang::CFG as a ForwardDataflow graph view: blocks by their IDs, edges in
/// the order of CFGBlock::succs() (for a two-way branch: 0 is the true
/// branch), pruned edges counted but not followed.
class ClangCFGView {
public:
  explicit ClangCFGView(const clang::CFG &G);
  unsigned size() const;
  unsigned entry() const;
  const clang::CFGBlock &block(unsigned ID) const { return *Blocks[ID]; }
  template <typename F> void forEachSuccessor(unsigned ID, F Visit) const {
    unsigned Edge = 0;
    for (const clang::CFGBlock *Succ : successors(ID)) {
      if (Succ)
        Visit(Edge, blockID(*Succ));
      ++Edge;
    }
  }

private:
  llvm::SmallVector<const clang::CFGBlock *, 4> successors(unsigned ID) const;
  static unsigned blockID(const clang::CFGBlock &B);
  const clang::CFG &G;
  std::vector<const clang::CFGBlock *> Blocks;
};

} // namespace clang::tidy::kernel

#endif
