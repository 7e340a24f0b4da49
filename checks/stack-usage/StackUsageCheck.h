#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_STACKUSAGECHECK_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_STACKUSAGECHECK_H

#include "analysis/CallGraph.h"
#include "FrameEstimator.h"
#include "analysis/ReportScope.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy {

template <> struct OptionEnumMapping<kernel::FrameModel> {
  static llvm::ArrayRef<std::pair<kernel::FrameModel, StringRef>>
  getEnumMapping();
};

namespace kernel {

/// Flags what can overflow a kernel thread's small fixed stack: a function
/// whose estimated frame exceeds a limit, variable-length arrays and
/// `alloca`, recursion, and call chains whose estimated depth exceeds a limit.
class StackUsageCheck : public ClangTidyCheck {
public:
  StackUsageCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// A strongly connected component of the call graph.
  struct Cycle {
    bool Recursive = false;
    /// The annotated bound on nested activations of a recursive cycle.
    std::optional<uint64_t> Depth;
  };

  void reportDynamic(const FrameEstimate &Frame);
  void reportFrame(const FunctionDecl *FD, const FrameEstimate &Frame);
  void reportRecursion(const CallGraph &Graph,
                       llvm::ArrayRef<const CallGraph::Node *> SCC,
                       const ReportScope &Shown);
  void reportChains(const CallGraph &Graph,
                    llvm::ArrayRef<FrameEstimate> Frames,
                    llvm::ArrayRef<unsigned> ComponentOf,
                    llvm::ArrayRef<Cycle> Cycles,
                    const llvm::BitVector &Inlined, const ReportScope &Shown);

  const uint64_t FrameLimit;
  const uint64_t StackLimit;
  const FrameModel Model;
  const bool AllowAnnotatedRecursion;
  const ReportScopeOptions Scope;
};

} // namespace kernel
} // namespace clang::tidy

#endif
