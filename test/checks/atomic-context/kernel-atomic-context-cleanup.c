// __attribute__((cleanup)) guards, as the kernel's guard()/scoped_guard()
// build them: the constructor function takes the lock, the cleanup function
// releases it when the variable goes out of scope, however it is left.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// The same as C++: the CFG of clang 15 and 16 shows the cleanup call in C
// only (as the end of the variable's lifetime), so in C++ the lock is never
// seen released there, and the sleeps after the guards' scopes are false
// findings (OLDER-CXX; docs/llvm-versions.md).
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -x c++ -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK%if !llvm19 %{,OLDER-CXX%} -implicit-check-not='{{warning|error|note}}:'

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
  // OLDER-CXX: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-7]]) [kernel-atomic-context]
  // OLDER-CXX: :[[@LINE-8]]:5: note: atomic context begins here
}

int early_exit(struct dev *d, int c) {
  {
    guard_spinlock(&d->lock);
    if (c)
      return -1;
    d->n = c;
  }
  msleep(1);
  // OLDER-CXX: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-6]]) [kernel-atomic-context]
  // OLDER-CXX: :[[@LINE-7]]:5: note: atomic context begins here
  return 0;
}

void left_by_break(struct dev *d, int n) {
  for (int i = 0; i < n; i++) {
    guard_spinlock(&d->lock);
    if (d->n == i)
      break;
    d->n++;
  }
  msleep(1);
  // OLDER-CXX: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-6]]) [kernel-atomic-context]
  // OLDER-CXX: :[[@LINE-7]]:5: note: atomic context begins here
}

void left_by_goto(struct dev *d) {
  {
    guard_spinlock(&d->lock);
    if (!d->n)
      goto out;
    d->n--;
  }
out:
  msleep(1);
  // OLDER-CXX: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-7]]) [kernel-atomic-context]
  // OLDER-CXX: :[[@LINE-8]]:5: note: atomic context begins here
}

// Still held at the sleep on the path that does not leave the scope.
void held_in_loop(struct dev *d, int n) {
  for (int i = 0; i < n; i++) {
    guard_spinlock(&d->lock);
    if (d->n == i)
      continue;
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (guard_spinlock(&d->lock) at line [[#@LINE-4]]) [kernel-atomic-context]
    // CHECK: :[[@LINE-5]]:5: note: atomic context begins here: guard_spinlock(&d->lock) returns with it held
  }
}
