#include "analysis/ForwardDataflow.h"
#include "clang/Analysis/CFG.h"

namespace clang::tidy::kernel {

ClangCFGView::ClangCFGView(const clang::CFG &G)
    : G(G), Blocks(G.getNumBlockIDs(), nullptr) {
  for (const clang::CFGBlock *B : G)
    Blocks[B->getBlockID()] = B;
}

unsigned ClangCFGView::size() const { return G.getNumBlockIDs(); }

unsigned ClangCFGView::entry() const { return G.getEntry().getBlockID(); }

unsigned ClangCFGView::blockID(const clang::CFGBlock &B) {
  return B.getBlockID();
}

llvm::SmallVector<const clang::CFGBlock *, 4>
ClangCFGView::successors(unsigned ID) const {
  llvm::SmallVector<const clang::CFGBlock *, 4> Out;
  for (const clang::CFGBlock::AdjacentBlock &Succ : Blocks[ID]->succs())
    Out.push_back(Succ.getReachableBlock());
  return Out;
}

} // namespace clang::tidy::kernel
