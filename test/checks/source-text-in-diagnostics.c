// Source text that looks like a diagnostic format (%, %0, %select{, %%) is
// quoted as written, in C and in C++, and never crashes clang-tidy.
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- -x c++ -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

spinlock_t locks[4];
spinlock_t *lock_named(const char *name);

void modulo_lock(int i) {
  spin_lock(&locks[i % 4]);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&locks[i % 4]) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&locks[i % 4])
  spin_unlock(&locks[i % 4]);
}

void format_lock(int i) {
  spin_lock(&locks[i %0x3]);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&locks[i %0x3]) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&locks[i %0x3])
  spin_unlock(&locks[i %0x3]);
}

void select_lock(void) {
  spin_lock(lock_named("%select{a|b}0 %% %1"));
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(lock_named("%select{a|b}0 %% %1")) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(lock_named("%select{a|b}0 %% %1"))
  spin_unlock(lock_named("%select{a|b}0 %% %1"));
}

void *flags_with_percent(int i) {
  void *p;
  spin_lock(&locks[0]);
  p = kmalloc(8, GFP_KERNEL | (i % 2 ? __GFP_ZERO : 0));
  // CHECK: :[[@LINE-1]]:7: warning: calling 'kmalloc' with GFP_KERNEL | (i % 2 ? __GFP_ZERO : 0) may sleep in atomic context (spin_lock(&locks[0]) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&locks[0])
  spin_unlock(&locks[0]);
  return p;
}

static void *alloc_with(gfp_t gfp) { return kmalloc(8, gfp); }

void *flags_down_a_chain(int i) {
  void *p;
  spin_lock(&locks[1]);
  p = alloc_with(GFP_KERNEL | (i %0 ? __GFP_ZERO : 0));
  // CHECK: :[[@LINE-1]]:7: warning: calling 'alloc_with' with GFP_KERNEL | (i %0 ? __GFP_ZERO : 0) may sleep in atomic context (spin_lock(&locks[1]) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&locks[1])
  // CHECK: :[[@LINE-8]]:45: note: frame #1: 'alloc_with' calls 'kmalloc' here with 'gfp' (GFP_KERNEL | (i %0 ? __GFP_ZERO : 0) from the caller), which may sleep in direct reclaim
  spin_unlock(&locks[1]);
  return p;
}
