#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FINDINGWORDING_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_FINDINGWORDING_H

#include "ModuleAnalysis.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// One diagnostic of a finding: a format with `%N` arguments (never text
/// from the source) and its arguments. The check hands them to clang-tidy's
/// diag(); the link step formats them itself (formatDiagnostic).
struct DiagnosticText {
  SiteId At = 0;
  bool IsNote = false;
  const char *Format = "";
  std::vector<std::string> Args;
};

/// The warning of \p F and its notes: where atomic context began (also in
/// the message, for editors that show only the message), and the chain of
/// calls down to the one that sleeps.
std::vector<DiagnosticText> wordFinding(const Finding &F, const EventProgram &P,
                                        const ModuleAnalysis &A);

/// The warning for a call of a function whose body could not be analysed,
/// made in atomic context: the check says it could not tell rather than stay
/// silent as if the call could not sleep.
DiagnosticText wordUnanalysedCall(const UnanalysedCall &C, const EventProgram &P);

/// \p Format with `%N` replaced by \p Args[N] and `%%` by `%`.
std::string formatDiagnostic(llvm::StringRef Format,
                             llvm::ArrayRef<std::string> Args);

} // namespace clang::tidy::kernel

#endif
