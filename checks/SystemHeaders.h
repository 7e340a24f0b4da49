#ifndef KERNEL_TIDY_CHECKS_SYSTEMHEADERS_H
#define KERNEL_TIDY_CHECKS_SYSTEMHEADERS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

namespace clang::tidy::kernel {

/// Whether clang-tidy was asked to show findings in system headers
/// (`--system-headers`). Otherwise it drops them, so the checks skip the work
/// of finding them: system headers are most of a kernel or libstdc++ TU.
inline bool reportsInSystemHeaders(const ClangTidyContext *Context) {
  return Context->getOptions().SystemHeaders.value_or(false);
}

} // namespace clang::tidy::kernel

#endif
