#ifndef KERNEL_TIDY_ANALYSIS_STATEMENTWALK_H
#define KERNEL_TIDY_ANALYSIS_STATEMENTWALK_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace clang::tidy::kernel {

/// Calls \p Visit on \p Root and on every statement below it, each before
/// its children and in source order, with an explicit stack: kernel macros
/// nest deeper than a recursion should go. Null children are skipped.
template <typename Fn> void walkStatements(const Stmt *Root, Fn &&Visit) {
  llvm::SmallVector<const Stmt *, 64> Work{Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    Visit(S);
    size_t Before = Work.size();
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
    // Pushed in order, popped in reverse: reverse them to visit in order.
    std::reverse(Work.begin() + Before, Work.end());
  }
}

} // namespace clang::tidy::kernel

#endif
