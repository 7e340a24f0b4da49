// kernel-tidy: clang-tidy with the kernel-* checks linked in, for hosts whose
// clang-tidy cannot load plugins. Options and output are clang-tidy's.

#include "LinkedEntry.h"
#include "ToolVersion.h"
#include "clang-tidy/tool/ClangTidyMain.h"

int main(int argc, const char **argv) {
  (void)clang::tidy::kernel::KernelModuleAnchorSource;
  clang::tidy::kernel::printKernelTidyVersionIfAsked("kernel-tidy", argc, argv);
  return clang::tidy::clangTidyMain(argc, argv);
}
