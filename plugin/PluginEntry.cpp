// Entry point of libKernelTidy.so, loaded by `clang-tidy --load`.
//
// The module registers itself only when the hosting clang-tidy has the LLVM
// major it was built against: clang-tidy's classes change layout between
// majors, so a mismatched plugin would corrupt memory instead of failing.

#include "KernelTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/Support/raw_ostream.h"
#include <dlfcn.h>

namespace clang::tidy::kernel {
namespace {

// LLVMGetVersion is a C entry point of libLLVM (since LLVM 16), so it can be
// looked up in any host without depending on the C++ ABI of that host.
unsigned hostLLVMMajor() {
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  auto *Fn = reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!Fn)
    return 0;
  unsigned Major = 0, Minor = 0, Patch = 0;
  Fn(&Major, &Minor, &Patch);
  return Major;
}

struct RegisterIfCompatible {
  RegisterIfCompatible() {
    unsigned Host = hostLLVMMajor();
    if (Host != KERNEL_TIDY_LLVM_MAJOR) {
      llvm::errs() << "kernel-tidy: this plugin was built for clang-tidy "
                   << KERNEL_TIDY_LLVM_MAJOR << " but is loaded into "
                   << (Host ? "clang-tidy " + std::to_string(Host)
                            : std::string("an older clang-tidy"))
                   << "; the kernel-* checks are not registered\n";
      return;
    }
    static ClangTidyModuleRegistry::Add<KernelModule> Registration(
        ModuleName, ModuleDescription);
  }
} Register;

} // namespace
} // namespace clang::tidy::kernel
