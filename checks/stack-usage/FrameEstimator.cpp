#include "FrameEstimator.h"
#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/MathExtras.h"
#include <algorithm>

namespace clang::tidy::kernel {

// x86-64 passes an aggregate larger than two eightbytes in memory: clang
// copies it to a temporary, then to the outgoing argument area. One that is
// not trivial for calls is passed as a pointer to a copy the caller makes.
static constexpr uint64_t MaxRegisterAggregate = 16;
static constexpr unsigned ArgumentRegisters = 6;

bool FrameEstimator::hasValidLayout(const RecordDecl *Root) {
  if (auto It = RecordValid.find(Root); It != RecordValid.end())
    return It->second;
  llvm::SmallVector<const RecordDecl *, 8> Stack{Root};
  llvm::DenseSet<const RecordDecl *> Seen{Root};
  bool Valid = true;
  auto Visit = [&](QualType T) {
    if (T->isDependentType() || T->isIncompleteType()) {
      Valid = false;
      return;
    }
    if (const RecordDecl *RD = Ctx.getBaseElementType(T)->getAsRecordDecl())
      if (Seen.insert(RD).second)
        Stack.push_back(RD);
  };
  while (Valid && !Stack.empty()) {
    const RecordDecl *RD = Stack.pop_back_val();
    if (auto It = RecordValid.find(RD); It != RecordValid.end()) {
      Valid = It->second;
      continue;
    }
    const RecordDecl *Def = RD->getDefinition();
    if (!Def || Def->isInvalidDecl() || Def->isDependentType()) {
      Valid = false;
      break;
    }
    for (const FieldDecl *Field : Def->fields()) {
      if (Field->isInvalidDecl()) {
        Valid = false;
        break;
      }
      // A flexible array member adds nothing to the object's size.
      QualType FT = Field->getType();
      if (!FT->isIncompleteArrayType())
        Visit(FT);
    }
    if (const auto *CXX = dyn_cast<CXXRecordDecl>(Def))
      for (const CXXBaseSpecifier &Base : CXX->bases())
        Visit(Base.getType());
  }
  if (Valid)
    for (const RecordDecl *RD : Seen)
      RecordValid[RD] = true;
  RecordValid[Root] = Valid;
  return Valid;
}

std::optional<FrameEstimator::Layout> FrameEstimator::layoutOf(QualType T) {
  if (T.isNull() || T->isDependentType() || T->isUndeducedType() ||
      T->isIncompleteType() || T->isVariablyModifiedType() ||
      T->isSizelessType() || T->containsErrors() || T->isReferenceType() ||
      T->isFunctionType())
    return std::nullopt;
  if (const RecordDecl *RD = Ctx.getBaseElementType(T)->getAsRecordDecl())
    if (!hasValidLayout(RD))
      return std::nullopt;
  TypeInfoChars Info = Ctx.getTypeInfoInChars(T);
  return Layout{static_cast<uint64_t>(Info.Width.getQuantity()),
                std::max<uint64_t>(1, Info.Align.getQuantity())};
}

static bool isAlloca(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  switch (Callee->getBuiltinID()) {
  case Builtin::BI__builtin_alloca:
  case Builtin::BIalloca:
  case Builtin::BI_alloca:
  case Builtin::BI__builtin_alloca_uninitialized:
  case Builtin::BI__builtin_alloca_with_align:
  case Builtin::BI__builtin_alloca_with_align_uninitialized:
    return true;
  default:
    return false;
  }
}

/// One walk over a function body, scope by scope, without recursion on the
/// nesting depth of statements.
class FrameWalker {
public:
  FrameWalker(FrameEstimator &Est, FrameEstimate &Out,
              FrameEstimator::InlinedCallee Inlined)
      : Est(Est), Out(Out), Inlined(Inlined) {}

  void run(const FunctionDecl *FD) {
    const unsigned Root = newScope(0);
    push(FD->getBody(), Root, Root, false);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
      llvm::SmallVector<const CXXCtorInitializer *, 8> Inits(Ctor->init_begin(),
                                                             Ctor->init_end());
      for (const CXXCtorInitializer *Init : llvm::reverse(Inits))
        push(Init->getInit(), Root, Root, false);
    }
    while (!Work.empty()) {
      Item I = Work.pop_back_val();
      if (!I.S)
        continue;
      ++Out.Statements;
      visit(I);
    }
    // Children were created after their parents.
    for (unsigned I = Scopes.size(); I-- > 1;) {
      const uint64_t Total =
          llvm::SaturatingAdd(Scopes[I].Own, Scopes[I].Children);
      uint64_t &Parent = Scopes[Scopes[I].Parent].Children;
      Parent = Est.Model == FrameModel::Overlap
                   ? std::max(Parent, Total)
                   : llvm::SaturatingAdd(Parent, Total);
    }
    Out.Objects =
        llvm::alignTo(llvm::SaturatingAdd(Scopes[Root].Own,
                                          Scopes[Root].Children, OutgoingBytes),
                      8);
    Out.Bytes = llvm::SaturatingAdd(Out.Objects, FrameEstimator::Overhead);
    llvm::append_range(Out.Contributors, OutgoingArgs);
    std::stable_sort(Out.Contributors.begin(), Out.Contributors.end(),
                     [](const FrameContributor &A, const FrameContributor &B) {
                       return A.Bytes > B.Bytes;
                     });
  }

private:
  struct Scope {
    unsigned Parent;
    uint64_t Own = 0;
    uint64_t Children = 0;
  };
  struct Item {
    const Stmt *S;
    /// The innermost scope: a block, or the full-expression \p S is part of.
    unsigned Scope;
    /// The innermost block, where lifetime-extended temporaries live.
    unsigned Block;
    bool InExpr;
  };

  unsigned newScope(unsigned Parent) {
    Scopes.push_back({Parent});
    return Scopes.size() - 1;
  }

  void push(const Stmt *S, unsigned Scope, unsigned Block, bool InExpr) {
    Work.push_back({S, Scope, Block, InExpr});
  }

  // Pushed in reverse so that the last-in-first-out walk is in source order.
  void pushAll(llvm::ArrayRef<const Stmt *> Children, unsigned Scope,
               unsigned Block, bool InExpr) {
    for (const Stmt *S : llvm::reverse(Children))
      push(S, Scope, Block, InExpr);
  }

  void place(unsigned ScopeIdx, FrameContributor::Kind K, const NamedDecl *Var,
             QualType T, SourceLocation Loc) {
    std::optional<FrameEstimator::Layout> L = Est.layoutOf(T);
    if (!L || L->Size == 0)
      return;
    uint64_t &Own = Scopes[ScopeIdx].Own;
    Own = llvm::alignTo(Own, L->Align) + L->Size;
    Out.Contributors.push_back({K, Var, T, L->Size, Loc});
  }

  void addInlined(unsigned ScopeIdx, const FunctionDecl *Callee,
                  SourceLocation Loc) {
    if (!Callee)
      return;
    const FrameEstimate *Frame = Inlined(Callee);
    if (!Frame)
      return;
    // Inline bodies that inline others can grow exponentially.
    Out.Statements = llvm::SaturatingAdd(Out.Statements, Frame->Statements);
    if (Frame->Objects == 0)
      return;
    // The callee's objects live while the call runs: calls made one after
    // the other share space.
    Scopes[newScope(ScopeIdx)].Own = Frame->Objects;
    Out.Contributors.push_back({FrameContributor::InlinedCall, Callee,
                                QualType(), Frame->Objects, Loc});
  }

  void addVariable(const VarDecl *VD, unsigned Block) {
    // Static and extern locals are not on the stack; a named return value
    // is constructed in the caller's return slot.
    if (!VD->hasLocalStorage() || VD->isInvalidDecl() || VD->isNRVOVariable())
      return;
    QualType T = VD->getType();
    if (T->isArrayType() && T->isVariablyModifiedType()) {
      Out.Dynamic.push_back({VD, nullptr, VD->getLocation()});
      return;
    }
    place(Block, FrameContributor::Variable, VD, T, VD->getLocation());
  }

  // The caller's frame holds every by-value argument passed in memory, and
  // the arguments beyond the sixth register; the area is reused from call to
  // call. \p Slots counts the registers taken by `this` or a result pointer.
  template <typename Range> void addOutgoing(Range &&Args, unsigned Slots) {
    uint64_t Bytes = 0;
    std::vector<FrameContributor> Objects;
    for (const Expr *Arg : Args) {
      if (!Arg)
        continue;
      if (!Arg->isPRValue() || !Arg->getType()->isRecordType()) {
        ++Slots;
        continue;
      }
      const RecordDecl *RD = Arg->getType()->getAsRecordDecl();
      std::optional<FrameEstimator::Layout> L = Est.layoutOf(Arg->getType());
      if (!L)
        continue;
      uint64_t Copies = 1;
      if (RD->canPassInRegisters()) {
        if (L->Size <= MaxRegisterAggregate) {
          Slots += llvm::divideCeil(L->Size, 8);
          continue;
        }
        Copies = 2;
      } else {
        ++Slots;
      }
      const uint64_t ArgBytes = Copies * llvm::alignTo(L->Size, 8);
      Bytes += ArgBytes;
      Objects.push_back({FrameContributor::OutgoingArgument, nullptr,
                         Arg->getType(), ArgBytes, Arg->getExprLoc()});
    }
    if (Slots > ArgumentRegisters)
      Bytes += 8 * (Slots - ArgumentRegisters);
    if (Bytes > OutgoingBytes) {
      OutgoingBytes = Bytes;
      OutgoingArgs = std::move(Objects);
    }
  }

  // A result returned in memory takes the first argument register.
  unsigned hiddenSlots(const CallExpr *Call) {
    unsigned Slots = isa<CXXMemberCallExpr>(Call) ? 1 : 0;
    if (Call->getType()->isRecordType())
      if (std::optional<FrameEstimator::Layout> L =
              Est.layoutOf(Call->getType()))
        if (L->Size > MaxRegisterAggregate)
          ++Slots;
    return Slots;
  }

  void visit(Item I) {
    const Stmt *S = I.S;
    // The temporaries of a full-expression die at its end: they share space
    // with the statements around.
    if (isa<Expr>(S) && !I.InExpr) {
      I.Scope = newScope(I.Scope);
      I.InExpr = true;
    }

    if (isa<CompoundStmt, IfStmt, ForStmt, WhileStmt, DoStmt, SwitchStmt,
            CXXForRangeStmt, CXXCatchStmt>(S)) {
      const unsigned Block = newScope(I.Scope);
      if (const auto *Catch = dyn_cast<CXXCatchStmt>(S))
        if (const VarDecl *VD = Catch->getExceptionDecl())
          addVariable(VD, Block);
      pushAll(evaluatedChildren(S, Est.Ctx), Block, Block, false);
      return;
    }

    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          addVariable(VD, I.Block);
    } else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(S)) {
      switch (Temp->getStorageDuration()) {
      case SD_FullExpression:
        place(I.Scope, FrameContributor::Temporary, nullptr, Temp->getType(),
              Temp->getExprLoc());
        break;
      case SD_Automatic:
        place(I.Block, FrameContributor::Temporary, nullptr, Temp->getType(),
              Temp->getExprLoc());
        break;
      default:
        break;
      }
    } else if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(S)) {
      // A C compound literal lives until the end of the enclosing block.
      if (!Literal->isFileScope())
        place(I.Block, FrameContributor::CompoundLiteral, nullptr,
              Literal->getType(), Literal->getBeginLoc());
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (isAlloca(Call))
        Out.Dynamic.push_back({nullptr, Call, Call->getBeginLoc()});
      addOutgoing(Call->arguments(), hiddenSlots(Call));
      addInlined(I.Scope, Call->getDirectCallee(), Call->getExprLoc());
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      addOutgoing(Construct->arguments(), 1);
      addInlined(I.Scope, Construct->getConstructor(),
                 Construct->getLocation());
    }
    // A declaration's initialisers are full-expressions of their own.
    pushAll(evaluatedChildren(S, Est.Ctx), I.Scope, I.Block,
            isa<DeclStmt>(S) ? false : I.InExpr);
  }

  FrameEstimator &Est;
  FrameEstimate &Out;
  FrameEstimator::InlinedCallee Inlined;
  std::vector<Scope> Scopes;
  llvm::SmallVector<Item, 64> Work;
  uint64_t OutgoingBytes = 0;
  std::vector<FrameContributor> OutgoingArgs;
};

FrameEstimate FrameEstimator::estimate(const FunctionDecl *FD,
                                       InlinedCallee Inlined) {
  FrameEstimate Result;
  if (FD && !FD->isInvalidDecl() && FD->getBody())
    FrameWalker(*this, Result, Inlined).run(FD);
  return Result;
}

} // namespace clang::tidy::kernel
