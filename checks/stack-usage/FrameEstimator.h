#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_FRAMEESTIMATOR_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_FRAMEESTIMATOR_H

#include "CallingConvention.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

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
  /// The objects, those of inlined callees included: what an inlined call
  /// adds to its caller.
  uint64_t Objects = 0;
  /// The objects of this function alone, without its inlined callees'.
  uint64_t OwnObjects = 0;
  /// The objects without those of inlined callees that claim theirs (see
  /// InlinedFrame::Claimed).
  uint64_t UnclaimedObjects = 0;
  /// Statements and expressions in the body and the bodies inlined into it,
  /// a measure of its code size.
  unsigned Statements = 0;
  /// Every object counted, largest first (ties in source order).
  std::vector<FrameContributor> Contributors;
  std::vector<DynamicAllocation> Dynamic;

  /// The frame this function's own objects would need.
  uint64_t ownBytes() const;
  /// The frame without the objects inlined callees claim.
  uint64_t unclaimedBytes() const;
  void dump(llvm::raw_ostream &OS) const;
};

/// What a call adds to its caller's frame when the compiler is expected to
/// inline it.
struct InlinedFrame {
  /// The callee's estimate, or null when the call is not inlined.
  const FrameEstimate *Frame = nullptr;
  /// The callee's objects are accounted for with the callee (its own
  /// finding): the caller counts them in Objects but not in
  /// UnclaimedObjects.
  bool Claimed = false;
};

/// Estimates the stack frame of one function from its source: automatic
/// variables (with their alignment, by scope), temporaries of class type that
/// live in memory, compound literals, and the outgoing argument area for
/// objects passed by value in memory (by the target's calling convention).
/// Parameters passed by value live in the caller's outgoing arguments and are
/// not counted. A call the compiler is expected to inline adds the callee's
/// frame at the call. Objects of dependent, incomplete or invalid type are
/// skipped.
class FrameEstimator {
public:
  /// What a frame holds besides the objects of the source: callee-saved
  /// registers, the stack protector's canary, alignment and spills. The
  /// largest gap measured with clang-19 -O2
  /// (docs/checks/kernel-stack-usage-accuracy.md).
  static constexpr uint64_t Overhead = 80;

  FrameEstimator(const ASTContext &Ctx, FrameModel Model);

  /// \p Inlined says what a call of a callee adds when the compiler is
  /// expected to inline it.
  using InlinedCallee = llvm::function_ref<InlinedFrame(const FunctionDecl *)>;
  FrameEstimate estimate(const FunctionDecl *FD, InlinedCallee Inlined);

private:
  friend class FrameWalker;
  friend class ArgumentArea;

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
  const CallingConvention Convention;
  /// Whether each record, its fields and bases, can be laid out.
  llvm::DenseMap<const RecordDecl *, bool> RecordValid;
};

} // namespace clang::tidy::kernel

#endif
