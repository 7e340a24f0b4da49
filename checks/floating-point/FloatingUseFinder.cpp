#include "FloatingUseFinder.h"
#include "FloatingPointCheck.h"
#include "FloatingTypes.h"
#include "analysis/ReportScope.h"

namespace clang::tidy::kernel {

bool FloatingUseFinder::TraverseDecl(Decl *D) {
  // Namespaces and linkage blocks span files; their members are judged one
  // by one. Anything else at namespace level lies where its location says.
  if (D && !isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl,
                ExportDecl>(D) &&
      D->getLexicalDeclContext()->getRedeclContext()->isFileContext() &&
      !Shown.shows(D->getLocation()))
    return true;
  return RecursiveASTVisitor::TraverseDecl(D);
}

bool FloatingUseFinder::VisitExpr(Expr *E) {
  if (isFloatingOperation(*E))
    Check.checkExpr(E, Ctx);
  return true;
}

bool FloatingUseFinder::VisitVarDecl(VarDecl *D) {
  if (!isa<ParmVarDecl>(D))
    Check.checkVar(D, Ctx);
  return true;
}

bool FloatingUseFinder::VisitFieldDecl(FieldDecl *D) {
  Check.checkField(D);
  return true;
}

bool FloatingUseFinder::VisitFunctionDecl(FunctionDecl *D) {
  Check.checkFunction(D);
  return true;
}

} // namespace clang::tidy::kernel
