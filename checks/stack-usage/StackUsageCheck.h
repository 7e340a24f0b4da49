#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_STACKUSAGECHECK_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_STACKUSAGECHECK_H

#include "FrameEstimator.h"
#include "RecursionCycles.h"
#include "WorstChains.h"
#include "analysis/CallGraph.h"
#include "analysis/ReportScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <optional>

namespace clang::tidy::kernel {

struct NodeFrame;

/// Flags what can overflow a kernel thread's small fixed stack: a function
/// whose estimated frame exceeds a limit, variable-length arrays and
/// `alloca`, recursion, and call chains whose estimated depth exceeds a limit.
class StackUsageCheck : public ClangTidyCheck {
public:
  StackUsageCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// A positive integer option (or `auto`, read as unset, when \p
  /// AllowAuto); a bad value is a configuration error.
  std::optional<uint64_t> readLimit(StringRef CheckName, StringRef Option,
                                    bool AllowAuto);
  FrameModel readFrameModel(StringRef CheckName);
  /// FrameLimit, or when it is `auto` the TU's CONFIG_FRAME_WARN (what
  /// kbuild passes as `-Wframe-larger-than=`), else 1024.
  uint64_t frameLimit() const;
  /// The accepted bound on the activations of a recursive component.
  std::optional<uint64_t>
  cycleDepth(llvm::ArrayRef<const CallGraph::Node *> SCC) const;

  void reportDynamic(const FrameEstimate &Frame);
  void reportFrame(const FunctionDecl *FD, const FrameEstimate &Frame,
                   uint64_t Limit);
  void reportRecursion(const CallGraph &Graph,
                       llvm::ArrayRef<const CallGraph::Node *> SCC,
                       const ReportScope &Shown);
  void noteCycleCall(const NumberedCall &Call);
  void reportChain(const std::vector<ChainComponent> &Chains, unsigned Root,
                   const std::vector<bool> &Recursive);
  void noteChainFrame(unsigned Frame, const ChainComponent &C, bool InCycle,
                      bool InlinedIntoCaller);

  /// Explicit FrameLimit; unset means `auto`.
  const std::optional<uint64_t> FrameLimit;
  const uint64_t StackLimit;
  const FrameModel Model;
  const bool AllowAnnotatedRecursion;
  const ReportScopeOptions Scope;
  /// The TU's preprocessor, for its CONFIG_FRAME_WARN.
  Preprocessor *PP = nullptr;
};

} // namespace clang::tidy::kernel

#endif
