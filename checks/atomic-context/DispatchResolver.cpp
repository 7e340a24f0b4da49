#include "DispatchResolver.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::kernel {

const ValueDecl *referencedDecl(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    E = U->getSubExpr()->IgnoreParenCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  return nullptr;
}

const FunctionDecl *referencedFunction(const Expr *E) {
  return dyn_cast_or_null<FunctionDecl>(referencedDecl(E));
}

const CXXMethodDecl *virtualDispatch(const CallExpr *Call) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
  if (!MC)
    return nullptr;
  const CXXMethodDecl *MD = MC->getMethodDecl();
  if (!MD || !MD->isVirtual())
    return nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
      ME && ME->hasQualifier())
    return nullptr;
  if (MD->getDevirtualizedMethod(MC->getImplicitObjectArgument(),
                                 /*IsAppleKext=*/false))
    return nullptr;
  return MD;
}

namespace {
const FunctionDecl *canonical(const FunctionDecl *FD) {
  return FD ? FD->getCanonicalDecl() : nullptr;
}

/// Counts, per function, all its references: one referenced other than as
/// the callee of a direct call may be called from anywhere.
class FunctionReferenceCounter
    : public RecursiveASTVisitor<FunctionReferenceCounter> {
public:
  explicit FunctionReferenceCounter(
      llvm::DenseMap<const FunctionDecl *, unsigned> &Refs)
      : Refs(Refs) {}
  llvm::DenseMap<const FunctionDecl *, unsigned> &Refs;
  bool shouldVisitTemplateInstantiations() const { return true; }
  // A function named in a type (`typeof(fn)`, an array bound) or an
  // attribute is not called through a pointer, and kernel headers are
  // mostly types: skipping them saves a sixth of the walk. Default
  // arguments, reached through the function's type only, are walked here.
  bool TraverseTypeLoc(TypeLoc) { return true; }
  bool TraverseAttr(Attr *) { return true; }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    for (ParmVarDecl *Param : FD->parameters())
      if (Param->hasDefaultArg() && !Param->hasUnparsedDefaultArg() &&
          !Param->hasUninstantiatedDefaultArg())
        TraverseStmt(Param->getDefaultArg());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *FD = dyn_cast<FunctionDecl>(E->getDecl()))
      ++Refs[FD->getCanonicalDecl()];
    return true;
  }
};

/// The same count for one top-level declaration of a C TU, without a
/// RecursiveASTVisitor: C code lives in function bodies and variable
/// initializers only (nested variables' initializers are children of their
/// DeclStmt), so a walk over statements is all it takes, at half the cost on
/// kernel headers.
void countReferencesInC(const Decl *Top,
                        llvm::DenseMap<const FunctionDecl *, unsigned> &Refs) {
  llvm::SmallVector<const Stmt *, 64> Pending;
  if (const auto *FD = dyn_cast<FunctionDecl>(Top))
    Pending.push_back(FD->doesThisDeclarationHaveABody() ? FD->getBody()
                                                         : nullptr);
  else if (const auto *Var = dyn_cast<VarDecl>(Top))
    Pending.push_back(Var->getInit());
  while (!Pending.empty()) {
    const Stmt *S = Pending.pop_back_val();
    if (!S)
      continue;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl()))
        ++Refs[FD->getCanonicalDecl()];
    for (const Stmt *Child : S->children())
      Pending.push_back(Child);
  }
}
} // namespace

DispatchResolver::DispatchResolver(ASTContext &Ctx, const CallGraph &CG)
    : Ctx(Ctx), CG(CG) {
  for (const CallGraph::Node &N : CG.nodes()) {
    for (const CallGraph::CallSite &Site : N.Calls) {
      const auto *Call = dyn_cast_or_null<CallExpr>(Site.Site);
      const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
      if (!Callee)
        continue;
      if (isa<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
        ++CalleeRefs[canonical(Callee)];
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (const FunctionDecl *G = referencedFunction(Call->getArg(I))) {
          Passed[{canonical(Callee), I}].push_back(G);
          Receivers.insert(canonical(Callee));
        }
    }
  }
}

llvm::ArrayRef<const FunctionDecl *>
DispatchResolver::passed(const FunctionDecl *Callee, unsigned Index) const {
  auto It = Passed.find({canonical(Callee), Index});
  if (It == Passed.end())
    return {};
  return It->second;
}

bool DispatchResolver::receivesFunctions(const FunctionDecl *FD) const {
  return Receivers.contains(canonical(FD));
}

bool DispatchResolver::addressTaken(const FunctionDecl *FD) {
  // Counting references walks the TU's bodies: only done when a call
  // through a function-pointer parameter needs it, and in C only from FD's
  // first declaration on, since C names nothing before declaring it (a
  // static function of a driver's .c file is not looked for in the
  // headers before it). C++ finds functions declared later (templates,
  // class bodies): the whole TU there, once.
  const FunctionDecl *First = canonical(FD);
  if (Ctx.getLangOpts().CPlusPlus) {
    if (!WholeTUCounted) {
      WholeTUCounted = true;
      FunctionReferenceCounter(Refs).TraverseAST(Ctx);
    }
  } else {
    countReferencesFrom(topLevelIndexOf(First));
  }
  return Refs.lookup(First) > CalleeRefs.lookup(First);
}

unsigned DispatchResolver::topLevelIndexOf(const Decl *D) {
  if (TopLevel.empty()) {
    for (Decl *Top : Ctx.getTranslationUnitDecl()->decls()) {
      TopLevelIndex[Top] = TopLevel.size();
      TopLevel.push_back(Top);
    }
    CountedFrom = TopLevel.size();
  }
  while (!isa<TranslationUnitDecl>(D->getLexicalDeclContext()))
    D = cast<Decl>(D->getLexicalDeclContext());
  return TopLevelIndex.lookup(D);
}

void DispatchResolver::countReferencesFrom(unsigned Begin) {
  for (; CountedFrom > Begin; --CountedFrom)
    countReferencesInC(TopLevel[CountedFrom - 1], Refs);
}

std::optional<DispatchResolver::Targets>
DispatchResolver::targets(const CallExpr *Call, const FunctionDecl *Caller) {
  if (const CXXMethodDecl *MD = virtualDispatch(Call)) {
    // Only a hierarchy no other TU can extend shows every overrider.
    const CXXRecordDecl *Static = cast<CXXMemberCallExpr>(Call)
                                      ->getImplicitObjectArgument()
                                      ->getBestDynamicClassType();
    if (!Static || Static->isExternallyVisible())
      return std::nullopt;
    Targets T;
    if (MD->hasBody() || MD->hasAttrs())
      T.push_back(MD);
    for (const FunctionDecl *O : CG.overriders(MD))
      if (CG.node(O) || O->hasAttrs())
        T.push_back(O);
    return T;
  }
  if (Call->getDirectCallee())
    return std::nullopt;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(Callee); U && U->getOpcode() == UO_Deref)
    Callee = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P || !Caller || Caller->isExternallyVisible() ||
      !llvm::is_contained(Caller->parameters(), P) || addressTaken(Caller))
    return std::nullopt;
  llvm::ArrayRef<const FunctionDecl *> Fns =
      passed(Caller, P->getFunctionScopeIndex());
  return Targets(Fns.begin(), Fns.end());
}

} // namespace clang::tidy::kernel
