#include "FrameEstimator.h"
#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace clang::tidy::kernel {

FrameEstimator::FrameEstimator(const ASTContext &Ctx, FrameModel Model)
    : Ctx(Ctx), Model(Model),
      Convention(CallingConvention::of(Ctx.getTargetInfo())) {}

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

namespace {

/// Bytes counted three ways at once (see FrameEstimate).
struct Sizes {
  uint64_t All = 0;
  uint64_t Unclaimed = 0;
  uint64_t Own = 0;
};

/// The scopes of one frame (blocks, full-expressions, inlined calls) and the
/// objects each holds. A scope costs its objects plus its children: the
/// largest child with FrameModel::Overlap, all of them with Sum.
class ScopeTree {
public:
  explicit ScopeTree(FrameModel Model) : Model(Model) { Scopes.push_back({0}); }

  static constexpr unsigned Root = 0;

  unsigned add(unsigned Parent) {
    Scopes.push_back({Parent});
    return Scopes.size() - 1;
  }

  /// An object of the function itself, aligned after the scope's others.
  void place(unsigned Scope, uint64_t Size, uint64_t Align) {
    Sizes &Own = Scopes[Scope].Own;
    Own.All = llvm::alignTo(Own.All, Align) + Size;
    Own.Unclaimed = llvm::alignTo(Own.Unclaimed, Align) + Size;
    Own.Own = llvm::alignTo(Own.Own, Align) + Size;
  }

  /// The objects of an inlined callee, live while the call runs: calls made
  /// one after the other share space.
  void placeInlined(unsigned Scope, const FrameEstimate &Callee, bool Claimed) {
    Sizes &Own = Scopes[add(Scope)].Own;
    Own.All = Callee.Objects;
    Own.Unclaimed = Claimed ? 0 : Callee.UnclaimedObjects;
  }

  /// The root scope with all of its descendants.
  Sizes total() {
    // Children were created after their parents.
    for (unsigned I = Scopes.size(); I-- > 1;) {
      Scope &S = Scopes[I];
      Sizes &Parent = Scopes[S.Parent].Children;
      join(Parent.All, llvm::SaturatingAdd(S.Own.All, S.Children.All));
      join(Parent.Unclaimed,
           llvm::SaturatingAdd(S.Own.Unclaimed, S.Children.Unclaimed));
      join(Parent.Own, llvm::SaturatingAdd(S.Own.Own, S.Children.Own));
    }
    const Scope &R = Scopes[Root];
    return {llvm::SaturatingAdd(R.Own.All, R.Children.All),
            llvm::SaturatingAdd(R.Own.Unclaimed, R.Children.Unclaimed),
            llvm::SaturatingAdd(R.Own.Own, R.Children.Own)};
  }

private:
  struct Scope {
    unsigned Parent;
    Sizes Own = {};
    Sizes Children = {};
  };

  void join(uint64_t &Siblings, uint64_t Child) const {
    Siblings = Model == FrameModel::Overlap
                   ? std::max(Siblings, Child)
                   : llvm::SaturatingAdd(Siblings, Child);
  }

  const FrameModel Model;
  std::vector<Scope> Scopes;
};

} // namespace

/// The caller's outgoing argument area: every by-value argument the calling
/// convention passes in memory, and the slots beyond the argument registers.
/// The area is reused from call to call: the largest call counts.
class ArgumentArea {
public:
  explicit ArgumentArea(FrameEstimator &Est)
      : Est(Est), CC(Est.Convention) {}

  uint64_t bytes() const { return Bytes; }
  std::vector<FrameContributor> &objects() { return Objects; }

  /// \p Slots counts the registers taken by `this` or a result pointer.
  template <typename Range> void addCall(Range &&Args, unsigned Slots) {
    uint64_t CallBytes = 0;
    std::vector<FrameContributor> CallObjects;
    for (const Expr *Arg : Args) {
      if (!Arg)
        continue;
      std::optional<uint64_t> InMemory = memoryBytes(Arg, Slots);
      if (!InMemory)
        continue;
      CallBytes += *InMemory;
      CallObjects.push_back({FrameContributor::OutgoingArgument, nullptr,
                             Arg->getType(), *InMemory, Arg->getExprLoc()});
    }
    if (Slots > CC.ArgumentRegisters)
      CallBytes += CC.SlotBytes * (Slots - CC.ArgumentRegisters);
    if (CallBytes > Bytes) {
      Bytes = CallBytes;
      Objects = std::move(CallObjects);
    }
  }

  /// A result returned in memory takes the first argument register.
  unsigned hiddenSlots(const CallExpr *Call) {
    unsigned Slots = isa<CXXMemberCallExpr>(Call) ? 1 : 0;
    if (Call->getType()->isRecordType())
      if (std::optional<FrameEstimator::Layout> L =
              Est.layoutOf(Call->getType()))
        if (L->Size > CC.MaxRegisterAggregate)
          ++Slots;
    return Slots;
  }

private:
  /// The bytes \p Arg takes in the caller's frame, or nothing when it goes
  /// in registers (counted in \p Slots). A class that is not trivial for
  /// calls is passed as a pointer to a copy the caller makes.
  std::optional<uint64_t> memoryBytes(const Expr *Arg, unsigned &Slots) {
    if (!Arg->isPRValue() || !Arg->getType()->isRecordType()) {
      ++Slots;
      return std::nullopt;
    }
    std::optional<FrameEstimator::Layout> L = Est.layoutOf(Arg->getType());
    if (!L)
      return std::nullopt;
    uint64_t Copies = 1;
    if (Arg->getType()->getAsRecordDecl()->canPassInRegisters()) {
      if (L->Size <= CC.MaxRegisterAggregate) {
        Slots += llvm::divideCeil(L->Size, CC.SlotBytes);
        return std::nullopt;
      }
      Copies = CC.MemoryAggregateCopies;
    } else {
      ++Slots;
    }
    return Copies * llvm::alignTo(L->Size, CC.SlotBytes);
  }

  FrameEstimator &Est;
  const CallingConvention &CC;
  uint64_t Bytes = 0;
  std::vector<FrameContributor> Objects;
};

/// One walk over a function body, scope by scope, without recursion on the
/// nesting depth of statements.
class FrameWalker {
public:
  FrameWalker(FrameEstimator &Est, FrameEstimate &Out,
              FrameEstimator::InlinedCallee Inlined)
      : Est(Est), Out(Out), Inlined(Inlined), Scopes(Est.Model),
        Arguments(Est) {}

  void run(const FunctionDecl *FD) {
    push(FD->getBody(), ScopeTree::Root, ScopeTree::Root, false);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
      llvm::SmallVector<const CXXCtorInitializer *, 8> Inits(Ctor->init_begin(),
                                                             Ctor->init_end());
      for (const CXXCtorInitializer *Init : llvm::reverse(Inits))
        push(Init->getInit(), ScopeTree::Root, ScopeTree::Root, false);
    }
    while (!Work.empty()) {
      Item I = Work.pop_back_val();
      if (!I.S)
        continue;
      ++Out.Statements;
      visit(I);
    }
    finish();
  }

private:
  struct Item {
    const Stmt *S;
    /// The innermost scope: a block, or the full-expression \p S is part of.
    unsigned Scope;
    /// The innermost block, where lifetime-extended temporaries live.
    unsigned Block;
    bool InExpr;
  };

  void finish() {
    const Sizes Total = Scopes.total();
    const uint64_t Outgoing = Arguments.bytes();
    auto Frame = [&](uint64_t Objects) {
      return llvm::alignTo(llvm::SaturatingAdd(Objects, Outgoing), 8);
    };
    Out.Objects = Frame(Total.All);
    Out.UnclaimedObjects = Frame(Total.Unclaimed);
    Out.OwnObjects = Frame(Total.Own);
    Out.Bytes = llvm::SaturatingAdd(Out.Objects, FrameEstimator::Overhead);
    llvm::append_range(Out.Contributors, Arguments.objects());
    // Largest first; equal sizes keep source order. (An index as the tie
    // breaker rather than std::stable_sort, whose temporary buffer
    // libstdc++ 12 takes through the deprecated get_temporary_buffer.)
    llvm::SmallVector<unsigned, 16> Order(Out.Contributors.size());
    for (unsigned I = 0; I < Order.size(); ++I)
      Order[I] = I;
    llvm::sort(Order, [&](unsigned A, unsigned B) {
      const uint64_t SizeA = Out.Contributors[A].Bytes;
      const uint64_t SizeB = Out.Contributors[B].Bytes;
      return SizeA != SizeB ? SizeA > SizeB : A < B;
    });
    std::vector<FrameContributor> Sorted;
    Sorted.reserve(Order.size());
    for (unsigned I : Order)
      Sorted.push_back(Out.Contributors[I]);
    Out.Contributors.assign(Sorted.begin(), Sorted.end());
  }

  void push(const Stmt *S, unsigned Scope, unsigned Block, bool InExpr) {
    Work.push_back({S, Scope, Block, InExpr});
  }

  // Pushed in reverse so that the last-in-first-out walk is in source order.
  void pushChildren(const Stmt *S, unsigned Scope, unsigned Block,
                    bool InExpr) {
    const llvm::SmallVector<const Stmt *, 8> Children =
        evaluatedChildren(S, Est.Ctx);
    for (const Stmt *C : llvm::reverse(Children))
      push(C, Scope, Block, InExpr);
  }

  void place(unsigned Scope, FrameContributor::Kind K, const NamedDecl *Var,
             QualType T, SourceLocation Loc) {
    std::optional<FrameEstimator::Layout> L = Est.layoutOf(T);
    if (!L || L->Size == 0)
      return;
    Scopes.place(Scope, L->Size, L->Align);
    Out.Contributors.push_back({K, Var, T, L->Size, Loc});
  }

  void addInlined(unsigned Scope, const FunctionDecl *Callee,
                  SourceLocation Loc) {
    if (!Callee)
      return;
    const InlinedFrame Frame = Inlined(Callee);
    if (!Frame.Frame)
      return;
    // Inline bodies that inline others can grow exponentially.
    Out.Statements =
        llvm::SaturatingAdd(Out.Statements, Frame.Frame->Statements);
    if (Frame.Frame->Objects == 0)
      return;
    Scopes.placeInlined(Scope, *Frame.Frame, Frame.Claimed);
    Out.Contributors.push_back({FrameContributor::InlinedCall, Callee,
                                QualType(), Frame.Frame->Objects, Loc});
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

  /// A block or a statement that opens one: its declarations live in it.
  bool visitBlock(const Item &I) {
    const Stmt *S = I.S;
    if (!isa<CompoundStmt, IfStmt, ForStmt, WhileStmt, DoStmt, SwitchStmt,
             CXXForRangeStmt, CXXCatchStmt>(S))
      return false;
    const unsigned Block = Scopes.add(I.Scope);
    if (const auto *Catch = dyn_cast<CXXCatchStmt>(S))
      if (const VarDecl *VD = Catch->getExceptionDecl())
        addVariable(VD, Block);
    pushChildren(S, Block, Block, false);
    return true;
  }

  void visitTemporary(const MaterializeTemporaryExpr *Temp, const Item &I) {
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
  }

  void visit(Item I) {
    const Stmt *S = I.S;
    // The temporaries of a full-expression die at its end: they share space
    // with the statements around.
    if (isa<Expr>(S) && !I.InExpr) {
      I.Scope = Scopes.add(I.Scope);
      I.InExpr = true;
    }
    if (visitBlock(I))
      return;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          addVariable(VD, I.Block);
    } else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(S)) {
      visitTemporary(Temp, I);
    } else if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(S)) {
      // A C compound literal lives until the end of the enclosing block.
      if (!Literal->isFileScope())
        place(I.Block, FrameContributor::CompoundLiteral, nullptr,
              Literal->getType(), Literal->getBeginLoc());
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (isAlloca(Call))
        Out.Dynamic.push_back({nullptr, Call, Call->getBeginLoc()});
      Arguments.addCall(Call->arguments(), Arguments.hiddenSlots(Call));
      addInlined(I.Scope, Call->getDirectCallee(), Call->getExprLoc());
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      Arguments.addCall(Construct->arguments(), 1);
      addInlined(I.Scope, Construct->getConstructor(),
                 Construct->getLocation());
    }
    // A declaration's initialisers are full-expressions of their own.
    pushChildren(S, I.Scope, I.Block, isa<DeclStmt>(S) ? false : I.InExpr);
  }

  FrameEstimator &Est;
  FrameEstimate &Out;
  FrameEstimator::InlinedCallee Inlined;
  ScopeTree Scopes;
  ArgumentArea Arguments;
  llvm::SmallVector<Item, 64> Work;
};

FrameEstimate FrameEstimator::estimate(const FunctionDecl *FD,
                                       InlinedCallee Inlined) {
  FrameEstimate Result;
  if (FD && !FD->isInvalidDecl() && FD->getBody())
    FrameWalker(*this, Result, Inlined).run(FD);
  return Result;
}

uint64_t FrameEstimate::ownBytes() const {
  return llvm::SaturatingAdd(OwnObjects, FrameEstimator::Overhead);
}

uint64_t FrameEstimate::unclaimedBytes() const {
  return llvm::SaturatingAdd(UnclaimedObjects, FrameEstimator::Overhead);
}

void FrameEstimate::dump(llvm::raw_ostream &OS) const {
  OS << "frame " << Bytes << " bytes: objects " << Objects << ", own "
     << OwnObjects << ", unclaimed " << UnclaimedObjects << ", statements "
     << Statements << "\n";
  for (const FrameContributor &C : Contributors)
    OS << "  " << C.Bytes << " bytes: "
       << (C.Decl ? C.Decl->getNameAsString() : C.Type.getAsString()) << "\n";
  OS << "  " << Dynamic.size() << " dynamic allocations\n";
}

} // namespace clang::tidy::kernel
