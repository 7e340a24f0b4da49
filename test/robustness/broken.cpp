// C++ that does not compile or cannot be decided, analysed by every kernel-*
// check: clang's errors, the findings that can still be made with certainty,
// and no crash. Templates are analysed as written and as instantiated.
// RUN: %python %S/Inputs/exit-is.py 1 %clang_tidy --checks='-*,kernel-*' %s -- -std=c++20 \
// RUN:   -ftemplate-backtrace-limit=2 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void msleep(unsigned int);
static spinlock_t lock;

struct guard {
  explicit guard(spinlock_t *l) : l(l) { spin_lock(l); }
  ~guard() { spin_unlock(l); }
  spinlock_t *l;
};

// An error in the middle of a guarded region.
void error_in_guarded_region() {
  guard g(&lock);
  undeclared_function();
  // CHECK: :[[@LINE-1]]:3: error: use of undeclared identifier 'undeclared_function' [clang-diagnostic-error]
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard g(&lock) at line [[#@LINE-4]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-5]]:9: note: atomic context begins here: guard g(&lock) returns with it held
}

// Dependent types, callees and sizes: nothing can be decided until an
// instantiation, and there is none.
template <typename T> void dependent_lock(T &obj) {
  spin_lock(&obj.lock);
  obj.wait();
  T buffer[obj.size];
  typename T::type local;
  spin_unlock(&obj.lock);
}

template <typename T, int N> void dependent_frame() {
  T big[N * 1024];
  double scale = N * 0.5;
  // CHECK: :[[@LINE-1]]:10: warning: variable 'scale' has floating-point type 'double' [kernel-floating-point]
  msleep(sizeof big);
}

// Mutually recursive templates that never end: clang stops at its
// instantiation depth, and what it did instantiate is analysed.
template <int N> struct ping;
template <int N> struct pong {
  static void run() { ping<N + 1>::run(); }
};
template <int N> struct ping {
  static void run() { pong<N + 1>::run(); }
  // CHECK: :[[@LINE-1]]:23: error: recursive template instantiation exceeded maximum depth of 1024 [clang-diagnostic-error]
  // CHECK: :[[@LINE-5]]:36: note: in instantiation of member function 'ping<1024>::run' requested here
  // CHECK: :[[@LINE-3]]:36: note: (skipping 1023 contexts in backtrace; use -ftemplate-backtrace-limit=0 to see all)
  // CHECK: :[[@LINE+5]]:12: note: in instantiation of member function 'ping<0>::run' requested here
  // CHECK: :[[@LINE-5]]:23: note: use -ftemplate-depth=N to increase recursive template instantiation depth
};
void runaway_recursion() {
  spin_lock(&lock);
  ping<0>::run();
  spin_unlock(&lock);
}
// The instantiated chain is one of in-class (so likely inlined) functions
// with nothing on the stack: kernel-stack-usage counts it in
// runaway_recursion's frame, which stays small, and reports nothing.

// Mutually recursive function templates.
template <typename T> void f(T);
template <typename T> void g(T x) { f(x); }
template <typename T> void f(T x) { g(x); throw x; }
// CHECK: :[[@LINE-1]]:43: warning: throw expression in kernel code; return an error code [kernel-exceptions]
void mutual() { f(1); }

// Incomplete, undeduced and invalid types.
struct incomplete;
template <typename T> struct holder { T value; };
// CHECK: :[[@LINE-1]]:41: error: field has incomplete type 'incomplete' [clang-diagnostic-error]
// CHECK: :[[@LINE+2]]:47: note: in instantiation of template class 'holder<incomplete>' requested here
// CHECK: :[[@LINE-4]]:8: note: forward declaration of 'incomplete'
void incomplete_member() { holder<incomplete> h; }

auto deduced_from_error() { return undeclared_value; }
// CHECK: :[[@LINE-1]]:36: error: use of undeclared identifier 'undeclared_value' [clang-diagnostic-error]
void uses_deduced() { auto v = deduced_from_error(); msleep(v); }

struct bad_base : undeclared_base { virtual void f(); };
// CHECK: :[[@LINE-1]]:19: error: expected class name [clang-diagnostic-error]
void uses_bad_base() { bad_base b; b.f(); dynamic_cast<bad_base *>(&b); }
// CHECK: :[[@LINE-1]]:43: warning: dynamic_cast to a base class; use an implicit conversion [kernel-rtti]

decltype(undeclared_thing) broken_global;
// CHECK: :[[@LINE-1]]:10: error: use of undeclared identifier 'undeclared_thing' [clang-diagnostic-error]
int &dangling = 0;
// CHECK: :[[@LINE-1]]:6: error: non-const lvalue reference to type 'int' cannot bind to a temporary of type 'int' [clang-diagnostic-error]
