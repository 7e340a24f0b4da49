// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -std=c++17 -I%kernel_mock -I%kt_include 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"
#include <kernel-tidy/annotations.h>

typedef decltype(sizeof(0)) size_t;
namespace std { struct nothrow_t {}; extern const nothrow_t nothrow; }
void *operator new(size_t, void *p) noexcept;
void *operator new(size_t, const std::nothrow_t &) noexcept;

class SpinLock {
public:
  __kt_acquires_atomic void lock() { spin_lock(&raw); }
  __kt_releases_atomic void unlock() { spin_unlock(&raw); }
  spinlock_t raw;
};

// The guard's constructor and destructor carry the contract.
class SpinGuard {
public:
  __kt_acquires_atomic explicit SpinGuard(SpinLock &l) : l(l) { l.lock(); }
  __kt_releases_atomic ~SpinGuard() { if (held) l.unlock(); }
  __kt_releases_atomic void unlock() { held = false; l.unlock(); }
private:
  SpinLock &l;
  bool held = true;
};

struct Dev {
  SpinLock lock;
  mutex m;
  void *buf;
  int count;
  void refill();
};

void guard_scope(Dev &d) {
  {
    SpinGuard g(d.lock);
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (SpinGuard g(d.lock) at line [[#@LINE-2]]) [kernel-atomic-context]
    // CHECK: :[[@LINE-3]]:15: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  }
  msleep(1);
}

// The guard's destructor ends the region on every exit, early returns too.
int guard_early_return(Dev &d, int c) {
  {
    SpinGuard g(d.lock);
    if (c)
      return 1;
    d.count++;
  }
  msleep(1);
  return 0;
}

// An explicit unlock() ends the level early; the destructor then adds nothing.
void guard_unlock_early(Dev &d) {
  SpinGuard g(d.lock);
  d.count++;
  g.unlock();
  msleep(1);
}

void guard_unlock_on_one_path(Dev &d, int c) {
  SpinGuard g(d.lock);
  if (c)
    g.unlock();
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (SpinGuard g(d.lock) at line [[#@LINE-4]])
  // CHECK: :[[@LINE-5]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
}

// Member functions, and a call of a sleeping member under the lock.
void Dev::refill() { mutex_lock(&m); }
void member_call(Dev &d) {
  d.lock.lock();
  d.refill();
  // CHECK: :[[@LINE-1]]:5: warning: calling 'Dev::refill', which may sleep, in atomic context (d.lock.lock() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:10: note: atomic context begins here: d.lock.lock()
  // CHECK: :[[@LINE-6]]:22: note: frame #1: 'Dev::refill' calls 'mutex_lock' here, which may sleep
  d.lock.unlock();
}

// Lambdas: called in place, and passed to a function that calls them under
// the lock (analysed per template instantiation).
void lambda_in_place(Dev &d) {
  SpinGuard g(d.lock);
  [&] { msleep(1); }();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'lambda', which may sleep, in atomic context (SpinGuard g(d.lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  // CHECK: :[[@LINE-3]]:9: note: frame #1: 'lambda' calls 'msleep' here, which may sleep
}

template <typename F> void with_lock(SpinLock &l, F f) {
  SpinGuard g(l);
  f();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'lambda', which may sleep, in atomic context (SpinGuard g(l) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:13: note: atomic context begins here: SpinGuard g(l) acquires it for its lifetime
  // CHECK: :[[@LINE+8]]:27: note: frame #1: 'lambda' calls 'wait_for_completion' here, which may sleep
}

void lambda_passed(Dev &d) {
  with_lock(d.lock, [&] { d.count++; });
}

void lambda_passed_sleeping(Dev &d) {
  with_lock(d.lock, [&] { wait_for_completion(nullptr); });
}

// Templates: each instantiation is analysed with its own callees.
struct Sleeper { static void work() { msleep(1); } };
struct Spinner { static void work() {} };
template <typename T> void run_locked(Dev &d) {
  SpinGuard g(d.lock);
  T::work();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'Sleeper::work', which may sleep, in atomic context (SpinGuard g(d.lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  // CHECK: :[[@LINE-7]]:39: note: frame #1: 'Sleeper::work' calls 'msleep' here, which may sleep
}
template void run_locked<Spinner>(Dev &);
template void run_locked<Sleeper>(Dev &);

// Constructors and destructors that sleep.
struct Buffer {
  Buffer() { p = vmalloc(4096); }
  ~Buffer() { synchronize_rcu(); }
  void *p;
};
void ctor_under_lock(Dev &d) {
  SpinGuard g(d.lock);
  Buffer b;
  // CHECK: :[[@LINE-1]]:10: warning: calling 'Buffer::Buffer', which may sleep, in atomic context (SpinGuard g(d.lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  // CHECK: :[[@LINE-9]]:18: note: frame #1: 'Buffer::Buffer' calls 'vmalloc' here, which may sleep
}
// CHECK: :[[@LINE-1]]:1: warning: calling 'Buffer::~Buffer', which may sleep, in atomic context (SpinGuard g(d.lock) at line [[#@LINE-6]])
// CHECK: :[[@LINE-7]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
// CHECK: :[[@LINE-12]]:15: note: frame #1: 'Buffer::~Buffer' calls 'synchronize_rcu' here, which may sleep

// new: placement new allocates nothing; a global new this file does not
// define is assumed to sleep, nothrow or not.
struct Node { int v; };
void news(Dev &d, void *mem) {
  SpinGuard g(d.lock);
  Node *a = new (mem) Node;
  Node *b = new (std::nothrow) Node;
  // CHECK: :[[@LINE-1]]:13: warning: allocating with 'new' may sleep in atomic context (SpinGuard g(d.lock) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  // CHECK: :[[@LINE-3]]:13: note: this file does not define the 'operator new' it calls; assumed to sleep like kmalloc with GFP_KERNEL
  (void)a;
  (void)b;
}

// When the TU defines operator new, what it calls decides.
struct Pooled {
  static void *operator new(size_t n) noexcept { return kmalloc(n, GFP_ATOMIC); }
  static void operator delete(void *p) { kfree(p); }
  int v;
};
struct Slow {
  static void *operator new(size_t n) noexcept { return kmalloc(n, GFP_KERNEL); }
  int v;
};
void class_new(Dev &d) {
  SpinGuard g(d.lock);
  Pooled *p = new Pooled;
  delete p;
  Slow *s = new Slow;
  // CHECK: :[[@LINE-1]]:13: warning: calling 'Slow::operator new', which may sleep, in atomic context (SpinGuard g(d.lock) at line [[#@LINE-4]])
  // CHECK: :[[@LINE-5]]:13: note: atomic context begins here: SpinGuard g(d.lock) acquires it for its lifetime
  // CHECK: :[[@LINE-10]]:57: note: frame #1: 'Slow::operator new' calls 'kmalloc' here with GFP_KERNEL, which may sleep in direct reclaim
  (void)s;
}

// Unevaluated operands call nothing.
void unevaluated(Dev &d) {
  SpinGuard g(d.lock);
  (void)sizeof(kmalloc(8, GFP_KERNEL));
  using T = decltype(msleep(1));
  (void)noexcept(schedule());
}
