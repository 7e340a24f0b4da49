#include "KernelTidyModule.h"
#include "RttiCheck.h"
#include "StackUsageCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<RttiCheck>("kernel-rtti");
  Factories.registerCheck<StackUsageCheck>("kernel-stack-usage");
}

} // namespace clang::tidy::kernel
