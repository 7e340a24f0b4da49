#include "FunctionDataflow.h"
#include "analysis/ForwardDataflow.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

namespace {

/// A function's blocks as a ForwardDataflow graph view.
class BlockGraph {
public:
  explicit BlockGraph(const Function &F) : F(F) {}
  unsigned size() const { return F.Blocks.size(); }
  unsigned entry() const { return F.Entry; }
  template <typename Fn> void forEachSuccessor(unsigned B, Fn Visit) const {
    const auto &Succs = F.Blocks[B].Successors;
    for (unsigned Edge = 0; Edge != Succs.size(); ++Edge)
      if (Succs[Edge] != NoId)
        Visit(Edge, Succs[Edge]);
  }

private:
  const Function &F;
};

// Of two causes, the one callers must see: the deeper sleeping point (the
// one that needs the least atomic context around the call to be a bug), then
// a leaf over a call that sleeps further down (shorter chains), then the
// first in the source, for deterministic output.
bool better(const SleepCause &A, const SleepCause &B, const EventProgram &P) {
  if (A.RelDepth != B.RelDepth)
    return A.RelDepth > B.RelDepth;
  if (A.Through != B.Through)
    return !A.Through;
  return P.before(A.At, B.At);
}

// A cause found again keeps its place unless a deeper one appears: in a
// recursive cycle, a function reanalysed once its callees' summaries grew
// would otherwise switch to a cause that leads round the cycle back to
// itself, and its chain would never reach the call that sleeps.
void keepEarlierCause(std::optional<SleepCause> &Now,
                      const std::optional<SleepCause> &Before) {
  if (Now && Before && Before->RelDepth == Now->RelDepth)
    Now = Before;
}

} // namespace

/// The transfer functions, for the fixpoint (Final false: only the state
/// moves) and for the final pass (Final: sleeping points are recorded into
/// the summary and the findings).
struct FunctionDataflow::Pass {
  using State = ContextState;

  FunctionDataflow &D;
  bool Final = false;
  FunctionSummary Summary;
  std::vector<Finding> *Findings = nullptr;
  std::vector<UnanalysedCall> *Unanalysed = nullptr;

  State entryState() { return State(); }

  bool join(State &Into, const State &From) { return Into.join(From, D.P); }

  bool transferEdge(unsigned From, unsigned Edge, unsigned To, State &S) {
    const Block &B = D.Fn.Blocks[From];
    // A path that cannot return is no exit of the function.
    if (S.Dead || (B.NoReturn && To == D.Fn.Exit))
      return false;
    if (B.TryEdge == Edge) {
      S.Expansion = 0;
      S.enter(B.TryEnter, B.TryEnter.Context, OriginKind::Trylock);
    }
    return true;
  }

  void transferBlock(unsigned B, State &S) {
    for (const Event &E : D.Fn.Blocks[B].Events) {
      if (S.Dead)
        return;
      apply(E, S);
    }
  }

  /// Whether \p E belongs to the macro expansion that already took effect.
  static bool repeatsExpansion(const Event &E, State &S) {
    if (E.Expansion != 0 && S.Expansion == E.Expansion)
      return true;
    S.Expansion = E.Expansion;
    return false;
  }

  void apply(const Event &E, State &S) {
    if (repeatsExpansion(E, S))
      return;
    switch (E.K) {
    case Event::Enter:
      S.enter(E, E.Context, E.Origin);
      return;
    case Event::Leave:
      S.leave(E.Key, E.OnlyIfHeld);
      return;
    case Event::Sleep:
      applySleep(E, S);
      return;
    case Event::Call:
    case Event::Dispatch:
      applyCall(E, S);
      return;
    case Event::FieldCall:
      applyFieldCall(E, S);
      return;
    }
  }

  /// A call through a function-pointer field: it sleeps if every function
  /// stored there sleeps (whatever the caller passes), and the first is the
  /// chain's next frame (ModuleLinker.h, resolveFieldCalls). It changes no
  /// depth: lock operations that agree across every table are rare, and a
  /// depth taken from them shifted the kernel's own lock internals (whose
  /// depths the export drops) into claims.
  void applyFieldCall(const Event &E, const State &S) {
    bool AllSleep = !E.Callees.empty();
    for (FunctionId Callee : E.Callees) {
      const FunctionSummary *Sum = D.Summaries(Callee);
      AllSleep = AllSleep && Sum && Sum->Sleeps;
    }
    if (!AllSleep)
      return;
    FunctionId First = E.Callees.front();
    const FunctionSummary &Sum = *D.Summaries(First);
    SleepCause C = viaCallee(E, First, Sum, *Sum.Sleeps);
    C.Field = E.Key;
    sleeps(std::move(C), S);
  }

  void applySleep(const Event &E, const State &S) {
    SleepCause C;
    C.At = E.At;
    C.Leaf = E.Sleeps;
    C.Name = E.Name;
    C.Flags = E.Flags;
    C.UnlessInterrupt = E.UnlessInterrupt;
    if (!E.Callees.empty())
      C.Callee = E.Callees.front();
    if (E.CallerGfpParam != NoId)
      sleepsWithCallerFlags(E.CallerGfpParam, std::move(C), S);
    else
      sleeps(std::move(C), S);
  }

  /// A call (or a dispatch to several targets): the first target that
  /// sleeps sleeps; the deepest net change of depth wins.
  void applyCall(const Event &E, State &S) {
    std::optional<int> Net;
    ContextKind NetContext = ContextKind::Atomic;
    bool Slept = false, NoReturn = !E.Callees.empty();
    for (FunctionId Callee : E.Callees) {
      const FunctionSummary *Sum = D.Summaries(Callee);
      if (!Sum && !D.P.Functions[Callee].Defined &&
          E.IfUnknown != Event::Nothing) {
        NoReturn = false;
        Slept = Slept || unknownCallSleeps(E, Callee, S);
        continue;
      }
      if (!Sum) {
        NoReturn = false;
        if (Final && Unanalysed && D.Incomplete(Callee) &&
            (S.Depth > 0 || D.Entry.Atomic))
          Unanalysed->push_back({E.At, Callee});
        continue;
      }
      // What a function that never returns (panic(), the end of a task)
      // does on its way down is not a sleep of its caller's: the kernel's
      // oops paths (bad_page() -> add_taint() -> panic() ->
      // console_unblank()) would otherwise make kfree() and up_read()
      // sleep.
      if (!Slept && !Sum->NoReturn)
        Slept = callSleeps(E, Callee, *Sum, S);
      if (!Net || Sum->NetDepth > *Net) {
        Net = Sum->NetDepth;
        NetContext = Sum->NetContext;
      }
      NoReturn = NoReturn && Sum->NoReturn;
    }
    for (int I = 0; I < Net.value_or(0); ++I)
      S.enter(E, NetContext, OriginKind::Helper);
    for (int I = 0; I > Net.value_or(0); --I)
      S.leave("", /*OnlyIfHeld=*/false);
    if (NoReturn)
      S.Dead = true;
  }

  /// A call of a function nothing describes: an allocation governed by the
  /// GFP flags it is passed, or a `new` that may sleep.
  bool unknownCallSleeps(const Event &E, FunctionId Callee, const State &S) {
    SleepCause C;
    C.At = E.At;
    C.Callee = Callee;
    C.Name = E.IfUnknown == Event::NewObject ? E.Name : D.P.Functions[Callee].Name;
    if (E.IfUnknown == Event::NewObject) {
      C.Leaf = SleepKind::GlobalNew;
      sleeps(std::move(C), S);
      return true;
    }
    C.Leaf = SleepKind::Gfp;
    bool Any = false;
    for (const GfpArgument &A : E.Gfp) {
      SleepCause G = C;
      G.Flags = A.Spelling;
      if (A.V == GfpArgument::Reclaims)
        sleeps(std::move(G), S);
      else if (A.V == GfpArgument::FromParameter)
        sleepsWithCallerFlags(A.CallerParam, std::move(G), S);
      else
        continue;
      Any = true;
    }
    return Any;
  }

  /// The cause of a sleep at the call \p E that happens inside \p Callee
  /// (\p Inner, of its summary \p Sum).
  SleepCause viaCallee(const Event &E, FunctionId Callee,
                       const FunctionSummary &Sum, const SleepCause &Inner) {
    SleepCause C;
    C.At = E.At;
    C.Callee = Callee;
    // A function of a database of the kernel is the leaf of the chain.
    C.Through = Sum.DatabaseReason.empty();
    C.Leaf = SleepKind::Database;
    C.Reason = Sum.DatabaseReason;
    C.Name = D.P.Functions[Callee].Name;
    C.RelDepth = Inner.RelDepth;
    C.UnlessInterrupt = Inner.UnlessInterrupt;
    return C;
  }

  /// Applies what \p Sum says about sleeping at the call \p E; returns
  /// whether it sleeps there.
  bool callSleeps(const Event &E, FunctionId Callee, const FunctionSummary &Sum,
                  const State &S) {
    bool Any = false;
    auto Via = [&](const SleepCause &Inner) {
      return viaCallee(E, Callee, Sum, Inner);
    };
    if (Sum.Sleeps) {
      sleeps(Via(*Sum.Sleeps), S);
      Any = true;
    }
    for (const GfpArgument &A : E.Gfp) {
      const SleepCause *Inner = Sum.sleepsWithFlags(A.CalleeParam);
      if (!Inner || A.V == GfpArgument::NoReclaim || A.V == GfpArgument::Unknown)
        continue;
      SleepCause C = Via(*Inner);
      C.CalleeGfpParam = A.CalleeParam;
      C.Flags = A.Spelling;
      C.InnerAt = Inner->InnerAt;
      C.InnerText = Inner->InnerText;
      C.InnerOrigin = Inner->InnerOrigin;
      if (A.V == GfpArgument::FromParameter)
        sleepsWithCallerFlags(A.CallerParam, std::move(C), S);
      else
        sleeps(std::move(C), S);
      Any = true;
    }
    return Any;
  }

  bool inInterrupt(const State &S) const {
    return S.AllInterrupt ||
           (D.Entry.Atomic && isInterrupt(D.Entry.Context));
  }

  /// A sleeping point whatever the callers pass.
  void sleeps(SleepCause C, const State &S) {
    if (!Final || (C.UnlessInterrupt && inInterrupt(S)))
      return;
    int Inner = C.RelDepth;
    int At = S.Depth + Inner;
    if (At <= 0) {
      SleepCause ForCallers = C;
      ForCallers.RelDepth = At;
      if (!Summary.Sleeps || better(ForCallers, *Summary.Sleeps, D.P))
        Summary.Sleeps = std::move(ForCallers);
    }
    if (Findings && (At > 0 || D.Entry.Atomic))
      report(std::move(C), S);
  }

  /// A sleeping point that depends on the flags in the function's own
  /// `gfp_t` parameter \p Param: only the callers know them, so nothing is
  /// reported here.
  void sleepsWithCallerFlags(uint32_t Param, SleepCause C, const State &S) {
    if (!Final || (C.UnlessInterrupt && inInterrupt(S)))
      return;
    C.RelDepth += S.Depth;
    if (S.Depth > 0 && C.InnerAt == NoId && !S.Levels.empty()) {
      const HeldLevel &Outer = S.Levels.front();
      C.InnerAt = Outer.Origin->At;
      C.InnerText = Outer.Origin->Text;
      C.InnerOrigin = Outer.How;
    }
    auto &List = Summary.SleepsWithFlags;
    auto It = llvm::find_if(List, [&](const auto &P) { return P.first == Param; });
    if (It == List.end()) {
      It = List.insert(llvm::upper_bound(List, Param,
                                         [](uint32_t V, const auto &P) {
                                           return V < P.first;
                                         }),
                       {Param, C});
      return;
    }
    if (better(C, It->second, D.P))
      It->second = std::move(C);
  }

  void report(SleepCause C, const State &S) {
    Finding F;
    F.In = D.Id;
    F.At = C.At;
    if (S.Depth > 0 && !S.Levels.empty()) {
      const HeldLevel &Outer = S.Levels.front();
      F.Why = Finding::Held;
      F.OriginAt = Outer.Origin->At;
      F.OriginText = Outer.Origin->Text;
      F.Origin = Outer.How;
      F.Context = Outer.Context;
    } else if (C.RelDepth > 0 && C.InnerAt != NoId) {
      F.Why = Finding::Inner;
    } else if (D.Entry.EntryIndex != NoId) {
      F.Why = Finding::Entry;
      F.EntryIndex = D.Entry.EntryIndex;
      F.Context = D.Entry.Context;
    } else {
      F.Why = Finding::Annotated;
    }
    F.Cause = std::move(C);
    Findings->push_back(std::move(F));
  }
};

FunctionDataflow::FunctionDataflow(const EventProgram &P, FunctionId F,
                                   EntryContext Entry, SummaryOf Summaries,
                                   IsIncomplete Incomplete)
    : P(P), Fn(P.Functions[F]), Id(F), Entry(Entry), Summaries(Summaries),
      Incomplete(Incomplete) {}

std::optional<FunctionSummary>
FunctionDataflow::run(const FunctionSummary *Previous,
                      std::vector<Finding> *Findings,
                      std::vector<UnanalysedCall> *Unanalysed) {
  BlockGraph G(Fn);
  Pass Fixpoint{*this, /*Final=*/false, {}, nullptr, nullptr};
  ForwardDataflow<BlockGraph, Pass> Flow(G, Fixpoint);
  if (!Flow.run())
    return std::nullopt;
  States.assign(Fn.Blocks.size(), std::nullopt);
  Pass Last{*this, /*Final=*/true, {}, Findings, Unanalysed};
  for (unsigned B : Flow.reversePostOrder()) {
    States[B] = Flow.entryState(B);
    if (!States[B])
      continue;
    ContextState S = *States[B];
    Last.transferBlock(B, S);
  }
  FunctionSummary &Sum = Last.Summary;
  if (Previous) {
    keepEarlierCause(Sum.Sleeps, Previous->Sleeps);
    for (auto &[Param, Cause] : Sum.SleepsWithFlags)
      if (const SleepCause *Before = Previous->sleepsWithFlags(Param)) {
        std::optional<SleepCause> Now = Cause;
        keepEarlierCause(Now, *Before);
        Cause = *Now;
      }
  }
  const std::optional<ContextState> &Exit = Flow.entryState(Fn.Exit);
  if (!Exit) {
    Sum.NoReturn = true;
  } else {
    // Return paths that disagree leave the caller with the least of them.
    Sum.NetDepth = Exit->Depth == Exit->MinDepth ? Exit->Depth : Exit->MinDepth;
    if (Sum.NetDepth > 0 && !Exit->Levels.empty())
      Sum.NetContext = Exit->Levels.back().Context;
  }
  return std::move(Sum);
}

void FunctionDataflow::dump(llvm::raw_ostream &OS) const {
  P.dump(OS, Fn);
  for (unsigned B = 0; B != States.size(); ++B) {
    OS << "  B" << B << ": ";
    if (States[B])
      States[B]->dump(OS, P);
    else
      OS << "unreached\n";
  }
}

} // namespace clang::tidy::kernel
