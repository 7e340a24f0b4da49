#include "ModuleAnalysis.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace clang::tidy::kernel {

ExternalSummaries::~ExternalSummaries() = default;

namespace {

// Summaries of recursive cycles that still change after this many analyses
// per member keep the last ones: summaries only grow, so this bounds work.
constexpr unsigned MaxCycleRounds = 8;

/// The call edges between the defined functions, with a root that reaches
/// every function, for llvm::scc_iterator.
struct CallEdges {
  struct Node {
    FunctionId Id = NoId;
    std::vector<const Node *> Callees;
  };
  std::vector<Node> Nodes; ///< by FunctionId, then the root
  const Node *root() const { return &Nodes.back(); }
};

} // namespace
} // namespace clang::tidy::kernel

namespace llvm {
template <> struct GraphTraits<const clang::tidy::kernel::CallEdges *> {
  using NodeRef = const clang::tidy::kernel::CallEdges::Node *;
  using ChildIteratorType = std::vector<NodeRef>::const_iterator;
  static NodeRef getEntryNode(const clang::tidy::kernel::CallEdges *G) {
    return G->root();
  }
  static ChildIteratorType child_begin(NodeRef N) { return N->Callees.begin(); }
  static ChildIteratorType child_end(NodeRef N) { return N->Callees.end(); }
};
} // namespace llvm

namespace clang::tidy::kernel {

ModuleAnalysis::ModuleAnalysis(EventProgram &P,
                               llvm::ArrayRef<ExternalSummaries *> External)
    : P(P), External(External.begin(), External.end()) {}

const FunctionSummary *ModuleAnalysis::summary(FunctionId F) const {
  if (F >= Summaries.size() || !Summaries[F])
    return nullptr;
  return &*Summaries[F];
}

bool ModuleAnalysis::summarisedByAnnotation(FunctionId F) const {
  return P.Functions[F].Annotations &
         (AnnotatedMightSleep | AnnotatedAcquires | AnnotatedReleases);
}

void ModuleAnalysis::resolveUndefined() {
  // Annotations replace what a body or a database would say; functions a
  // database names may add more undefined functions, hence the index loop.
  for (FunctionId F = 0; F < P.Functions.size(); ++F) {
    if (F >= Summaries.size())
      Summaries.resize(P.Functions.size());
    const Function &Fn = P.Functions[F];
    if (summarisedByAnnotation(F)) {
      FunctionSummary S;
      if (Fn.Annotations & AnnotatedMightSleep) {
        SleepCause C;
        C.At = Fn.At;
        C.Leaf = SleepKind::Annotated;
        C.Name = Fn.Name;
        S.Sleeps = C;
      }
      if (Fn.Annotations & AnnotatedAcquires)
        S.NetDepth = 1;
      else if (Fn.Annotations & AnnotatedReleases)
        S.NetDepth = -1;
      Summaries[F] = std::move(S);
      continue;
    }
    if (Fn.Defined)
      continue;
    for (ExternalSummaries *E : External)
      if (std::optional<FunctionSummary> S = E->lookup(P, F)) {
        Summaries.resize(P.Functions.size());
        Summaries[F] = std::move(*S);
        break;
      }
  }
  Summaries.resize(P.Functions.size());
}

void ModuleAnalysis::findEntries() {
  Entries.assign(P.Functions.size(), EntryContext());
  // The first atomic entry in source order explains the context; process
  // entries say nothing (a sleep there is fine), unless the function is
  // also stored where it runs atomically.
  for (uint32_t I = 0; I != P.Entries.size(); ++I) {
    const ContextEntry &E = P.Entries[I];
    if (E.Context == ContextKind::Process || E.Fn >= Entries.size())
      continue;
    EntryContext &EC = Entries[E.Fn];
    if (EC.Atomic && EC.EntryIndex != NoId &&
        !P.before(E.At, P.Entries[EC.EntryIndex].At))
      continue;
    EC = {true, I, E.Context};
  }
  for (FunctionId F = 0; F != P.Functions.size(); ++F)
    if ((P.Functions[F].Annotations & AnnotatedAtomic) && !Entries[F].Atomic)
      Entries[F] = {true, NoId, ContextKind::Atomic};
}

std::vector<std::vector<FunctionId>> ModuleAnalysis::components() const {
  CallEdges G;
  G.Nodes.resize(P.Functions.size() + 1);
  for (FunctionId F = 0; F != P.Functions.size(); ++F) {
    G.Nodes[F].Id = F;
    const Function &Fn = P.Functions[F];
    if (!Fn.Defined)
      continue;
    G.Nodes.back().Callees.push_back(&G.Nodes[F]);
    for (const Block &B : Fn.Blocks)
      for (const Event &E : B.Events)
        for (FunctionId C : E.Callees)
          if (P.Functions[C].Defined)
            G.Nodes[F].Callees.push_back(&G.Nodes[C]);
  }
  std::vector<std::vector<FunctionId>> Out;
  for (auto I = llvm::scc_begin(static_cast<const CallEdges *>(&G)); !I.isAtEnd();
       ++I) {
    std::vector<FunctionId> Members;
    for (const CallEdges::Node *N : *I)
      if (N->Id != NoId)
        Members.push_back(N->Id);
    if (Members.empty())
      continue;
    // Members in program order, so that the analysis is deterministic.
    llvm::sort(Members);
    Out.push_back(std::move(Members));
  }
  return Out;
}

bool ModuleAnalysis::analyse(FunctionId F, Result *R) {
  auto SummaryOf = [&](FunctionId C) { return summary(C); };
  auto IsIncomplete = [&](FunctionId C) { return bool(Incomplete[C]); };
  FunctionDataflow Flow(P, F, Entries[F], SummaryOf, IsIncomplete);
  std::optional<FunctionSummary> S =
      Flow.run(summary(F), R ? &R->Findings : nullptr,
               R ? &R->Unanalysed : nullptr);
  if (!S) {
    Incomplete[F] = true;
    return false;
  }
  if (summarisedByAnnotation(F))
    return false;
  if (Summaries[F] && *Summaries[F] == *S)
    return false;
  Summaries[F] = std::move(*S);
  return true;
}

void ModuleAnalysis::analyseComponent(const std::vector<FunctionId> &Members,
                                      bool AllShown, Result &R) {
  bool Cyclic = Members.size() > 1;
  if (!Cyclic)
    for (const Block &B : P.Functions[Members.front()].Blocks)
      for (const Event &E : B.Events)
        Cyclic = Cyclic || llvm::is_contained(E.Callees, Members.front());
  if (Cyclic) {
    // A member whose summary changes is redone in its callers within the
    // cycle: a sleep travels a ring of any length in one pass.
    llvm::DenseSet<FunctionId> InCycle(Members.begin(), Members.end());
    llvm::DenseMap<FunctionId, std::vector<FunctionId>> Callers;
    for (FunctionId F : Members)
      for (const Block &B : P.Functions[F].Blocks)
        for (const Event &E : B.Events)
          for (FunctionId C : E.Callees)
            if (InCycle.contains(C))
              Callers[C].push_back(F);
    auto Iterate = [&] {
      std::vector<FunctionId> Work(Members.rbegin(), Members.rend());
      llvm::DenseSet<FunctionId> Queued(Members.begin(), Members.end());
      size_t Budget = MaxCycleRounds * (Members.size() + 1);
      while (!Work.empty()) {
        if (Budget-- == 0) {
          // Summaries only grow: what was found holds, but more may be
          // missing. Say so.
          for (FunctionId F : Members)
            Incomplete[F] = true;
          return;
        }
        FunctionId F = Work.back();
        Work.pop_back();
        Queued.erase(F);
        if (!analyse(F, nullptr))
          continue;
        for (FunctionId Caller : Callers.lookup(F))
          if (Queued.insert(Caller).second)
            Work.push_back(Caller);
      }
    };
    // Depths settle first: a member's net depth can fall while the cycle
    // iterates (a callee turns out to release on some path), and a sleep
    // found at the depth of an earlier round would then justify itself
    // through the recursive call (kernfs_put() slept "at depth 0" through
    // its own recursion, long after that depth had fallen to -8). So the
    // sleeps are found again from none, with the depths fixed.
    Iterate();
    for (FunctionId F : Members)
      if (Summaries[F] && !summarisedByAnnotation(F)) {
        Summaries[F]->Sleeps.reset();
        Summaries[F]->SleepsWithFlags.clear();
      }
    Iterate();
  }
  for (FunctionId F : Members)
    analyse(F, (AllShown || P.Functions[F].Shown) ? &R : nullptr);
}

ModuleAnalysis::Result ModuleAnalysis::run(bool AllShown) {
  resolveUndefined();
  findEntries();
  Incomplete.assign(P.Functions.size(), false);
  for (FunctionId F = 0; F != P.Functions.size(); ++F)
    Incomplete[F] = P.Functions[F].Incomplete;
  Result R;
  for (const std::vector<FunctionId> &Members : components())
    analyseComponent(Members, AllShown, R);
  for (FunctionId F = 0; F != P.Functions.size(); ++F)
    if (Incomplete[F])
      R.Incomplete.push_back(F);
  // One finding per call site, whatever macro expands it and however many
  // instantiations or paths reach it: the first in a fixed order.
  llvm::sort(R.Findings, [&](const Finding &A, const Finding &B) {
    if (P.before(A.At, B.At) || P.before(B.At, A.At))
      return P.before(A.At, B.At);
    return A.In < B.In;
  });
  R.Findings.erase(std::unique(R.Findings.begin(), R.Findings.end(),
                               [&](const Finding &A, const Finding &B) {
                                 return P.site(A.At) == P.site(B.At);
                               }),
                   R.Findings.end());
  return R;
}

void ModuleAnalysis::dump(llvm::raw_ostream &OS) const {
  for (FunctionId F = 0; F != P.Functions.size(); ++F) {
    if (!Summaries[F])
      continue;
    OS << P.Functions[F].Name << ": ";
    Summaries[F]->dump(OS, P);
  }
}

} // namespace clang::tidy::kernel
