// __attribute__((cleanup)) guards, as the kernel's guard()/scoped_guard()
// build them: the constructor function takes the lock, the cleanup function
// releases it when the variable goes out of scope.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK%if !llvm19 %{,OLDER%} -implicit-check-not='{{warning|error|note}}:'
// The CFG of clang 15 and 16 has no cleanup calls: the lock is never seen
// released, and the sleeps after the guards' scopes are false findings
// (OLDER; docs/llvm-versions.md).

#include "kernel-mock.h"

typedef spinlock_t *class_spinlock_t;
static inline class_spinlock_t class_spinlock_constructor(spinlock_t *l) {
  spin_lock(l);
  return l;
}
static inline void class_spinlock_destructor(class_spinlock_t *p) {
  spin_unlock(*p);
}
#define guard_spinlock(l) \
  class_spinlock_t __attribute__((cleanup(class_spinlock_destructor))) \
      __guard = class_spinlock_constructor(l)

struct dev { spinlock_t lock; int n; };

void scoped(struct dev *d) {
  {
    guard_spinlock(&d->lock);
    d->n++;
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-3]]) [kernel-atomic-context]
    // CHECK: :[[@LINE-4]]:5: note: atomic context begins here: guard_spinlock(&d->lock) returns with it held
  }
  msleep(1);
  // OLDER: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-7]]) [kernel-atomic-context]
  // OLDER: :[[@LINE-8]]:5: note: atomic context begins here
}

int early_exit(struct dev *d, int c) {
  {
    guard_spinlock(&d->lock);
    if (c)
      return -1;
    d->n = c;
  }
  msleep(1);
  // OLDER: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-6]]) [kernel-atomic-context]
  // OLDER: :[[@LINE-7]]:5: note: atomic context begins here
  return 0;
}
