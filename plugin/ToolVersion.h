#ifndef KERNEL_TIDY_PLUGIN_TOOLVERSION_H
#define KERNEL_TIDY_PLUGIN_TOOLVERSION_H

namespace clang::tidy::kernel {

/// When the command line asks for the version (`--version`), prints a line
/// naming kernel-tidy, its version and commit, and the LLVM the tool is
/// built on, before the tool prints its own (clang-tidy's or clangd's,
/// which name the LLVM they run on). clangd replaces LLVM's version
/// printer, so an extra printer would not show: the line comes first.
void printKernelTidyVersionIfAsked(const char *Tool, int Argc,
                                   const char *const *Argv);

} // namespace clang::tidy::kernel

#endif
