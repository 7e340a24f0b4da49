#include "analysis/CallGraph.h"
#include "analysis/EvaluatedChildren.h"
#include "analysis/ReportScope.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <mutex>

namespace clang::tidy::kernel {

namespace {

/// Whether \p FD is a definition that becomes code (a consteval function runs
/// only in the compiler, a template pattern only through its instantiations).
bool isCode(const FunctionDecl *FD) {
  return FD && !FD->isInvalidDecl() && FD->doesThisDeclarationHaveABody() &&
         !FD->isLateTemplateParsed() && !FD->isDependentContext() &&
         !FD->isConsteval();
}

const FunctionDecl *definitionOrCanonical(const FunctionDecl *FD) {
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

/// The run-time calls and the function references of one body or
/// initialiser, in source order, without recursion on the nesting depth of
/// statements. Only what runs is walked (evaluatedChildren).
class BodyWalker {
public:
  BodyWalker(const ASTContext &Ctx, std::vector<CallGraph::CallSite> &Calls,
             std::vector<CallGraph::Reference> &Refs)
      : Ctx(Ctx), Calls(Calls), Refs(Refs) {}

  /// Calls without a direct callee seen so far.
  unsigned IndirectCalls = 0;

  void walkFunction(const FunctionDecl *FD) {
    const Stmt *Body = FD->getBody();
    // Pushed in reverse so that the last-in-first-out walk is in source order.
    Work.push_back(Body);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD)) {
      llvm::SmallVector<const CXXCtorInitializer *, 8> Inits(Ctor->init_begin(),
                                                             Ctor->init_end());
      for (const CXXCtorInitializer *Init : llvm::reverse(Inits))
        Work.push_back(Init->getInit());
    }
    drain();
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD))
      addMemberDestructors(Dtor, Body);
  }

  void walkInitializer(const Expr *Init) {
    Work.push_back(Init);
    drain();
  }

private:
  void drain() {
    while (!Work.empty())
      if (const Stmt *S = Work.pop_back_val())
        visit(S);
  }

  void addCall(const FunctionDecl *Callee, const Stmt *Site,
               SourceLocation Loc) {
    if (const FunctionDecl *C = definitionOrCanonical(Callee))
      Calls.push_back({C, Site, Loc});
  }

  void addReference(const FunctionDecl *Target, const Expr *Ref) {
    if (const FunctionDecl *T = definitionOrCanonical(Target))
      Refs.push_back({T, Ref, Ref->getExprLoc()});
  }

  // A destructor body is followed by the destruction of the members and
  // bases, which the AST leaves implicit.
  void addMemberDestructors(const CXXDestructorDecl *Dtor, const Stmt *Body) {
    const CXXRecordDecl *RD = Dtor->getParent();
    SourceLocation End = Body->getEndLoc();
    for (const FieldDecl *Field : RD->fields())
      addCall(nonTrivialDestructor(Field->getType(), Ctx), Body, End);
    for (const CXXBaseSpecifier &Base : RD->bases())
      addCall(nonTrivialDestructor(Base.getType(), Ctx), Body, End);
    for (const CXXBaseSpecifier &Base : RD->vbases())
      addCall(nonTrivialDestructor(Base.getType(), Ctx), Body, End);
  }

  // A lambda's body is its call operator's: creating the closure names it.
  void addLambda(const LambdaExpr *L) {
    addReference(L->getCallOperator(), L);
    if (const FunctionTemplateDecl *Generic = L->getDependentCallOperator())
      for (const FunctionDecl *Spec : Generic->specializations())
        addReference(Spec, L);
  }

  void visitDecl(const DeclStmt *DS) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        if (VD->hasLocalStorage() && !VD->getType()->isReferenceType())
          addCall(nonTrivialDestructor(VD->getType(), Ctx), DS,
                  VD->getLocation());
        // __attribute__((cleanup(fn))) calls fn when the variable dies.
        if (const auto *Cleanup = VD->getAttr<CleanupAttr>())
          addCall(Cleanup->getFunctionDecl(), DS, VD->getLocation());
      }
  }

  void visit(const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (!Call->getDirectCallee() && !isa<CXXPseudoDestructorExpr>(
                                          Call->getCallee()->IgnoreParens()))
        ++IndirectCalls;
      addCall(Call->getDirectCallee(), Call, Call->getExprLoc());
      if (const auto *Ref = dyn_cast<DeclRefExpr>(
              Call->getCallee()->IgnoreParenImpCasts()))
        DirectCallees.insert(Ref);
    } else if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl());
          FD && !DirectCallees.erase(Ref))
        addReference(FD, Ref);
    } else if (const auto *L = dyn_cast<LambdaExpr>(S)) {
      addLambda(L);
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      addCall(Construct->getConstructor(), Construct, Construct->getLocation());
    } else if (const auto *Inherited = dyn_cast<CXXInheritedCtorInitExpr>(S)) {
      addCall(Inherited->getConstructor(), Inherited, Inherited->getLocation());
    } else if (const auto *New = dyn_cast<CXXNewExpr>(S)) {
      addCall(New->getOperatorNew(), New, New->getBeginLoc());
    } else if (const auto *Delete = dyn_cast<CXXDeleteExpr>(S)) {
      if (!Delete->getDestroyedType().isNull())
        addCall(nonTrivialDestructor(Delete->getDestroyedType(), Ctx), Delete,
                Delete->getBeginLoc());
      addCall(Delete->getOperatorDelete(), Delete, Delete->getBeginLoc());
    } else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(S)) {
      addCall(Bind->getTemporary()->getDestructor(), Bind, Bind->getExprLoc());
    } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      visitDecl(DS);
    }
    // Pushed in reverse so that the last-in-first-out walk is in source order.
    const llvm::SmallVector<const Stmt *, 8> Children =
        evaluatedChildren(S, Ctx);
    for (const Stmt *C : llvm::reverse(Children))
      Work.push_back(C);
  }

  const ASTContext &Ctx;
  std::vector<CallGraph::CallSite> &Calls;
  std::vector<CallGraph::Reference> &Refs;
  llvm::SmallVector<const Stmt *, 64> Work;
  /// The callee expressions of direct calls, which name no reference.
  llvm::SmallPtrSet<const DeclRefExpr *, 8> DirectCallees;
};

/// The declarations of a TU outside function bodies, without their bodies,
/// initialisers or types: the shown definitions and variables the graph grows
/// from, and every virtual method's overriders.
class DeclarationScan : public RecursiveASTVisitor<DeclarationScan> {
public:
  DeclarationScan(const ReportScope &Shown) : Shown(Shown) {}

  std::vector<const FunctionDecl *> ShownDefinitions;
  std::vector<const VarDecl *> ShownVariables;
  llvm::DenseMap<const CXXMethodDecl *,
                 llvm::SmallVector<const CXXMethodDecl *, 2>>
      DirectOverriders;

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  // Bodies are walked only for the nodes the graph reaches.
  bool TraverseStmt(Stmt *, DataRecursionQueue * = nullptr) { return true; }
  bool TraverseType(QualType) { return true; }
  bool TraverseTypeLoc(TypeLoc) { return true; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (isCode(FD) && Shown.shows(FD->getLocation()))
      ShownDefinitions.push_back(FD);
    return true;
  }

  bool VisitCXXMethodDecl(CXXMethodDecl *M) {
    for (const CXXMethodDecl *O : M->overridden_methods())
      DirectOverriders[O->getCanonicalDecl()].push_back(M);
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (!isa<ParmVarDecl>(VD) && VD->hasInit() &&
        !VD->getDeclContext()->isDependentContext() &&
        Shown.shows(VD->getLocation()))
      ShownVariables.push_back(VD);
    return true;
  }

private:
  const ReportScope &Shown;
};

} // namespace

/// Grows the graph: a worklist of definitions, each body walked once.
class GraphBuilder {
public:
  GraphBuilder(CallGraph &G, const ASTContext &Ctx) : G(G), Ctx(Ctx) {}

  void build(DeclarationScan &Scan) {
    G.DirectOverriders = std::move(Scan.DirectOverriders);
    for (const FunctionDecl *FD : Scan.ShownDefinitions)
      reach(FD);
    for (const VarDecl *VD : Scan.ShownVariables) {
      std::vector<CallGraph::CallSite> Calls;
      std::vector<CallGraph::Reference> Refs;
      BodyWalker(Ctx, Calls, Refs).walkInitializer(VD->getInit());
      follow(Calls, Refs);
      if (!Refs.empty())
        G.Variables.push_back({VD, std::move(Refs)});
    }
    // Nodes are appended while earlier ones are walked.
    for (unsigned I = 0; I != G.Nodes.size(); ++I) {
      std::vector<CallGraph::CallSite> Calls;
      std::vector<CallGraph::Reference> Refs;
      BodyWalker Walker(Ctx, Calls, Refs);
      Walker.walkFunction(G.Nodes[I].Fn);
      G.Nodes[I].IndirectCalls = Walker.IndirectCalls;
      follow(Calls, Refs);
      G.Nodes[I].Calls = std::move(Calls);
      G.Nodes[I].References = std::move(Refs);
    }
  }

private:
  void reach(const FunctionDecl *FD) {
    const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
    if (!isCode(Def))
      return;
    auto [It, New] = G.Index.try_emplace(Def->getCanonicalDecl(), G.Nodes.size());
    if (New)
      G.Nodes.push_back({Def, {}, {}, 0, {}});
  }

  void follow(llvm::ArrayRef<CallGraph::CallSite> Calls,
              llvm::ArrayRef<CallGraph::Reference> Refs) {
    for (const CallGraph::CallSite &C : Calls) {
      reach(C.Callee);
      // A virtual call may run any overrider.
      if (const auto *M = dyn_cast<CXXMethodDecl>(C.Callee); M && M->isVirtual())
        for (const FunctionDecl *O : G.overriders(M))
          reach(O);
    }
    for (const CallGraph::Reference &R : Refs)
      reach(R.Target);
  }

  CallGraph &G;
  const ASTContext &Ctx;
};

CallGraph::CallGraph(ASTContext &Ctx, const ReportScope &Shown) {
  DeclarationScan Scan(Shown);
  Scan.TraverseAST(Ctx);
  GraphBuilder(*this, Ctx).build(Scan);
  link();
  computeSCCs();
}

void CallGraph::link() {
  IncomingBegin.assign(Nodes.size() + 1, 0);
  for (Node &N : Nodes) {
    for (const CallSite &C : N.Calls)
      if (const Node *Callee = node(C.Callee)) {
        N.Callees.push_back(Callee);
        ++IncomingBegin[indexOf(*Callee) + 1];
      }
    Entry.Callees.push_back(&N);
  }
  for (unsigned I = 1; I != IncomingBegin.size(); ++I)
    IncomingBegin[I] += IncomingBegin[I - 1];
  Incoming.resize(IncomingBegin.back());
  std::vector<unsigned> Next(IncomingBegin.begin(), IncomingBegin.end() - 1);
  for (const Node &N : Nodes)
    for (const CallSite &C : N.Calls)
      if (const Node *Callee = node(C.Callee))
        Incoming[Next[indexOf(*Callee)]++] = {&N, &C};
}

// scc_iterator walks with an explicit stack (call chains can be as deep as
// the TU is long) and completes components callees first. The entry node is
// the last component, alone.
void CallGraph::computeSCCs() {
  Component.assign(Nodes.size(), 0);
  for (auto It = llvm::scc_begin(static_cast<const CallGraph *>(this));
       !It.isAtEnd(); ++It) {
    if ((*It).front() == &Entry)
      continue;
    for (const Node *N : *It)
      Component[indexOf(*N)] = SCCs.size();
    // Completed last first: the member the walk entered first leads.
    SCCs.emplace_back(It->rbegin(), It->rend());
  }
}

namespace {
// clangd builds ASTs on several threads, hence the lock; an entry dies with
// its ASTContext, so a later context at the same address gets a new graph.
std::mutex SharedGraphsLock;
llvm::DenseMap<const ASTContext *, std::unique_ptr<CallGraph>> SharedGraphs;
} // namespace

const CallGraph &CallGraph::of(ASTContext &Ctx, const ReportScope &Shown) {
  {
    std::lock_guard<std::mutex> Lock(SharedGraphsLock);
    auto It = SharedGraphs.find(&Ctx);
    if (It != SharedGraphs.end())
      return *It->second;
  }
  auto Graph = std::make_unique<CallGraph>(Ctx, Shown);
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

bool CallGraph::isRecursive(llvm::ArrayRef<const Node *> SCC) {
  return SCC.size() > 1 ||
         (SCC.size() == 1 && llvm::is_contained(SCC.front()->Callees, SCC.front()));
}

llvm::ArrayRef<CallGraph::CallEdge>
CallGraph::callers(const Node &N) const {
  const unsigned I = indexOf(N);
  return llvm::ArrayRef(Incoming).slice(IncomingBegin[I],
                                        IncomingBegin[I + 1] - IncomingBegin[I]);
}

llvm::SmallVector<const FunctionDecl *, 4>
CallGraph::overriders(const CXXMethodDecl *M) const {
  llvm::SmallVector<const FunctionDecl *, 4> Result;
  llvm::SmallVector<const CXXMethodDecl *, 4> Work{M->getCanonicalDecl()};
  llvm::SmallPtrSet<const CXXMethodDecl *, 8> Seen{M->getCanonicalDecl()};
  while (!Work.empty()) {
    auto It = DirectOverriders.find(Work.pop_back_val());
    if (It == DirectOverriders.end())
      continue;
    for (const CXXMethodDecl *O : It->second)
      if (Seen.insert(O->getCanonicalDecl()).second) {
        Result.push_back(definitionOrCanonical(O));
        Work.push_back(O->getCanonicalDecl());
      }
  }
  return Result;
}

llvm::BitVector CallGraph::reachableFrom(
    llvm::function_ref<bool(const Node &)> IsRoot,
    llvm::function_ref<void(const Node &, llvm::SmallVectorImpl<const Node *> &)>
        Extra) const {
  llvm::BitVector Reached(Nodes.size());
  std::vector<const Node *> Work;
  auto Reach = [&](const Node *N) {
    if (!Reached.test(indexOf(*N))) {
      Reached.set(indexOf(*N));
      Work.push_back(N);
    }
  };
  for (const Node &N : Nodes)
    if (IsRoot(N))
      Reach(&N);
  llvm::SmallVector<const Node *, 4> More;
  while (!Work.empty()) {
    const Node *N = Work.back();
    Work.pop_back();
    for (const Node *Callee : N->Callees)
      Reach(Callee);
    if (Extra) {
      More.clear();
      Extra(*N, More);
      for (const Node *M : More)
        Reach(M);
    }
  }
  return Reached;
}

static std::string describe(const FunctionDecl *FD) {
  return FD->getQualifiedNameAsString();
}

void CallGraph::dump(llvm::raw_ostream &OS) const {
  for (const Node &N : Nodes) {
    OS << "node #" << indexOf(N) << " " << describe(N.Fn) << " (component #"
       << componentOf(N) << ")\n";
    for (const CallSite &C : N.Calls)
      OS << "  calls " << describe(C.Callee) << (node(C.Callee) ? "" : " (not a node)")
         << "\n";
    for (const Reference &R : N.References)
      OS << "  references " << describe(R.Target) << "\n";
  }
  for (const VariableReferences &V : Variables)
    for (const Reference &R : V.References)
      OS << "variable " << V.Var->getQualifiedNameAsString() << " references "
         << describe(R.Target) << "\n";
  for (unsigned S = 0; S != SCCs.size(); ++S) {
    OS << "component #" << S << (isRecursive(SCCs[S]) ? " (recursive):" : ":");
    for (const Node *N : SCCs[S])
      OS << " " << describe(N->Fn);
    OS << "\n";
  }
}

void CallGraph::dump() const { dump(llvm::errs()); }

} // namespace clang::tidy::kernel
