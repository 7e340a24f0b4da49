#include "ContextState.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace clang::tidy::kernel {

void ContextState::enter(const Event &Origin, ContextKind Context,
                         OriginKind How) {
  if (Depth >= MaxDepth)
    return;
  ++Depth;
  MinDepth = std::min(MinDepth + 1, MaxDepth);
  // A level re-taken after the function released its caller's (Depth was
  // negative) is the caller's, not a new one.
  if (Depth > 0)
    Levels.push_back({&Origin, Context, How});
  if (isInterrupt(Context))
    AllInterrupt = true;
}

void ContextState::leave(llvm::StringRef Key, bool OnlyIfHeld) {
  auto Keyed = llvm::find_if(llvm::reverse(Levels), [&](const HeldLevel &L) {
    return !Key.empty() && L.Origin->Key == Key;
  });
  if (OnlyIfHeld && Keyed == Levels.rend())
    return;
  if (Depth <= -MaxDepth)
    return;
  --Depth;
  MinDepth = std::max(MinDepth - 1, -MaxDepth);
  if (Levels.empty())
    return;
  if (Keyed != Levels.rend())
    Levels.erase(std::next(Keyed).base());
  else
    Levels.pop_back();
  AllInterrupt = AllInterrupt && llvm::any_of(Levels, [](const HeldLevel &L) {
                   return isInterrupt(L.Context);
                 });
}

bool ContextState::join(const ContextState &O, const EventProgram &P) {
  bool Changed = false;
  auto Earlier = [&](const ContextState &A, const ContextState &B) {
    return !A.Levels.empty() && !B.Levels.empty() &&
           P.before(A.Levels.front().Origin->At, B.Levels.front().Origin->At);
  };
  if (O.Depth > Depth || (O.Depth == Depth && Earlier(O, *this))) {
    Depth = O.Depth;
    Levels = O.Levels;
    Changed = true;
  }
  if (O.MinDepth < MinDepth) {
    MinDepth = O.MinDepth;
    Changed = true;
  }
  if (AllInterrupt && !O.AllInterrupt) {
    AllInterrupt = false;
    Changed = true;
  }
  if (Expansion != 0 && Expansion != O.Expansion) {
    Expansion = 0;
    Changed = true;
  }
  return Changed;
}

void ContextState::dump(llvm::raw_ostream &OS, const EventProgram &P) const {
  OS << "depth " << Depth << " (min " << MinDepth << ")"
     << (AllInterrupt ? " interrupt" : "") << (Dead ? " dead" : "");
  for (const HeldLevel &L : Levels) {
    const Site &S = P.site(L.Origin->At);
    OS << " [" << contextKeyword(L.Context) << " @" << S.Line << ':'
       << S.Column << ']';
  }
  OS << '\n';
}

} // namespace clang::tidy::kernel
