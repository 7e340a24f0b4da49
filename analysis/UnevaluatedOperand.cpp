#include "analysis/UnevaluatedOperand.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/TypeLoc.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

namespace {

/// What one step from a child up to its parent says about the child.
enum class Step {
  /// The child is an unevaluated operand of the parent.
  Unevaluated,
  /// The parent is a function (a lambda's call operator too) whose body or
  /// signature holds the child.
  EnclosingFunction,
  /// Keep walking up.
  Continue,
};

} // namespace

// C11 6.5.3.4p2 and GNU typeof: an operand of variable-length array type is
// evaluated, because its size is only known at run time.
static bool hasVariableArrayType(QualType T) {
  return !T.isNull() && T->isVariableArrayType();
}

static Step stepFromExpr(const Stmt *Child, const Expr &Parent) {
  if (const auto *SizeOf = dyn_cast<UnaryExprOrTypeTraitExpr>(&Parent)) {
    if (SizeOf->getKind() == UETT_SizeOf &&
        hasVariableArrayType(SizeOf->getTypeOfArgument()))
      return Step::Continue;
    return Step::Unevaluated;
  }
  if (isa<CXXNoexceptExpr, RequiresExpr>(Parent))
    return Step::Unevaluated;
  if (const auto *Typeid = dyn_cast<CXXTypeidExpr>(&Parent)) {
    // A type-dependent operand may turn out polymorphic (and evaluated) in an
    // instantiation; only a known non-polymorphic operand is unevaluated.
    if (Typeid->isTypeOperand() ||
        Typeid->getExprOperand()->isTypeDependent())
      return Step::Continue;
    return Typeid->isPotentiallyEvaluated() ? Step::Continue
                                            : Step::Unevaluated;
  }
  if (const auto *Generic = dyn_cast<GenericSelectionExpr>(&Parent)) {
    // Only the selected association is ever evaluated.
    if (Generic->isExprPredicate() && Child == Generic->getControllingExpr())
      return Step::Unevaluated;
    if (Generic->isResultDependent() || Child == Generic->getResultExpr())
      return Step::Continue;
    return Step::Unevaluated;
  }
  return Step::Continue;
}

static Step stepFromTypeLoc(const TypeLoc &Parent) {
  if (Parent.getAs<DecltypeTypeLoc>())
    return Step::Unevaluated;
  if (auto TypeOf = Parent.getAs<TypeOfExprTypeLoc>())
    return hasVariableArrayType(TypeOf.getUnderlyingExpr()->getType())
               ? Step::Continue
               : Step::Unevaluated;
  return Step::Continue;
}

static Step step(const DynTypedNode &Child, const DynTypedNode &Parent) {
  if (const auto *E = Parent.get<Expr>())
    return stepFromExpr(Child.get<Stmt>(), *E);
  if (const auto *TL = Parent.get<TypeLoc>())
    return stepFromTypeLoc(*TL);
  if (isa_and_nonnull<FunctionDecl, BlockDecl, CapturedDecl>(
          Parent.get<Decl>()))
    return Step::EnclosingFunction;
  return Step::Continue;
}

bool isInUnevaluatedOperand(const DynTypedNode &Node, ASTContext &Ctx) {
  // A node shared by several parents (rare: reused template sub-expressions)
  // is unevaluated when any of its parent chains says so.
  llvm::SmallVector<DynTypedNode, 8> Worklist{Node};
  llvm::SmallPtrSet<const void *, 16> Seen;
  while (!Worklist.empty()) {
    const DynTypedNode Child = Worklist.pop_back_val();
    for (const DynTypedNode &Parent : Ctx.getParents(Child)) {
      switch (step(Child, Parent)) {
      case Step::Unevaluated:
        return true;
      case Step::EnclosingFunction:
        break;
      case Step::Continue:
        // Type locations have no identity to remember; their chains are
        // short and end at a declaration or expression that has one.
        if (const void *Id = Parent.getMemoizationData();
            !Id || Seen.insert(Id).second)
          Worklist.push_back(Parent);
        break;
      }
    }
  }
  return false;
}

} // namespace clang::tidy::kernel
