#ifndef KERNEL_TIDY_PLUGIN_LINKEDENTRY_H
#define KERNEL_TIDY_PLUGIN_LINKEDENTRY_H

namespace clang::tidy::kernel {

/// Defined beside the `kernel` module's registration for the tools that link
/// the checks in. A main that reads it makes the static linker keep that
/// registration, which nothing else references (the pattern of clang-tidy's
/// ClangTidyForceLinker.h).
extern volatile int KernelModuleAnchorSource;

} // namespace clang::tidy::kernel

#endif
