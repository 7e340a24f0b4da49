// Entry point of libKernelTidy.so, loaded by `clang-tidy --load`.
//
// The module registers itself only when the hosting clang-tidy has the LLVM
// major it was built against: clang-tidy's classes change layout between
// majors, so a mismatched plugin would corrupt memory instead of failing.

#include "KernelTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/Support/raw_ostream.h"
#include <dlfcn.h>
#include <string>

namespace clang::tidy::kernel {
namespace {

// LLVMGetVersion is a C entry point of libLLVM since LLVM 16, so it can be
// looked up in any such host without depending on the C++ ABI of that host.
// An older libLLVM is told apart by the version its build gives every
// exported symbol ("LLVM_15" in LLVM 15's libLLVM-15.so); 0 when neither
// says.
unsigned hostLLVMMajor() {
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  if (auto *Fn = reinterpret_cast<GetVersionFn>(
          dlsym(RTLD_DEFAULT, "LLVMGetVersion"))) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    Fn(&Major, &Minor, &Patch);
    return Major;
  }
  for (unsigned Major : {15u, 14u, 13u}) {
    std::string Version = "LLVM_" + std::to_string(Major);
    if (dlvsym(RTLD_DEFAULT, "LLVMContextCreate", Version.c_str()))
      return Major;
  }
  return 0;
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
