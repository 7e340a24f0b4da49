#include "AtomicContextAnalysis.h"
#include "analysis/Annotations.h"
#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <algorithm>

namespace clang::tidy::kernel {

namespace {

// Depths beyond this say nothing new and would keep loops that lock on every
// iteration from converging.
constexpr int MaxDepth = 8;
// Recursive cycles whose summaries still change after this many analyses per
// member keep the last ones: summaries only grow, so this bounds work, not
// soundness.
constexpr unsigned MaxCycleRounds = 8;
// Notes of a call chain past this length add nothing a developer can use.
constexpr unsigned MaxChainFrames = 32;

std::string quoted(llvm::StringRef S) { return ("'" + S + "'").str(); }

std::string nameOf(const FunctionDecl *FD) {
  if (!FD)
    return "<unknown>";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->getParent()->isLambda())
      return "lambda";
  return FD->getQualifiedNameAsString();
}

std::string sourceText(SourceRange R, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange File = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(R), SM, Ctx.getLangOpts());
  // Part of a macro expansion: show the whole macro invocation.
  if (File.isInvalid())
    File = Lexer::makeFileCharRange(SM.getExpansionRange(R), SM,
                                    Ctx.getLangOpts());
  std::string Text = Lexer::getSourceText(File, SM, Ctx.getLangOpts()).str();
  // Keep notes on one line.
  std::string Out;
  bool Space = false;
  for (char C : Text) {
    bool IsSpace = C == ' ' || C == '\n' || C == '\t' || C == '\r';
    if (IsSpace) {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  if (Out.size() > 60)
    Out = Out.substr(0, 57) + "...";
  return Out;
}

const FunctionDecl *canonical(const FunctionDecl *FD) {
  return FD ? FD->getCanonicalDecl() : nullptr;
}

const FunctionDecl *referencedFunction(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    E = U->getSubExpr()->IgnoreParenCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(Ref->getDecl());
  return nullptr;
}

/// The method a call dispatches on at run time, or null for a call whose
/// target is fixed at compile time (non-virtual, qualified, or on an object
/// whose dynamic type is known).
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

/// Counts, per function, the references that are not the callee of a direct
/// call: a function referenced that way may be called from anywhere.
class FunctionReferenceCounter
    : public RecursiveASTVisitor<FunctionReferenceCounter> {
public:
  llvm::DenseMap<const FunctionDecl *, unsigned> Refs;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *FD = dyn_cast<FunctionDecl>(E->getDecl()))
      ++Refs[FD->getCanonicalDecl()];
    return true;
  }
};

/// Where a level of atomic context began inside the function analysed.
struct Origin {
  SourceLocation Loc;
  SourceRange Text;
  enum Kind : uint8_t { Call, Guard, Trylock, Helper } K = Call;
  bool operator==(const Origin &O) const {
    return Loc == O.Loc && K == O.K;
  }
};

struct State {
  bool Reached = false;
  int Depth = 0;
  /// The levels above the function's entry, outermost first.
  llvm::SmallVector<Origin, 2> Origins;
  /// RAII guards holding a level (sorted).
  llvm::SmallVector<const VarDecl *, 2> Held;
  /// The expansion of the API macro whose calls are being visited, so that a
  /// macro made of several calls takes effect once.
  SourceLocation MacroGroup;

  /// Joins \p O into this state (may-analysis: the deepest path wins);
  /// returns whether anything changed.
  bool join(const State &O) {
    if (!O.Reached)
      return false;
    if (!Reached) {
      *this = O;
      return true;
    }
    bool Changed = false;
    if (O.Depth > Depth) {
      Depth = O.Depth;
      Origins = O.Origins;
      Changed = true;
    }
    for (const VarDecl *V : O.Held)
      if (!llvm::is_contained(Held, V)) {
        Held.insert(llvm::upper_bound(Held, V), V);
        Changed = true;
      }
    if (MacroGroup.isValid() && MacroGroup != O.MacroGroup) {
      MacroGroup = SourceLocation();
      Changed = true;
    }
    return Changed;
  }

  void enter(const Origin &O) {
    if (Depth >= MaxDepth)
      return;
    ++Depth;
    if (Depth > 0)
      Origins.push_back(O);
  }
  void leave() {
    if (Depth <= -MaxDepth)
      return;
    if (Depth > 0 && !Origins.empty())
      Origins.pop_back();
    --Depth;
  }
};

/// One call-like event of a CFG element: a call, a construction, a
/// destruction, an allocation, a cleanup function.
struct Event {
  enum Kind {
    Call,
    Construct,
    Destroy,
    New,
    Delete,
    Cleanup,
    Dispatch, ///< a virtual or function-pointer call whose targets are known
    Indirect, ///< a call whose targets are not all visible
  } K;
  explicit Event(Kind K) : K(K) {}
  const FunctionDecl *Callee = nullptr;
  SourceLocation Loc;
  SourceRange Range;
  llvm::SmallVector<const Expr *, 4> Args;
  /// Offset from argument to parameter index (member operator calls pass the
  /// object as the first argument).
  unsigned ArgOffset = 0;
  /// The object a constructor, destructor or member call works on, when it
  /// is a local variable.
  const VarDecl *Object = nullptr;
  bool PlacementNew = false;
  llvm::SmallVector<const FunctionDecl *, 2> Targets;
};

const VarDecl *localObject(const Expr *E) {
  if (!E)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && V->hasLocalStorage())
      return V;
  return nullptr;
}

} // namespace

bool FunctionSummary::operator==(const FunctionSummary &O) const {
  auto Same = [](const SleepCause &A, const SleepCause &B) {
    return A.RelDepth == B.RelDepth && A.Loc == B.Loc && A.K == B.K;
  };
  if (NetDepth != O.NetDepth || Sleeps.has_value() != O.Sleeps.has_value() ||
      (Sleeps && !Same(*Sleeps, *O.Sleeps)) ||
      SleepsWithFlags.size() != O.SleepsWithFlags.size())
    return false;
  for (const auto &[Param, Cause] : SleepsWithFlags) {
    auto It = O.SleepsWithFlags.find(Param);
    if (It == O.SleepsWithFlags.end() || !Same(Cause, It->second))
      return false;
  }
  return true;
}

/// The analysis of one function body: dataflow to a fixpoint, then one pass
/// over the final states that builds the summary and reports.
class AtomicContextAnalysis::FunctionRun {
public:
  FunctionRun(AtomicContextAnalysis &A, const FunctionDecl *FD, bool Report)
      : A(A), Ctx(A.Ctx), FD(FD), Report(Report), ADC(nullptr, FD) {
    CFG::BuildOptions &Opts = ADC.getCFGBuildOptions();
    Opts.AddImplicitDtors = true;
    Opts.AddTemporaryDtors = true;
    Opts.AddInitializers = true;
    Opts.AddCXXDefaultInitExprInCtors = true;
    Opts.PruneTriviallyFalseEdges = true;
    auto It = A.Entries.find(canonical(FD));
    if (It != A.Entries.end())
      Entry = &It->second;
    Annotated = findAnnotation(FD, Annotation::Atomic);
    Base = (Entry || Annotated) ? 1 : 0;
  }

  /// Returns the summary, or nothing when the body has no usable CFG.
  std::optional<FunctionSummary> run() {
    const CFG *G = ADC.getCFG();
    if (!G)
      return std::nullopt;
    collectGuards(*G);
    collectUnevaluated();
    std::vector<State> In(G->getNumBlockIDs());
    In[G->getEntry().getBlockID()].Reached = true;
    ForwardDataflowWorklist Work(*G, ADC);
    Work.enqueueBlock(&G->getEntry());
    // A safety net on top of the monotone lattice: never spin on a CFG.
    size_t Budget = 64 * (G->getNumBlockIDs() + 1);
    bool Converged = true;
    while (const CFGBlock *B = Work.dequeue()) {
      if (Budget-- == 0) {
        Converged = false;
        break;
      }
      State S = In[B->getBlockID()];
      transferBlock(*B, S, /*Final=*/false);
      propagate(*B, S, In, [&](const CFGBlock *Succ) { Work.enqueueBlock(Succ); });
    }
    if (!Converged)
      return std::nullopt;
    // The final pass sees each block once, with its fixpoint entry state.
    for (const CFGBlock *B : *G) {
      State S = In[B->getBlockID()];
      if (!S.Reached)
        continue;
      transferBlock(*B, S, /*Final=*/true);
    }
    // A function that never returns changes nothing for its callers.
    const State &Exit = In[G->getExit().getBlockID()];
    Summary.NetDepth = Exit.Reached ? Exit.Depth : 0;
    return Summary;
  }

private:
  /// Statements that the CFG still lists but that never run (the operand of
  /// `noexcept`, a `typeid` of a non-polymorphic object, a constant
  /// expression): everything below a child that evaluatedChildren() leaves
  /// out.
  void collectUnevaluated() {
    llvm::SmallVector<std::pair<const Stmt *, bool>, 32> Work;
    Work.push_back({FD->getBody(), false});
    llvm::SmallPtrSet<const Stmt *, 16> Evaluated;
    while (!Work.empty()) {
      auto [S, Unevaluated] = Work.pop_back_val();
      if (!S)
        continue;
      if (Unevaluated)
        UnevaluatedStmts.insert(S);
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
  void collectGuards(const CFG &G) {
    for (const CFGBlock *B : G)
      for (const CFGElement &E : *B)
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

  template <typename Enqueue>
  void propagate(const CFGBlock &B, const State &Out, std::vector<State> &In,
                 Enqueue Enq) {
    // A trylock in the branch condition enters atomic context only on the
    // edge where it returned true.
    int TryEdge = -1;
    Origin TryOrigin;
    if (B.succ_size() == 2)
      if (const Expr *Cond = B.getLastCondition())
        TryEdge = trylockEdge(Cond, TryOrigin);
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : B.succs()) {
      const CFGBlock *SB = Succ.getReachableBlock();
      unsigned ThisIndex = Index++;
      if (!SB)
        continue;
      State Edge = Out;
      if (TryEdge >= 0 && static_cast<unsigned>(TryEdge) == ThisIndex)
        Edge.enter(TryOrigin);
      if (In[SB->getBlockID()].join(Edge))
        Enq(SB);
    }
  }

  /// The successor index (0 = true branch) on which \p Cond means a trylock
  /// succeeded, or -1.
  int trylockEdge(const Expr *Cond, Origin &O) {
    bool Negated = false;
    const Expr *E = Cond;
    for (unsigned Hops = 0; E && Hops < 16; ++Hops) {
      E = E->IgnoreParenImpCasts();
      if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_LNot) {
        Negated = !Negated;
        E = U->getSubExpr();
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(E);
          BO && (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)) {
        const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
        const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
        auto IsZero = [&](const Expr *X) {
          Expr::EvalResult Res;
          return X->EvaluateAsInt(Res, Ctx) && Res.Val.getInt() == 0;
        };
        const Expr *Other = IsZero(R) ? L : IsZero(L) ? R : nullptr;
        if (!Other)
          return -1;
        if (BO->getOpcode() == BO_EQ)
          Negated = !Negated;
        E = Other;
        continue;
      }
      break;
    }
    if (!E)
      return -1;
    const FunctionDecl *Callee = nullptr;
    if (const auto *CE = dyn_cast<CallExpr>(E))
      Callee = CE->getDirectCallee();
    KernelApiModel::Match M = A.Api.classify(
        Callee, E->getBeginLoc(), Ctx.getSourceManager(), Ctx.getLangOpts());
    if (M.Effect != ApiEffect::TryEnter)
      return -1;
    O = Origin{E->getBeginLoc(), E->getSourceRange(), Origin::Trylock};
    return Negated ? 1 : 0;
  }

  void transferBlock(const CFGBlock &B, State &S, bool Final) {
    for (const CFGElement &E : B) {
      llvm::SmallVector<Event, 2> Events;
      eventsOf(E, Events);
      for (Event &Ev : Events)
        transfer(Ev, S, Final);
    }
  }

  void eventsOf(const CFGElement &E, llvm::SmallVectorImpl<Event> &Out) {
    switch (E.getKind()) {
    case CFGElement::Statement:
    case CFGElement::Constructor:
    case CFGElement::CXXRecordTypedCall:
      eventsOfStmt(E.castAs<CFGStmt>().getStmt(), Out);
      return;
    case CFGElement::AutomaticObjectDtor: {
      auto D = E.castAs<CFGAutomaticObjDtor>();
      Event Ev(Event::Destroy);
      Ev.Callee = D.getDestructorDecl(Ctx);
      Ev.Object = D.getVarDecl();
      Ev.Loc = D.getTriggerStmt() ? D.getTriggerStmt()->getEndLoc()
                                  : D.getVarDecl()->getLocation();
      Out.push_back(Ev);
      return;
    }
    case CFGElement::TemporaryDtor:
    case CFGElement::DeleteDtor:
    case CFGElement::BaseDtor:
    case CFGElement::MemberDtor: {
      Event Ev(Event::Destroy);
      Ev.Callee = E.castAs<CFGImplicitDtor>().getDestructorDecl(Ctx);
      if (auto T = E.getAs<CFGTemporaryDtor>())
        Ev.Loc = T->getBindTemporaryExpr()->getEndLoc();
      else if (auto Del = E.getAs<CFGDeleteDtor>())
        Ev.Loc = Del->getDeleteExpr()->getBeginLoc();
      else if (FD->getBody())
        Ev.Loc = FD->getBody()->getEndLoc();
      Out.push_back(Ev);
      return;
    }
    case CFGElement::CleanupFunction: {
      auto C = E.castAs<CFGCleanupFunction>();
      Event Ev(Event::Cleanup);
      Ev.Callee = C.getFunctionDecl();
      Ev.Object = C.getVarDecl();
      Ev.Loc = C.getVarDecl()->getLocation();
      Out.push_back(Ev);
      return;
    }
    default:
      return;
    }
  }

  void eventsOfStmt(const Stmt *S, llvm::SmallVectorImpl<Event> &Out) {
    if (UnevaluatedStmts.contains(S))
      return;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      Event Ev(Event::Call);
      Ev.Loc = Call->getBeginLoc();
      Ev.Range = Call->getSourceRange();
      Ev.Args.assign(Call->arg_begin(), Call->arg_end());
      Ev.Callee = Call->getDirectCallee();
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
        Ev.Object = localObject(Member->getImplicitObjectArgument());
        Ev.Loc = Member->getExprLoc();
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
        if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Ev.Callee);
            MD && MD->isInstance()) {
          Ev.ArgOffset = 1;
          if (Op->getNumArgs() > 0)
            Ev.Object = localObject(Op->getArg(0));
        }
      }
      if (!Ev.Callee && isa<CXXPseudoDestructorExpr>(Call->getCallee()->IgnoreParens()))
        return;
      if (std::optional<llvm::SmallVector<const FunctionDecl *, 2>> Targets =
              A.dispatchTargets(Call, FD)) {
        A.DispatchUsers.insert(canonical(FD));
        if (Targets->size() == 1) {
          Ev.Callee = Targets->front();
        } else {
          Ev.K = Event::Dispatch;
          Ev.Targets = std::move(*Targets);
        }
      } else if (!Ev.Callee || virtualDispatch(Call)) {
        Ev.K = Event::Indirect;
      }
      Out.push_back(Ev);
      return;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      Event Ev(Event::Construct);
      Ev.Callee = Construct->getConstructor();
      Ev.Loc = Construct->getBeginLoc();
      Ev.Range = Construct->getSourceRange();
      Ev.Args.assign(Construct->arg_begin(), Construct->arg_end());
      auto It = ConstructedVar.find(Construct);
      if (It != ConstructedVar.end()) {
        Ev.Object = It->second;
        Ev.Range = It->second->getSourceRange();
      }
      Out.push_back(Ev);
      return;
    }
    if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
      Event Ev(Event::New);
      Ev.Callee = New->getOperatorNew();
      Ev.Loc = New->getBeginLoc();
      Ev.Range = New->getSourceRange();
      Ev.Args.assign(New->placement_arg_begin(), New->placement_arg_end());
      // Placement arguments start at the second parameter (after the size).
      Ev.PlacementNew = Ev.Callee && Ev.Callee->isReservedGlobalPlacementOperator();
      Out.push_back(Ev);
      return;
    }
    if (const auto *Delete = dyn_cast<CXXDeleteExpr>(S)) {
      Event Ev(Event::Delete);
      Ev.Callee = Delete->getOperatorDelete();
      Ev.Loc = Delete->getBeginLoc();
      Ev.Range = Delete->getSourceRange();
      Out.push_back(Ev);
    }
  }

  /// The parameter index an argument of \p Ev binds to, or -1.
  int paramIndex(const Event &Ev, unsigned Arg) const {
    if (Ev.K == Event::New)
      return static_cast<int>(Arg) + 1;
    if (Arg < Ev.ArgOffset)
      return -1;
    return static_cast<int>(Arg - Ev.ArgOffset);
  }

  void transfer(Event &Ev, State &S, bool Final) {
    const SourceManager &SM = Ctx.getSourceManager();
    const FunctionDecl *Callee = Ev.Callee;

    // Annotations replace whatever the body or the tables would say.
    if (Callee && hasAnnotation(Callee, Annotation::AcquiresAtomic)) {
      S.MacroGroup = SourceLocation();
      bool IsGuard = Ev.Object && GuardVars.contains(Ev.Object);
      if (IsGuard) {
        if (llvm::is_contained(S.Held, Ev.Object))
          return;
        S.Held.insert(llvm::upper_bound(S.Held, Ev.Object), Ev.Object);
      }
      S.enter(Origin{Ev.Loc, Ev.Range, IsGuard ? Origin::Guard : Origin::Call});
      return;
    }
    if (Callee && hasAnnotation(Callee, Annotation::ReleasesAtomic)) {
      S.MacroGroup = SourceLocation();
      if (Ev.Object && GuardVars.contains(Ev.Object)) {
        auto *It = llvm::find(S.Held, Ev.Object);
        if (It == S.Held.end())
          return;
        S.Held.erase(It);
      }
      S.leave();
      return;
    }
    if (Callee && hasAnnotation(Callee, Annotation::MightSleep)) {
      SleepCause C;
      C.K = SleepCause::Annotated;
      C.Name = nameOf(Callee);
      sleeps(Ev, S, std::move(C), Final);
      return;
    }

    if (Ev.K == Event::Dispatch) {
      S.MacroGroup = SourceLocation();
      // Any target may run: the call sleeps if one does, and leaves the
      // deepest context one leaves.
      int Net = 0;
      bool Reported = false;
      for (const FunctionDecl *T : Ev.Targets) {
        SleepCause C;
        C.Callee = T;
        C.Name = nameOf(T);
        if (hasAnnotation(T, Annotation::MightSleep)) {
          C.K = SleepCause::Annotated;
        } else if (const FunctionSummary *Sum = A.summaryOf(T)) {
          Net = std::max(Net, Sum->NetDepth);
          if (!Sum->Sleeps)
            continue;
          C.K = SleepCause::FromCallee;
          C.RelDepth = Sum->Sleeps->RelDepth;
        } else {
          continue;
        }
        if (!Reported)
          sleeps(Ev, S, std::move(C), Final);
        Reported = true;
      }
      for (int I = 0; I < Net; ++I)
        S.enter(Origin{Ev.Loc, Ev.Range, Origin::Helper});
      return;
    }

    if (Ev.K == Event::Indirect) {
      if (A.Cfg.AssumeIndirectCallsSleep) {
        SleepCause C;
        C.K = SleepCause::Indirect;
        C.Name = "indirect call";
        sleeps(Ev, S, std::move(C), Final);
      }
      return;
    }

    if (Ev.K == Event::Call) {
      KernelApiModel::Match M =
          A.Api.classify(Callee, Ev.Loc, SM, Ctx.getLangOpts());
      if (M.Effect != ApiEffect::None) {
        if (M.Expansion.isValid()) {
          if (S.MacroGroup == M.Expansion)
            return;
          S.MacroGroup = M.Expansion;
        } else {
          S.MacroGroup = SourceLocation();
        }
        switch (M.Effect) {
        case ApiEffect::Enter:
          S.enter(Origin{Ev.Loc, macroAwareRange(Ev), Origin::Call});
          return;
        case ApiEffect::Leave:
          S.leave();
          return;
        case ApiEffect::TryEnter:
          return;
        case ApiEffect::Sleep:
          // A sleeping API with GFP flags (kvmalloc) is decided by them.
          if (gfpDecides(Ev, S, Final))
            return;
          {
            SleepCause C;
            C.K = SleepCause::Api;
            C.Name = M.Name.str();
            sleeps(Ev, S, std::move(C), Final);
          }
          return;
        case ApiEffect::None:
          break;
        }
      }
    }
    S.MacroGroup = SourceLocation();

    if (Ev.K == Event::New && !Ev.PlacementNew && !A.summaryOf(Callee)) {
      SleepCause C;
      C.K = SleepCause::GlobalNew;
      C.Name = Callee ? nameOf(Callee) : "operator new";
      sleeps(Ev, S, std::move(C), Final);
      return;
    }
    if (Ev.K == Event::New && Ev.PlacementNew)
      return;

    bool FlagsDecided = gfpDecides(Ev, S, Final);
    const FunctionSummary *Sum = A.summaryOf(Callee);
    if (!Sum)
      return;
    if (Sum->Sleeps && !FlagsDecided) {
      SleepCause C = *Sum->Sleeps;
      SleepCause Step;
      Step.K = SleepCause::FromCallee;
      Step.Callee = Callee;
      Step.Name = nameOf(Callee);
      Step.RelDepth = C.RelDepth;
      sleeps(Ev, S, std::move(Step), Final);
    }
    for (int I = 0; I < Sum->NetDepth; ++I)
      S.enter(Origin{Ev.Loc, Ev.Range, Origin::Helper});
    for (int I = 0; I > Sum->NetDepth; --I)
      S.leave();
  }

  SourceRange macroAwareRange(const Event &Ev) const {
    if (Ev.Loc.isMacroID())
      return Ctx.getSourceManager().getExpansionRange(Ev.Loc).getAsRange();
    return Ev.Range;
  }

  /// Applies the GFP flags a call passes; returns whether they decided that
  /// the call sleeps or not (so the callee's unconditional summary and the
  /// sleeping-function tables are not consulted as well).
  bool gfpDecides(const Event &Ev, State &S, bool Final) {
    const FunctionDecl *Callee = Ev.Callee;
    if (!Callee)
      return false;
    bool ByName = Callee->getDeclName().isIdentifier() &&
                  A.Api.isGfpAllocator(Callee->getName());
    // A listed allocator is a leaf even where the TU has its body (kmalloc is
    // an inline over __kmalloc in real headers).
    const FunctionSummary *Sum = ByName ? nullptr : A.summaryOf(Callee);
    bool Decided = false;
    for (unsigned I = 0; I < Ev.Args.size(); ++I) {
      int P = paramIndex(Ev, I);
      if (P < 0)
        continue;
      bool Typed = static_cast<unsigned>(P) < Callee->getNumParams() &&
                   isGfpType(Callee->getParamDecl(P)->getType());
      const SleepCause *Conditional = nullptr;
      if (Sum) {
        auto It = Sum->SleepsWithFlags.find(P);
        if (It != Sum->SleepsWithFlags.end())
          Conditional = &It->second;
      }
      if (!Typed && !Conditional && !ByName)
        continue;
      GfpVerdict V = A.Gfp.decide(Ev.Args[I], Ctx);
      if (V.K == GfpVerdict::Unknown)
        continue;
      // Flags the TU cannot see are only a fact for the allocator itself;
      // a TU function taking them sleeps only if its body says so.
      if (Sum && !Conditional && V.K != GfpVerdict::NoReclaim)
        continue;
      Decided = true;
      if (V.K == GfpVerdict::NoReclaim)
        continue;
      SleepCause C;
      C.Name = nameOf(Callee);
      C.Flags = V.Spelling;
      if (Conditional) {
        C.K = SleepCause::FromCallee;
        C.Callee = Callee;
        C.CalleeGfpParam = P;
        C.RelDepth = Conditional->RelDepth;
        C.InnerOrigin = Conditional->InnerOrigin;
        C.InnerOriginText = Conditional->InnerOriginText;
      } else {
        C.K = SleepCause::Gfp;
      }
      if (V.K == GfpVerdict::FromParameter)
        sleepsWithCallerFlags(Ev, S, V.Param, std::move(C), Final);
      else
        sleeps(Ev, S, std::move(C), Final);
    }
    return Decided;
  }

  SleepCause located(const Event &Ev, const State &S, SleepCause C) const {
    C.Loc = Ev.Loc;
    if (!C.Callee)
      C.Callee = Ev.Callee;
    int Inner = C.RelDepth;
    C.RelDepth = S.Depth + Inner;
    if (Inner <= 0 && S.Depth + Inner > 0 && !S.Origins.empty()) {
      C.InnerOrigin = S.Origins.front().Loc;
      C.InnerOriginText = originText(S.Origins.front());
    }
    return C;
  }

  /// A sleeping point whatever the callers pass.
  void sleeps(const Event &Ev, const State &S, SleepCause C, bool Final) {
    if (!Final)
      return;
    SleepCause Here = located(Ev, S, std::move(C));
    // Sleeping where this function itself made the context atomic is its own
    // finding, reported here, not again at every caller.
    if (Here.RelDepth <= 0 &&
        (!Summary.Sleeps || Summary.Sleeps->RelDepth < Here.RelDepth))
      Summary.Sleeps = Here;
    if (Base + Here.RelDepth > 0)
      report(Ev, S, Here);
  }

  /// A sleeping point that depends on the flags in parameter \p P.
  void sleepsWithCallerFlags(const Event &Ev, const State &S,
                             const ParmVarDecl *P, SleepCause C, bool Final) {
    if (!Final)
      return;
    unsigned Index = P->getFunctionScopeIndex();
    if (!llvm::is_contained(FD->parameters(), P))
      return;
    SleepCause Here = located(Ev, S, std::move(C));
    auto [It, New] = Summary.SleepsWithFlags.try_emplace(Index, Here);
    if (!New && It->second.RelDepth < Here.RelDepth)
      It->second = Here;
    // Only the callers know the flags; inside an atomic entry there are none
    // that could make this safe to report, so stay with the callers.
  }

  std::string originText(const Origin &O) const {
    std::string Text = sourceText(O.Text, Ctx);
    switch (O.K) {
    case Origin::Trylock:
      return "atomic context begins here: " + Text + " succeeded";
    case Origin::Guard:
      return "atomic context begins here: " + Text + " acquires it for its lifetime";
    case Origin::Helper:
      return "atomic context begins here: " + Text + " returns with it held";
    case Origin::Call:
      break;
    }
    return "atomic context begins here: " + Text;
  }

  void report(const Event &Ev, const State &S, const SleepCause &C) {
    if (!Report)
      return;
    Finding F;
    F.Loc = Ctx.getSourceManager().getFileLoc(Ev.Loc);
    F.Range = Ev.Range;
    std::string Callee = quoted(C.Name);
    std::string With = C.Flags.empty() ? "" : " with " + C.Flags;
    switch (C.K) {
    case SleepCause::Api:
    case SleepCause::Gfp:
    case SleepCause::Annotated:
      F.Message = "calling " + Callee + With + " may sleep in atomic context";
      break;
    case SleepCause::GlobalNew:
      F.Message = "allocating with 'new' may sleep in atomic context";
      break;
    case SleepCause::Indirect:
      F.Message = "indirect call may sleep in atomic context";
      break;
    case SleepCause::FromCallee:
      F.Message = C.Flags.empty()
                      ? "calling " + Callee + ", which may sleep, in atomic context"
                      : "calling " + Callee + With + " may sleep in atomic context";
      break;
    }
    // Where the atomic context began: here, inside the callee, or at entry.
    int Inner = C.RelDepth - S.Depth;
    if (S.Depth > 0 && !S.Origins.empty()) {
      F.Notes.push_back({S.Origins.front().Loc, originText(S.Origins.front())});
    } else if (Inner > 0 && C.InnerOrigin.isValid()) {
      F.Notes.push_back({C.InnerOrigin, C.InnerOriginText});
    } else if (Entry) {
      F.Notes.push_back({FD->getLocation(),
                         quoted(nameOf(FD)) + " runs in " +
                             (Entry->Context == "hardirq" ? "hard-IRQ"
                                                          : Entry->Context) +
                             " context"});
      F.Notes.push_back({Entry->RegisteredAt,
                         "registered by " + quoted(Entry->Registrar) + " here"});
    } else if (Annotated) {
      F.Notes.push_back({FD->getLocation(),
                         quoted(nameOf(FD)) +
                             " runs in atomic context: annotated kernel::atomic"});
    }
    A.chainNotes(C, F.Notes);
    A.addFinding(std::move(F));
  }

  AtomicContextAnalysis &A;
  ASTContext &Ctx;
  const FunctionDecl *FD;
  bool Report;
  AnalysisDeclContext ADC;
  const AtomicEntry *Entry = nullptr;
  const AnnotateAttr *Annotated = nullptr;
  int Base = 0;
  FunctionSummary Summary;
  llvm::DenseMap<const CXXConstructExpr *, const VarDecl *> ConstructedVar;
  llvm::SmallPtrSet<const VarDecl *, 4> GuardVars;
  llvm::DenseSet<const Stmt *> UnevaluatedStmts;
};

AtomicContextAnalysis::AtomicContextAnalysis(ASTContext &Ctx,
                                             const CallGraph &CG,
                                             const ReportScope &Scope,
                                             const KernelApiModel &Api,
                                             const GfpFlagDecider &Gfp,
                                             Config Cfg)
    : Ctx(Ctx), CG(CG), Scope(Scope), Api(Api), Gfp(Gfp), Cfg(Cfg) {}

AtomicContextAnalysis::~AtomicContextAnalysis() = default;

const FunctionSummary *
AtomicContextAnalysis::summaryOf(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  auto It = Summaries.find(canonical(FD));
  return It == Summaries.end() ? nullptr : &It->second;
}

void AtomicContextAnalysis::indexDispatch() {
  for (const CallGraph::Node &N : CG.nodes()) {
    if (const auto *M = dyn_cast<CXXMethodDecl>(N.Fn); M && M->isVirtual()) {
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(M->overridden_methods());
      llvm::SmallPtrSet<const CXXMethodDecl *, 4> Seen;
      while (!Work.empty()) {
        const CXXMethodDecl *O = Work.pop_back_val();
        if (!Seen.insert(O).second)
          continue;
        Overriders[canonical(O)].push_back(N.Fn);
        Work.append(O->overridden_methods().begin(), O->overridden_methods().end());
      }
    }
    for (const CallGraph::CallSite &Site : N.Calls) {
      const auto *Call = dyn_cast_or_null<CallExpr>(Site.Site);
      const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
      if (!Callee)
        continue;
      if (isa<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
        ++CalleeRefs[canonical(Callee)];
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (const FunctionDecl *G = referencedFunction(Call->getArg(I))) {
          PassedFunctions[{canonical(Callee), I}].push_back(G);
          ReceivesFunctions.insert(canonical(Callee));
        }
    }
  }
}

bool AtomicContextAnalysis::addressTaken(const FunctionDecl *FD) {
  // Counting every reference walks the whole TU: only done when a call
  // through a function-pointer parameter needs it.
  if (!AddressTakenKnown) {
    AddressTakenKnown = true;
    FunctionReferenceCounter Counter;
    Counter.TraverseAST(Ctx);
    for (const auto &[Fn, Count] : Counter.Refs)
      if (Count > CalleeRefs.lookup(Fn))
        AddressTaken.insert(Fn);
  }
  return AddressTaken.contains(canonical(FD));
}

void AtomicContextAnalysis::computeNeeded() {
  // Only what the shown code can reach matters: the functions whose findings
  // clang-tidy shows, what they call, and the targets of their calls through
  // pointers (functions passed as arguments, overriders of virtual methods).
  llvm::BitVector Reached = CG.reachableFrom(
      [&](const CallGraph::Node &N) { return Scope.shows(N.Fn->getLocation()); },
      [&](const CallGraph::Node &N,
          llvm::SmallVectorImpl<const CallGraph::Node *> &More) {
        for (const CallGraph::CallSite &Site : N.Calls) {
          if (const auto *Call = dyn_cast_or_null<CallExpr>(Site.Site))
            for (const Expr *Arg : Call->arguments())
              if (const CallGraph::Node *T = CG.node(referencedFunction(Arg)))
                More.push_back(T);
          if (const auto *M = dyn_cast_or_null<CXXMethodDecl>(Site.Callee);
              M && M->isVirtual())
            for (const FunctionDecl *O : Overriders.lookup(canonical(M)))
              if (const CallGraph::Node *T = CG.node(O))
                More.push_back(T);
        }
      });
  for (unsigned I : Reached.set_bits())
    Needed.insert(canonical(CG.nodes()[I].Fn));
}

std::optional<llvm::SmallVector<const FunctionDecl *, 2>>
AtomicContextAnalysis::dispatchTargets(const CallExpr *Call,
                                       const FunctionDecl *Caller) {
  if (const CXXMethodDecl *MD = virtualDispatch(Call)) {
    // Only a hierarchy no other TU can extend shows every overrider.
    const CXXRecordDecl *Static =
        cast<CXXMemberCallExpr>(Call)
            ->getImplicitObjectArgument()
            ->getBestDynamicClassType();
    if (!Static || Static->isExternallyVisible())
      return std::nullopt;
    llvm::SmallVector<const FunctionDecl *, 2> Targets;
    if (MD->hasBody() || MD->hasAttrs())
      Targets.push_back(MD);
    auto It = Overriders.find(canonical(MD));
    if (It != Overriders.end())
      Targets.append(It->second.begin(), It->second.end());
    return Targets;
  }
  if (Call->getDirectCallee())
    return std::nullopt;
  const Expr *Callee = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(Callee); U && U->getOpcode() == UO_Deref)
    Callee = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  // A parameter of a function only this TU can call, and only calls
  // directly: its values are the functions passed at those calls.
  if (!P || !Caller || Caller->isExternallyVisible() ||
      !llvm::is_contained(Caller->parameters(), P) || addressTaken(Caller))
    return std::nullopt;
  auto It = PassedFunctions.find({canonical(Caller), P->getFunctionScopeIndex()});
  if (It == PassedFunctions.end())
    return llvm::SmallVector<const FunctionDecl *, 2>();
  return It->second;
}

void AtomicContextAnalysis::findEntries() {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const CallGraph::Node &N : CG.nodes()) {
    if (!Needed.contains(canonical(N.Fn)))
      continue;
    for (const CallGraph::CallSite &Site : N.Calls) {
      const auto *Call = dyn_cast_or_null<CallExpr>(Site.Site);
      if (!Call)
        continue;
      const FunctionDecl *Callee = Call->getDirectCallee();
      const FunctionDecl *Handler = nullptr;
      std::string Registrar;
      std::optional<Registration> R;
      if (Callee && Callee->getDeclName().isIdentifier())
        R = Api.registration(Callee->getName());
      if (R) {
        Registrar = Callee->getName().str();
        if (R->ArgIndex < Call->getNumArgs())
          Handler = referencedFunction(Call->getArg(R->ArgIndex));
      } else if (auto M = Api.registrationMacro(Call->getBeginLoc(), SM,
                                                Ctx.getLangOpts())) {
        // Real kernels spell timer_setup as a macro over an internal call:
        // the handler is the function that call is passed.
        Registrar = M->first.str();
        R = M->second;
        for (const Expr *Arg : Call->arguments())
          if ((Handler = referencedFunction(Arg)))
            break;
      }
      if (!Handler || !R)
        continue;
      Entries.try_emplace(canonical(Handler),
                          AtomicEntry{R->Context, Registrar,
                                      SM.getExpansionLoc(Call->getBeginLoc())});
    }
  }
}

void AtomicContextAnalysis::markRelevant() {
  // Only functions that can reach a sleeping call, an atomic-context API, an
  // annotation or an allocation are worth a CFG; most header inlines are not.
  const SourceManager &SM = Ctx.getSourceManager();
  auto DirectlyRelevant = [&](const CallGraph::CallSite &Site) {
    const FunctionDecl *Callee = Site.Callee;
    if (isa_and_nonnull<CXXNewExpr>(Site.Site))
      return true;
    if (!Callee)
      return false;
    // Virtual calls may reach overriders the call graph does not link.
    if (const auto *M = dyn_cast<CXXMethodDecl>(Callee); M && M->isVirtual())
      return true;
    if (hasAnnotation(Callee, Annotation::MightSleep) ||
        hasAnnotation(Callee, Annotation::AcquiresAtomic) ||
        hasAnnotation(Callee, Annotation::ReleasesAtomic))
      return true;
    if (Api.classify(Callee, Site.Loc, SM, Ctx.getLangOpts()).Effect !=
        ApiEffect::None)
      return true;
    if (Callee->getDeclName().isIdentifier() &&
        Api.isGfpAllocator(Callee->getName()))
      return true;
    return llvm::any_of(Callee->parameters(), [](const ParmVarDecl *P) {
      return isGfpType(P->getType());
    });
  };
  for (const std::vector<const CallGraph::Node *> &SCC : CG.sccs()) {
    // A component is reached as a whole or not at all.
    if (!Needed.contains(canonical(SCC.front()->Fn)))
      continue;
    // The call graph lists no indirect calls; with the option every function
    // may make one.
    bool Any = Cfg.AssumeIndirectCallsSleep;
    for (const CallGraph::Node *N : SCC) {
      if (Entries.count(canonical(N->Fn)) ||
          hasAnnotation(N->Fn, Annotation::Atomic) ||
          ReceivesFunctions.contains(canonical(N->Fn)))
        Any = true;
      for (const CallGraph::CallSite &Site : N->Calls)
        if (DirectlyRelevant(Site) ||
            (Site.Callee && Relevant.contains(canonical(Site.Callee))))
          Any = true;
    }
    if (Any)
      for (const CallGraph::Node *N : SCC)
        Relevant.insert(canonical(N->Fn));
  }
}

bool AtomicContextAnalysis::analyse(const FunctionDecl *FD, bool Report) {
  // Annotated functions are what their annotations say; their bodies are
  // still checked for calls of their own.
  FunctionRun Run(*this, FD, Report);
  std::optional<FunctionSummary> S = Run.run();
  if (!S)
    return false;
  if (hasAnnotation(FD, Annotation::AcquiresAtomic) ||
      hasAnnotation(FD, Annotation::ReleasesAtomic) ||
      hasAnnotation(FD, Annotation::MightSleep))
    return false;
  auto [It, New] = Summaries.try_emplace(canonical(FD), *S);
  if (New)
    return true;
  if (It->second == *S)
    return false;
  It->second = std::move(*S);
  return true;
}

std::vector<Finding> AtomicContextAnalysis::run() {
  indexDispatch();
  computeNeeded();
  findEntries();
  markRelevant();
  for (const std::vector<const CallGraph::Node *> &SCC : CG.sccs()) {
    llvm::SmallVector<const FunctionDecl *, 4> Members;
    for (const CallGraph::Node *N : SCC)
      if (Relevant.contains(canonical(N->Fn)))
        Members.push_back(N->Fn);
    if (Members.empty())
      continue;
    bool Cyclic = Members.size() > 1 ||
                  llvm::any_of(SCC.front()->Calls, [&](const CallGraph::CallSite &S) {
                    return canonical(S.Callee) == canonical(Members.front());
                  });
    if (Cyclic) {
      // A member whose summary changes is redone in its callers within the
      // cycle: a sleep then travels a ring of any length in one pass, which
      // rounds over the members in a fixed order would need as many rounds
      // as the ring is long.
      llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 2>>
          Callers;
      for (const CallGraph::Node *N : SCC)
        for (const CallGraph::CallSite &Site : N->Calls)
          if (Relevant.contains(canonical(N->Fn)))
            Callers[canonical(Site.Callee)].push_back(N->Fn);
      llvm::SmallVector<const FunctionDecl *, 16> Work(Members.rbegin(),
                                                       Members.rend());
      llvm::DenseSet<const FunctionDecl *> Queued;
      for (const FunctionDecl *FD : Members)
        Queued.insert(canonical(FD));
      size_t Budget = MaxCycleRounds * (Members.size() + 1);
      while (!Work.empty() && Budget-- > 0) {
        const FunctionDecl *FD = Work.pop_back_val();
        Queued.erase(canonical(FD));
        if (!analyse(FD, /*Report=*/false))
          continue;
        for (const FunctionDecl *Caller : Callers.lookup(canonical(FD)))
          if (Queued.insert(canonical(Caller)).second)
            Work.push_back(Caller);
      }
    }
    for (const FunctionDecl *FD : Members)
      analyse(FD, /*Report=*/true);
  }
  revisitDispatchUsers();
  llvm::sort(Findings, [&](const Finding &L, const Finding &R) {
    if (L.Loc != R.Loc)
      return Ctx.getSourceManager().isBeforeInTranslationUnit(L.Loc, R.Loc);
    return L.Message < R.Message;
  });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [](const Finding &L, const Finding &R) {
                               return L.Loc == R.Loc && L.Message == R.Message;
                             }),
                 Findings.end());
  return std::move(Findings);
}

void AtomicContextAnalysis::revisitDispatchUsers() {
  // The call graph has no edges to the targets of virtual and function-pointer
  // calls, so their summaries may have come after their callers' analyses.
  // Redo those callers, and the callers of any summary that changes, until
  // nothing changes (bounded: summaries only grow).
  if (DispatchUsers.empty())
    return;
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 4>>
      Callers;
  for (const CallGraph::Node &N : CG.nodes())
    for (const CallGraph::CallSite &Site : N.Calls)
      Callers[canonical(Site.Callee)].push_back(N.Fn);
  llvm::SmallVector<const FunctionDecl *, 16> Work;
  for (const FunctionDecl *FD : DispatchUsers)
    if (const CallGraph::Node *N = CG.node(FD))
      Work.push_back(N->Fn);
  size_t Budget = MaxCycleRounds * (CG.nodes().size() + 1);
  while (!Work.empty() && Budget-- > 0) {
    const FunctionDecl *FD = Work.pop_back_val();
    if (!Relevant.contains(canonical(FD)) || !analyse(FD, /*Report=*/true))
      continue;
    for (const FunctionDecl *Caller : Callers.lookup(canonical(FD)))
      Work.push_back(Caller);
    for (const FunctionDecl *User : DispatchUsers)
      if (const CallGraph::Node *N = CG.node(User))
        Work.push_back(N->Fn);
  }
}

void AtomicContextAnalysis::addFinding(Finding F) {
  // Point into the code as written, not into the macros it expands.
  const SourceManager &SM = Ctx.getSourceManager();
  for (FindingNote &N : F.Notes)
    if (N.Loc.isMacroID())
      N.Loc = SM.getFileLoc(N.Loc);
  if (F.Range.getBegin().isMacroID() || F.Range.getEnd().isMacroID())
    F.Range = SM.getExpansionRange(F.Range).getAsRange();
  Findings.push_back(std::move(F));
}

void AtomicContextAnalysis::chainNotes(const SleepCause &Top,
                                       std::vector<FindingNote> &Notes) const {
  // Follows the summaries down to the call that sleeps, one note per frame;
  // the last frame says why that call sleeps.
  auto Why = [&](const SleepCause &Leaf, bool FlagsFromCaller) -> std::string {
    switch (Leaf.K) {
    case SleepCause::Api:
      return ", which may sleep";
    case SleepCause::Gfp:
      if (FlagsFromCaller)
        return " with " + quoted(Leaf.Flags) + " (" + Top.Flags +
               " from the caller), which may sleep in direct reclaim";
      return " with " + Leaf.Flags + ", which may sleep in direct reclaim";
    case SleepCause::Annotated:
      return ", annotated kernel::might_sleep";
    case SleepCause::GlobalNew:
      return ", an allocation through an 'operator new' this file does not "
             "define (assumed to sleep)";
    case SleepCause::Indirect:
      return ", an indirect call (AssumeIndirectCallsSleep)";
    case SleepCause::FromCallee:
      break;
    }
    return "";
  };
  if (Top.K != SleepCause::FromCallee) {
    if (Top.K == SleepCause::Annotated && Top.Callee)
      Notes.push_back({Top.Callee->getLocation(),
                       quoted(Top.Name) + " is annotated kernel::might_sleep"});
    else if (Top.K == SleepCause::Indirect)
      Notes.push_back({Top.Loc, "the target of this call is unknown and "
                                "AssumeIndirectCallsSleep is set"});
    else if (Top.K == SleepCause::GlobalNew)
      Notes.push_back({Top.Loc, "this file does not define the 'operator new' "
                                "it calls; assumed to sleep like kmalloc with "
                                "GFP_KERNEL"});
    return;
  }
  const SleepCause *C = &Top;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
  // Long chains show their first frames and the one that sleeps.
  unsigned Omitted = 0;
  for (unsigned Frame = 1;; ++Frame) {
    const FunctionSummary *Sum = summaryOf(C->Callee);
    if (!Sum || !Seen.insert(canonical(C->Callee)).second)
      return;
    const SleepCause *Next = nullptr;
    if (C->CalleeGfpParam >= 0) {
      auto It = Sum->SleepsWithFlags.find(C->CalleeGfpParam);
      if (It != Sum->SleepsWithFlags.end())
        Next = &It->second;
    } else if (Sum->Sleeps) {
      Next = &*Sum->Sleeps;
    }
    if (!Next)
      return;
    bool Last = Next->K != SleepCause::FromCallee;
    if (Frame <= MaxChainFrames || Last) {
      if (Omitted)
        Notes.push_back({Next->Loc, "... " + std::to_string(Omitted) +
                                        " more frames ..."});
      Omitted = 0;
      Notes.push_back({Next->Loc, "frame #" + std::to_string(Frame) + ": " +
                                      quoted(nameOf(C->Callee)) + " calls " +
                                      quoted(Next->Name) + " here" +
                                      Why(*Next, C->CalleeGfpParam >= 0)});
    } else {
      ++Omitted;
    }
    if (Last)
      return;
    C = Next;
  }
}

} // namespace clang::tidy::kernel
