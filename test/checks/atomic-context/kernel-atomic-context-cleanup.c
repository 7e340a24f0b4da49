// __attribute__((cleanup)) guards, as the kernel's guard()/scoped_guard()
// build them: the constructor function takes the lock, the cleanup function
// releases it when the variable goes out of scope.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

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
}

int early_exit(struct dev *d, int c) {
  {
    guard_spinlock(&d->lock);
    if (c)
      return -1;
    d->n = c;
  }
  msleep(1);
  return 0;
}
