// The trylock part of FunctionEvents: a trylock enters atomic context only
// on the branch where it succeeded, also when its result went through a
// local variable first.
#include "FunctionEvents.h"
#include "analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"

namespace clang::tidy::kernel {

/// The trylock call whose result \p Cond tests (through `!`, `== 0`,
/// `!= 0`, and local variables that only ever hold a trylock's result),
/// with whether the test is negated; or null.
const Expr *FunctionEvents::trylockCall(const Expr *Cond, bool &Negated) const {
  Negated = false;
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
        return !X->isValueDependent() && X->EvaluateAsInt(Res, Ctx) &&
               Res.Val.getInt() == 0;
      };
      const Expr *Other = IsZero(R) ? L : IsZero(L) ? R : nullptr;
      if (!Other)
        return nullptr;
      if (BO->getOpcode() == BO_EQ)
        Negated = !Negated;
      E = Other;
      continue;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl())) {
        auto It = TrylockVars.find(V);
        if (It == TrylockVars.end())
          return nullptr;
        E = It->second;
        continue;
      }
    break;
  }
  return asTrylock(E);
}

const CallExpr *FunctionEvents::asTrylock(const Expr *E) const {
  const auto *Call = dyn_cast_or_null<CallExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  if (!Call)
    return nullptr;
  KernelApiModel::Match M =
      B.Api.classify(Call->getDirectCallee(), Call->getBeginLoc(),
                     Ctx.getSourceManager(), Ctx.getLangOpts());
  return M.Effect == ApiEffect::TryEnter ? Call : nullptr;
}

void FunctionEvents::trylockEdge(const CFGBlock &Blk, Block &Out) {
  // A trylock in the branch condition enters atomic context only on the
  // edge where it returned true.
  if (Blk.succ_size() != 2)
    return;
  const Expr *Cond = Blk.getLastCondition();
  bool Negated = false;
  const auto *Call = dyn_cast_or_null<CallExpr>(Cond ? trylockCall(Cond, Negated)
                                                     : nullptr);
  if (!Call)
    return;
  KernelApiModel::Match M =
      B.Api.classify(Call->getDirectCallee(), Call->getBeginLoc(),
                     Ctx.getSourceManager(), Ctx.getLangOpts());
  CallInfo I;
  I.Callee = Call->getDirectCallee();
  I.Loc = Call->getBeginLoc();
  I.Range = Call->getSourceRange();
  I.Args.assign(Call->arg_begin(), Call->arg_end());
  Out.TryEdge = Negated ? 1 : 0;
  Out.TryEnter = makeEvent(Event::Enter, I);
  Out.TryEnter.Context = M.Context;
  Out.TryEnter.Origin = OriginKind::Trylock;
  Out.TryEnter.Key = lockKey(I);
  Out.TryEnter.Text = oneLineSourceText(macroAwareRange(I), Ctx);
}

void FunctionEvents::collectTrylockVariables() {
  // `got = spin_trylock(&l); if (!got) ...`: a local variable that is only
  // ever given a trylock's result stands for the call in conditions.
  llvm::DenseSet<const VarDecl *> Disqualified;
  auto Assign = [&](const VarDecl *V, const Expr *Value) {
    if (!V || !V->hasLocalStorage())
      return;
    const CallExpr *Call = asTrylock(Value);
    if (!Call || TrylockVars.count(V))
      Disqualified.insert(V);
    else
      TrylockVars[V] = Call;
  };
  walkStatements(FD->getBody(), [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit())
          Assign(V, V->getInit());
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S);
               BO && BO->isAssignmentOp()) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        Assign(dyn_cast<VarDecl>(Ref->getDecl()),
               BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr);
    } else if (const auto *U = dyn_cast<UnaryOperator>(S);
               U && (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParenImpCasts()))
        if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()))
          Disqualified.insert(V);
    }
  });
  for (const VarDecl *V : Disqualified)
    TrylockVars.erase(V);
}

} // namespace clang::tidy::kernel
