#ifndef KERNEL_TIDY_PLUGIN_KERNELTIDYMODULE_H
#define KERNEL_TIDY_PLUGIN_KERNELTIDYMODULE_H

#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::kernel {

/// The `kernel` module: every check whose name starts with `kernel-`.
class KernelModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override;
};

inline constexpr const char *ModuleName = "kernel-module";
inline constexpr const char *ModuleDescription =
    "Checks for code that cannot run inside an OS kernel.";

} // namespace clang::tidy::kernel

#endif
