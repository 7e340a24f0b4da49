#include "Summary.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

const SleepCause *FunctionSummary::sleepsWithFlags(uint32_t Param) const {
  for (const auto &[P, Cause] : SleepsWithFlags)
    if (P == Param)
      return &Cause;
  return nullptr;
}

bool FunctionSummary::operator==(const FunctionSummary &O) const {
  if (NetDepth != O.NetDepth || NetContext != O.NetContext ||
      NoReturn != O.NoReturn || Sleeps.has_value() != O.Sleeps.has_value() ||
      (Sleeps && !Sleeps->sameAs(*O.Sleeps)) ||
      SleepsWithFlags.size() != O.SleepsWithFlags.size())
    return false;
  for (unsigned I = 0; I != SleepsWithFlags.size(); ++I)
    if (SleepsWithFlags[I].first != O.SleepsWithFlags[I].first ||
        !SleepsWithFlags[I].second.sameAs(O.SleepsWithFlags[I].second))
      return false;
  return true;
}

static void dumpCause(llvm::raw_ostream &OS, const SleepCause &C,
                      const EventProgram &P) {
  const Site &S = P.site(C.At);
  OS << C.Name << " @" << P.Files[S.File] << ':' << S.Line << ':' << S.Column
     << " depth " << C.RelDepth << (C.UnlessInterrupt ? " unless-interrupt" : "");
  if (!C.Flags.empty())
    OS << " flags " << C.Flags;
}

void FunctionSummary::dump(llvm::raw_ostream &OS, const EventProgram &P) const {
  OS << "net " << NetDepth << (NoReturn ? " noreturn" : "");
  if (Sleeps) {
    OS << "; sleeps: ";
    dumpCause(OS, *Sleeps, P);
  }
  for (const auto &[Param, Cause] : SleepsWithFlags) {
    OS << "; sleeps with flags of parameter " << Param << ": ";
    dumpCause(OS, Cause, P);
  }
  OS << '\n';
}

} // namespace clang::tidy::kernel
