#include "ToolVersion.h"
#include "KernelTidyVersion.inc"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::kernel {

void printKernelTidyVersionIfAsked(const char *Tool, int Argc,
                                   const char *const *Argv) {
  for (int I = 1; I < Argc; ++I) {
    const llvm::StringRef Arg = Argv[I];
    if (Arg == "--")
      return;
    if (Arg == "--version" || Arg == "-version") {
      llvm::outs() << Tool << ": kernel-tidy " KERNEL_TIDY_VERSION_STRING
                              " (commit " KERNEL_TIDY_COMMIT
                              "), built on LLVM " KERNEL_TIDY_LLVM_VERSION_STRING
                              "\n";
      llvm::outs().flush();
      return;
    }
  }
}

} // namespace clang::tidy::kernel
