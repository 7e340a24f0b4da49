#include "ExceptionsCheck.h"
#include "analysis/UnevaluatedOperand.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

namespace {

// `throw()` is the old spelling of `noexcept` and stays quiet; `throw(T, ...)`
// and Microsoft's `throw(...)` promise that the function may throw.
bool isThrowingDynamicExceptionSpec(const FunctionProtoType &Proto) {
  const ExceptionSpecificationType EST = Proto.getExceptionSpecType();
  return EST == EST_Dynamic || EST == EST_MSAny;
}

AST_MATCHER(FunctionProtoType, hasThrowingDynamicExceptionSpec) {
  return isThrowingDynamicExceptionSpec(Node);
}

// A lambda's own type location is not traversed, only its parts.
AST_MATCHER(LambdaExpr, callOperatorHasThrowingDynamicExceptionSpec) {
  const CXXMethodDecl *Call = Node.getCallOperator();
  const auto *Proto =
      Call ? Call->getType()->getAs<FunctionProtoType>() : nullptr;
  return Proto && isThrowingDynamicExceptionSpec(*Proto);
}

} // namespace

void ExceptionsCheck::registerMatchers(MatchFinder *Finder) {
  // Throw expressions, try blocks and exception specifications are written
  // in a template's pattern; matching only what is spelled in the source
  // reports them once, not once per instantiation.
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cxxThrowExpr().bind("throw")),
      this);
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource, cxxTryStmt().bind("try")),
      this);
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource,
               typeLoc(loc(functionProtoType(hasThrowingDynamicExceptionSpec())))
                   .bind("spec")),
      this);
  Finder->addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource,
               lambdaExpr(callOperatorHasThrowingDynamicExceptionSpec())
                   .bind("lambda")),
      this);
  // Which `operator new` a dependent `new T` calls is only known in an
  // instantiation, so new-expressions are matched there too.
  Finder->addMatcher(cxxNewExpr().bind("new"), this);
}

void ExceptionsCheck::onStartOfTranslationUnit() { ReportedNews.clear(); }

void ExceptionsCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Throw = Result.Nodes.getNodeAs<CXXThrowExpr>("throw")) {
    if (!isInUnevaluatedOperand(*Throw, Ctx))
      diag(Throw->getThrowLoc(),
           "throw expression in kernel code; return an error code");
    return;
  }
  if (const auto *Try = Result.Nodes.getNodeAs<CXXTryStmt>("try")) {
    if (isInUnevaluatedOperand(*Try, Ctx))
      return;
    const bool IsFunctionTryBlock =
        llvm::any_of(Ctx.getParents(*Try), [Try](const DynTypedNode &Parent) {
          const auto *Function = Parent.get<FunctionDecl>();
          return Function && Function->getBody() == Try;
        });
    diag(Try->getTryLoc(), "%select{try block|function-try-block}0 in kernel "
                           "code; check and return error codes instead")
        << IsFunctionTryBlock;
    return;
  }
  if (const auto *Spec = Result.Nodes.getNodeAs<TypeLoc>("spec")) {
    if (!isInUnevaluatedOperand(*Spec, Ctx))
      reportExceptionSpec(*Spec);
    return;
  }
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda")) {
    const TypeSourceInfo *TSI = Lambda->getCallOperator()->getTypeSourceInfo();
    if (TSI && !isInUnevaluatedOperand(*Lambda, Ctx))
      reportExceptionSpec(TSI->getTypeLoc());
    return;
  }
  if (const auto *New = Result.Nodes.getNodeAs<CXXNewExpr>("new"))
    checkNew(*New, Ctx);
}

void ExceptionsCheck::reportExceptionSpec(TypeLoc Function) {
  const auto Proto = Function.getAsAdjusted<FunctionProtoTypeLoc>();
  const SourceRange Range =
      Proto ? Proto.getExceptionSpecRange() : SourceRange();
  if (Range.isInvalid())
    return;
  diag(Range.getBegin(), "dynamic exception specification in kernel code; "
                         "kernel code cannot throw, declare it 'noexcept'")
      << Range;
  // `noexcept` changes what a throw out of the function does (it
  // terminates), so the replacement is offered on a note: `--fix` leaves it
  // alone, an editor shows it as a code action. Written in a macro the
  // specification may mean something else elsewhere; C++98 has no
  // `noexcept`.
  if (!getLangOpts().CPlusPlus11 || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return;
  diag(Range.getBegin(), "replace it with 'noexcept'; an exception leaving "
                         "the function then terminates",
       DiagnosticIDs::Note)
      << FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Range),
                                      "noexcept");
}

void ExceptionsCheck::checkNew(const CXXNewExpr &New, ASTContext &Ctx) {
  // Placement forms, `std::nothrow` among them, are out of scope (SPEC.md).
  if (New.getNumPlacementArgs() != 0)
    return;
  const FunctionDecl *OperatorNew = New.getOperatorNew();
  if (!OperatorNew || OperatorNew->isInvalidDecl())
    return;
  const auto *Proto = OperatorNew->getType()->getAs<FunctionProtoType>();
  if (!Proto)
    return;
  const ExceptionSpecificationType EST = Proto->getExceptionSpecType();
  if (isUnresolvedExceptionSpec(EST) || EST == EST_Unparsed ||
      Proto->isNothrow())
    return;
  const SourceLocation Loc = New.getBeginLoc();
  if (Loc.isInvalid() || ReportedNews.contains(Loc) ||
      isInUnevaluatedOperand(New, Ctx))
    return;
  ReportedNews.insert(Loc);

  if (!isa<CXXRecordDecl>(OperatorNew->getDeclContext())) {
    diag(Loc, "'%select{new|new[]}0' reports allocation failure by throwing; "
              "use 'new (std::nothrow)' and check for null")
        << New.isArray() << New.getSourceRange();
    return;
  }
  // `new (std::nothrow)` would not find the global form past a class's own
  // `operator new`, so the class must declare its allocator `noexcept`.
  diag(Loc, "'%select{new|new[]}0' reports allocation failure by throwing "
            "through %q1; declare it 'noexcept' and check for null")
      << New.isArray() << OperatorNew << New.getSourceRange();
  diag(OperatorNew->getLocation(), "%q0 declared here is not 'noexcept'",
       DiagnosticIDs::Note)
      << OperatorNew;
}

} // namespace clang::tidy::kernel
