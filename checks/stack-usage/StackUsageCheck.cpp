#include "StackUsageCheck.h"
#include "StackFrames.h"
#include "analysis/Annotations.h"
#include "analysis/Functions.h"
#include "analysis/LlvmCompat.h"
#include "analysis/Macros.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::kernel {

// Enough notes to find what to move off the stack, few enough to read.
static constexpr unsigned MaxContributorNotes = 3;
// Without FrameLimit nor CONFIG_FRAME_WARN: 32-bit kernels' CONFIG_FRAME_WARN.
static constexpr uint64_t DefaultFrameLimit = 1024;
static constexpr uint64_t DefaultStackLimit = 8192;
static constexpr llvm::StringLiteral AutoLimit = "auto";
// What kbuild passes as -Wframe-larger-than= when FrameLimit is auto.
static constexpr llvm::StringLiteral KernelFrameWarnMacro = "CONFIG_FRAME_WARN";

static constexpr std::pair<FrameModel, llvm::StringLiteral> FrameModels[] = {
    {FrameModel::Overlap, "overlap"},
    {FrameModel::Sum, "sum"},
};

using Node = CallGraph::Node;

StackUsageCheck::StackUsageCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      FrameLimit(readLimit(Name, "FrameLimit", /*AllowAuto=*/true)),
      StackLimit(readLimit(Name, "StackLimit", /*AllowAuto=*/false)
                     .value_or(DefaultStackLimit)),
      Model(readFrameModel(Name)),
      AllowAnnotatedRecursion(Options.get("AllowAnnotatedRecursion", true)),
      Scope(ReportScopeOptions::of(Context)) {}

std::optional<uint64_t> StackUsageCheck::readLimit(StringRef CheckName,
                                                   StringRef Option,
                                                   bool AllowAuto) {
  std::optional<StringRef> Value = compat::toStd(Options.get(Option));
  if (!Value || (AllowAuto && *Value == AutoLimit))
    return std::nullopt;
  uint64_t Limit = 0;
  if (!Value->trim().getAsInteger(10, Limit) && Limit > 0)
    return Limit;
  configurationDiag("invalid configuration value '%0' for option '%1'; "
                    "expected a positive integer%select{| or '%3'}2",
                    DiagnosticIDs::Error)
      << *Value << (CheckName + "." + Option).str() << AllowAuto << AutoLimit;
  return std::nullopt;
}

FrameModel StackUsageCheck::readFrameModel(StringRef CheckName) {
  std::optional<StringRef> Value = compat::toStd(Options.get("FrameModel"));
  if (!Value)
    return FrameModel::Overlap;
  for (const auto &[Model, Spelling] : FrameModels)
    if (*Value == Spelling)
      return Model;
  configurationDiag("invalid configuration value '%0' for option '%1'; "
                    "expected '%2' or '%3'",
                    DiagnosticIDs::Error)
      << *Value << (CheckName + ".FrameModel").str() << FrameModels[0].second
      << FrameModels[1].second;
  return FrameModel::Overlap;
}

void StackUsageCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  if (FrameLimit)
    Options.store(Opts, "FrameLimit", *FrameLimit);
  else
    Options.store(Opts, "FrameLimit", AutoLimit);
  Options.store(Opts, "StackLimit", StackLimit);
  for (const auto &[M, Spelling] : FrameModels)
    if (M == Model)
      Options.store(Opts, "FrameModel", Spelling);
  Options.store(Opts, "AllowAnnotatedRecursion", AllowAnnotatedRecursion);
}

void StackUsageCheck::registerMatchers(MatchFinder *Finder) {
  // Recursion and call chains need the whole TU's call graph at once.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void StackUsageCheck::registerPPCallbacks(const SourceManager &,
                                          Preprocessor *PP, Preprocessor *) {
  this->PP = PP;
}

/// The kernel's CONFIG_FRAME_WARN, which kbuild passes as
/// `-Wframe-larger-than=N` and defines in every TU (autoconf.h, through
/// kconfig.h). clang keeps the N of `-Wframe-larger-than=N` only in its
/// code-generation options, which a check cannot see; the macro is the same
/// number.
static std::optional<uint64_t> kernelFrameWarning(const Preprocessor &PP) {
  const MacroInfo *MI = definedMacro(PP, KernelFrameWarnMacro);
  if (!MI || MI->getNumTokens() != 1 ||
      !MI->getReplacementToken(0).is(tok::numeric_constant))
    return std::nullopt;
  uint64_t N = 0;
  if (StringRef(PP.getSpelling(MI->getReplacementToken(0))).getAsInteger(10, N) ||
      N == 0)
    return std::nullopt;
  return N;
}

uint64_t StackUsageCheck::frameLimit() const {
  if (FrameLimit)
    return *FrameLimit;
  std::optional<uint64_t> Kernel = PP ? kernelFrameWarning(*PP) : std::nullopt;
  return Kernel.value_or(DefaultFrameLimit);
}

std::optional<uint64_t>
StackUsageCheck::cycleDepth(llvm::ArrayRef<const Node *> SCC) const {
  std::optional<uint64_t> Depth;
  if (!AllowAnnotatedRecursion || !CallGraph::isRecursive(SCC))
    return Depth;
  for (const Node *N : SCC)
    if (std::optional<uint64_t> D = recursionDepthAnnotation(N->Fn))
      Depth = Depth ? std::min(*Depth, *D) : *D;
  return Depth;
}

void StackUsageCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  ReportScope Shown(Scope, Ctx.getSourceManager());
  const CallGraph &Graph = CallGraph::of(Ctx, Shown);
  const uint64_t Limit = frameLimit();
  FrameEstimator Estimator(Ctx, Model);
  const StackFrames Frames(Graph, Estimator, Shown, Limit);

  ChainInputs Inputs;
  for (const Node &N : Graph.nodes()) {
    const NodeFrame &F = Frames.of(N);
    Inputs.FrameBytes.push_back(F.Estimate.Bytes);
    Inputs.InlinedAtCalls.push_back(F.InlinedAtCalls);
    if (!Shown.shows(N.Fn->getLocation()))
      continue;
    reportDynamic(F.Estimate);
    if (F.OverLimit)
      reportFrame(N.Fn, F.Estimate, Limit);
  }
  std::vector<bool> Recursive;
  for (const std::vector<const Node *> &SCC : Graph.sccs()) {
    Recursive.push_back(CallGraph::isRecursive(SCC));
    Inputs.CycleDepth.push_back(cycleDepth(SCC));
    if (Recursive.back() && !Inputs.CycleDepth.back())
      reportRecursion(Graph, SCC, Shown);
  }
  const std::vector<ChainComponent> Chains = worstChains(Graph, Inputs);
  for (unsigned S = 0; S != Chains.size(); ++S) {
    const ChainComponent &Root = Chains[S];
    // A chain needs two frames: one alone is FrameLimit's to judge.
    if (Root.Called || Root.Frames < 2 || Root.Depth <= StackLimit)
      continue;
    const Node *Start = Root.Next ? Root.Next->Caller : Root.Heaviest;
    if (Shown.shows(Start->Fn->getLocation()))
      reportChain(Chains, S, Recursive);
  }
}

void StackUsageCheck::reportDynamic(const FrameEstimate &Frame) {
  for (const DynamicAllocation &D : Frame.Dynamic) {
    if (D.VLA)
      diag(D.Loc, "variable-length array %0 takes stack without a bound")
          << D.VLA;
    else
      diag(D.Loc, "call to %0 takes stack without a bound")
          << D.Alloca->getDirectCallee();
  }
}

void StackUsageCheck::reportFrame(const FunctionDecl *FD,
                                  const FrameEstimate &Frame, uint64_t Limit) {
  diag(FD->getLocation(),
       "%select{function %1|lambda}0 has an estimated stack frame of %2 "
       "bytes, over the frame limit of %3")
      << isLambda(FD) << FD << Frame.Bytes << Limit;
  for (const FrameContributor &C :
       llvm::ArrayRef(Frame.Contributors).take_front(MaxContributorNotes)) {
    switch (C.K) {
    case FrameContributor::Variable:
      diag(C.Loc, "%0 takes %1 bytes", DiagnosticIDs::Note)
          << C.Decl << C.Bytes;
      break;
    case FrameContributor::InlinedCall:
      diag(C.Loc,
           "call to %select{%1|the lambda}0, likely inlined, adds its "
           "%2-byte frame",
           DiagnosticIDs::Note)
          << isLambda(cast<FunctionDecl>(C.Decl)) << C.Decl << C.Bytes;
      break;
    case FrameContributor::Temporary:
      diag(C.Loc, "temporary of type %0 takes %1 bytes", DiagnosticIDs::Note)
          << C.Type << C.Bytes;
      break;
    case FrameContributor::CompoundLiteral:
      diag(C.Loc, "compound literal of type %0 takes %1 bytes",
           DiagnosticIDs::Note)
          << C.Type << C.Bytes;
      break;
    case FrameContributor::OutgoingArgument:
      diag(C.Loc,
           "argument of type %0 passed by value takes %1 bytes of this frame",
           DiagnosticIDs::Note)
          << C.Type << C.Bytes;
      break;
    }
  }
}

void StackUsageCheck::noteCycleCall(const NumberedCall &Call) {
  const FunctionDecl *Caller = Call.Edge.Caller->Fn;
  const FunctionDecl *Callee = Call.Edge.Call->Callee;
  diag(Call.Edge.Call->Loc,
       "frame #%0: %select{function %2|lambda}1 calls %select{function "
       "%4|lambda}3 here",
       DiagnosticIDs::Note)
      << Call.Frame << isLambda(Caller) << Caller << isLambda(Callee)
      << Callee;
}

void StackUsageCheck::reportRecursion(const CallGraph &Graph,
                                      llvm::ArrayRef<const Node *> SCC,
                                      const ReportScope &Shown) {
  const RecursionCycles Cycles(Graph, SCC);
  for (unsigned V = 0; V != SCC.size(); ++V) {
    const FunctionDecl *Fn = SCC[V]->Fn;
    if (!Shown.shows(Fn->getLocation()))
      continue;
    // Whether a depth counter or the data bounds the recursion is beyond
    // the check: it says what it knows.
    diag(Fn->getLocation(),
         "%select{function %1|lambda}0 is part of a recursive call cycle; "
         "the check cannot bound its stack use")
        << isLambda(Fn) << Fn;
    const CyclePath Path = Cycles.through(V);
    // The elision note follows the last call before the calls it stands for.
    const unsigned Head = Path.Notes.headLength();
    for (unsigned I = 0; I <= Path.Shown.size(); ++I) {
      if (I == Head && Path.Notes.elides())
        diag(Path.Shown[I - 1].Edge.Call->Loc,
             "frames #%0 to #%1: %2 more calls", DiagnosticIDs::Note)
            << Path.Notes.elidedBegin() << Path.Notes.elidedEnd() - 1
            << Path.Notes.elidedCount();
      if (I < Path.Shown.size())
        noteCycleCall(Path.Shown[I]);
    }
    if (AllowAnnotatedRecursion)
      diag(Fn->getLocation(),
           "if the recursion is bounded, state the bound with "
           "__kt_recursion_depth(N)",
           DiagnosticIDs::Note);
  }
}

void StackUsageCheck::noteChainFrame(unsigned Frame, const ChainComponent &C,
                                     bool InCycle, bool InlinedIntoCaller) {
  const FunctionDecl *Fn = C.Next ? C.Next->Caller->Fn : C.Heaviest->Fn;
  // %4: what the frame adds; an inlined one is already in its caller's.
  const llvm::StringRef Uses =
      InlinedIntoCaller ? "is likely inlined into its caller, whose frame "
                          "holds its %4 bytes"
                        : "uses %4 bytes";
  const std::string What =
      (llvm::Twine("frame #%0: %select{|recursive cycle through }1"
                   "%select{function %3|lambda}2 ") +
       Uses)
          .str();
  if (!C.Next) {
    diag(Fn->getLocation(), What, DiagnosticIDs::Note)
        << Frame << InCycle << isLambda(Fn) << Fn << C.Weight;
    return;
  }
  const FunctionDecl *Callee = C.Next->Call->Callee;
  diag(C.Next->Call->Loc,
       What + (InlinedIntoCaller ? "," : "") +
           " and calls %select{function %6|lambda}5 here",
       DiagnosticIDs::Note)
      << Frame << InCycle << isLambda(Fn) << Fn << C.Weight << isLambda(Callee)
      << Callee;
}

void StackUsageCheck::reportChain(const std::vector<ChainComponent> &Chains,
                                  unsigned Root,
                                  const std::vector<bool> &Recursive) {
  const ChainComponent &R = Chains[Root];
  const FunctionDecl *Start = R.Next ? R.Next->Caller->Fn : R.Heaviest->Fn;
  diag(Start->getLocation(),
       "call chain from %select{function %1|lambda}0 uses an estimated %2 "
       "bytes of stack, over the stack limit of %3")
      << isLambda(Start) << Start << R.Depth << StackLimit;
  const CallChainNotes Notes(R.Length);
  uint64_t Counted = 0;
  bool InlinedIntoCaller = false;
  unsigned C = Root;
  for (unsigned I = 0; I != Notes.headLength(); ++I) {
    const ChainComponent &F = Chains[C];
    if (!InlinedIntoCaller)
      Counted += F.Weight;
    noteChainFrame(I, F, Recursive[C], InlinedIntoCaller);
    InlinedIntoCaller = F.NextInlined;
    C = F.NextComponent;
  }
  if (!Notes.elides())
    return;
  const FunctionDecl *LastFn = Chains[R.Last].Heaviest->Fn;
  diag(LastFn->getLocation(),
       "frames #%0 to #%1, down to %select{function %3|lambda}2, use %4 bytes",
       DiagnosticIDs::Note)
      << Notes.elidedBegin() << Notes.elidedEnd() - 1 << isLambda(LastFn)
      << LastFn << R.Depth - Counted;
}

} // namespace clang::tidy::kernel
