// Test-only, linked into the module by the boot test (never part of the
// reference module itself, whose checks would rightly flag it): a global
// object with a constructor and a destructor, so the boot log shows that
// the module's runtime walks .init_array and runs __cxa_atexit destructors.
#include "kcxx/kernel.h"

namespace {

struct RuntimeProbe {
  RuntimeProbe() { kcxx_pr_info("runtime probe: constructor ran"); }
  ~RuntimeProbe() { kcxx_pr_info("runtime probe: destructor ran"); }
};

RuntimeProbe probe;

} // namespace
