// The shared forward dataflow driver (analysis/ForwardDataflow.h), on small
// synthetic graphs and on clang CFGs.
#include "ParsedCode.h"
#include "analysis/ForwardDataflow.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <bitset>
#include <vector>

namespace clang::tidy::kernel {
namespace {

/// A graph given as successor lists; -1 is an edge that leads nowhere (a
/// pruned branch), which still takes an edge index.
struct Graph {
  std::vector<std::vector<int>> Succs;
  unsigned Entry = 0;

  unsigned size() const { return Succs.size(); }
  unsigned entry() const { return Entry; }
  template <typename F> void forEachSuccessor(unsigned B, F Visit) const {
    unsigned Edge = 0;
    for (int S : Succs[B]) {
      if (S >= 0)
        Visit(Edge, static_cast<unsigned>(S));
      ++Edge;
    }
  }
};

/// The blocks some path passed through before a block (a may-analysis:
/// union at joins), and every transfer made, in order.
struct PassedThrough {
  using State = std::bitset<16>;
  std::vector<unsigned> Visits;

  State entryState() { return {}; }
  void transferBlock(unsigned B, State &S) {
    Visits.push_back(B);
    S.set(B);
  }
  bool transferEdge(unsigned, unsigned, unsigned, State &) { return true; }
  bool join(State &Into, const State &From) {
    State Old = Into;
    Into |= From;
    return Into != Old;
  }
};

/// Whether every path passed through block `Mark` (a must-analysis:
/// intersection at joins).
struct AlwaysThrough {
  using State = bool;
  unsigned Mark;

  State entryState() { return false; }
  void transferBlock(unsigned B, State &S) { S = S || B == Mark; }
  bool transferEdge(unsigned, unsigned, unsigned, State &) { return true; }
  bool join(State &Into, const State &From) {
    State Old = Into;
    Into = Into && From;
    return Into != Old;
  }
};

/// The edge indexes a state came through; edges in `Blocked` send nothing.
struct EdgeTrail {
  using State = std::vector<unsigned>;
  std::vector<std::pair<unsigned, unsigned>> Blocked;

  State entryState() { return {}; }
  void transferBlock(unsigned, State &) {}
  bool transferEdge(unsigned From, unsigned Edge, unsigned, State &S) {
    if (std::find(Blocked.begin(), Blocked.end(), std::make_pair(From, Edge)) !=
        Blocked.end())
      return false;
    S.push_back(Edge);
    return true;
  }
  bool join(State &Into, const State &From) {
    if (Into == From)
      return false;
    Into = std::min(Into, From);
    return true;
  }
};

/// A counter that grows forever around a loop: never converges.
struct Diverging {
  using State = unsigned;
  unsigned Transfers = 0;

  State entryState() { return 0; }
  void transferBlock(unsigned, State &S) {
    ++Transfers;
    ++S;
  }
  bool transferEdge(unsigned, unsigned, unsigned, State &) { return true; }
  bool join(State &Into, const State &From) {
    if (From <= Into)
      return false;
    Into = From;
    return true;
  }
};

/// A counter that saturates: converges around loops.
struct Saturating {
  using State = unsigned;
  unsigned Cap;

  State entryState() { return 0; }
  void transferBlock(unsigned, State &S) { S = std::min(S + 1, Cap); }
  bool transferEdge(unsigned, unsigned, unsigned, State &) { return true; }
  bool join(State &Into, const State &From) {
    if (From <= Into)
      return false;
    Into = From;
    return true;
  }
};

// 0 -> {1, 2} -> 3
const Graph Diamond{{{1, 2}, {3}, {3}, {}}};
// 0 -> 1 -> 2 -> 1 (back edge), 1 -> 3
const Graph Loop{{{1}, {2, 3}, {1}, {}}};

TEST(ForwardDataflow, JoinIsUnionForAMayAnalysis) {
  PassedThrough A;
  ForwardDataflow<Graph, PassedThrough> Flow(Diamond, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_EQ(Flow.entryState(3)->to_ulong(), 0b0111u);
  EXPECT_EQ(Flow.entryState(1)->to_ulong(), 0b0001u);
  EXPECT_EQ(Flow.entryState(0)->to_ulong(), 0u);
}

TEST(ForwardDataflow, JoinIsIntersectionForAMustAnalysis) {
  AlwaysThrough OnOneBranch{1};
  ForwardDataflow<Graph, AlwaysThrough> Flow(Diamond, OnOneBranch);
  ASSERT_TRUE(Flow.run());
  EXPECT_FALSE(*Flow.entryState(3));

  AlwaysThrough AtEntry{0};
  ForwardDataflow<Graph, AlwaysThrough> Flow2(Diamond, AtEntry);
  ASSERT_TRUE(Flow2.run());
  EXPECT_TRUE(*Flow2.entryState(3));
  EXPECT_FALSE(*Flow2.entryState(0));
}

TEST(ForwardDataflow, VisitsEachBlockOnceInReversePostOrderWithoutLoops) {
  PassedThrough A;
  ForwardDataflow<Graph, PassedThrough> Flow(Diamond, A);
  ASSERT_TRUE(Flow.run());
  // Depth-first from 0 takes 1 first, so 2 comes before it in reverse
  // post-order; 3 waits for both.
  EXPECT_EQ(A.Visits, (std::vector<unsigned>{0, 2, 1, 3}));
  EXPECT_EQ(Flow.reversePostOrder(), (std::vector<unsigned>{0, 2, 1, 3}));
}

TEST(ForwardDataflow, ReversePostOrderPutsPredecessorsFirstButForBackEdges) {
  // 0 -> 1 -> 2 -> 4, 0 -> 3 -> 2, 4 -> 1 (back edge), 5 unreachable.
  Graph G{{{1, 3}, {2}, {4}, {2}, {1}, {0}}};
  PassedThrough A;
  ForwardDataflow<Graph, PassedThrough> Flow(G, A);
  ASSERT_TRUE(Flow.run());
  const std::vector<unsigned> &RPO = Flow.reversePostOrder();
  ASSERT_EQ(RPO.size(), 5u);
  EXPECT_EQ(RPO.front(), 0u);
  auto Pos = [&](unsigned B) {
    return std::find(RPO.begin(), RPO.end(), B) - RPO.begin();
  };
  for (auto [From, To] : std::vector<std::pair<unsigned, unsigned>>{
           {0, 1}, {0, 3}, {1, 2}, {3, 2}, {2, 4}})
    EXPECT_LT(Pos(From), Pos(To)) << From << " -> " << To;
  EXPECT_EQ(Pos(5), static_cast<long>(RPO.size())) << "unreachable block listed";
}

TEST(ForwardDataflow, ConvergesAroundALoop) {
  Saturating A{5};
  ForwardDataflow<Graph, Saturating> Flow(Loop, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_EQ(*Flow.entryState(1), 5u);
  EXPECT_EQ(*Flow.entryState(3), 5u);
}

TEST(ForwardDataflow, UnreachableBlocksKeepNoStateAndAreNotTransferred) {
  // 2 has an edge into the graph but no way in.
  Graph G{{{1}, {}, {1}}};
  PassedThrough A;
  ForwardDataflow<Graph, PassedThrough> Flow(G, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_FALSE(Flow.entryState(2).has_value());
  EXPECT_TRUE(Flow.entryState(1).has_value());
  EXPECT_EQ(A.Visits, (std::vector<unsigned>{0, 1}));
}

TEST(ForwardDataflow, PrunedEdgesKeepTheirIndex) {
  // Block 0's first edge leads nowhere; the second, to 1, has index 1.
  Graph G{{{-1, 1}, {}}};
  EdgeTrail A;
  ForwardDataflow<Graph, EdgeTrail> Flow(G, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_EQ(*Flow.entryState(1), (std::vector<unsigned>{1}));
}

TEST(ForwardDataflow, AnEdgeThatSendsNothingLeavesItsTargetUnreached) {
  EdgeTrail A;
  A.Blocked = {{0, 1}};
  ForwardDataflow<Graph, EdgeTrail> Flow(Diamond, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_FALSE(Flow.entryState(2).has_value());
  EXPECT_EQ(*Flow.entryState(3), (std::vector<unsigned>{0, 0}));
}

TEST(ForwardDataflow, EdgeStatesAreJoinedWhereTheyMeet) {
  EdgeTrail A;
  ForwardDataflow<Graph, EdgeTrail> Flow(Diamond, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_EQ(*Flow.entryState(1), (std::vector<unsigned>{0}));
  EXPECT_EQ(*Flow.entryState(2), (std::vector<unsigned>{1}));
  // The join keeps the smaller trail of {0, 0} and {1, 0}.
  EXPECT_EQ(*Flow.entryState(3), (std::vector<unsigned>{0, 0}));
}

TEST(ForwardDataflow, StopsWhenTheBudgetRunsOut) {
  Diverging A;
  ForwardDataflow<Graph, Diverging> Flow(Loop, A);
  EXPECT_FALSE(Flow.run(10));
  EXPECT_EQ(A.Transfers, 10u);
}

TEST(ForwardDataflow, DefaultBudgetIsProportionalToTheGraph) {
  Diverging A;
  ForwardDataflow<Graph, Diverging> Flow(Loop, A);
  EXPECT_FALSE(Flow.run());
  EXPECT_EQ(A.Transfers, 64u * (Loop.size() + 1));
}

TEST(ForwardDataflow, AnEmptyGraphIsDone) {
  Graph G;
  PassedThrough A;
  ForwardDataflow<Graph, PassedThrough> Flow(G, A);
  EXPECT_TRUE(Flow.run());
  EXPECT_TRUE(A.Visits.empty());
}

TEST(ForwardDataflow, DeepGraphsDoNotRecurse) {
  // A chain as long as a generated function is long.
  Graph G;
  const unsigned N = 200000;
  for (unsigned I = 0; I != N; ++I)
    G.Succs.push_back(I + 1 < N ? std::vector<int>{static_cast<int>(I + 1)}
                                : std::vector<int>{});
  Saturating A{~0u};
  ForwardDataflow<Graph, Saturating> Flow(G, A);
  ASSERT_TRUE(Flow.run());
  EXPECT_EQ(*Flow.entryState(N - 1), N - 1);
  EXPECT_EQ(Flow.reversePostOrder().size(), N);
}

// --- on clang's CFG ------------------------------------------------------------

/// The ID of the block that calls \p Name.
std::optional<unsigned> blockCalling(const CFG &G, llvm::StringRef Name) {
  for (const CFGBlock *B : G)
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>())
        if (const auto *Call = dyn_cast<CallExpr>(S->getStmt()))
          if (const FunctionDecl *F = Call->getDirectCallee();
              F && F->getName() == Name)
            return B->getBlockID();
  return std::nullopt;
}

std::unique_ptr<CFG> buildCFG(const test::ParsedCode &Code,
                              llvm::StringRef Function) {
  const FunctionDecl *F = Code.function(Function);
  if (!F)
    return nullptr;
  return CFG::buildCFG(F, F->getBody(), &Code.context(), CFG::BuildOptions());
}

TEST(ClangCFGView, TrueBranchIsEdgeZero) {
  test::ParsedCode Code(R"c(
    void then_branch(void); void else_branch(void); void after(void);
    void f(int x) {
      if (x) then_branch(); else else_branch();
      after();
    })c", "c");
  ASSERT_TRUE(Code.ok());
  std::unique_ptr<CFG> G = buildCFG(Code, "f");
  ASSERT_TRUE(G);
  ClangCFGView View(*G);
  EXPECT_EQ(View.size(), G->getNumBlockIDs());
  EXPECT_EQ(View.entry(), G->getEntry().getBlockID());
  EdgeTrail A;
  ForwardDataflow<ClangCFGView, EdgeTrail> Flow(View, A);
  ASSERT_TRUE(Flow.run());
  auto Then = blockCalling(*G, "then_branch");
  auto Else = blockCalling(*G, "else_branch");
  ASSERT_TRUE(Then && Else);
  ASSERT_TRUE(Flow.entryState(*Then) && Flow.entryState(*Else));
  EXPECT_EQ(Flow.entryState(*Then)->back(), 0u);
  EXPECT_EQ(Flow.entryState(*Else)->back(), 1u);
}

TEST(ClangCFGView, PrunedBranchIsUnreachableButCounted) {
  test::ParsedCode Code(R"c(
    void dead(void); void live(void);
    void f(void) {
      if (0) dead(); else live();
    })c", "c");
  ASSERT_TRUE(Code.ok());
  std::unique_ptr<CFG> G = buildCFG(Code, "f");
  ASSERT_TRUE(G);
  ClangCFGView View(*G);
  EdgeTrail A;
  ForwardDataflow<ClangCFGView, EdgeTrail> Flow(View, A);
  ASSERT_TRUE(Flow.run());
  auto Dead = blockCalling(*G, "dead");
  auto Live = blockCalling(*G, "live");
  ASSERT_TRUE(Dead && Live);
  EXPECT_FALSE(Flow.entryState(*Dead).has_value());
  ASSERT_TRUE(Flow.entryState(*Live).has_value());
  EXPECT_EQ(Flow.entryState(*Live)->back(), 1u);
}

TEST(ClangCFGView, CodeAfterReturnIsUnreachable) {
  test::ParsedCode Code(R"c(
    void dead(void);
    int f(void) {
      return 1;
      dead();
    })c", "c");
  ASSERT_TRUE(Code.ok());
  std::unique_ptr<CFG> G = buildCFG(Code, "f");
  ASSERT_TRUE(G);
  ClangCFGView View(*G);
  EdgeTrail A;
  ForwardDataflow<ClangCFGView, EdgeTrail> Flow(View, A);
  ASSERT_TRUE(Flow.run());
  auto Dead = blockCalling(*G, "dead");
  ASSERT_TRUE(Dead);
  EXPECT_FALSE(Flow.entryState(*Dead).has_value());
  EXPECT_TRUE(Flow.entryState(G->getExit().getBlockID()).has_value());
}

TEST(ClangCFGView, LoopsConvergeAndOrderFollowsTheCFG) {
  test::ParsedCode Code(R"c(
    void body(void); void after(void);
    void f(int n) {
      while (n--) body();
      after();
    })c", "c");
  ASSERT_TRUE(Code.ok());
  std::unique_ptr<CFG> G = buildCFG(Code, "f");
  ASSERT_TRUE(G);
  ClangCFGView View(*G);
  Saturating A{50};
  ForwardDataflow<ClangCFGView, Saturating> Flow(View, A);
  ASSERT_TRUE(Flow.run());
  const std::vector<unsigned> &RPO = Flow.reversePostOrder();
  ASSERT_FALSE(RPO.empty());
  EXPECT_EQ(RPO.front(), G->getEntry().getBlockID());
  auto Body = blockCalling(*G, "body");
  auto After = blockCalling(*G, "after");
  ASSERT_TRUE(Body && After);
  auto Pos = [&](unsigned B) {
    return std::find(RPO.begin(), RPO.end(), B) - RPO.begin();
  };
  EXPECT_LT(Pos(*After), Pos(G->getExit().getBlockID()));
  EXPECT_LT(Pos(*Body), static_cast<long>(RPO.size()));
  EXPECT_EQ(*Flow.entryState(*After), 50u) << "the loop was not iterated";
}

} // namespace
} // namespace clang::tidy::kernel
