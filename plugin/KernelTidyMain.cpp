// kernel-tidy: clang-tidy with the kernel-* checks linked in, for hosts whose
// clang-tidy cannot load plugins. Options and output are clang-tidy's.

#include "LinkedEntry.h"
#include "ResourceDir.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include <vector>

using namespace clang::tidy;

int main(int argc, const char **argv) {
  (void)kernel::KernelModuleAnchorSource;
  std::optional<std::string> ResourceDir =
      kernel::missingResourceDir(argv[0], reinterpret_cast<void *>(&main));
  if (!ResourceDir)
    return clangTidyMain(argc, argv);

  // Placed before the compile command's own flags, so a -resource-dir given
  // by the command or by --extra-arg still wins.
  std::string ResourceDirArg = "--extra-arg-before=-resource-dir=" + *ResourceDir;
  std::vector<const char *> Args(argv, argv + argc);
  Args.insert(Args.begin() + 1, ResourceDirArg.c_str());
  return clangTidyMain(static_cast<int>(Args.size()), Args.data());
}
