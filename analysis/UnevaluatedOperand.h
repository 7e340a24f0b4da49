#ifndef KERNEL_TIDY_ANALYSIS_UNEVALUATEDOPERAND_H
#define KERNEL_TIDY_ANALYSIS_UNEVALUATEDOPERAND_H

#include "clang/AST/ASTTypeTraits.h"
#include "llvm/ADT/DenseMap.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::kernel {

/// Whether \p Node never runs at run time because it lies in an operand
/// that does not run (analysis/EvaluatedChildren.h's evaluationOf(), applied
/// up the parent map), so that no check reports it. The walk stops at the
/// enclosing function: a function or lambda body runs when the function is
/// called, wherever the function is declared. A node with several parents
/// (a default argument, an initializer list's element) runs when one of
/// them runs it.
bool isInUnevaluatedOperand(const DynTypedNode &Node, ASTContext &Ctx);

template <typename NodeT>
bool isInUnevaluatedOperand(const NodeT &Node, ASTContext &Ctx) {
  return isInUnevaluatedOperand(DynTypedNode::create(Node), Ctx);
}

/// The same question for many nodes of one AST: remembers the answer for
/// every node it walks through, so that asking about every node of a
/// translation unit walks each parent edge once.
class UnevaluatedOperands {
public:
  explicit UnevaluatedOperands(ASTContext &Ctx) : Ctx(Ctx) {}

  bool contains(const DynTypedNode &Node);
  template <typename NodeT> bool contains(const NodeT &Node) {
    return contains(DynTypedNode::create(Node));
  }

private:
  ASTContext &Ctx;
  llvm::DenseMap<const void *, bool> Known;
};

} // namespace clang::tidy::kernel

#endif
