#include "analysis/CallChain.h"
#include <algorithm>

namespace clang::tidy::kernel {

CallChainNotes::CallChainNotes(unsigned Length, unsigned Cap, unsigned Head)
    : Length(Length), ElidedBegin(std::min(Head, Length)),
      ElidedEnd(ElidedBegin) {
  if (Length <= Cap || Cap == 0)
    return;
  // One note stands for the elided frames; the others are shown.
  const unsigned Shown = Cap - 1;
  ElidedBegin = std::min(Head, Shown);
  ElidedEnd = Length - (Shown - ElidedBegin);
}

} // namespace clang::tidy::kernel
