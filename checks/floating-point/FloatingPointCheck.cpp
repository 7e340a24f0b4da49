#include "FloatingPointCheck.h"
#include "analysis/Annotations.h"
#include "analysis/Functions.h"
#include "FloatingPointTables.h"
#include "FloatingTypes.h"
#include "FloatingUseFinder.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

namespace {

/// The libm name behind a call, also when spelled as a compiler builtin.
StringRef libmNameOf(const FunctionDecl *D) {
  StringRef Name = plainName(D);
  Name.consume_front("__builtin_");
  return Name;
}

/// What a finding about \p E names: cleanups and conversions between
/// floating types say less than what they wrap.
const Expr *operationNamed(const Expr *E) {
  const Expr *Bare = E->IgnoreParens();
  while (true) {
    if (const auto *Full = dyn_cast<FullExpr>(Bare)) {
      Bare = Full->getSubExpr()->IgnoreParens();
      continue;
    }
    const auto *Cast = dyn_cast<ImplicitCastExpr>(Bare);
    if (!Cast || Cast->getCastKind() == CK_LValueToRValue ||
        !isFloatingValue(Cast->getSubExpr()->getType()))
      return Bare;
    Bare = Cast->getSubExpr()->IgnoreParens();
  }
}

bool isArgumentOf(const Expr *Consumer, const Expr *E) {
  if (const auto *Call = dyn_cast<CallExpr>(Consumer))
    return llvm::is_contained(Call->arguments(), E);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Consumer))
    return llvm::is_contained(Construct->arguments(), E);
  return false;
}

} // namespace

FloatingPointCheck::FloatingPointCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      FpuBeginOption(Options, "FpuBeginFunctions", tables::FpuBegin),
      FpuEndOption(Options, "FpuEndFunctions", tables::FpuEnd),
      LibmOption(Options, "LibmFunctions", tables::LibmFunctions),
      FpuBeginFunctions(FpuBeginOption.value()),
      FpuEndFunctions(FpuEndOption.value()),
      LibmFunctions(LibmOption.value()),
      Scope(ReportScopeOptions::of(Context)) {}

void FloatingPointCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  FpuBeginOption.store(Options, Opts);
  FpuEndOption.store(Options, Opts);
  LibmOption.store(Options, Opts);
}

void FloatingPointCheck::registerMatchers(MatchFinder *Finder) {
  // One match per TU: FloatingUseFinder walks only the code clang-tidy shows.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void FloatingPointCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *TU = Result.Nodes.getNodeAs<TranslationUnitDecl>("tu");
  ReportScope Shown(Scope, *Result.SourceManager);
  FloatingUseFinder(*this, Shown, *Result.Context)
      .TraverseDecl(const_cast<TranslationUnitDecl *>(TU));
}

void FloatingPointCheck::onEndOfTranslationUnit() {
  Placements.clear();
  Unevaluated.reset();
  Functions.clear();
  Folded.clear();
  Regions.clear();
  ReportedDecls.clear();
  ReportedFullExprs.clear();
}

UnevaluatedOperands &FloatingPointCheck::unevaluated(ASTContext &Ctx) {
  if (!Unevaluated)
    Unevaluated.emplace(Ctx);
  return *Unevaluated;
}

FloatingPointCheck::Placement FloatingPointCheck::place(const Expr *E,
                                                        ASTContext &Ctx) {
  // Walks up to the full expression, remembering the answer for every node
  // on the way so sibling operands stop at the first node already known.
  llvm::SmallVector<const Expr *, 16> Path;
  Placement Result;
  const Expr *Node = E;
  while (true) {
    if (auto Known = Placements.find(Node); Known != Placements.end()) {
      Result = Known->second;
      break;
    }
    DynTypedNodeList Parents = Ctx.getParents(*Node);
    const Expr *Parent = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    Path.push_back(Node);
    if (Parent) {
      Node = Parent;
      continue;
    }
    Result.Root = Node;
    if (!Parents.empty()) {
      // Variables and fields run their initializers, constructors their
      // member initializers.
      if (const auto *D = Parents[0].get<Decl>()) {
        if (isa<VarDecl, FieldDecl>(D))
          Result.Owner = D;
        else if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(D))
          Result.Implicit = llvm::any_of(
              Constructor->inits(), [&](const CXXCtorInitializer *Init) {
                return Init->getInit() == Node && !Init->isWritten();
              });
      }
    }
    break;
  }
  for (const Expr *Visited : Path)
    Placements[Visited] = Result;
  return Result;
}

const Decl *FloatingPointCheck::enclosingFunction(const Placement &P,
                                                  ASTContext &Ctx) {
  if (P.Owner)
    return functionContaining(P.Owner);
  llvm::SmallVector<const Stmt *, 16> Path;
  const Decl *Result = nullptr;
  DynTypedNode Node = DynTypedNode::create(*P.Root);
  while (true) {
    if (const auto *S = Node.get<Stmt>()) {
      if (auto Known = Functions.find(S); Known != Functions.end()) {
        Result = Known->second;
        break;
      }
      // A lambda's body is the body of its call operator.
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S); Lambda && S != P.Root) {
        Result = Lambda->getCallOperator();
        break;
      }
      Path.push_back(S);
    } else if (const auto *D = Node.get<Decl>()) {
      Result = isa<FunctionDecl, BlockDecl>(D) ? D : functionContaining(D);
      break;
    }
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      break;
    Node = Parents[0];
  }
  for (const Stmt *S : Path)
    Functions[S] = Result;
  return Result;
}

bool FloatingPointCheck::foldsToInteger(const Expr *Consumer, ASTContext &Ctx) {
  // A dependent constructor initializer (`U() : U(0.0)` in a template) is a
  // ParenListExpr, which has no type.
  if (Consumer->getType().isNull() ||
      !Consumer->getType()->isIntegralOrEnumerationType() ||
      Consumer->isValueDependent() || Consumer->containsErrors())
    return false;
  auto [Entry, Inserted] = Folded.try_emplace(Consumer, false);
  if (Inserted) {
    Expr::EvalResult Value;
    Entry->second = Consumer->EvaluateAsInt(Value, Ctx, Expr::SE_NoSideEffects);
  }
  return Entry->second;
}

bool FloatingPointCheck::mayReport(const DeclContext *Context) const {
  for (const DeclContext *DC = Context; DC; DC = DC->getParent()) {
    const auto *Function = dyn_cast<FunctionDecl>(DC);
    if (!Function)
      continue;
    if (Function->isImplicit() || Function->isDefaulted() ||
        Function->isConsteval() || hasAnnotation(Function, Annotation::Fpu))
      return false;
  }
  return true;
}

FpuEffect FloatingPointCheck::classify(const FunctionDecl *Callee) const {
  StringRef Name = plainName(Callee);
  if (hasAnnotation(Callee, Annotation::FpuBegin) ||
      FpuBeginFunctions.matches(Name))
    return FpuEffect::Begin;
  if (hasAnnotation(Callee, Annotation::FpuEnd) ||
      FpuEndFunctions.matches(Name))
    return FpuEffect::End;
  return FpuEffect::None;
}

const FpuRegions *FloatingPointCheck::regionsOf(const Decl *Function,
                                                ASTContext &Ctx) {
  if (!Function || !Function->getBody())
    return nullptr;
  std::unique_ptr<FpuRegions> &Entry = Regions[Function];
  if (!Entry)
    Entry = std::make_unique<FpuRegions>(
        Function, Function->getBody(), Ctx,
        [this](const FunctionDecl *Callee) { return classify(Callee); });
  return Entry.get();
}

void FloatingPointCheck::noteOpenedOnSomePaths(SourceLocation Opened) {
  if (Opened.isValid())
    diag(Opened,
         "the FPU region opened here is not open on every path to this code",
         DiagnosticIDs::Note);
}

void FloatingPointCheck::checkExpr(const Expr *E, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*E);
  const Expr *Consumer = Parents.empty() ? nullptr : Parents[0].get<Expr>();
  // The enclosing floating expression speaks for its operands.
  if (Consumer && isFloatingOperation(*Consumer))
    return;
  if (E->containsErrors())
    return;
  // `(void)x` discards the value without loading it.
  if (const auto *Discard = dyn_cast_or_null<CastExpr>(Consumer);
      Discard && Discard->getCastKind() == CK_ToVoid) {
    const auto *Load = dyn_cast<ImplicitCastExpr>(E);
    if (Load && Load->getCastKind() == CK_LValueToRValue)
      return;
  }
  Placement P = place(E, Ctx);
  if (P.Implicit || unevaluated(Ctx).contains(*E) || P.Root->containsErrors() ||
      P.Root->isInstantiationDependent())
    return;
  if (P.Owner) {
    // A default argument is reported where a call passes it; a floating or
    // constexpr variable's initializer belongs to its declaration.
    if (isa<ParmVarDecl>(P.Owner) ||
        hasFloatingStorage(cast<ValueDecl>(P.Owner)->getType()))
      return;
    if (const auto *Var = dyn_cast<VarDecl>(P.Owner); Var && Var->isConstexpr())
      return;
  }
  if (Consumer && foldsToInteger(Consumer, Ctx))
    return;

  const Decl *Function = enclosingFunction(P, Ctx);
  const DeclContext *Context =
      Function ? dyn_cast<DeclContext>(Function)
               : (P.Owner ? P.Owner->getDeclContext() : nullptr);
  if (!mayReport(Context))
    return;
  const FpuRegions *Regions = regionsOf(Function, Ctx);
  SourceLocation Opened;
  if (Regions) {
    // The CFG lists most expressions on their own, but skips parentheses and
    // full-expression wrappers and splits multi-variable declarations.
    const Stmt *Keys[] = {E, E->IgnoreParens(), P.Root, P.Root->IgnoreParens(),
                          P.Root->IgnoreImplicit()};
    for (const Stmt *Key : Keys) {
      if (Regions->covers(Key))
        return;
      if (Opened.isInvalid())
        Opened = Regions->openedOnSomePaths(Key);
    }
    if (const auto *Var = dyn_cast_or_null<VarDecl>(P.Owner)) {
      if (Regions->covers(Var))
        return;
      if (Opened.isInvalid())
        Opened = Regions->openedOnSomePaths(Var);
    }
  }
  if (!firstFullExpr(P.Root->getBeginLoc()))
    return;
  report(E, Consumer);
  noteOpenedOnSomePaths(Opened);
}

void FloatingPointCheck::report(const Expr *E, const Expr *Consumer) {
  const Expr *Bare = operationNamed(E);
  SourceLocation Loc = Bare->getExprLoc();
  const FunctionDecl *Callee = calleeOf(Bare);
  const FunctionDecl *Receiver = nullptr;
  if (Consumer && isArgumentOf(Consumer, E)) {
    Receiver = calleeOf(Consumer);
    if (Loc.isInvalid())
      Loc = Consumer->getExprLoc();
  }

  const bool ProducesLibm = LibmFunctions.matches(libmNameOf(Callee));
  if (ProducesLibm || LibmFunctions.matches(libmNameOf(Receiver))) {
    const Expr *Call = ProducesLibm ? Bare : Consumer;
    diag(Call->getExprLoc(), "call to libm function %0 in kernel code")
        << (ProducesLibm ? Callee : Receiver) << Call->getSourceRange();
    return;
  }
  if (Consumer && isArgumentOf(Consumer, E)) {
    if (Receiver)
      diag(Loc, "floating-point argument passed to %select{%1|a lambda}0")
          << isLambda(Receiver) << Receiver << E->getSourceRange();
    else
      diag(Loc, "floating-point argument passed to an indirect call")
          << E->getSourceRange();
    return;
  }
  if (isa<CallExpr>(Bare)) {
    if (Callee)
      diag(Loc, "call to %select{%1|a lambda}0 returns floating-point type %2")
          << isLambda(Callee) << Callee << E->getType() << E->getSourceRange();
    else
      diag(Loc, "indirect call returns floating-point type %0")
          << E->getType() << E->getSourceRange();
    return;
  }
  if (isa<BinaryOperator, UnaryOperator>(Bare)) {
    diag(Loc, "floating-point arithmetic in kernel code")
        << E->getSourceRange();
    return;
  }
  if (const auto *Compare = dyn_cast_or_null<BinaryOperator>(Consumer);
      Compare && Compare->isComparisonOp()) {
    diag(Compare->getOperatorLoc(), "floating-point comparison in kernel code")
        << Compare->getSourceRange();
    return;
  }
  if (Consumer && isa<CastExpr>(Consumer) &&
      !isFloatingValue(Consumer->getType())) {
    diag(Loc, "conversion from floating-point type %0 to %1")
        << E->getType() << Consumer->getType() << Consumer->getSourceRange();
    return;
  }
  if (isa<FloatingLiteral>(Bare)) {
    diag(Loc, "floating-point literal in kernel code") << E->getSourceRange();
    return;
  }
  if (const auto *Cast = dyn_cast<CastExpr>(Bare);
      Cast && !isFloatingValue(Cast->getSubExpr()->getType())) {
    diag(Loc, "conversion from %0 to floating-point type %1")
        << Cast->getSubExpr()->getType() << E->getType() << E->getSourceRange();
    return;
  }
  const Expr *Read = Bare->IgnoreParenImpCasts();
  const ValueDecl *Named = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Read))
    Named = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(Read))
    Named = Member->getMemberDecl();
  if (Named)
    diag(Loc, "use of floating-point value %0") << Named << E->getSourceRange();
  else
    diag(Loc, "use of floating-point value of type %0")
        << E->getType() << E->getSourceRange();
}

void FloatingPointCheck::checkVar(const VarDecl *D, ASTContext &Ctx) {
  if (D->isInvalidDecl() || D->isImplicit() || D->isConstexpr() ||
      !hasFloatingStorage(D->getType()) || !mayReport(D->getDeclContext()) ||
      unevaluated(Ctx).contains(*D))
    return;
  const FpuRegions *Regions = regionsOf(functionContaining(D), Ctx);
  if (Regions && Regions->covers(D))
    return;
  if (!firstDecl(D->getLocation()))
    return;
  diag(D->getLocation(), "variable %0 has floating-point type %1")
      << D << D->getType();
  if (Regions)
    noteOpenedOnSomePaths(Regions->openedOnSomePaths(D));
}

void FloatingPointCheck::checkField(const FieldDecl *D) {
  if (D->isInvalidDecl() || D->isImplicit() ||
      !hasFloatingStorage(D->getType()) || !mayReport(D->getDeclContext()) ||
      !firstDecl(D->getLocation()))
    return;
  diag(D->getLocation(), "field %0 has floating-point type %1")
      << D << D->getType();
}

void FloatingPointCheck::checkFunction(const FunctionDecl *D) {
  // `void f(double) = delete;` is how C++ forbids the floating overload.
  if (D->isInvalidDecl() || D->isDeleted() || isa<CXXDeductionGuideDecl>(D) ||
      !mayReport(D))
    return;
  if (isFloatingValue(D->getReturnType())) {
    if (firstDecl(D->getLocation()))
      diag(D->getLocation(),
           "%select{function %1|lambda}0 returns floating-point type %2")
          << isLambda(D) << D << D->getReturnType()
          << D->getReturnTypeSourceRange();
    return;
  }
  for (const ParmVarDecl *Param : D->parameters()) {
    if (!isFloatingValue(Param->getType()))
      continue;
    if (firstDecl(D->getLocation()))
      diag(Param->getLocation().isValid() ? Param->getLocation()
                                          : D->getLocation(),
           "%select{function %1|lambda}0 has a parameter of floating-point "
           "type %2")
          << isLambda(D) << D << Param->getType() << Param->getSourceRange();
    return;
  }
}

} // namespace clang::tidy::kernel
