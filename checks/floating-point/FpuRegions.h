#ifndef KERNEL_TIDY_CHECKS_FLOATING_POINT_FPUREGIONS_H
#define KERNEL_TIDY_CHECKS_FLOATING_POINT_FPUREGIONS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang {
class ASTContext;
class Decl;
class SourceManager;
class FunctionDecl;
class Stmt;
class VarDecl;
} // namespace clang

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace clang::tidy::kernel {

/// What a call does to the region where kernel code may use the FPU.
enum class FpuEffect { None, Begin, End };

/// The statements of one function body that run inside an FPU region on
/// every path (kernel_fpu_begin() ... kernel_fpu_end()): a forward must-
/// analysis over the body's CFG (analysis/ForwardDataflow), so a region
/// opened on one branch only does not cover the code after the join, and a
/// path that closes the region and returns does not take the region away
/// from the paths that stay open.
class FpuRegions {
public:
  using Classifier = llvm::function_ref<FpuEffect(const FunctionDecl *)>;

  /// The region at a point of the function: open on every path that
  /// reaches it (Must), on some path (May), and a call that opened it on
  /// such a path. Joining two paths ands Must and ors May.
  struct State {
    bool Must = false;
    bool May = false;
    SourceLocation Opener;

    void dump(llvm::raw_ostream &OS, const SourceManager &SM) const;
  };

  FpuRegions(const Decl *Function, const Stmt *Body, ASTContext &Ctx,
             Classifier Classify);

  /// True when \p S (an expression or statement of the body) runs with the
  /// region open on every path that reaches it.
  bool covers(const Stmt *S) const { return Covered.contains(S); }
  bool covers(const VarDecl *D) const { return CoveredDecls.contains(D); }
  /// When some path, but not every path, reaches \p S with the region open:
  /// the call that opened it on such a path; otherwise invalid.
  SourceLocation openedOnSomePaths(const Stmt *S) const {
    return Partly.lookup(S);
  }
  SourceLocation openedOnSomePaths(const VarDecl *D) const {
    return PartlyDecls.lookup(D);
  }

private:
  /// Remembers what \p S says about the statement \p Node of the body.
  void record(const Stmt *Node, const State &S);

  llvm::DenseSet<const Stmt *> Covered;
  llvm::DenseSet<const VarDecl *> CoveredDecls;
  llvm::DenseMap<const Stmt *, SourceLocation> Partly;
  llvm::DenseMap<const VarDecl *, SourceLocation> PartlyDecls;
};

} // namespace clang::tidy::kernel

#endif
