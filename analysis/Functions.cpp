#include "analysis/Functions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"

namespace clang::tidy::kernel {

bool isLambda(const FunctionDecl *FD) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
  return Method && Method->getParent()->isLambda();
}

llvm::StringRef plainName(const FunctionDecl *FD) {
  return FD && FD->getDeclName().isIdentifier() ? FD->getName()
                                                : llvm::StringRef();
}

const FunctionDecl *calleeOf(const Stmt *S) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(S))
    return Call->getDirectCallee();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(S))
    return Construct->getConstructor();
  if (const auto *Inherited = dyn_cast_or_null<CXXInheritedCtorInitExpr>(S))
    return Inherited->getConstructor();
  return nullptr;
}

const FunctionDecl *calleeOf(const CFGElement &Element, ASTContext &Ctx) {
  if (auto S = Element.getAs<CFGStmt>())
    return calleeOf(S->getStmt());
  if (auto Dtor = Element.getAs<CFGImplicitDtor>())
    return Dtor->getDestructorDecl(Ctx);
  return nullptr;
}

const Decl *functionContaining(const Decl *D) {
  if (!D || isa<FieldDecl>(D))
    return nullptr;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (isa<FunctionDecl, BlockDecl>(DC))
      return cast<Decl>(DC);
    if (DC->isRecord() || DC->isFileContext())
      return nullptr;
  }
  return nullptr;
}

} // namespace clang::tidy::kernel
