#ifndef KERNEL_TIDY_ANALYSIS_EVALUATEDCHILDREN_H
#define KERNEL_TIDY_ANALYSIS_EVALUATEDCHILDREN_H

#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::kernel {

/// The one answer of the checks to "does this operand run": what running
/// \p Parent means for \p Operand, a node directly below it in the AST (a
/// sub-expression, a written type, a declaration, a template argument).
enum class Evaluation {
  /// It runs when its parent runs.
  Runs,
  /// It never runs at run time: an operand the language leaves unevaluated
  /// (`sizeof` and `__datasizeof` unless of a variable-length array type,
  /// `alignof`, `decltype`, `typeof` unless of a variable-length array type,
  /// `noexcept`, `typeid` unless of a polymorphic glvalue, `_Generic`'s
  /// controlling operand and unselected associations, the side
  /// `__builtin_choose_expr` does not choose, requirements, the argument of
  /// `__builtin_constant_p` and `__builtin_*object_size`), or what the
  /// compiler computes (a constant expression, a template argument, the
  /// discarded branch of `if constexpr`, a constant array bound, an
  /// enumerator's value, a bit-field's width, `static_assert`).
  DoesNotRun,
  /// It is a function's body or signature (a lambda's too): it runs when the
  /// function is called, wherever the function is written.
  FunctionBody,
};

/// The rule itself, shared by evaluatedChildren() (down the AST) and
/// isInUnevaluatedOperand() (up the parent map).
Evaluation evaluationOf(const DynTypedNode &Operand, const DynTypedNode &Parent,
                        const ASTContext &Ctx);

/// Whether some operand of \p S (a child or its written type) does not run
/// when \p S runs: a RecursiveASTVisitor that looks only at code that runs
/// traverses such a node through evaluatedChildren().
bool hasOperandsThatDoNotRun(const Stmt &S, const ASTContext &Ctx);

/// The sub-statements of \p S that run when \p S runs, in source order,
/// following evaluationOf(); also those the AST does not list as children:
/// the size expressions of the variable-length array types that a
/// declaration, `sizeof`, a cast or a compound literal evaluates; the
/// captures of a lambda (its body is its call operator's); the expression
/// a default argument or member initialiser stands for; the semantic form
/// of a pseudo-object expression.
llvm::SmallVector<const Stmt *, 8> evaluatedChildren(const Stmt *S,
                                                     const ASTContext &Ctx);

} // namespace clang::tidy::kernel

#endif
