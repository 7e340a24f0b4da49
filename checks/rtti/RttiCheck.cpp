#include "RttiCheck.h"
#include "analysis/UnevaluatedOperand.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

static const internal::VariadicDynCastAllOfMatcher<Stmt, CXXTypeidExpr>
    cxxTypeidExpr;

void RttiCheck::registerMatchers(MatchFinder *Finder) {
  // Matching only what is spelled in the source reports a cast in a
  // template's pattern once, not once per instantiation; a dependent cast is
  // reported there because most instantiations need the run-time check.
  Finder->addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                              cxxDynamicCastExpr().bind("cast")),
                     this);
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cxxTypeidExpr().bind("typeid")),
      this);
}

namespace {

/// What a dynamic_cast compiles to, which decides the advice.
enum class CastNeed { Rtti, Upcast, CompleteObject };

} // namespace

static CastNeed castNeed(const CXXDynamicCastExpr &Cast) {
  switch (Cast.getCastKind()) {
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_NoOp:
    return CastNeed::Upcast;
  case CK_Dynamic:
    // The complete object is found through the vtable, without type_info.
    if (const auto *Pointer = Cast.getType()->getAs<PointerType>();
        Pointer && Pointer->getPointeeType()->isVoidType())
      return CastNeed::CompleteObject;
    return CastNeed::Rtti;
  default:
    return CastNeed::Rtti;
  }
}

void RttiCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Cast = Result.Nodes.getNodeAs<CXXDynamicCastExpr>("cast")) {
    if (isInUnevaluatedOperand(*Cast, Ctx))
      return;
    const CastNeed Need = castNeed(*Cast);
    const SourceLocation Operator = Cast->getOperatorLoc();
    {
      auto Diag =
          diag(Operator,
               "%select{dynamic_cast needs RTTI, which kernel code is built "
               "without|dynamic_cast to a base class; use an implicit "
               "conversion|dynamic_cast to 'void *' in kernel code; keep a "
               "pointer to the complete object instead}0")
          << static_cast<unsigned>(Need) << Cast->getSourceRange();
      // An upcast is checked at compile time: static_cast makes the same
      // adjustment and keeps null null, so the fix is on the warning itself.
      if (Need == CastNeed::Upcast && !Operator.isMacroID())
        Diag << FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(Operator), "static_cast");
    }
    if (Need == CastNeed::Rtti && Cast->getTypeAsWritten()->isReferenceType())
      diag(Operator, "a failing dynamic_cast to a reference throws 'std::bad_cast'",
           DiagnosticIDs::Note);
    return;
  }
  const auto *Typeid = Result.Nodes.getNodeAs<CXXTypeidExpr>("typeid");
  if (!Typeid || isInUnevaluatedOperand(*Typeid, Ctx))
    return;
  diag(Typeid->getBeginLoc(),
       "typeid needs RTTI, which kernel code is built without")
      << Typeid->getSourceRange();
}

} // namespace clang::tidy::kernel
