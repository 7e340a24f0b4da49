// kernel-clangd: clangd with the kernel-* checks linked in. clangd cannot
// load clang-tidy plugins, so an editor that wants the checks runs this
// server in place of clangd; every clangd option works unchanged.

#include "LinkedEntry.h"
#include "ResourceDir.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang::clangd {
// Declared in clangd's tool/ClangdMain.h, which Debian does not install.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  (void)clang::tidy::kernel::KernelModuleAnchorSource;
  std::optional<std::string> ResourceDir =
      clang::tidy::kernel::missingResourceDir(argv[0],
                                              reinterpret_cast<void *>(&main));
  for (int I = 1; I < argc && ResourceDir; ++I)
    if (llvm::StringRef(argv[I]).starts_with("--resource-dir") ||
        llvm::StringRef(argv[I]).starts_with("-resource-dir"))
      ResourceDir.reset();
  if (!ResourceDir)
    return clang::clangd::clangdMain(argc, argv);

  std::string ResourceDirArg = "--resource-dir=" + *ResourceDir;
  std::vector<char *> Args(argv, argv + argc);
  Args.insert(Args.begin() + 1, ResourceDirArg.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(argc + 1, Args.data());
}
