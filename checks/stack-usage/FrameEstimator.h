#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_FRAMEESTIMATOR_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_FRAMEESTIMATOR_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// How the objects of sibling scopes share a frame.
enum class FrameModel {
  /// Sibling scopes reuse the same space, as an optimising compiler's stack
  /// colouring does: a scope costs its own objects plus its largest child.
  Overlap,
  /// Every scope gets its own space, as without optimisation.
  Sum,
};

/// One object that takes space in a frame.
struct FrameContributor {
  enum Kind {
    Variable,
    Temporary,
    CompoundLiteral,
    OutgoingArgument,
    InlinedCall
  };
  Kind K;
  /// The variable, or the callee of an inlined call.
  const NamedDecl *Decl;
  /// The object's type.
  QualType Type;
  uint64_t Bytes;
  SourceLocation Loc;
};

/// Stack allocated at run time, whose size the frame estimate cannot bound.
struct DynamicAllocation {
  /// The variable-length array, or null for an alloca call.
  const VarDecl *VLA;
  /// The alloca call, or null for a variable-length array.
  const CallExpr *Alloca;
  SourceLocation Loc;
};

struct FrameEstimate {
  /// The whole frame: the objects plus FrameEstimator::Overhead.
  uint64_t Bytes = 0;
  /// The objects alone, which is what an inlined call adds to its caller.
  uint64_t Objects = 0;
  /// Statements and expressions in the body and the bodies inlined into it,
  /// a measure of its code size.
  unsigned Statements = 0;
  /// Every object counted, largest first (ties in source order).
  std::vector<FrameContributor> Contributors;
  std::vector<DynamicAllocation> Dynamic;
};

/// Estimates the stack frame of one function from its source: automatic
/// variables (with their alignment, by scope), temporaries of class type that
/// live in memory, compound literals, and the outgoing argument area for
/// objects passed by value in memory. Parameters passed by value live in the
/// caller's outgoing arguments and are not counted. A call the compiler is
/// expected to inline adds the callee's frame at the call. Objects of
/// dependent, incomplete or invalid type are skipped.
class FrameEstimator {
public:
  /// What a frame holds besides the objects of the source: callee-saved
  /// registers, the stack protector's canary, alignment and spills. The
  /// largest gap measured with clang-19 -O2
  /// (docs/checks/kernel-stack-usage-accuracy.md).
  static constexpr uint64_t Overhead = 80;

  FrameEstimator(const ASTContext &Ctx, FrameModel Model)
      : Ctx(Ctx), Model(Model) {}

  /// \p Inlined gives the estimate of a callee the compiler is expected to
  /// inline, whose objects and code then become the caller's, else null.
  using InlinedCallee =
      llvm::function_ref<const FrameEstimate *(const FunctionDecl *)>;
  FrameEstimate estimate(const FunctionDecl *FD, InlinedCallee Inlined);

private:
  friend class FrameWalker;

  struct Layout {
    uint64_t Size;
    uint64_t Align;
  };
  /// The size and alignment of an object of type \p T, or nothing when the
  /// type has no layout (dependent, incomplete, invalid, variably modified).
  std::optional<Layout> layoutOf(QualType T);
  bool hasValidLayout(const RecordDecl *RD);

  const ASTContext &Ctx;
  const FrameModel Model;
  /// Whether each record, its fields and bases, can be laid out.
  llvm::DenseMap<const RecordDecl *, bool> RecordValid;
};

} // namespace clang::tidy::kernel

#endif
