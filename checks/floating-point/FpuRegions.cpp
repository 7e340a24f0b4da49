#include "FpuRegions.h"
#include "analysis/ForwardDataflow.h"
#include "analysis/Functions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

namespace {

SourceLocation locationOf(const CFGElement &Elem) {
  if (auto S = Elem.getAs<CFGStmt>())
    return S->getStmt()->getBeginLoc();
  if (auto Dtor = Elem.getAs<CFGAutomaticObjDtor>())
    return Dtor->getTriggerStmt()->getEndLoc();
  return SourceLocation();
}

/// The must-analysis of ForwardDataflow: a block not reached yet has no
/// state, which acts as the optimistic top; the join keeps a region open
/// only where it is open on both sides.
struct RegionAnalysis {
  using State = FpuRegions::State;

  const ClangCFGView &View;
  ASTContext &Ctx;
  FpuRegions::Classifier Classify;

  State entryState() { return State(); }

  void transfer(const CFGElement &Elem, State &S) {
    const FunctionDecl *Callee = calleeOf(Elem, Ctx);
    switch (Callee ? Classify(Callee) : FpuEffect::None) {
    case FpuEffect::Begin:
      S = {true, true, locationOf(Elem)};
      break;
    case FpuEffect::End:
      S = State();
      break;
    case FpuEffect::None:
      break;
    }
  }

  void transferBlock(unsigned Block, State &S) {
    for (const CFGElement &Elem : View.block(Block))
      transfer(Elem, S);
  }

  bool transferEdge(unsigned, unsigned, unsigned, State &) { return true; }

  bool join(State &Into, const State &From) {
    const State Old = Into;
    Into.Must = Into.Must && From.Must;
    Into.May = Into.May || From.May;
    // The opener only feeds a note; the two monotone bits alone decide when
    // the analysis has converged.
    if (Into.Opener.isInvalid())
      Into.Opener = From.Opener;
    return Into.Must != Old.Must || Into.May != Old.May;
  }
};

} // namespace

FpuRegions::FpuRegions(const Decl *Function, const Stmt *Body, ASTContext &Ctx,
                       Classifier Classify) {
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Function, const_cast<Stmt *>(Body), &Ctx, Options);
  if (!Graph)
    return;
  const ClangCFGView View(*Graph);
  RegionAnalysis Analysis{View, Ctx, Classify};
  ForwardDataflow<ClangCFGView, RegionAnalysis> Flow(View, Analysis);
  // Each block's entry changes at most twice (Must falls, May rises), so the
  // default budget is never spent; if it were, nothing is covered.
  if (!Flow.run())
    return;
  for (unsigned Block : Flow.reversePostOrder()) {
    State S = *Flow.entryState(Block);
    for (const CFGElement &Elem : View.block(Block)) {
      if (auto Statement = Elem.getAs<CFGStmt>())
        record(Statement->getStmt(), S);
      Analysis.transfer(Elem, S);
    }
  }
}

void FpuRegions::record(const Stmt *Node, const State &S) {
  if (!S.May)
    return;
  // The CFG splits multi-variable declarations into synthesized
  // single-variable DeclStmts; the variables are the stable keys.
  const auto *DS = dyn_cast<DeclStmt>(Node);
  if (S.Must) {
    Covered.insert(Node);
    if (DS)
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          CoveredDecls.insert(VD);
    return;
  }
  Partly.try_emplace(Node, S.Opener);
  if (DS)
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        PartlyDecls.try_emplace(VD, S.Opener);
}

void FpuRegions::State::dump(llvm::raw_ostream &OS,
                             const SourceManager &SM) const {
  OS << (Must ? "open on every path" : May ? "open on some paths" : "closed");
  if (May && Opener.isValid())
    OS << ", opened at " << Opener.printToString(SM);
  OS << "\n";
}

} // namespace clang::tidy::kernel
