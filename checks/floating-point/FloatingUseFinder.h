#ifndef KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGUSEFINDER_H
#define KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGUSEFINDER_H

#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::kernel {

class FloatingPointCheck;
class ReportScope;

/// Hands the check every floating operation and every variable, field and
/// function declaration of the code clang-tidy will show.
///
/// A kernel TU is mostly header code whose findings clang-tidy drops, so the
/// walk skips the namespace-level declarations it would not show instead of
/// visiting every node of the TU (what AST matchers on `expr()` cost). It
/// visits what a MatchFinder visits (template instantiations, implicit
/// code), in the same pre-order, so the check's one-finding-per-full-
/// expression choice does not change.
class FloatingUseFinder : public RecursiveASTVisitor<FloatingUseFinder> {
public:
  FloatingUseFinder(FloatingPointCheck &Check, const ReportScope &Shown,
                    ASTContext &Ctx)
      : Check(Check), Shown(Shown), Ctx(Ctx) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D);
  bool VisitExpr(Expr *E);
  bool VisitVarDecl(VarDecl *D);
  bool VisitFieldDecl(FieldDecl *D);
  bool VisitFunctionDecl(FunctionDecl *D);

private:
  FloatingPointCheck &Check;
  const ReportScope &Shown;
  ASTContext &Ctx;
};

} // namespace clang::tidy::kernel

#endif
