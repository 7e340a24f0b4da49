#include "FloatingTypes.h"

namespace clang::tidy::kernel {

bool isFloatingValue(QualType T) {
  if (T.isNull() || T->isDependentType())
    return false;
  QualType Canonical = T.getCanonicalType();
  if (const auto *Vector = Canonical->getAs<VectorType>())
    Canonical = Vector->getElementType().getCanonicalType();
  return Canonical->isFloatingType();
}

bool hasFloatingStorage(QualType T) {
  if (T.isNull() || T->isDependentType())
    return false;
  return isFloatingValue(QualType(T->getBaseElementTypeUnsafe(), 0));
}

bool isFloatingOperation(const Expr &E) {
  if (E.getType().isNull() || E.isTypeDependent())
    return false;
  if (const auto *Compound = dyn_cast<CompoundAssignOperator>(&E))
    return isFloatingValue(Compound->getComputationResultType()) ||
           isFloatingValue(Compound->getType());
  if (const auto *Unary = dyn_cast<UnaryOperator>(&E);
      Unary && Unary->isIncrementDecrementOp())
    return isFloatingValue(Unary->getSubExpr()->getType());
  if (const auto *Binary = dyn_cast<BinaryOperator>(&E);
      Binary && Binary->getOpcode() == BO_Assign)
    return false;
  return E.isPRValue() && isFloatingValue(E.getType());
}

} // namespace clang::tidy::kernel
