#ifndef KERNEL_TIDY_ANALYSIS_EVALUATEDCHILDREN_H
#define KERNEL_TIDY_ANALYSIS_EVALUATEDCHILDREN_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::kernel {

/// The sub-statements of \p S that run when \p S runs, in source order: none
/// of an unevaluated operand (`sizeof`, `noexcept`, non-polymorphic `typeid`,
/// requirements) or a constant-evaluated expression; the captures of a lambda
/// but not its body, which is its call operator's; the expression a default
/// argument or member initialiser stands for; the semantic form of a
/// pseudo-object expression; the taken branch of an `if constexpr`.
llvm::SmallVector<const Stmt *, 8> evaluatedChildren(const Stmt *S,
                                                     const ASTContext &Ctx);

} // namespace clang::tidy::kernel

#endif
