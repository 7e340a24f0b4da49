#include "ResourceDir.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "llvm/Support/FileSystem.h"

namespace clang::tidy::kernel {

std::optional<std::string> missingResourceDir(const char *Argv0,
                                              void *MainAddr) {
  if (llvm::sys::fs::is_directory(
          CompilerInvocation::GetResourcesPath(Argv0, MainAddr)))
    return std::nullopt;
  return std::string(KERNEL_TIDY_RESOURCE_DIR);
}

} // namespace clang::tidy::kernel
