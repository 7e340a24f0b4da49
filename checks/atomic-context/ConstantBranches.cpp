#include "ConstantBranches.h"
#include "analysis/StatementWalk.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::kernel {

namespace {
// Conditions are short; a deeper one is left undecided rather than walked
// by a recursion as deep as the input.
constexpr unsigned MaxDepth = 16;

const VarDecl *localVariable(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParens());
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return V && V->hasLocalStorage() ? V : nullptr;
}
} // namespace

ConstantBranches::ConstantBranches(const FunctionDecl *FD, const ASTContext &Ctx)
    : Ctx(Ctx) {
  // A candidate is an integer local with an initializer; it is a constant
  // if every other mention of it is a read (an lvalue-to-rvalue
  // conversion: no assignment, increment, address or reference) and its
  // initializer is constant, also through constants declared before it
  // (`__sleep_us >> 2`).
  llvm::SmallVector<const VarDecl *, 8> Declared;
  llvm::DenseMap<const VarDecl *, unsigned> Mentions, Reads;
  walkStatements(FD->getBody(), [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D);
            V && V->hasLocalStorage() && V->getInit() &&
            V->getType()->isIntegralOrEnumerationType())
          Declared.push_back(V);
    } else if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()))
        ++Mentions[V];
    } else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S);
               Cast && Cast->getCastKind() == CK_LValueToRValue) {
      if (const VarDecl *V = localVariable(Cast->getSubExpr()))
        ++Reads[V];
    }
  });
  for (const VarDecl *V : Declared) {
    if (Mentions.lookup(V) != Reads.lookup(V))
      continue;
    if (std::optional<llvm::APSInt> Value = value(V->getInit()))
      Constants.try_emplace(V, llvm::APSInt(Value->extOrTrunc(Ctx.getIntWidth(V->getType())),
                                            V->getType()->isUnsignedIntegerOrEnumerationType()));
  }
}

std::optional<llvm::APSInt> ConstantBranches::value(const Expr *E) const {
  return value(E, 0);
}

std::optional<llvm::APSInt> ConstantBranches::value(const Expr *E,
                                                    unsigned Depth) const {
  if (!E || Depth > MaxDepth || E->isValueDependent())
    return std::nullopt;
  E = E->IgnoreParens();
  if (const VarDecl *V = localVariable(E)) {
    auto It = Constants.find(V);
    if (It == Constants.end())
      return std::nullopt;
    return It->second;
  }
  if (!E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  // Literals, enumerators, sizeof, `false`: the language's constants.
  if (Expr::EvalResult R; E->EvaluateAsInt(R, Ctx))
    return R.Val.getInt();
  auto Bool = [&](bool B) {
    return llvm::APSInt(llvm::APInt(Ctx.getIntWidth(E->getType()), B ? 1 : 0),
                        /*isUnsigned=*/false);
  };
  // Values keep the width and signedness of the expression's type.
  auto Of = [&](const llvm::APInt &V) {
    return llvm::APSInt(V.zextOrTrunc(Ctx.getIntWidth(E->getType())),
                        E->getType()->isUnsignedIntegerOrEnumerationType());
  };
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    if (!Cast->getSubExpr()->getType()->isIntegralOrEnumerationType())
      return std::nullopt;
    std::optional<llvm::APSInt> V = value(Cast->getSubExpr(), Depth + 1);
    if (!V)
      return std::nullopt;
    if (E->getType()->isBooleanType())
      return Bool(!V->isZero());
    return llvm::APSInt(V->extOrTrunc(Ctx.getIntWidth(E->getType())),
                        E->getType()->isUnsignedIntegerOrEnumerationType());
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // likely()/unlikely(): __builtin_expect(!!(x), 1) is x.
    if (Call->getBuiltinCallee() == Builtin::BI__builtin_expect &&
        Call->getNumArgs() == 2)
      return value(Call->getArg(0), Depth + 1);
    return std::nullopt;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E)) {
    std::optional<llvm::APSInt> V = value(U->getSubExpr(), Depth + 1);
    if (!V)
      return std::nullopt;
    switch (U->getOpcode()) {
    case UO_LNot:
      return Bool(V->isZero());
    case UO_Minus:
      return Of(-static_cast<const llvm::APInt &>(*V));
    case UO_Not:
      return Of(~static_cast<const llvm::APInt &>(*V));
    case UO_Plus:
      return Of(*V);
    default:
      return std::nullopt;
    }
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    std::optional<llvm::APSInt> L = value(BO->getLHS(), Depth + 1);
    if (BO->getOpcode() == BO_LAnd && L && L->isZero())
      return Bool(false);
    if (BO->getOpcode() == BO_LOr && L && !L->isZero())
      return Bool(true);
    std::optional<llvm::APSInt> R = value(BO->getRHS(), Depth + 1);
    if (BO->isLogicalOp()) {
      // One side decides (0 for &&, non-zero for ||) even when the other
      // does not.
      if (R && (BO->getOpcode() == BO_LAnd) == R->isZero())
        return Bool(BO->getOpcode() == BO_LOr);
      if (!L || !R)
        return std::nullopt;
      return Bool(BO->getOpcode() == BO_LAnd ? !L->isZero() && !R->isZero()
                                             : !L->isZero() || !R->isZero());
    }
    if (!L || !R)
      return std::nullopt;
    // Compared as values whatever their widths and signedness; computed in
    // the wider width, as the usual conversions did.
    int Order = llvm::APSInt::compareValues(*L, *R);
    unsigned Width = std::max(L->getBitWidth(), R->getBitWidth());
    llvm::APInt A = L->extend(Width), B = R->extend(Width);
    bool Signed = E->getType()->isSignedIntegerOrEnumerationType();
    switch (BO->getOpcode()) {
    case BO_EQ:
      return Bool(Order == 0);
    case BO_NE:
      return Bool(Order != 0);
    case BO_LT:
      return Bool(Order < 0);
    case BO_GT:
      return Bool(Order > 0);
    case BO_LE:
      return Bool(Order <= 0);
    case BO_GE:
      return Bool(Order >= 0);
    case BO_And:
      return Of(A & B);
    case BO_Or:
      return Of(A | B);
    case BO_Xor:
      return Of(A ^ B);
    case BO_Add:
      return Of(A + B);
    case BO_Sub:
      return Of(A - B);
    case BO_Mul:
      return Of(A * B);
    case BO_Shr:
      if (B.uge(Width))
        return std::nullopt;
      return Of(Signed ? A.ashr(B.getZExtValue()) : A.lshr(B.getZExtValue()));
    case BO_Shl:
      if (B.uge(Width))
        return std::nullopt;
      return Of(A.shl(B.getZExtValue()));
    default:
      return std::nullopt;
    }
  }
  if (const auto *C = dyn_cast<ConditionalOperator>(E)) {
    std::optional<llvm::APSInt> Cond = value(C->getCond(), Depth + 1);
    if (!Cond)
      return std::nullopt;
    return value(Cond->isZero() ? C->getFalseExpr() : C->getTrueExpr(), Depth + 1);
  }
  return std::nullopt;
}

std::optional<unsigned>
ConstantBranches::deadSuccessor(const CFGBlock &Block) const {
  const Stmt *Terminator = Block.getTerminatorStmt();
  if (Constants.empty() || !Terminator || Block.succ_size() != 2)
    return std::nullopt;
  if (!isa<IfStmt, WhileStmt, DoStmt, ForStmt, ConditionalOperator,
           BinaryConditionalOperator, BinaryOperator>(Terminator))
    return std::nullopt;
  const auto *Cond = dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
  std::optional<llvm::APSInt> V = value(Cond);
  if (!V)
    return std::nullopt;
  return V->isZero() ? 0u : 1u;
}

} // namespace clang::tidy::kernel
