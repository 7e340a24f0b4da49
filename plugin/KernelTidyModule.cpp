#include "KernelTidyModule.h"
#include "checks/atomic-context/AtomicContextCheck.h"
#include "checks/exceptions/ExceptionsCheck.h"
#include "checks/floating-point/FloatingPointCheck.h"
#include "checks/rtti/RttiCheck.h"
#include "checks/stack-usage/StackUsageCheck.h"
#include "checks/userspace-runtime/UserspaceRuntimeCheck.h"

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
