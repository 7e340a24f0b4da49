#ifndef KERNEL_TIDY_ANALYSIS_UNEVALUATEDOPERAND_H
#define KERNEL_TIDY_ANALYSIS_UNEVALUATEDOPERAND_H

#include "clang/AST/ASTTypeTraits.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::kernel {

/// Whether \p Node lies inside an operand that is never evaluated at run time
/// (`sizeof`, `alignof`, `decltype`, `typeof`, `noexcept`, a non-polymorphic
/// `typeid` operand, `_Generic`, a requires-expression), so that no check
/// reports it. The walk up the parent map stops at the enclosing function
/// body: a function or lambda body is evaluated code wherever the function
/// is declared.
bool isInUnevaluatedOperand(const DynTypedNode &Node, ASTContext &Ctx);

template <typename NodeT>
bool isInUnevaluatedOperand(const NodeT &Node, ASTContext &Ctx) {
  return isInUnevaluatedOperand(DynTypedNode::create(Node), Ctx);
}

} // namespace clang::tidy::kernel

#endif
