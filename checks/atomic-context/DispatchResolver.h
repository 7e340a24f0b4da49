#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_DISPATCHRESOLVER_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_DISPATCHRESOLVER_H

#include "analysis/CallGraph.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang {
class ASTContext;
class CallExpr;
class CXXMethodDecl;
class Decl;
class Expr;
class FunctionDecl;
class ValueDecl;
} // namespace clang

namespace clang::tidy::kernel {

/// The declaration a reference names through casts (`x`, `&x`,
/// `(void *)&x`), or null.
const ValueDecl *referencedDecl(const Expr *E);
/// The function a reference names (`fn`, `&fn`), or null.
const FunctionDecl *referencedFunction(const Expr *E);

/// The method a call dispatches on at run time, or null for a call whose
/// target is fixed at compile time (non-virtual, qualified, or on an object
/// whose dynamic type is known).
const CXXMethodDecl *virtualDispatch(const CallExpr *Call);

/// The possible targets of calls through virtual methods and function
/// pointers, where the translation unit shows all of them: a hierarchy no
/// other TU can extend (internal linkage), and a function-pointer parameter
/// of a function only this TU calls, and only directly (its values are the
/// functions passed at those calls).
class DispatchResolver {
public:
  using Targets = llvm::SmallVector<const FunctionDecl *, 2>;

  DispatchResolver(ASTContext &Ctx, const CallGraph &CG);

  /// The targets of \p Call made in \p Caller, or nothing when they are not
  /// all known (an indirect call).
  std::optional<Targets> targets(const CallExpr *Call,
                                 const FunctionDecl *Caller);
  /// The functions passed as argument \p Index of calls of \p Callee.
  llvm::ArrayRef<const FunctionDecl *> passed(const FunctionDecl *Callee,
                                              unsigned Index) const;
  bool receivesFunctions(const FunctionDecl *FD) const;

private:
  bool addressTaken(const FunctionDecl *FD);
  /// Counts the function references of the C TU's top-level declarations
  /// from the \p Begin-th on that are not counted yet.
  void countReferencesFrom(unsigned Begin);
  /// The position among the TU's top-level declarations of the one that
  /// holds \p D.
  unsigned topLevelIndexOf(const Decl *D);

  ASTContext &Ctx;
  const CallGraph &CG;
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, Targets> Passed;
  llvm::DenseSet<const FunctionDecl *> Receivers;
  /// References of a function as the callee of a direct call.
  llvm::DenseMap<const FunctionDecl *, unsigned> CalleeRefs;
  /// All references of a function: in C, those in the top-level
  /// declarations from the CountedFrom-th on; in C++, once WholeTUCounted,
  /// all (walked on demand: see addressTaken()).
  llvm::DenseMap<const FunctionDecl *, unsigned> Refs;
  llvm::SmallVector<Decl *, 0> TopLevel;
  llvm::DenseMap<const Decl *, unsigned> TopLevelIndex;
  unsigned CountedFrom = 0;
  bool WholeTUCounted = false;
};

} // namespace clang::tidy::kernel

#endif
