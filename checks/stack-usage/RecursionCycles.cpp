#include "RecursionCycles.h"
#include <algorithm>
#include <deque>

namespace clang::tidy::kernel {

using Node = CallGraph::Node;
using CallEdge = CallGraph::CallEdge;

RecursionCycles::RecursionCycles(const CallGraph &Graph,
                                 llvm::ArrayRef<const Node *> SCC)
    : Graph(Graph), SCC(SCC), SelfCall(SCC.size()), FromFirst(SCC.size()),
      FromFirstDepth(SCC.size(), None), ToFirst(SCC.size()),
      ToFirstDistance(SCC.size(), None) {
  for (unsigned I = 0; I != SCC.size(); ++I)
    Position[SCC[I]] = I;
  for (unsigned I = 0; I != SCC.size(); ++I)
    for (const CallGraph::CallSite &C : SCC[I]->Calls)
      if (!SelfCall[I] && Graph.node(C.Callee) == SCC[I])
        SelfCall[I] = CallEdge{SCC[I], &C};
  searchFromFirst();
  searchToFirst();
}

unsigned RecursionCycles::memberOf(const Node *N) const {
  auto It = Position.find(N);
  return It == Position.end() ? None : It->second;
}

void RecursionCycles::shortestPaths(
    std::vector<std::optional<CallEdge>> &Via, std::vector<unsigned> &Distance,
    llvm::function_ref<void(unsigned, llvm::function_ref<void(unsigned,
                                                             const CallEdge &)>)>
        Steps) const {
  std::deque<unsigned> Queue{0};
  Distance[0] = 0;
  while (!Queue.empty()) {
    const unsigned U = Queue.front();
    Queue.pop_front();
    Steps(U, [&](unsigned T, const CallEdge &E) {
      if (T == None || Distance[T] != None)
        return;
      Distance[T] = Distance[U] + 1;
      Via[T] = E;
      Queue.push_back(T);
    });
  }
}

void RecursionCycles::searchFromFirst() {
  shortestPaths(FromFirst, FromFirstDepth, [&](unsigned U, auto Visit) {
    for (const CallGraph::CallSite &C : SCC[U]->Calls)
      Visit(memberOf(Graph.node(C.Callee)), CallEdge{SCC[U], &C});
  });
}

void RecursionCycles::searchToFirst() {
  shortestPaths(ToFirst, ToFirstDistance, [&](unsigned W, auto Visit) {
    for (const CallEdge &E : Graph.callers(*SCC[W]))
      Visit(memberOf(E.Caller), E);
  });
}

CyclePath RecursionCycles::through(unsigned Member) const {
  if (SelfCall[Member]) {
    CallChainNotes Notes(1);
    return {Notes, {{0, *SelfCall[Member]}}};
  }
  if (Member != 0) {
    // Back to the first member, then on to this one.
    const unsigned Back = ToFirstDistance[Member];
    CallChainNotes Notes(Back + FromFirstDepth[Member], MaxCallChainNotes, Back);
    return {Notes, walk(Member, Notes, nullptr)};
  }
  // Out of the first member along the call that is closest to coming back.
  std::optional<CallEdge> Out;
  unsigned Next = None;
  for (const CallGraph::CallSite &C : SCC[0]->Calls) {
    const unsigned T = memberOf(Graph.node(C.Callee));
    if (T != None &&
        (Next == None || ToFirstDistance[T] < ToFirstDistance[Next])) {
      Next = T;
      Out = CallEdge{SCC[0], &C};
    }
  }
  CallChainNotes Notes(1 + ToFirstDistance[Next]);
  return {Notes, walk(0, Notes, &*Out)};
}

std::vector<NumberedCall> RecursionCycles::walk(unsigned Member,
                                                const CallChainNotes &Notes,
                                                const CallEdge *Out) const {
  std::vector<NumberedCall> Shown;
  auto CalleeOf = [&](const CallEdge &E) {
    return memberOf(Graph.node(E.Call->Callee));
  };
  unsigned U = Member;
  if (Out) {
    Shown.push_back({0, *Out});
    U = CalleeOf(*Out);
  }
  while (U != 0 && Shown.size() < Notes.headLength()) {
    Shown.push_back({unsigned(Shown.size()), *ToFirst[U]});
    U = CalleeOf(*ToFirst[U]);
  }
  // The last calls of the cycle, found backwards from the member.
  const size_t HeadEnd = Shown.size();
  U = Member;
  for (unsigned K = 0; K != Notes.tailLength(); ++K) {
    Shown.push_back({Notes.length() - 1 - K, *FromFirst[U]});
    U = memberOf(FromFirst[U]->Caller);
  }
  std::reverse(Shown.begin() + HeadEnd, Shown.end());
  return Shown;
}

} // namespace clang::tidy::kernel
