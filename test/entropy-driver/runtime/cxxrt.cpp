// The C++ runtime a freestanding module needs: allocation operators over
// kmalloc/kfree (failure is a null pointer; the module is built with
// -fcheck-new), the pure-virtual trap, static destructors via __cxa_atexit,
// and running the module's own constructors from .init_array, which the
// Debian kernel's module loader ignores (no CONFIG_CONSTRUCTORS).
#include "kcxx/memory.h"
#include "kt_entropy.h"

const std::nothrow_t std::nothrow{};

void *operator new(size_t size) { return kmalloc(size, GFP_KERNEL); }
void *operator new[](size_t size) { return kmalloc(size, GFP_KERNEL); }
void *operator new(size_t size, const std::nothrow_t &) noexcept {
  return kmalloc(size, GFP_KERNEL);
}
void *operator new[](size_t size, const std::nothrow_t &) noexcept {
  return kmalloc(size, GFP_KERNEL);
}
void operator delete(void *p) noexcept { kfree(p); }
void operator delete[](void *p) noexcept { kfree(p); }
void operator delete(void *p, size_t) noexcept { kfree(p); }
void operator delete[](void *p, size_t) noexcept { kfree(p); }

// A call through a vtable slot of an abstract class is a bug; trapping keeps
// objtool satisfied that the function does not return.
extern "C" void __cxa_pure_virtual() { __builtin_trap(); }

extern "C" {
void *__dso_handle = &__dso_handle;
}

namespace {

struct Destructor {
  void (*function)(void *);
  void *object;
};

// Registrations come from global constructors, while kt_entropy_runtime_init
// runs them and before any other thread can see the module, so no lock is
// needed. (A function-local static with a destructor would register later,
// from any context; kernel-userspace-runtime rejects those.)
constexpr u32 kMaxDestructors = 32;
Destructor destructors[kMaxDestructors];
u32 destructorCount;
bool destructorsOverflowed;

using Constructor = void (*)();

} // namespace

extern "C" int __cxa_atexit(void (*function)(void *), void *object, void *) {
  if (destructorCount == kMaxDestructors) {
    destructorsOverflowed = true;
    return -1;
  }
  destructors[destructorCount++] = {function, object};
  return 0;
}

// The sentinels runtime/init_array_begin.cpp and init_array_end.cpp put
// first and last in the module's link order; the compiler's constructor
// entries lie between them.
extern "C" Constructor kcxx_init_array_begin[];
extern "C" Constructor kcxx_init_array_end[];

extern "C" int kt_entropy_runtime_init(void) {
  for (Constructor *c = kcxx_init_array_begin + 1; c < kcxx_init_array_end; ++c)
    if (*c)
      (*c)();
  return destructorsOverflowed ? -1 : 0;
}

extern "C" void kt_entropy_runtime_exit(void) {
  while (destructorCount) {
    Destructor &d = destructors[--destructorCount];
    d.function(d.object);
  }
}
