#ifndef KERNEL_TIDY_ANALYSIS_CALLGRAPH_H
#define KERNEL_TIDY_ANALYSIS_CALLGRAPH_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/iterator.h"
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace clang::tidy::kernel {

class ReportScope;

/// The functions of a translation unit that the code clang-tidy shows can
/// reach, and the calls between them.
///
/// The graph grows from the definitions a ReportScope shows (and the
/// initialisers of the variables it shows, such as ops tables), following
/// calls, references (a function named other than as the callee of a direct
/// call: passed as an argument, stored, its address taken; a lambda's call
/// operator where the lambda is created) and the overriders of called virtual
/// methods. The rest of a TU, mostly header inlines, is never walked.
///
/// Nodes are function definitions that are code: plain functions, member
/// functions, constructors, destructors, implicit members and lambda call
/// operators with bodies, template instantiations but no uninstantiated
/// pattern nor consteval function. Edges are the calls a body makes at run
/// time: call expressions, constructions, the allocation and deallocation
/// functions and destructors of `new` and `delete`, the implicit destructor
/// calls of automatic objects and temporaries, and `cleanup` functions.
/// References and overriders make nodes but are not edges. Unevaluated
/// operands and constant-evaluated expressions call nothing.
class CallGraph {
public:
  struct CallSite {
    /// The callee's definition when the TU has one, else its canonical
    /// declaration.
    const FunctionDecl *Callee;
    /// The expression or declaration statement that makes the call.
    const Stmt *Site;
    SourceLocation Loc;
  };
  /// A function named other than as the callee of a direct call.
  struct Reference {
    /// The definition when the TU has one, else the canonical declaration.
    const FunctionDecl *Target;
    /// The expression that names it: a DeclRefExpr, or the LambdaExpr that
    /// creates a closure whose call operator is \c Target.
    const Expr *Ref;
    SourceLocation Loc;
  };
  struct Node {
    /// The definition; null only for the graph's entry().
    const FunctionDecl *Fn;
    /// In source order.
    std::vector<CallSite> Calls;
    /// In source order.
    std::vector<Reference> References;
    /// Calls through a pointer (no direct callee): not edges, but a
    /// function-pointer field may be resolved later (kernel-atomic-context).
    unsigned IndirectCalls = 0;
    /// The node of each call of \c Calls whose callee is a node, in the same
    /// order (the edges GraphTraits walks).
    std::vector<const Node *> Callees;
  };
  /// One call from a node: a step of a call chain or cycle.
  struct CallEdge {
    const Node *Caller;
    const CallSite *Call;
  };
  /// A variable the ReportScope shows whose initialiser names functions.
  struct VariableReferences {
    const VarDecl *Var;
    std::vector<Reference> References;
  };

  CallGraph(ASTContext &Ctx, const ReportScope &Shown);
  CallGraph(const CallGraph &) = delete;
  CallGraph &operator=(const CallGraph &) = delete;

  /// The graph of \p Ctx's translation unit grown from what \p Shown shows,
  /// built on the first request and shared by every check that asks for it
  /// until the context is destroyed (every check of a run has the same
  /// scope).
  static const CallGraph &of(ASTContext &Ctx, const ReportScope &Shown);

  /// The node of the definition of any redeclaration of \p FD, or null when
  /// the TU does not define it or shown code does not reach it.
  const Node *node(const FunctionDecl *FD) const;
  llvm::ArrayRef<Node> nodes() const { return Nodes; }
  unsigned indexOf(const Node &N) const { return &N - Nodes.data(); }

  /// Strongly connected components of the call edges, callees before
  /// callers (reverse topological order).
  const std::vector<std::vector<const Node *>> &sccs() const { return SCCs; }
  /// The index in sccs() of \p N's component.
  unsigned componentOf(const Node &N) const { return Component[indexOf(N)]; }
  /// Whether a component is a cycle: several members, or one that calls
  /// itself.
  static bool isRecursive(llvm::ArrayRef<const Node *> SCC);

  /// The calls into \p N from nodes, by caller in node order, then in source
  /// order.
  llvm::ArrayRef<CallEdge> callers(const Node &N) const;
  /// The variables whose initialisers name functions, in source order.
  llvm::ArrayRef<VariableReferences> variables() const { return Variables; }
  /// The definitions (or declarations) of the methods that override \p M,
  /// directly or not, among those the TU declares outside function bodies.
  llvm::SmallVector<const FunctionDecl *, 4>
  overriders(const CXXMethodDecl *M) const;

  /// The nodes reachable from those for which \p IsRoot holds, roots
  /// included, as a set of node indices. \p Extra adds successors the call
  /// edges do not show (targets of indirect calls).
  llvm::BitVector reachableFrom(
      llvm::function_ref<bool(const Node &)> IsRoot,
      llvm::function_ref<void(const Node &, llvm::SmallVectorImpl<const Node *> &)>
          Extra = nullptr) const;

  /// A synthetic node (no function) whose callees are all the nodes, the
  /// single entry graph algorithms start from (GraphTraits).
  const Node *entry() const { return &Entry; }

  /// Prints the nodes, their calls and references, and the components.
  void dump(llvm::raw_ostream &OS) const;
  void dump() const;

private:
  friend class GraphBuilder;

  void link();
  void computeSCCs();

  std::vector<Node> Nodes;
  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  std::vector<VariableReferences> Variables;
  /// Each virtual method's direct overriders, by canonical declaration.
  llvm::DenseMap<const CXXMethodDecl *, llvm::SmallVector<const CXXMethodDecl *, 2>>
      DirectOverriders;
  std::vector<std::vector<const Node *>> SCCs;
  std::vector<unsigned> Component;
  /// callers(N) is Incoming[IncomingBegin[N], IncomingBegin[N + 1]).
  std::vector<CallEdge> Incoming;
  std::vector<unsigned> IncomingBegin;
  Node Entry{nullptr, {}, {}, 0, {}};
};

} // namespace clang::tidy::kernel

namespace llvm {

/// The call graph as an LLVM graph (scc_iterator, depth_first, ...): the
/// children of a node are its callees, one per call.
template <> struct GraphTraits<const clang::tidy::kernel::CallGraph::Node *> {
  using NodeRef = const clang::tidy::kernel::CallGraph::Node *;
  using ChildIteratorType = std::vector<NodeRef>::const_iterator;
  static NodeRef getEntryNode(NodeRef N) { return N; }
  static ChildIteratorType child_begin(NodeRef N) { return N->Callees.begin(); }
  static ChildIteratorType child_end(NodeRef N) { return N->Callees.end(); }
};

template <>
struct GraphTraits<const clang::tidy::kernel::CallGraph *>
    : GraphTraits<const clang::tidy::kernel::CallGraph::Node *> {
  using GraphType = const clang::tidy::kernel::CallGraph *;
  using nodes_iterator = pointer_iterator<
      ArrayRef<clang::tidy::kernel::CallGraph::Node>::iterator>;
  /// entry(), whose callees are every node.
  static NodeRef getEntryNode(GraphType G) { return G->entry(); }
  static nodes_iterator nodes_begin(GraphType G) {
    return nodes_iterator(G->nodes().begin());
  }
  static nodes_iterator nodes_end(GraphType G) {
    return nodes_iterator(G->nodes().end());
  }
  static unsigned size(GraphType G) { return G->nodes().size(); }
};

} // namespace llvm

#endif
