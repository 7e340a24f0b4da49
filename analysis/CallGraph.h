#ifndef KERNEL_TIDY_ANALYSIS_CALLGRAPH_H
#define KERNEL_TIDY_ANALYSIS_CALLGRAPH_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/DenseMap.h"
#include <vector>

namespace clang::tidy::kernel {

/// The functions defined in a translation unit and the calls between them.
///
/// Nodes are the function definitions that are code: plain functions, member
/// functions, constructors, destructors, implicit members and lambda call
/// operators with bodies, template instantiations but no uninstantiated
/// pattern nor consteval function. Edges are the calls a body makes at run
/// time: call expressions, constructions, the allocation and deallocation
/// functions and destructors of `new` and `delete`, and the implicit destructor
/// calls of automatic objects and temporaries. Unevaluated operands and
/// constant-evaluated expressions call nothing.
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
  struct Node {
    /// The definition.
    const FunctionDecl *Fn;
    std::vector<CallSite> Calls;
  };

  explicit CallGraph(ASTContext &Ctx);

  /// The graph of \p Ctx's translation unit, built on the first request and
  /// shared by every check that asks for it until the context is destroyed
  /// (building it walks the whole TU, headers included).
  static const CallGraph &of(ASTContext &Ctx);

  /// The node of the definition of any redeclaration of \p FD, or null when
  /// the TU does not define it.
  const Node *node(const FunctionDecl *FD) const;
  llvm::ArrayRef<Node> nodes() const { return Nodes; }
  /// Strongly connected components, callees before callers (reverse
  /// topological order).
  const std::vector<std::vector<const Node *>> &sccs() const { return SCCs; }

  /// The nodes reachable from those for which \p IsRoot holds, roots
  /// included, as a set of node indices (`&Node - nodes().data()`). \p Extra
  /// adds successors the call edges do not show (targets of indirect calls).
  llvm::BitVector reachableFrom(
      llvm::function_ref<bool(const Node &)> IsRoot,
      llvm::function_ref<void(const Node &, llvm::SmallVectorImpl<const Node *> &)>
          Extra = nullptr) const;

private:
  void computeSCCs();

  std::vector<Node> Nodes;
  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  std::vector<std::vector<const Node *>> SCCs;
  /// Call edges between nodes, by node index.
  std::vector<std::vector<unsigned>> Successors;
};

} // namespace clang::tidy::kernel

#endif
