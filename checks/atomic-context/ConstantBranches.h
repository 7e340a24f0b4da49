#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONSTANTBRANCHES_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONSTANTBRANCHES_H

#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace clang {
class ASTContext;
class CFGBlock;
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace clang::tidy::kernel {

/// Branches that a function's own constants decide. A local integer
/// variable initialised with a constant and only ever read afterwards
/// (`unsigned long __sleep_us = (sleep_us);` in read_poll_timeout(), called
/// with 0) makes the conditions that test it constant, and the branch they
/// never take is no path: the might_sleep() and usleep_range() of a poll
/// with no sleep never run. The CFG itself prunes only conditions that are
/// constant expressions on their own.
class ConstantBranches {
public:
  ConstantBranches(const FunctionDecl *FD, const ASTContext &Ctx);

  /// For a block that ends in a two-way branch (`if`, a loop, `?:`, `&&`,
  /// `||`): the successor (0 true, 1 false) its constant condition never
  /// takes, or nothing.
  std::optional<unsigned> deadSuccessor(const CFGBlock &Block) const;

  /// The value of \p E when literals and the constant locals decide it.
  std::optional<llvm::APSInt> value(const Expr *E) const;

private:
  std::optional<llvm::APSInt> value(const Expr *E, unsigned Depth) const;

  const ASTContext &Ctx;
  llvm::DenseMap<const VarDecl *, llvm::APSInt> Constants;
};

} // namespace clang::tidy::kernel

#endif
