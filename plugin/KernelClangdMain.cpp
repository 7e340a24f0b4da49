// kernel-clangd: clangd with the kernel-* checks linked in. clangd cannot
// load clang-tidy plugins, so an editor that wants the checks runs this
// server in place of clangd; every clangd option works unchanged.

#include "LinkedEntry.h"
#include "ToolVersion.h"

namespace clang::clangd {
// Declared in clangd's tool/ClangdMain.h, which Debian does not install.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  (void)clang::tidy::kernel::KernelModuleAnchorSource;
  clang::tidy::kernel::printKernelTidyVersionIfAsked("kernel-clangd", argc, argv);
  return clang::clangd::clangdMain(argc, argv);
}
