// Virtual and function-pointer calls: the targets are used when the TU shows
// all of them; otherwise the check stays quiet unless told to assume the worst.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -std=c++17 -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' \
// RUN:   --config='{CheckOptions: {kernel-atomic-context.AssumeIndirectCallsSleep: true}}' %s -- -std=c++17 -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,WORST -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

spinlock_t lock;

namespace {
// A hierarchy with internal linkage: every overrider is in this TU.
struct Op {
  virtual void run() {}
  virtual ~Op() = default;
};
struct SleepyOp : Op {
  void run() override { msleep(1); }
};
struct QuickOp : Op {
  void run() override {}
};
} // namespace

void closed_hierarchy(Op *op) {
  spin_lock(&lock);
  op->run();
  // CHECK: :[[@LINE-1]]:7: warning: calling '(anonymous namespace)::SleepyOp::run', which may sleep, in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-12]]:25: note: frame #1: '(anonymous namespace)::SleepyOp::run' calls 'msleep' here, which may sleep
  spin_unlock(&lock);
}

// A known dynamic type is no dispatch at all.
void known_type() {
  QuickOp q;
  spin_lock(&lock);
  q.run();
  spin_unlock(&lock);
}

// An open hierarchy: other TUs may override; quiet unless configured.
struct Device {
  virtual void reset();
};
void open_hierarchy(Device *d) {
  spin_lock(&lock);
  d->reset();
  // WORST: :[[@LINE-1]]:6: warning: indirect call may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // WORST: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // WORST: :[[@LINE-3]]:6: note: the target of this call is unknown and AssumeIndirectCallsSleep is set
  spin_unlock(&lock);
}

// A function pointer parameter of an internal function that is only called
// directly: its targets are the functions passed to it.
static void wait_hw() { wait_for_completion(nullptr); }
static void poke_hw() {}
static void under_lock(void (*fn)()) {
  spin_lock(&lock);
  fn();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_hw', which may sleep, in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-7]]:25: note: frame #1: 'wait_hw' calls 'wait_for_completion' here, which may sleep
  spin_unlock(&lock);
}
void users() {
  under_lock(poke_hw);
  under_lock(wait_hw);
}

// Its address escapes through a default argument: a caller elsewhere may
// pass any function, so the call through `fn` has unknown targets.
static void under_lock_escaped(void (*fn)()) {
  spin_lock(&lock);
  fn();
  // WORST: :[[@LINE-1]]:3: warning: indirect call may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // WORST: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // WORST: :[[@LINE-3]]:3: note: the target of this call is unknown and AssumeIndirectCallsSleep is set
  spin_unlock(&lock);
}
void run_with(void (*runner)(void (*)()) = under_lock_escaped);
void users_escaped() { under_lock_escaped(poke_hw); }

// A pointer from elsewhere: unknown target.
void (*hook)();
void external_pointer() {
  spin_lock(&lock);
  hook();
  // WORST: :[[@LINE-1]]:3: warning: indirect call may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-2]])
  // WORST: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // WORST: :[[@LINE-3]]:3: note: the target of this call is unknown and AssumeIndirectCallsSleep is set
  spin_unlock(&lock);
}
