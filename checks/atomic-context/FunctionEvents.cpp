#include "FunctionEvents.h"
#include "ContextEntries.h"
#include "analysis/Annotations.h"
#include "analysis/EvaluatedChildren.h"
#include "analysis/LlvmCompat.h"
#include "analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::kernel {

namespace {

const VarDecl *localObject(const Expr *E) {
  if (!E)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && V->hasLocalStorage())
      return V;
  return nullptr;
}

/// The expressions \p S tests for null or truth: a condition (`if
/// (ops->f)`, which C leaves a pointer), an operand of `!`, `&&`, `||`, a
/// comparison with null, a conversion to bool (C++).
llvm::SmallVector<const Expr *, 2> testedExprs(const Stmt *S, const ASTContext &Ctx) {
  llvm::SmallVector<const Expr *, 2> Out;
  if (const auto *If = dyn_cast<IfStmt>(S))
    Out.push_back(If->getCond());
  else if (const auto *While = dyn_cast<WhileStmt>(S))
    Out.push_back(While->getCond());
  else if (const auto *Do = dyn_cast<DoStmt>(S))
    Out.push_back(Do->getCond());
  else if (const auto *For = dyn_cast<ForStmt>(S))
    Out.push_back(For->getCond());
  else if (const auto *Cond = dyn_cast<ConditionalOperator>(S))
    Out.push_back(Cond->getCond());
  else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S);
           Cast && Cast->getCastKind() == CK_PointerToBoolean)
    Out.push_back(Cast->getSubExpr());
  else if (const auto *U = dyn_cast<UnaryOperator>(S); U && U->getOpcode() == UO_LNot)
    Out.push_back(U->getSubExpr());
  else if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isLogicalOp())
    Out.append({BO->getLHS(), BO->getRHS()});
  else if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isEqualityOp())
    for (const Expr *Side : {BO->getLHS(), BO->getRHS()})
      if (Side->isNullPointerConstant(const_cast<ASTContext &>(Ctx),
                                      Expr::NPC_ValueDependentIsNotNull))
        Out.push_back(Side == BO->getLHS() ? BO->getRHS() : BO->getLHS());
  return Out;
}

std::string guardKey(const VarDecl *V) {
  return "guard " + V->getNameAsString() + "@" +
         std::to_string(V->getLocation().getRawEncoding());
}

} // namespace

const FieldDecl *calledField(const CallExpr *Call) {
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(Callee); U && U->getOpcode() == UO_Deref)
    Callee = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Member = dyn_cast<MemberExpr>(Callee);
  const auto *Field = Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
  if (!Field || !Field->getType()->isFunctionPointerType())
    return nullptr;
  return Field;
}

bool FunctionEvents::testedForNull(const FieldDecl *Field) {
  if (!TestedFieldsCollected) {
    TestedFieldsCollected = true;
    walkStatements(FD->getBody(), [&](const Stmt *S) {
      for (const Expr *Tested : testedExprs(S, Ctx))
        if (const auto *M = dyn_cast_or_null<MemberExpr>(
                Tested ? Tested->IgnoreParenImpCasts() : nullptr))
          if (const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
            TestedFields.insert(F->getCanonicalDecl());
    });
  }
  return TestedFields.contains(Field->getCanonicalDecl());
}

FunctionEvents::FunctionEvents(EventProgramBuilder &B, const FunctionDecl *FD)
    : B(B), Ctx(B.Ctx), FD(FD), ADC(nullptr, FD) {
  CFG::BuildOptions &Opts = ADC.getCFGBuildOptions();
  Opts.AddImplicitDtors = true;
  Opts.AddTemporaryDtors = true;
  Opts.AddInitializers = true;
  Opts.AddCXXDefaultInitExprInCtors = true;
  Opts.PruneTriviallyFalseEdges = true;
  compat::requestCleanupCalls(Opts, Ctx.getLangOpts());
}

bool FunctionEvents::build(Function &F) {
  const CFG *G = ADC.getCFG();
  if (!G)
    return false;
  Constants.emplace(FD, Ctx);
  collectGuards(*G);
  collectUnevaluated();
  collectTrylockVariables();
  F.Blocks.assign(G->getNumBlockIDs(), Block());
  for (const CFGBlock *Blk : *G)
    blockEvents(*Blk, F.Blocks[Blk->getBlockID()]);
  F.Entry = G->getEntry().getBlockID();
  F.Exit = G->getExit().getBlockID();
  return true;
}

void FunctionEvents::blockEvents(const CFGBlock &Blk, Block &Out) {
  for (const CFGBlock::AdjacentBlock &Succ : Blk.succs())
    Out.Successors.push_back(Succ.getReachableBlock()
                                 ? Succ.getReachableBlock()->getBlockID()
                                 : NoId);
  if (std::optional<unsigned> Dead = Constants->deadSuccessor(Blk))
    Out.Successors[*Dead] = NoId;
  Out.NoReturn = Blk.hasNoReturnElement();
  for (const CFGElement &E : Blk)
    elementEvents(E, Out.Events);
  trylockEdge(Blk, Out);
}

/// Statements that the CFG still lists but that never run (the operand of
/// `noexcept`, a `typeid` of a non-polymorphic object, a constant
/// expression): everything below a child that evaluatedChildren() leaves
/// out.
void FunctionEvents::collectUnevaluated() {
  llvm::SmallVector<std::pair<const Stmt *, bool>, 32> Work;
  Work.push_back({FD->getBody(), false});
  llvm::SmallPtrSet<const Stmt *, 16> Evaluated;
  while (!Work.empty()) {
    auto [S, Unevaluated] = Work.pop_back_val();
    if (!S)
      continue;
    if (Unevaluated)
      this->Unevaluated.insert(S);
    Evaluated.clear();
    for (const Stmt *Child : evaluatedChildren(S, Ctx))
      Evaluated.insert(Child);
    for (const Stmt *Child : S->children()) {
      bool Runs = Evaluated.contains(Child);
      // A lambda's body belongs to its call operator, not to this CFG.
      if (!Runs && isa<LambdaExpr>(S))
        continue;
      Work.push_back({Child, Unevaluated || !Runs});
    }
  }
}

/// Local variables constructed by a constructor annotated
/// kernel::acquires_atomic: their level ends with them or with an explicit
/// call of a releasing member.
void FunctionEvents::collectGuards(const CFG &G) {
  for (const CFGBlock *Blk : G)
    for (const CFGElement &E : *Blk)
      if (auto S = E.getAs<CFGStmt>())
        if (const auto *DS = dyn_cast<DeclStmt>(S->getStmt()))
          for (const Decl *D : DS->decls())
            if (const auto *V = dyn_cast<VarDecl>(D))
              if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(
                      V->getInit() ? V->getInit()->IgnoreImplicit() : nullptr)) {
                ConstructedVar[CE] = V;
                if (hasAnnotation(CE->getConstructor(), Annotation::AcquiresAtomic))
                  GuardVars.insert(V);
              }
}

void FunctionEvents::elementEvents(const CFGElement &E, std::vector<Event> &Out) {
  CallInfo I;
  switch (E.getKind()) {
  case CFGElement::Statement:
  case CFGElement::Constructor:
  case CFGElement::CXXRecordTypedCall:
    stmtEvents(E.castAs<CFGStmt>().getStmt(), Out);
    return;
  case CFGElement::AutomaticObjectDtor: {
    auto D = E.castAs<CFGAutomaticObjDtor>();
    I.Callee = D.getDestructorDecl(Ctx);
    I.Object = D.getVarDecl();
    I.Loc = D.getTriggerStmt() ? D.getTriggerStmt()->getEndLoc()
                               : D.getVarDecl()->getLocation();
    break;
  }
  case CFGElement::TemporaryDtor:
  case CFGElement::DeleteDtor:
  case CFGElement::BaseDtor:
  case CFGElement::MemberDtor:
    I.Callee = E.castAs<CFGImplicitDtor>().getDestructorDecl(Ctx);
    if (auto T = E.getAs<CFGTemporaryDtor>())
      I.Loc = T->getBindTemporaryExpr()->getEndLoc();
    else if (auto Del = E.getAs<CFGDeleteDtor>())
      I.Loc = Del->getDeleteExpr()->getBeginLoc();
    else if (FD->getBody())
      I.Loc = FD->getBody()->getEndLoc();
    break;
  default: {
    std::optional<compat::CleanupCall> C = compat::cleanupCall(E);
    if (!C)
      return;
    I.Callee = C->Function;
    I.Object = C->Variable;
    I.Loc = C->Variable->getLocation();
    break;
  }
  }
  if (I.Callee)
    calleeEvents(I, Out);
}

void FunctionEvents::stmtEvents(const Stmt *S, std::vector<Event> &Out) {
  if (Unevaluated.contains(S))
    return;
  CallInfo I;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    callExprEvents(Call, Out);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    I.Callee = Construct->getConstructor();
    I.Loc = Construct->getBeginLoc();
    I.Range = Construct->getSourceRange();
    I.Args.assign(Construct->arg_begin(), Construct->arg_end());
    auto It = ConstructedVar.find(Construct);
    if (It != ConstructedVar.end()) {
      I.Object = It->second;
      I.Range = It->second->getSourceRange();
    }
  } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
    I.Callee = New->getOperatorNew();
    // Placement new allocates nothing.
    if (I.Callee && I.Callee->isReservedGlobalPlacementOperator())
      return;
    I.Loc = New->getBeginLoc();
    I.Range = New->getSourceRange();
    I.Args.assign(New->placement_arg_begin(), New->placement_arg_end());
    // Placement arguments start at the second parameter (after the size).
    I.ParamShift = 1;
    I.IsNew = true;
  } else if (const auto *Delete = dyn_cast<CXXDeleteExpr>(S)) {
    I.Callee = Delete->getOperatorDelete();
    I.Loc = Delete->getBeginLoc();
    I.Range = Delete->getSourceRange();
  } else {
    return;
  }
  if (I.Callee || I.IsNew)
    calleeEvents(I, Out);
}

void FunctionEvents::callExprEvents(const CallExpr *Call, std::vector<Event> &Out) {
  CallInfo I;
  I.Loc = Call->getBeginLoc();
  I.Range = Call->getSourceRange();
  I.Args.assign(Call->arg_begin(), Call->arg_end());
  I.Callee = Call->getDirectCallee();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    I.Object = localObject(Member->getImplicitObjectArgument());
    I.Loc = Member->getExprLoc();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(I.Callee);
        MD && MD->isInstance()) {
      I.ArgOffset = 1;
      if (Op->getNumArgs() > 0)
        I.Object = localObject(Op->getArg(0));
    }
  }
  if (!I.Callee && isa<CXXPseudoDestructorExpr>(Call->getCallee()->IgnoreParens()))
    return;
  if (std::optional<DispatchResolver::Targets> Targets =
          B.Dispatch.targets(Call, FD)) {
    if (Targets->size() == 1) {
      I.Callee = Targets->front();
      calleeEvents(I, Out);
    } else {
      callEvent(I, *Targets, Out);
    }
    return;
  }
  if (!I.Callee || virtualDispatch(Call)) {
    if (B.Cfg.AssumeIndirectCallsSleep) {
      Event E = makeEvent(Event::Sleep, I);
      E.Sleeps = SleepKind::Indirect;
      E.Name = "indirect call";
      Out.push_back(std::move(E));
    } else if (const FieldDecl *Field = calledField(Call);
               Field && B.Cfg.FieldCallsMatter && !testedForNull(Field)) {
      Event E = makeEvent(Event::FieldCall, I);
      E.Key = fieldKey(Field);
      Out.push_back(std::move(E));
    }
    return;
  }
  calleeEvents(I, Out);
}

Event FunctionEvents::makeEvent(Event::Kind K, const CallInfo &I) {
  Event E;
  E.K = K;
  E.At = B.siteOf(I.Loc);
  return E;
}

void FunctionEvents::calleeEvents(const CallInfo &I, std::vector<Event> &Out) {
  if (annotationEvents(I, Out) || apiEvents(I, Out) || allocatorEvents(I, Out))
    return;
  if (I.Callee && I.Callee->getDeclName().isIdentifier() &&
      B.Api.isNonSleeping(I.Callee->getName()))
    return;
  if (I.Callee)
    callEvent(I, {I.Callee}, Out);
}

bool FunctionEvents::annotationEvents(const CallInfo &I, std::vector<Event> &Out) {
  if (!I.Callee)
    return false;
  bool IsGuard = I.Object && GuardVars.contains(I.Object);
  if (hasAnnotation(I.Callee, Annotation::AcquiresAtomic)) {
    Event E = makeEvent(Event::Enter, I);
    E.Origin = IsGuard ? OriginKind::Guard : OriginKind::Call;
    E.Key = IsGuard ? guardKey(I.Object) : lockKey(I);
    E.Text = oneLineSourceText(macroAwareRange(I), Ctx);
    Out.push_back(std::move(E));
    return true;
  }
  if (hasAnnotation(I.Callee, Annotation::ReleasesAtomic)) {
    Event E = makeEvent(Event::Leave, I);
    E.Key = IsGuard ? guardKey(I.Object) : lockKey(I);
    E.OnlyIfHeld = IsGuard;
    Out.push_back(std::move(E));
    return true;
  }
  if (hasAnnotation(I.Callee, Annotation::MightSleep)) {
    Event E = makeEvent(Event::Sleep, I);
    E.Sleeps = SleepKind::Annotated;
    E.Name = displayName(I.Callee);
    E.Callees.push_back(B.functionOf(I.Callee));
    Out.push_back(std::move(E));
    return true;
  }
  return false;
}

bool FunctionEvents::apiEvents(const CallInfo &I, std::vector<Event> &Out) {
  const SourceManager &SM = Ctx.getSourceManager();
  KernelApiModel::Match M = B.Api.classify(I.Callee, I.Loc, SM, Ctx.getLangOpts());
  if (M.Effect == ApiEffect::None)
    return false;
  uint32_t Expansion = M.Expansion.isValid() ? B.expansionId(M.Expansion) : 0;
  Event E;
  switch (M.Effect) {
  case ApiEffect::Enter:
    E = makeEvent(Event::Enter, I);
    E.Context = M.Context;
    E.Key = lockKey(I);
    E.Text = oneLineSourceText(macroAwareRange(I), Ctx);
    break;
  case ApiEffect::Leave:
    E = makeEvent(Event::Leave, I);
    E.Key = lockKey(I);
    break;
  case ApiEffect::TryEnter:
    // Enters on the branch where it succeeded (trylockEdge).
    return true;
  case ApiEffect::Sleep: {
    // A sleeping API given GFP flags (kvmalloc) is decided by them.
    bool Decided = false;
    if (const Expr *Flags = allocatorFlags(I, std::nullopt))
      E = gfpSleep(I, Flags, SleepKind::Gfp, Decided);
    if (Decided && E.Name.empty())
      return true;
    if (!Decided) {
      E = makeEvent(Event::Sleep, I);
      E.Sleeps = SleepKind::Api;
      E.Name = M.Name.str();
      E.UnlessInterrupt = M.UnlessInterrupt;
    }
    break;
  }
  case ApiEffect::None:
    return false;
  }
  E.Expansion = Expansion;
  Out.push_back(std::move(E));
  return true;
}

bool FunctionEvents::allocatorEvents(const CallInfo &I, std::vector<Event> &Out) {
  std::optional<unsigned> Index;
  if (!I.Callee || !I.Callee->getDeclName().isIdentifier() ||
      !B.Api.isGfpAllocator(I.Callee->getName(), &Index))
    return false;
  // A listed allocator is a leaf even where the TU has its body (kmalloc is
  // an inline over __kmalloc in real headers).
  bool Decided = false;
  if (const Expr *Flags = allocatorFlags(I, Index)) {
    Event E = gfpSleep(I, Flags, SleepKind::Gfp, Decided);
    // Named as the user wrote it: a listed allocator macro over the call.
    if (std::optional<llvm::StringRef> Macro = B.Api.allocatorMacro(
            I.Loc, Ctx.getSourceManager(), Ctx.getLangOpts());
        Macro && !E.Name.empty())
      E.Name = Macro->str();
    if (!E.Name.empty())
      Out.push_back(std::move(E));
  }
  return true;
}

const Expr *FunctionEvents::allocatorFlags(const CallInfo &I,
                                           std::optional<unsigned> Index) const {
  // The flags are the argument of type gfp_t; only where the declaration
  // has none (flags as plain integers), the one the table names.
  if (I.Callee)
    for (const ParmVarDecl *P : I.Callee->parameters())
      if (isGfpType(P->getType())) {
        int Arg = static_cast<int>(P->getFunctionScopeIndex()) - I.ParamShift +
                  static_cast<int>(I.ArgOffset);
        return Arg >= 0 && static_cast<unsigned>(Arg) < I.Args.size()
                   ? I.Args[Arg]
                   : nullptr;
      }
  if (Index && *Index < I.Args.size())
    return I.Args[*Index];
  return nullptr;
}

Event FunctionEvents::gfpSleep(const CallInfo &I, const Expr *Flags,
                               SleepKind Kind, bool &Decided) {
  GfpVerdict V = B.Gfp.decide(Flags, Ctx);
  Event E = makeEvent(Event::Sleep, I);
  Decided = V.K != GfpVerdict::Unknown;
  switch (V.K) {
  case GfpVerdict::Reclaims:
    flagFix(I, Flags, V.Spelling);
    break;
  case GfpVerdict::FromParameter:
    if (!llvm::is_contained(FD->parameters(), V.Param)) {
      Decided = false;
      return Event();
    }
    E.CallerGfpParam = V.Param->getFunctionScopeIndex();
    break;
  case GfpVerdict::NoReclaim:
  case GfpVerdict::Unknown:
    return Event();
  }
  E.Sleeps = Kind;
  E.Name = I.Callee ? displayName(I.Callee) : "allocation";
  E.Flags = V.Spelling;
  return E;
}

void FunctionEvents::callEvent(const CallInfo &I,
                               llvm::ArrayRef<const FunctionDecl *> Targets,
                               std::vector<Event> &Out) {
  Event E = makeEvent(Targets.size() == 1 ? Event::Call : Event::Dispatch, I);
  for (const FunctionDecl *T : Targets) {
    bool Annotated = hasAnnotation(T, Annotation::MightSleep) ||
                     hasAnnotation(T, Annotation::AcquiresAtomic) ||
                     hasAnnotation(T, Annotation::ReleasesAtomic);
    bool Here = B.isDefinedHere(T);
    bool TakesGfp = llvm::any_of(T->parameters(), [](const ParmVarDecl *P) {
      return isGfpType(P->getType());
    });
    // What cannot have a summary has no effect.
    if (!Annotated && (Here ? !B.isRelevant(T)
                            : !(TakesGfp || I.IsNew ||
                                B.Cfg.ExternalMatters(B.symbolOf(T)))))
      continue;
    E.Callees.push_back(B.functionOf(T));
  }
  if (E.Callees.empty()) {
    // A `new` through an operator new nobody shows, or no callee at all.
    if (!I.IsNew || (I.Callee && B.isDefinedHere(I.Callee)))
      return;
  }
  if (Targets.size() == 1 && Targets.front()) {
    gfpArguments(I, Targets.front(), E);
    if (!E.Gfp.empty() && !B.isDefinedHere(Targets.front()))
      E.IfUnknown = Event::Allocation;
  }
  if (I.IsNew) {
    E.IfUnknown = Event::NewObject;
    E.Name = I.Callee ? displayName(I.Callee) : "operator new";
  }
  E.Text = oneLineSourceText(I.Range, Ctx);
  Out.push_back(std::move(E));
}

void FunctionEvents::gfpArguments(const CallInfo &I, const FunctionDecl *Callee,
                                  Event &E) {
  for (const ParmVarDecl *P : Callee->parameters()) {
    if (!isGfpType(P->getType()))
      continue;
    int Arg = static_cast<int>(P->getFunctionScopeIndex()) - I.ParamShift +
              static_cast<int>(I.ArgOffset);
    if (Arg < 0 || static_cast<unsigned>(Arg) >= I.Args.size())
      continue;
    GfpVerdict V = B.Gfp.decide(I.Args[Arg], Ctx);
    GfpArgument A;
    A.CalleeParam = P->getFunctionScopeIndex();
    A.Spelling = V.Spelling;
    switch (V.K) {
    case GfpVerdict::Reclaims:
      A.V = GfpArgument::Reclaims;
      flagFix(I, I.Args[Arg], V.Spelling);
      break;
    case GfpVerdict::NoReclaim:
      A.V = GfpArgument::NoReclaim;
      break;
    case GfpVerdict::FromParameter:
      A.V = llvm::is_contained(FD->parameters(), V.Param)
                ? GfpArgument::FromParameter
                : GfpArgument::Unknown;
      A.CallerParam = V.Param->getFunctionScopeIndex();
      break;
    case GfpVerdict::Unknown:
      A.V = GfpArgument::Unknown;
      break;
    }
    E.Gfp.push_back(std::move(A));
  }
}

void FunctionEvents::flagFix(const CallInfo &I, const Expr *Flags,
                             llvm::StringRef Spelling) {
  // Only flags the user wrote in the file (not inside a macro's body).
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Flags->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  B.recordFlagFix(B.siteOf(I.Loc), Range, Spelling);
}

SourceRange FunctionEvents::macroAwareRange(const CallInfo &I) const {
  if (I.Loc.isMacroID())
    return Ctx.getSourceManager().getExpansionRange(I.Loc).getAsRange();
  return I.Range;
}

std::string FunctionEvents::lockKey(const CallInfo &I) const {
  // The lock as written: what a member call works on, else the first
  // argument of the call as the user wrote it (also through a macro).
  if (const auto *Member = dyn_cast_or_null<CXXMethodDecl>(I.Callee);
      Member && Member->isInstance() && I.Range.isValid() && !I.Loc.isMacroID()) {
    std::string Text = oneLineSourceText(I.Range, Ctx);
    return Text.substr(0, Text.rfind('.'));
  }
  return firstArgumentText(oneLineSourceText(macroAwareRange(I), Ctx));
}

} // namespace clang::tidy::kernel
