// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,GUARD,CTORS -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=c++17 \
// RUN:   -fno-threadsafe-statics 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,CTORS,DTORONLY -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s \
// RUN:   --config="{CheckOptions: {kernel-userspace-runtime.AllowGlobalConstructors: true}}" \
// RUN:   -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,GUARD -implicit-check-not='{{warning|error|note}}:'

// Self-contained: these clauses are about the language, not the library.
int compute();
struct Trivial { int v; };
struct Constexpr { constexpr Constexpr(int v) : v(v) {} int v; };
struct Owner { Owner(); ~Owner(); };
struct Destructed { constexpr Destructed() {} ~Destructed(); };

// thread_local is reported whatever the options.
thread_local int tls;
// CHECK: :[[@LINE-1]]:18: warning: thread-local variable 'tls' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]
struct PerThread { static thread_local Owner cache; };
// CHECK: :[[@LINE-1]]:46: warning: thread-local variable 'cache' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]

// Namespace-scope objects: constant initialisation and trivial destruction
// need no constructor.
int plain = 42;
const int limit = 3 * 7;
constexpr Constexpr folded(5);
Trivial zeroed;
Trivial braced = {7};
extern Owner declared_only;
static const char *const label = "x";

int dynamic = compute();
// CTORS: :[[@LINE-1]]:5: warning: variable 'dynamic' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:15: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
Owner owner;
// CTORS: :[[@LINE-1]]:7: warning: variable 'owner' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:7: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
Destructed destructed;
// CTORS: :[[@LINE-1]]:12: warning: variable 'destructed' needs a global destructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:12: note: the destructor is registered by a global constructor; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
namespace {
Owner hidden[2];
// CTORS: :[[@LINE-1]]:7: warning: variable 'hidden' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:7: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
} // namespace
struct Holder {
  static Owner shared;
  static inline Destructed inlined;
  // CTORS: :[[@LINE-1]]:28: warning: variable 'inlined' needs a global destructor, which a Linux module does not run [kernel-userspace-runtime]
  // CTORS: :[[@LINE-2]]:28: note: the destructor is registered by a global constructor; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
};
Owner Holder::shared;
// CTORS: :[[@LINE-1]]:15: warning: variable 'shared' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:15: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS

// Function-local statics: a dynamic initialiser needs __cxa_guard_acquire
// unless built with -fno-threadsafe-statics; a destructor needs __cxa_atexit
// (reported when no guard finding is, one finding per variable).
int statics(int arg) {
  static int constant = 5;
  static Constexpr literal(6);
  static const Trivial aggregate = {1};
  static Trivial zero_filled;
  static int first_call = compute();
  // GUARD: :[[@LINE-1]]:14: warning: static local 'first_call' needs a thread-safe initialisation guard (__cxa_guard_acquire), which the kernel does not have [kernel-userspace-runtime]
  // GUARD: :[[@LINE-2]]:27: note: initialised on first call because this is not a constant expression
  static int from_arg = arg;
  // GUARD: :[[@LINE-1]]:14: warning: static local 'from_arg' needs a thread-safe initialisation guard (__cxa_guard_acquire), which the kernel does not have [kernel-userspace-runtime]
  // GUARD: :[[@LINE-2]]:25: note: initialised on first call because this is not a constant expression
  static Destructed only_destructor;
  // CTORS: :[[@LINE-1]]:21: warning: static local 'only_destructor' registers its destructor with __cxa_atexit, which the kernel does not have [kernel-userspace-runtime]
  static Owner both;
  // GUARD: :[[@LINE-1]]:16: warning: static local 'both' needs a thread-safe initialisation guard (__cxa_guard_acquire), which the kernel does not have [kernel-userspace-runtime]
  // GUARD: :[[@LINE-2]]:16: note: initialised on first call because this is not a constant expression
  // DTORONLY: :[[@LINE-3]]:16: warning: static local 'both' registers its destructor with __cxa_atexit, which the kernel does not have [kernel-userspace-runtime]
  static thread_local int local_tls = arg;
  // CHECK: :[[@LINE-1]]:27: warning: thread-local variable 'local_tls' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]
  auto lambda = [] { static Owner in_lambda; return &in_lambda; };
  // GUARD: :[[@LINE-1]]:35: warning: static local 'in_lambda' needs a thread-safe initialisation guard (__cxa_guard_acquire), which the kernel does not have [kernel-userspace-runtime]
  // GUARD: :[[@LINE-2]]:35: note: initialised on first call because this is not a constant expression
  // DTORONLY: :[[@LINE-3]]:35: warning: static local 'in_lambda' registers its destructor with __cxa_atexit, which the kernel does not have [kernel-userspace-runtime]
  lambda();
  return constant + literal.v + aggregate.v + zero_filled.v + first_call +
         from_arg;
}

// Templates: decided per instantiation, reported once at the template per
// problem (instance<Owner> needs a guard, instance<Destructed> __cxa_atexit).
template <class T> T &instance() {
  static T value;
  // GUARD: :[[@LINE-1]]:12: warning: static local 'value' needs a thread-safe initialisation guard (__cxa_guard_acquire), which the kernel does not have [kernel-userspace-runtime]
  // GUARD: :[[@LINE-2]]:12: note: initialised on first call because this is not a constant expression
  // CTORS: :[[@LINE-3]]:12: warning: static local 'value' registers its destructor with __cxa_atexit, which the kernel does not have [kernel-userspace-runtime]
  return value;
}
template <class T> struct Global { static T object; };
template <class T> T Global<T>::object;
// CTORS: :[[@LINE-1]]:33: warning: variable 'object' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CTORS: :[[@LINE-2]]:33: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
template <class T> T variable_template{};
int use_templates() {
  instance<int>();
  instance<Owner>();
  instance<Owner>();
  instance<Destructed>();
  (void)&Global<Owner>::object;
  (void)&Global<int>::object;
  return variable_template<int>;
}
