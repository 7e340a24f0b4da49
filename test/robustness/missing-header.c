// A header that cannot be found: clang reports it and goes on, and the
// checks still analyse what was declared.
// RUN: %python %S/Inputs/exit-is.py 1 %clang_tidy --checks='-*,kernel-*' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include <linux/spinlock.h>
// CHECK: :[[@LINE-1]]:10: error: 'linux/spinlock.h' file not found [clang-diagnostic-error]
#include "kernel-header-that-does-not-exist.h"

typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void msleep(unsigned int);
static spinlock_t lock;

void locked_sleep(void) {
  spin_lock(&lock);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  spin_unlock(&lock);
}

// What the missing headers would have declared is unknown: no finding.
void uses_undeclared(void) {
  spin_lock(&lock);
  helper_from_a_missing_header();
  spin_unlock(&lock);
  float scale = 0.5f;
  // CHECK: :[[@LINE-1]]:9: warning: variable 'scale' has floating-point type 'float' [kernel-floating-point]
}
