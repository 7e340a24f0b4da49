#include "KernelTidyModule.h"
#include "RttiCheck.h"
#include "UserspaceRuntimeCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<RttiCheck>("kernel-rtti");
  Factories.registerCheck<UserspaceRuntimeCheck>(
      "kernel-userspace-runtime");
}

} // namespace clang::tidy::kernel
