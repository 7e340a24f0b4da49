// Function-pointer parameters of static functions in C: the targets are the
// functions passed to them, unless the function's address escapes, which in
// C can only happen after its declaration (the check looks for escapes
// there only; as C++ it looks everywhere, with the same findings).
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' \
// RUN:   --config='{CheckOptions: {kernel-atomic-context.AssumeIndirectCallsSleep: true}}' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,WORST -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' \
// RUN:   --config='{CheckOptions: {kernel-atomic-context.AssumeIndirectCallsSleep: true}}' %s -- -x c++ -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,WORST -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

static spinlock_t lock;

static void wait_hw(void) { msleep(1); }
static void poke_hw(void) {}

// Escapes at the end of the file.
static void under_lock_escaped(void (*fn)(void)) {
  spin_lock(&lock);
  fn();
  // WORST: :[[@LINE-1]]:3: warning: indirect call may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // WORST: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // WORST: :[[@LINE-3]]:3: note: the target of this call is unknown and AssumeIndirectCallsSleep is set
  spin_unlock(&lock);
}

// Only ever called directly: its targets are wait_hw and poke_hw, whichever
// of the two functions the check asks about first.
static void under_lock(void (*fn)(void)) {
  spin_lock(&lock);
  fn();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_hw', which may sleep, in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-20]]:29: note: frame #1: 'wait_hw' calls 'msleep' here, which may sleep
  spin_unlock(&lock);
}

// A call in a range designator: clang's initializer list repeats it for
// each element, in the calls counted as in the references counted, so the
// function's address does not escape.
static int under_lock_ranged(void (*fn)(void)) {
  spin_lock(&lock);
  fn();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_hw', which may sleep, in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-32]]:29: note: frame #1: 'wait_hw' calls 'msleep' here, which may sleep
  spin_unlock(&lock);
  return 0;
}
void ranged(void) {
  int done[2] = {[0 ... 1] = under_lock_ranged(wait_hw)};
  (void)done;
}

void users(void) {
  under_lock(poke_hw);
  under_lock(wait_hw);
  under_lock_escaped(poke_hw);
}

void (*runner)(void (*)(void)) = under_lock_escaped;
