#include "ContextEntries.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::kernel {

namespace {

/// The name of a structure type as the tables write it (`hrtimer`), also
/// for a typedef'd anonymous one; a field of an anonymous union or
/// structure member (tasklet_struct's `callback`) is its parent's.
std::string recordName(const RecordDecl *RD) {
  for (unsigned Hops = 0; RD && RD->isAnonymousStructOrUnion() && Hops < 16; ++Hops)
    RD = dyn_cast<RecordDecl>(RD->getParent());
  if (!RD)
    return "";
  if (RD->getIdentifier())
    return RD->getName().str();
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return TD->getName().str();
  return "";
}

/// The variable an argument designates (`&nb`, `nb`, `(void *)&nb`).
const VarDecl *designatedVariable(const Expr *E) {
  return dyn_cast_or_null<VarDecl>(referencedDecl(E));
}

/// The function a stored value names: `f`, `&f`, or a C++ lambda converted
/// to a function pointer (whose call operator is what runs).
const FunctionDecl *storedFunction(const Expr *E) {
  if (const FunctionDecl *FD = referencedFunction(E))
    return FD;
  for (unsigned Hops = 0; E && Hops < 8; ++Hops) {
    E = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *L = dyn_cast<LambdaExpr>(E))
      return L->getCallOperator();
    if (const auto *Conv = dyn_cast<CXXMemberCallExpr>(E))
      E = Conv->getImplicitObjectArgument();
    else if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Plus)
      E = U->getSubExpr();
    else
      return nullptr;
  }
  return nullptr;
}

} // namespace

std::string fieldKey(const FieldDecl *Field) {
  return recordName(Field->getParent()) + "." + Field->getName().str();
}

ContextEntryFinder::ContextEntryFinder(EventProgramBuilder &B,
                                       const CallGraph &CG,
                                       const ReportScope &Scope)
    : B(B), CG(CG), Scope(Scope) {}

void ContextEntryFinder::add(const FunctionDecl *Fn, ContextKind Context,
                             ContextEntry::Via How, std::string Through,
                             SourceLocation At) {
  if (!Fn)
    return;
  const SourceManager &SM = B.Ctx.getSourceManager();
  ContextEntry E;
  E.Fn = B.functionOf(Fn);
  E.Context = Context;
  E.How = How;
  E.Through = std::move(Through);
  E.At = B.siteOf(SM.getFileLoc(At));
  B.Program.Entries.push_back(std::move(E));
}

void ContextEntryFinder::store(const FieldDecl *Field, const Expr *Value,
                               SourceLocation At, const VarDecl *Var) {
  const FunctionDecl *Fn = storedFunction(Value);
  if (!Field || !Fn)
    return;
  if (Var)
    Stores.try_emplace({Var->getCanonicalDecl(), Field}, VariableStore{Fn, At});
  std::string Record = recordName(Field->getParent());
  if (std::optional<ContextKind> K = B.Api.callbackField(Record, Field->getName()))
    add(Fn, *K, ContextEntry::Field, fieldKey(Field), At);
  if (B.Cfg.FieldCallsMatter && !Record.empty())
    B.Program.FieldStores.push_back(
        {fieldKey(Field), B.functionOf(Fn),
         B.siteOf(B.Ctx.getSourceManager().getFileLoc(At))});
}

void ContextEntryFinder::initializer(const InitListExpr *IL, const VarDecl *Var) {
  const auto *RD = IL->getType()->getAsRecordDecl();
  if (!RD)
    return;
  // Where each initializer was written: a designator (`.function = f`)
  // in the syntactic form (an outer list's, for a member of an anonymous
  // union), else the value itself.
  if (const InitListExpr *Syntactic = IL->getSyntacticForm())
    for (const Expr *Init : Syntactic->inits())
      if (const auto *D = dyn_cast_or_null<DesignatedInitExpr>(Init))
        Designators[D->getInit()->IgnoreImplicit()] = D->getBeginLoc();
  auto WrittenAt = [&](const Expr *Init) {
    SourceLocation At = Designators.lookup(Init->IgnoreImplicit());
    return At.isValid() ? At : Init->getBeginLoc();
  };
  if (const FieldDecl *Union = IL->getInitializedFieldInUnion()) {
    if (IL->getNumInits() == 1)
      store(Union, IL->getInit(0), WrittenAt(IL->getInit(0)), Var);
    return;
  }
  unsigned I = 0;
  for (const FieldDecl *Field : RD->fields()) {
    if (I >= IL->getNumInits())
      break;
    const Expr *Init = IL->getInit(I++);
    if (Init)
      store(Field, Init, WrittenAt(Init), Var);
  }
}

void ContextEntryFinder::registration(const CallExpr *Call) {
  const SourceManager &SM = B.Ctx.getSourceManager();
  const FunctionDecl *Callee = Call->getDirectCallee();
  llvm::StringRef Registrar;
  const CallbackSite *R = nullptr;
  if (Callee && Callee->getDeclName().isIdentifier())
    R = B.Api.registration(Callee->getName());
  const Expr *Handler = nullptr;
  if (R) {
    Registrar = Callee->getName();
    if (R->ArgIndex < Call->getNumArgs())
      Handler = Call->getArg(R->ArgIndex);
  } else if (auto M = B.Api.registrationMacro(Call->getBeginLoc(), SM,
                                              B.Ctx.getLangOpts())) {
    // Real kernels spell timer_setup as a macro over an internal call: the
    // handler is the function that call is passed.
    std::tie(Registrar, R) = *M;
    for (const Expr *Arg : Call->arguments())
      if (referencedFunction(Arg)) {
        Handler = Arg;
        break;
      }
  }
  if (!R || !Handler)
    return;
  SourceLocation At = SM.getExpansionLoc(Call->getBeginLoc());
  if (R->Field.empty()) {
    add(referencedFunction(Handler), R->Context, ContextEntry::Registration,
        Registrar.str(), At);
    return;
  }
  // The function is in a field of the structure passed: resolved once every
  // store has been seen.
  if (const VarDecl *Holder = designatedVariable(Handler))
    Pending.push_back({Call, Holder->getCanonicalDecl(), R->Field,
                       Registrar.str(), R->Context});
}

void ContextEntryFinder::scan(const Stmt *Root, const VarDecl *InitializedVar) {
  llvm::SmallVector<std::pair<const Stmt *, const VarDecl *>, 32> Work;
  Work.push_back({Root, InitializedVar});
  while (!Work.empty()) {
    auto [S, Var] = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      registration(Call);
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S);
               BO && BO->getOpcode() == BO_Assign) {
      if (const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        store(dyn_cast<FieldDecl>(ME->getMemberDecl()), BO->getRHS(),
              BO->getBeginLoc(),
              ME->isArrow() ? nullptr : designatedVariable(ME->getBase()));
    } else if (const auto *IL = dyn_cast<InitListExpr>(S)) {
      if (IL->isSemanticForm())
        initializer(IL, Var);
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit())
          Work.push_back({V->getInit(), V});
      continue;
    }
    // A nested initializer list initializes a member, not the variable.
    for (const Stmt *Child : S->children())
      Work.push_back({Child, nullptr});
  }
}

void ContextEntryFinder::run() {
  for (const CallGraph::Node &N : CG.nodes()) {
    if (!Scope.shows(N.Fn->getLocation()))
      continue;
    // A C++ constructor fills structures in its member initialisers too.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(N.Fn))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        scan(Init->getInit(), nullptr);
    scan(N.Fn->getBody(), nullptr);
  }
  for (const CallGraph::VariableReferences &V : CG.variables())
    scan(V.Var->getInit(), V.Var);
  for (const PendingRegistration &P : Pending) {
    const RecordDecl *RD = P.Holder->getType()->getAsRecordDecl();
    if (!RD)
      continue;
    for (const FieldDecl *Field : RD->fields()) {
      if (Field->getName() != P.Field)
        continue;
      // The initializer of a variable the scope does not show (a static
      // in a function body) was not scanned as a variable: look at it now.
      if (!Stores.count({P.Holder, Field}))
        if (const auto *IL = dyn_cast_or_null<InitListExpr>(
                P.Holder->getInit() ? P.Holder->getInit()->IgnoreImplicit() : nullptr))
          initializer(IL, P.Holder);
      auto It = Stores.find({P.Holder, Field});
      if (It != Stores.end())
        add(It->second.Fn, P.Context, ContextEntry::Registration, P.Registrar,
            B.Ctx.getSourceManager().getExpansionLoc(P.Call->getBeginLoc()));
    }
  }
}

} // namespace clang::tidy::kernel
