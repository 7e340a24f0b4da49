#include "KernelTidyModule.h"
#include "AtomicContextCheck.h"
#include "ExceptionsCheck.h"
#include "FloatingPointCheck.h"
#include "RttiCheck.h"
#include "StackUsageCheck.h"
#include "UserspaceRuntimeCheck.h"

namespace clang::tidy::kernel {

void KernelModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<AtomicContextCheck>("kernel-atomic-context");
  Factories.registerCheck<ExceptionsCheck>("kernel-exceptions");
  Factories.registerCheck<FloatingPointCheck>("kernel-floating-point");
  Factories.registerCheck<RttiCheck>("kernel-rtti");
  Factories.registerCheck<StackUsageCheck>("kernel-stack-usage");
  Factories.registerCheck<UserspaceRuntimeCheck>("kernel-userspace-runtime");
}

} // namespace clang::tidy::kernel
