#include "KernelTidyModule.h"
#include "RttiCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<RttiCheck>("kernel-rtti");
}

} // namespace clang::tidy::kernel
