// kernel-tidy: clang-tidy with the kernel-* checks linked in, for hosts whose
// clang-tidy cannot load plugins. Options and output are clang-tidy's.

#include "LinkedEntry.h"
#include "clang-tidy/tool/ClangTidyMain.h"

int main(int argc, const char **argv) {
  (void)clang::tidy::kernel::KernelModuleAnchorSource;
  return clang::tidy::clangTidyMain(argc, argv);
}
