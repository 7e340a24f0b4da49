#include "FpuRegions.h"
#include "analysis/Functions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include <deque>
#include <optional>
#include <vector>

namespace clang::tidy::kernel {

namespace {

/// Whether the region is open on every path (Must) and on some path (May),
/// and a call that opened it on such a path.
struct RegionState {
  bool Must = false;
  bool May = false;
  SourceLocation Opener;

  // The opener only feeds a note; the two monotone bits alone decide when
  // the analysis has converged.
  bool operator==(const RegionState &O) const {
    return Must == O.Must && May == O.May;
  }

  void meet(const RegionState &O) {
    Must = Must && O.Must;
    May = May || O.May;
    if (Opener.isInvalid())
      Opener = O.Opener;
  }
};

SourceLocation locationOf(const CFGElement &Elem) {
  if (auto S = Elem.getAs<CFGStmt>())
    return S->getStmt()->getBeginLoc();
  if (auto Dtor = Elem.getAs<CFGAutomaticObjDtor>())
    return Dtor->getTriggerStmt()->getEndLoc();
  return SourceLocation();
}

} // namespace

FpuRegions::FpuRegions(const Decl *Function, const Stmt *Body, ASTContext &Ctx,
                       Classifier Classify) {
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Function, const_cast<Stmt *>(Body), &Ctx, Options);
  if (!Graph)
    return;

  auto EffectOf = [&](const CFGElement &Elem) {
    const FunctionDecl *Callee = calleeOf(Elem, Ctx);
    return Callee ? Classify(Callee) : FpuEffect::None;
  };
  auto Transfer = [&](const CFGElement &Elem, RegionState &State) {
    switch (EffectOf(Elem)) {
    case FpuEffect::Begin:
      State = {true, true, locationOf(Elem)};
      break;
    case FpuEffect::End:
      State = {};
      break;
    case FpuEffect::None:
      break;
    }
  };

  // Blocks not yet reached stay unset, which acts as the optimistic top of
  // the must-lattice; blocks never reached keep no state, so their code is
  // not covered.
  std::vector<std::optional<RegionState>> In(Graph->getNumBlockIDs());
  std::vector<std::optional<RegionState>> Out(Graph->getNumBlockIDs());
  std::vector<bool> Queued(Graph->getNumBlockIDs(), false);
  std::deque<const CFGBlock *> Worklist;
  const CFGBlock &Entry = Graph->getEntry();
  Worklist.push_back(&Entry);
  Queued[Entry.getBlockID()] = true;

  while (!Worklist.empty()) {
    const CFGBlock *Block = Worklist.front();
    Worklist.pop_front();
    Queued[Block->getBlockID()] = false;

    std::optional<RegionState> State;
    if (Block == &Entry)
      State = RegionState();
    for (const CFGBlock *Pred : Block->preds()) {
      if (!Pred || !Out[Pred->getBlockID()])
        continue;
      const RegionState &P = *Out[Pred->getBlockID()];
      if (!State)
        State = P;
      else
        State->meet(P);
    }
    if (!State)
      continue;
    In[Block->getBlockID()] = State;
    for (const CFGElement &Elem : *Block)
      Transfer(Elem, *State);
    if (Out[Block->getBlockID()] == State)
      continue;
    Out[Block->getBlockID()] = State;
    for (const CFGBlock *Succ : Block->succs())
      if (Succ && !Queued[Succ->getBlockID()]) {
        Queued[Succ->getBlockID()] = true;
        Worklist.push_back(Succ);
      }
  }

  for (const CFGBlock *Block : *Graph) {
    std::optional<RegionState> State = In[Block->getBlockID()];
    if (!State)
      continue;
    for (const CFGElement &Elem : *Block) {
      if (auto S = Elem.getAs<CFGStmt>(); S && State->May) {
        const Stmt *Node = S->getStmt();
        // The CFG splits multi-variable declarations into synthesized
        // single-variable DeclStmts; the variables are the stable keys.
        const auto *DS = dyn_cast<DeclStmt>(Node);
        if (State->Must) {
          Covered.insert(Node);
          if (DS)
            for (const Decl *D : DS->decls())
              if (const auto *VD = dyn_cast<VarDecl>(D))
                CoveredDecls.insert(VD);
        } else {
          SourceLocation Opened = State->Opener;
          Partly.try_emplace(Node, Opened);
          if (DS)
            for (const Decl *D : DS->decls())
              if (const auto *VD = dyn_cast<VarDecl>(D))
                PartlyDecls.try_emplace(VD, Opened);
        }
      }
      Transfer(Elem, *State);
    }
  }
}

} // namespace clang::tidy::kernel
