#include "StackUsageCheck.h"
#include "analysis/Annotations.h"
#include "analysis/ReportScope.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/MathExtras.h"
#include <deque>

using namespace clang::ast_matchers;

namespace clang::tidy {

llvm::ArrayRef<std::pair<kernel::FrameModel, StringRef>>
OptionEnumMapping<kernel::FrameModel>::getEnumMapping() {
  static constexpr std::pair<kernel::FrameModel, StringRef> Mapping[] = {
      {kernel::FrameModel::Overlap, "overlap"},
      {kernel::FrameModel::Sum, "sum"},
  };
  return Mapping;
}

namespace kernel {

// Enough notes to find what to move off the stack, few enough to read.
static constexpr unsigned MaxContributorNotes = 3;
static constexpr unsigned MaxChainNotes = 32;

using Node = CallGraph::Node;
using CallSite = CallGraph::CallSite;

StackUsageCheck::StackUsageCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      FrameLimit(Options.get("FrameLimit", uint64_t(1024))),
      StackLimit(Options.get("StackLimit", uint64_t(8192))),
      Model(Options.get("FrameModel", FrameModel::Overlap)),
      AllowAnnotatedRecursion(Options.get("AllowAnnotatedRecursion", true)),
      Scope(ReportScopeOptions::of(Context)) {}

void StackUsageCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FrameLimit", FrameLimit);
  Options.store(Opts, "StackLimit", StackLimit);
  Options.store(Opts, "FrameModel", Model);
  Options.store(Opts, "AllowAnnotatedRecursion", AllowAnnotatedRecursion);
}

void StackUsageCheck::registerMatchers(MatchFinder *Finder) {
  // Recursion and call chains need the whole TU's call graph at once.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

static bool isLambda(const FunctionDecl *FD) {
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  return Method && Method->getParent()->isLambda();
}


// Statements and expressions of a body that clang -O2 inlines wherever it is
// called; generous, so that frames grown by inlining are not missed.
static constexpr unsigned SmallBodyStatements = 80;

/// Whether an optimising compiler is expected to inline the calls of \p FD,
/// which puts its objects in the caller's frame (what the kernel's
/// `noinline_for_stack` exists to prevent): always_inline functions, inline
/// ones, internal ones called from one place only, and small ones.
static bool isLikelyInlined(const FunctionDecl *FD, const FrameEstimate &Frame,
                            unsigned CallSites) {
  if (FD->hasAttr<AlwaysInlineAttr>())
    return true;
  if (FD->hasAttr<NoInlineAttr>() || FD->isVariadic())
    return false;
  return FD->isInlined() || Frame.Statements <= SmallBodyStatements ||
         (!FD->isExternallyVisible() && CallSites == 1);
}

void StackUsageCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = Ctx.getSourceManager();
  ReportScope Shown(Scope, SM);
  const CallGraph &Graph = CallGraph::of(Ctx, Shown);
  const llvm::ArrayRef<Node> Nodes = Graph.nodes();
  auto IndexOf = [&](const Node *N) -> unsigned { return N - Nodes.data(); };

  std::vector<unsigned> ComponentOf(Nodes.size());
  for (unsigned S = 0; S != Graph.sccs().size(); ++S)
    for (const Node *N : Graph.sccs()[S])
      ComponentOf[IndexOf(N)] = S;
  std::vector<unsigned> CallSites(Nodes.size());
  for (const Node &N : Nodes)
    for (const CallSite &C : N.Calls)
      if (const Node *Callee = Graph.node(C.Callee))
        ++CallSites[IndexOf(Callee)];

  // Frames matter only where shown code can reach them.
  llvm::BitVector Reached = Graph.reachableFrom(
      [&](const Node &N) { return Shown.shows(N.Fn->getLocation()); });

  // Callees first, so that an inlined callee's frame is known at its calls.
  FrameEstimator Estimator(Ctx, Model);
  std::vector<FrameEstimate> Frames(Nodes.size());
  for (unsigned S = 0; S != Graph.sccs().size(); ++S) {
    auto Inlined = [&](const FunctionDecl *Callee) -> const FrameEstimate * {
      const Node *N = Graph.node(Callee);
      if (!N || ComponentOf[IndexOf(N)] == S)
        return nullptr;
      const FrameEstimate &Frame = Frames[IndexOf(N)];
      return isLikelyInlined(N->Fn, Frame, CallSites[IndexOf(N)]) ? &Frame
                                                                  : nullptr;
    };
    for (const Node *N : Graph.sccs()[S])
      if (Reached.test(IndexOf(N)))
        Frames[IndexOf(N)] = Estimator.estimate(N->Fn, Inlined);
  }

  for (const Node &N : Nodes) {
    if (!Shown.shows(N.Fn->getLocation()))
      continue;
    const FrameEstimate &Frame = Frames[IndexOf(&N)];
    reportDynamic(Frame);
    if (Frame.Bytes > FrameLimit)
      reportFrame(N.Fn, Frame);
  }
  std::vector<Cycle> Cycles(Graph.sccs().size());
  for (unsigned S = 0; S != Graph.sccs().size(); ++S) {
    const std::vector<const Node *> &SCC = Graph.sccs()[S];
    Cycle &C = Cycles[S];
    C.Recursive = SCC.size() > 1 ||
                  llvm::any_of(SCC.front()->Calls, [&](const CallSite &Call) {
                    return Graph.node(Call.Callee) == SCC.front();
                  });
    if (!C.Recursive)
      continue;
    if (AllowAnnotatedRecursion)
      for (const Node *N : SCC)
        if (std::optional<uint64_t> Depth = recursionDepthAnnotation(N->Fn))
          C.Depth = C.Depth ? std::min(*C.Depth, *Depth) : *Depth;
    if (!C.Depth)
      reportRecursion(Graph, SCC, Shown);
  }
  // A callee inlined at its calls has its frame in its callers' frames: a
  // chain through it must not count that frame again.
  llvm::BitVector Inlined(Nodes.size());
  for (unsigned I : Reached.set_bits())
    if (isLikelyInlined(Nodes[I].Fn, Frames[I], CallSites[I]))
      Inlined.set(I);
  reportChains(Graph, Frames, ComponentOf, Cycles, Inlined, Shown);
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
                                  const FrameEstimate &Frame) {
  diag(FD->getLocation(),
       "%select{function %1|lambda}0 has an estimated stack frame of %2 "
       "bytes, over the frame limit of %3")
      << isLambda(FD) << FD << Frame.Bytes << FrameLimit;
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

namespace {
/// A call from one function to the next along a chain or cycle.
struct Step {
  const Node *Caller;
  const CallSite *Call;
};
} // namespace

void StackUsageCheck::reportRecursion(const CallGraph &Graph,
                                      llvm::ArrayRef<const Node *> SCC,
                                      const ReportScope &Shown) {
  llvm::DenseMap<const Node *, unsigned> Pos;
  for (unsigned I = 0; I != SCC.size(); ++I)
    Pos[SCC[I]] = I;
  const unsigned K = SCC.size();
  // Calls that stay inside the component, and the ones back to a member.
  std::vector<std::vector<Step>> Into(K);
  std::vector<const CallSite *> SelfCall(K);
  for (unsigned I = 0; I != K; ++I)
    for (const CallSite &C : SCC[I]->Calls) {
      auto It = Pos.find(Graph.node(C.Callee));
      if (It == Pos.end())
        continue;
      Into[It->second].push_back({SCC[I], &C});
      if (It->second == I && !SelfCall[I])
        SelfCall[I] = &C;
    }

  // Shortest paths from member 0 to every member and from every member back
  // to member 0 give a cycle through each member. Only the notes shown are
  // walked, so a large component costs linear time, not quadratic.
  constexpr unsigned None = ~0u;
  std::vector<Step> FromRoot(K, {nullptr, nullptr});
  std::vector<unsigned> FromRootPrev(K, None), FromRootDepth(K, None);
  std::vector<Step> ToRoot(K, {nullptr, nullptr});
  std::vector<unsigned> ToRootNext(K, None), ToRootDist(K, None);
  {
    std::deque<unsigned> Queue{0};
    FromRootDepth[0] = 0;
    while (!Queue.empty()) {
      unsigned U = Queue.front();
      Queue.pop_front();
      for (const CallSite &C : SCC[U]->Calls) {
        auto It = Pos.find(Graph.node(C.Callee));
        if (It == Pos.end() || FromRootDepth[It->second] != None)
          continue;
        FromRootDepth[It->second] = FromRootDepth[U] + 1;
        FromRoot[It->second] = {SCC[U], &C};
        FromRootPrev[It->second] = U;
        Queue.push_back(It->second);
      }
    }
  }
  {
    ToRootDist[0] = 0;
    std::deque<unsigned> Queue{0};
    while (!Queue.empty()) {
      unsigned W = Queue.front();
      Queue.pop_front();
      for (const Step &S : Into[W]) {
        unsigned U = Pos[S.Caller];
        if (ToRootDist[U] != None)
          continue;
        ToRootDist[U] = ToRootDist[W] + 1;
        ToRoot[U] = S;
        ToRootNext[U] = W;
        Queue.push_back(U);
      }
    }
  }

  for (unsigned V = 0; V != K; ++V) {
    const FunctionDecl *Fn = SCC[V]->Fn;
    if (!Shown.shows(Fn->getLocation()))
      continue;
    // The cycle is Head, then Total - Head - Tail calls not shown, then Tail.
    std::vector<Step> Head, Tail;
    unsigned Total;
    unsigned First = V;
    if (SelfCall[V]) {
      Head.push_back({SCC[V], SelfCall[V]});
      Total = 1;
      First = 0;
    } else if (V == 0) {
      // Out of the root along the call that is closest to coming back.
      const CallSite *Out = nullptr;
      unsigned Next = None;
      for (const CallSite &C : SCC[0]->Calls) {
        auto It = Pos.find(Graph.node(C.Callee));
        if (It != Pos.end() &&
            (!Out || ToRootDist[It->second] < ToRootDist[Next])) {
          Out = &C;
          Next = It->second;
        }
      }
      Head.push_back({SCC[0], Out});
      Total = 1 + ToRootDist[Next];
      First = Next;
    } else {
      Total = ToRootDist[V] + FromRootDepth[V];
    }
    const unsigned Shown = Total <= MaxChainNotes ? Total : MaxChainNotes - 1;
    for (unsigned U = First; U != 0 && Head.size() < Shown; U = ToRootNext[U])
      Head.push_back(ToRoot[U]);
    if (V != 0 && !SelfCall[V])
      for (unsigned U = V; U != 0 && Head.size() + Tail.size() < Shown;
           U = FromRootPrev[U])
        Tail.push_back(FromRoot[U]);
    std::reverse(Tail.begin(), Tail.end());

    diag(Fn->getLocation(),
         "%select{function %1|lambda}0 is part of a recursive call cycle; its "
         "stack use has no bound")
        << isLambda(Fn) << Fn;
    auto Frame = [&](unsigned I, const Step &S) {
      const FunctionDecl *Caller = S.Caller->Fn;
      const FunctionDecl *Callee = S.Call->Callee;
      diag(S.Call->Loc,
           "frame #%0: %select{function %2|lambda}1 calls %select{function "
           "%4|lambda}3 here",
           DiagnosticIDs::Note)
          << I << isLambda(Caller) << Caller << isLambda(Callee) << Callee;
    };
    for (unsigned I = 0; I != Head.size(); ++I)
      Frame(I, Head[I]);
    const unsigned Omitted = Total - Head.size() - Tail.size();
    if (Omitted)
      diag(Head.back().Call->Loc, "frames #%0 to #%1: %2 more calls",
           DiagnosticIDs::Note)
          << unsigned(Head.size()) << unsigned(Head.size() + Omitted - 1)
          << Omitted;
    for (unsigned I = 0; I != Tail.size(); ++I)
      Frame(Total - Tail.size() + I, Tail[I]);
  }
}

void StackUsageCheck::reportChains(const CallGraph &Graph,
                                   llvm::ArrayRef<FrameEstimate> Frames,
                                   llvm::ArrayRef<unsigned> ComponentOf,
                                   llvm::ArrayRef<Cycle> Cycles,
                                   const llvm::BitVector &Inlined,
                                   const ReportScope &Shown) {
  const llvm::ArrayRef<Node> Nodes = Graph.nodes();
  const auto &SCCs = Graph.sccs();

  // Longest paths in the condensed graph, callees complete before callers. A
  // component costs its largest frame, or, for a cycle with an annotated
  // depth, that many times all of its frames.
  constexpr unsigned None = ~0u;
  struct Best {
    uint64_t Weight = 0;
    uint64_t Depth = 0;
    const Node *Heaviest = nullptr;
    Step Next = {nullptr, nullptr};
    unsigned NextComponent = None;
    /// The next component is inlined into this one: its frame is already in
    /// this one's.
    bool NextInlined = false;
    /// The components on the chain from here, and the last one.
    unsigned Length = 1;
    unsigned Last = None;
    bool Called = false;
  };
  std::vector<Best> Comp(SCCs.size());
  for (unsigned S = 0; S != SCCs.size(); ++S) {
    Best &B = Comp[S];
    uint64_t Below = 0;
    uint64_t AllFrames = 0;
    for (const Node *N : SCCs[S]) {
      const uint64_t Bytes = Frames[N - Nodes.data()].Bytes;
      AllFrames = llvm::SaturatingAdd(AllFrames, Bytes);
      if (!B.Heaviest || Bytes > B.Weight) {
        B.Weight = Bytes;
        B.Heaviest = N;
      }
      for (const CallSite &C : N->Calls) {
        const Node *Callee = Graph.node(C.Callee);
        if (!Callee)
          continue;
        const unsigned T = ComponentOf[Callee - Nodes.data()];
        if (T == S)
          continue;
        Comp[T].Called = true;
        const bool ViaInlined =
            Inlined.test(Callee - Nodes.data()) && !Cycles[T].Recursive;
        const uint64_t Rest =
            ViaInlined ? Comp[T].Depth - Comp[T].Weight : Comp[T].Depth;
        if (B.NextComponent == None || Rest > Below) {
          Below = Rest;
          B.Next = {N, &C};
          B.NextComponent = T;
          B.NextInlined = ViaInlined;
        }
      }
    }
    if (Cycles[S].Depth)
      B.Weight = llvm::SaturatingMultiply(*Cycles[S].Depth, AllFrames);
    B.Depth = llvm::SaturatingAdd(B.Weight, Below);
    B.Length = B.NextComponent == None ? 1 : 1 + Comp[B.NextComponent].Length;
    B.Last = B.NextComponent == None ? S : Comp[B.NextComponent].Last;
  }

  for (unsigned S = 0; S != SCCs.size(); ++S) {
    const Best &Root = Comp[S];
    // A chain without calls is one frame, which FrameLimit judges.
    if (Root.Called || Root.Length == 1 || Root.Depth <= StackLimit)
      continue;
    const Node *Start = Root.Next.Caller ? Root.Next.Caller : Root.Heaviest;
    if (!Shown.shows(Start->Fn->getLocation()))
      continue;
    diag(Start->Fn->getLocation(),
         "call chain from %select{function %1|lambda}0 uses an estimated %2 "
         "bytes of stack, over the stack limit of %3")
        << isLambda(Start->Fn) << Start->Fn << Root.Depth << StackLimit;

    unsigned C = S;
    uint64_t Shown = 0;
    bool EnteredInlined = false;
    for (unsigned I = 0; C != None; ++I, C = Comp[C].NextComponent) {
      const Best &F = Comp[C];
      const bool InCycle = Cycles[C].Recursive;
      if (I + 1 == MaxChainNotes && F.Length > 1) {
        const FunctionDecl *LastFn = Comp[F.Last].Heaviest->Fn;
        diag(LastFn->getLocation(),
             "frames #%0 to #%1, down to %select{function %3|lambda}2, use %4 "
             "bytes",
             DiagnosticIDs::Note)
            << I << unsigned(I + F.Length - 1) << isLambda(LastFn) << LastFn
            << Root.Depth - Shown;
        break;
      }
      if (!EnteredInlined)
        Shown += F.Weight;
      const FunctionDecl *Fn = F.Next.Call ? F.Next.Caller->Fn : F.Heaviest->Fn;
      // %4: what the frame adds; an inlined one is already in its caller's.
      const llvm::StringRef Uses =
          EnteredInlined ? "is likely inlined into its caller, whose frame "
                           "holds its %4 bytes"
                         : "uses %4 bytes";
      if (F.Next.Call)
        diag(F.Next.Call->Loc,
             (llvm::Twine("frame #%0: %select{|recursive cycle through }1"
                          "%select{function %3|lambda}2 ") +
              Uses + (EnteredInlined ? "," : "") +
              " and calls %select{function %6|lambda}5 here")
                 .str(),
             DiagnosticIDs::Note)
            << I << InCycle << isLambda(Fn) << Fn << F.Weight
            << isLambda(F.Next.Call->Callee) << F.Next.Call->Callee;
      else
        diag(Fn->getLocation(),
             (llvm::Twine("frame #%0: %select{|recursive cycle through }1"
                          "%select{function %3|lambda}2 ") +
              Uses)
                 .str(),
             DiagnosticIDs::Note)
            << I << InCycle << isLambda(Fn) << Fn << F.Weight;
      EnteredInlined = F.NextInlined;
    }
  }
}

} // namespace kernel
} // namespace clang::tidy
