#include "analysis/CallGraph.h"
#include "clang/AST/Attr.h"
#include "analysis/EvaluatedChildren.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"
#include <algorithm>
#include <memory>
#include <mutex>

namespace clang::tidy::kernel {

namespace {

/// Every function definition that is code, in traversal order.
class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  std::vector<const FunctionDecl *> Defs;

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    add(FD);
    return true;
  }

  // The traversal reaches a lambda's body but not its call operator as a
  // declaration, nor the instantiations of a generic lambda's operator.
  bool VisitLambdaExpr(LambdaExpr *L) {
    add(L->getCallOperator());
    if (const FunctionTemplateDecl *Generic = L->getDependentCallOperator())
      for (const FunctionDecl *Spec : Generic->specializations())
        add(Spec);
    return true;
  }

private:
  void add(const FunctionDecl *FD) {
    // A consteval function runs only in the compiler.
    if (!FD || FD->isInvalidDecl() || !FD->doesThisDeclarationHaveABody() ||
        FD->isLateTemplateParsed() || FD->isDependentContext() ||
        FD->isConsteval())
      return;
    if (Seen.insert(FD->getCanonicalDecl()).second)
      Defs.push_back(FD);
  }

  llvm::DenseSet<const FunctionDecl *> Seen;
};

const FunctionDecl *calleeOf(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const FunctionDecl *Def = FD->getDefinition())
    return Def;
  return FD->getCanonicalDecl();
}

/// The destructor that runs when an object of type \p T dies, if it does
/// anything.
const CXXDestructorDecl *nonTrivialDestructor(QualType T,
                                              const ASTContext &Ctx) {
  if (T.isNull() || T->isDependentType())
    return nullptr;
  T = Ctx.getBaseElementType(T);
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || RD->isInvalidDecl() || !RD->hasDefinition() ||
      RD->hasTrivialDestructor())
    return nullptr;
  return RD->getDestructor();
}

/// The run-time calls of one body, in source order, without recursion on the
/// nesting depth of statements. Only what runs is walked (evaluatedChildren).
class CallCollector {
public:
  CallCollector(const ASTContext &Ctx, std::vector<CallGraph::CallSite> &Out)
      : Ctx(Ctx), Out(Out) {}

  void collect(const FunctionDecl *FD) {
    const Stmt *Body = FD->getBody();
    // Pushed in reverse so that the last-in-first-out walk is in source order.
    Work.push_back(Body);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
      llvm::SmallVector<const CXXCtorInitializer *, 8> Inits(Ctor->init_begin(),
                                                             Ctor->init_end());
      for (const CXXCtorInitializer *Init : llvm::reverse(Inits))
        Work.push_back(Init->getInit());
    }
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (S)
        visit(S);
    }
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD))
      addMemberDestructors(Dtor, Body);
  }

private:
  void add(const FunctionDecl *Callee, const Stmt *Site, SourceLocation Loc) {
    if (const FunctionDecl *C = calleeOf(Callee))
      Out.push_back({C, Site, Loc});
  }

  // A destructor body is followed by the destruction of the members and
  // bases, which the AST leaves implicit.
  void addMemberDestructors(const CXXDestructorDecl *Dtor, const Stmt *Body) {
    const CXXRecordDecl *RD = Dtor->getParent();
    SourceLocation End = Body->getEndLoc();
    for (const FieldDecl *Field : RD->fields())
      add(nonTrivialDestructor(Field->getType(), Ctx), Body, End);
    for (const CXXBaseSpecifier &Base : RD->bases())
      add(nonTrivialDestructor(Base.getType(), Ctx), Body, End);
    for (const CXXBaseSpecifier &Base : RD->vbases())
      add(nonTrivialDestructor(Base.getType(), Ctx), Body, End);
  }

  // Pushed in reverse so that the last-in-first-out walk is in source order.
  void pushChildren(const Stmt *S) {
    const llvm::SmallVector<const Stmt *, 8> Children =
        evaluatedChildren(S, Ctx);
    for (const Stmt *C : llvm::reverse(Children))
      Work.push_back(C);
  }

  void visit(const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      add(Call->getDirectCallee(), Call, Call->getExprLoc());
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      add(Construct->getConstructor(), Construct, Construct->getLocation());
    } else if (const auto *Inherited = dyn_cast<CXXInheritedCtorInitExpr>(S)) {
      add(Inherited->getConstructor(), Inherited, Inherited->getLocation());
    } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
      add(New->getOperatorNew(), New, New->getBeginLoc());
    } else if (const auto *Delete = dyn_cast<CXXDeleteExpr>(S)) {
      if (!Delete->getDestroyedType().isNull())
        add(nonTrivialDestructor(Delete->getDestroyedType(), Ctx), Delete,
            Delete->getBeginLoc());
      add(Delete->getOperatorDelete(), Delete, Delete->getBeginLoc());
    } else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(S)) {
      add(Bind->getTemporary()->getDestructor(), Bind, Bind->getExprLoc());
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D)) {
          if (VD->hasLocalStorage() && !VD->getType()->isReferenceType())
            add(nonTrivialDestructor(VD->getType(), Ctx), DS,
                VD->getLocation());
          // __attribute__((cleanup(fn))) calls fn when the variable dies.
          if (const auto *Cleanup = VD->getAttr<CleanupAttr>())
            add(Cleanup->getFunctionDecl(), DS, VD->getLocation());
        }
    }
    pushChildren(S);
  }

  const ASTContext &Ctx;
  std::vector<CallGraph::CallSite> &Out;
  llvm::SmallVector<const Stmt *, 64> Work;
};

} // namespace

CallGraph::CallGraph(ASTContext &Ctx) {
  DefinitionCollector Collector;
  Collector.TraverseAST(Ctx);
  Nodes.reserve(Collector.Defs.size());
  for (const FunctionDecl *FD : Collector.Defs) {
    Index[FD->getCanonicalDecl()] = Nodes.size();
    Node &N = Nodes.emplace_back();
    N.Fn = FD;
    CallCollector(Ctx, N.Calls).collect(FD);
  }
  computeSCCs();
}

namespace {
// clangd builds ASTs on several threads, hence the lock; an entry dies with
// its ASTContext, so a later context at the same address gets a new graph.
std::mutex SharedGraphsLock;
llvm::DenseMap<const ASTContext *, std::unique_ptr<CallGraph>> SharedGraphs;
} // namespace

const CallGraph &CallGraph::of(ASTContext &Ctx) {
  {
    std::lock_guard<std::mutex> Lock(SharedGraphsLock);
    auto It = SharedGraphs.find(&Ctx);
    if (It != SharedGraphs.end())
      return *It->second;
  }
  auto Graph = std::make_unique<CallGraph>(Ctx);
  const CallGraph &Result = *Graph;
  {
    std::lock_guard<std::mutex> Lock(SharedGraphsLock);
    SharedGraphs[&Ctx] = std::move(Graph);
  }
  Ctx.AddDeallocation(
      [](void *Ctx) {
        std::lock_guard<std::mutex> Lock(SharedGraphsLock);
        SharedGraphs.erase(static_cast<const ASTContext *>(Ctx));
      },
      &Ctx);
  return Result;
}

const CallGraph::Node *CallGraph::node(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  auto It = Index.find(FD->getCanonicalDecl());
  return It == Index.end() ? nullptr : &Nodes[It->second];
}

// Tarjan's algorithm with an explicit stack: call chains can be as deep as
// the TU is long. Components are completed callees first.
void CallGraph::computeSCCs() {
  const unsigned N = Nodes.size();
  Successors.assign(N, {});
  for (unsigned I = 0; I != N; ++I)
    for (const CallSite &C : Nodes[I].Calls) {
      auto It = Index.find(C.Callee->getCanonicalDecl());
      if (It != Index.end())
        Successors[I].push_back(It->second);
    }
  const std::vector<std::vector<unsigned>> &Succ = Successors;

  constexpr unsigned Unvisited = ~0u;
  std::vector<unsigned> Order(N, Unvisited), Low(N);
  std::vector<bool> OnStack(N);
  std::vector<unsigned> Stack;
  struct Frame {
    unsigned V;
    unsigned NextEdge;
  };
  std::vector<Frame> Path;
  unsigned Counter = 0;

  auto Enter = [&](unsigned V) {
    Order[V] = Low[V] = Counter++;
    Stack.push_back(V);
    OnStack[V] = true;
    Path.push_back({V, 0});
  };

  for (unsigned Root = 0; Root != N; ++Root) {
    if (Order[Root] != Unvisited)
      continue;
    Enter(Root);
    while (!Path.empty()) {
      Frame &F = Path.back();
      const unsigned V = F.V;
      if (F.NextEdge < Succ[V].size()) {
        unsigned W = Succ[V][F.NextEdge++];
        if (Order[W] == Unvisited)
          Enter(W);
        else if (OnStack[W])
          Low[V] = std::min(Low[V], Order[W]);
        continue;
      }
      if (Low[V] == Order[V]) {
        std::vector<const Node *> &SCC = SCCs.emplace_back();
        unsigned W;
        do {
          W = Stack.back();
          Stack.pop_back();
          OnStack[W] = false;
          SCC.push_back(&Nodes[W]);
        } while (W != V);
        std::reverse(SCC.begin(), SCC.end());
      }
      Path.pop_back();
      if (!Path.empty())
        Low[Path.back().V] = std::min(Low[Path.back().V], Low[V]);
    }
  }
}

llvm::BitVector CallGraph::reachableFrom(
    llvm::function_ref<bool(const Node &)> IsRoot,
    llvm::function_ref<void(const Node &, llvm::SmallVectorImpl<const Node *> &)>
        Extra) const {
  llvm::BitVector Reached(Nodes.size());
  std::vector<unsigned> Work;
  auto Reach = [&](unsigned I) {
    if (!Reached.test(I)) {
      Reached.set(I);
      Work.push_back(I);
    }
  };
  for (unsigned I = 0; I != Nodes.size(); ++I)
    if (IsRoot(Nodes[I]))
      Reach(I);
  llvm::SmallVector<const Node *, 4> More;
  while (!Work.empty()) {
    unsigned I = Work.back();
    Work.pop_back();
    for (unsigned J : Successors[I])
      Reach(J);
    if (Extra) {
      More.clear();
      Extra(Nodes[I], More);
      for (const Node *M : More)
        Reach(static_cast<unsigned>(M - Nodes.data()));
    }
  }
  return Reached;
}

} // namespace clang::tidy::kernel
