// Registration of the `kernel` module for the tools that link the checks in
// (kernel-tidy, kernel-clangd). Unlike PluginEntry.cpp there is no version
// guard: the host is the clang-tidy or clangd of the libraries linked here.

#include "LinkedEntry.h"
#include "KernelTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::kernel {

static ClangTidyModuleRegistry::Add<KernelModule> Registration(ModuleName,
                                                               ModuleDescription);

volatile int KernelModuleAnchorSource = 0;

} // namespace clang::tidy::kernel
