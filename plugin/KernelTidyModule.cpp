#include "KernelTidyModule.h"
#include "AtomicContextCheck.h"
#include "RttiCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<AtomicContextCheck>("kernel-atomic-context");
  Factories.registerCheck<RttiCheck>("kernel-rtti");
}

} // namespace clang::tidy::kernel
