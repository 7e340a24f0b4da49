#include "RttiCheck.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

static const internal::VariadicDynCastAllOfMatcher<Stmt, CXXTypeidExpr>
    cxxTypeidExpr;

void RttiCheck::registerMatchers(MatchFinder *Finder) {
  // Unevaluated operands (sizeof, decltype, noexcept) never reach run time.
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource,
               cxxDynamicCastExpr(unless(isInstantiationDependent()))
                   .bind("cast")),
      this);
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cxxTypeidExpr().bind("typeid")),
      this);
}

static bool inUnevaluatedContext(const Expr *E, ASTContext &Ctx) {
  return !ast_matchers::match(
              expr(hasAncestor(expr(anyOf(unaryExprOrTypeTraitExpr(),
                                          cxxNoexceptExpr(),
                                          genericSelectionExpr())))),
              *E, Ctx)
              .empty();
}

void RttiCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Cast = Result.Nodes.getNodeAs<CXXDynamicCastExpr>("cast")) {
    if (inUnevaluatedContext(Cast, *Result.Context))
      return;
    diag(Cast->getOperatorLoc(),
         "dynamic_cast needs RTTI, which kernel code is built without")
        << Cast->getSourceRange();
    return;
  }
  const auto *Typeid = Result.Nodes.getNodeAs<CXXTypeidExpr>("typeid");
  if (!Typeid || inUnevaluatedContext(Typeid, *Result.Context))
    return;
  diag(Typeid->getBeginLoc(),
       "typeid needs RTTI, which kernel code is built without")
      << Typeid->getSourceRange();
}

} // namespace clang::tidy::kernel
