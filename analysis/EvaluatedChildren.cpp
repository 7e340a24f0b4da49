#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"

namespace clang::tidy::kernel {

llvm::SmallVector<const Stmt *, 8> evaluatedChildren(const Stmt *S,
                                                     const ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 8> Children;
  if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, ConstantExpr, RequiresExpr,
          ConceptSpecializationExpr>(S))
    return Children;
  if (const auto *Typeid = dyn_cast<CXXTypeidExpr>(S)) {
    if (Typeid->isPotentiallyEvaluated())
      Children.append(S->child_begin(), S->child_end());
  } else if (const auto *Generic = dyn_cast<GenericSelectionExpr>(S)) {
    if (!Generic->isResultDependent())
      Children.push_back(Generic->getResultExpr());
  } else if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    Children.append(Lambda->capture_init_begin(), Lambda->capture_init_end());
  } else if (const auto *Arg = dyn_cast<CXXDefaultArgExpr>(S)) {
    Children.push_back(Arg->getExpr());
  } else if (const auto *Init = dyn_cast<CXXDefaultInitExpr>(S)) {
    Children.push_back(Init->getExpr());
  } else if (const auto *Pseudo = dyn_cast<PseudoObjectExpr>(S)) {
    // The syntactic form repeats the semantic one.
    Children.append(Pseudo->semantics_begin(), Pseudo->semantics_end());
  } else if (const auto *If = dyn_cast<IfStmt>(S);
             If && If->getNondiscardedCase(Ctx)) {
    Children.push_back(If->getInit());
    Children.push_back(*If->getNondiscardedCase(Ctx));
  } else {
    Children.append(S->child_begin(), S->child_end());
  }
  llvm::erase(Children, nullptr);
  return Children;
}

} // namespace clang::tidy::kernel
