#include "KernelTidyModule.h"
#include "FloatingPointCheck.h"
#include "RttiCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<FloatingPointCheck>("kernel-floating-point");
  Factories.registerCheck<RttiCheck>("kernel-rtti");
}

} // namespace clang::tidy::kernel
