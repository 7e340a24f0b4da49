// Every kernel list is an option that replaces the built-in list; its Extra
// form extends it. (The replacing run leaves the shipped kernel database out:
// it knows msleep() by itself; NonSleepingFunctions would silence it.)
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.ExtraSleepingFunctions: 'my_wait*', \
// RUN:     kernel-atomic-context.ExtraAtomicEnterFunctions: 'hw_lock', \
// RUN:     kernel-atomic-context.ExtraAtomicLeaveFunctions: 'hw_unlock', \
// RUN:     kernel-atomic-context.ExtraAtomicRegistrations: 'register_poll:0:softirq', \
// RUN:     kernel-atomic-context.ExtraGfpAllocators: 'pool_get:1', \
// RUN:     kernel-atomic-context.ExtraReclaimingGfpFlags: 'POOL_MAY_WAIT'}}" \
// RUN:   -- -I%kernel_mock 2>&1 | FileCheck %s --check-prefix=EXTEND -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.SleepingFunctions: 'my_wait_event', \
// RUN:     kernel-atomic-context.NonSleepingFunctions: '', kernel-atomic-context.KernelDatabase: none}}" \
// RUN:   -- -I%kernel_mock 2>&1 | FileCheck %s --check-prefix=REPLACE -implicit-check-not='{{warning|error|note}}:'
// The options are echoed in the configuration.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' --dump-config \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.ExtraSleepingFunctions: 'my_wait*'}}" %s -- \
// RUN:   | FileCheck %s --check-prefix=DUMP
// DUMP-DAG: kernel-atomic-context.ExtraSleepingFunctions: 'my_wait*'
// DUMP-DAG: kernel-atomic-context.SleepingFunctions: 'mutex_lock*;
// DUMP-DAG: kernel-atomic-context.ExtraAtomicEnterFunctions: ''
// DUMP-DAG: kernel-atomic-context.AtomicEnterFunctions: 'spin_lock:preempt;
// DUMP-DAG: kernel-atomic-context.AssumeIndirectCallsSleep: 'false'
// DUMP-DAG: kernel-atomic-context.GfpAllocators: 'might_alloc:0;kmalloc:1;

#include "kernel-mock.h"

void my_wait_event(int);
void hw_lock(void);
void hw_unlock(void);
void register_poll(void (*)(void));
extern const gfp_t POOL_MAY_WAIT_V;
#define POOL_MAY_WAIT POOL_MAY_WAIT_V
void *pool_get(int, unsigned);

void custom_lists(void) {
  hw_lock();
  my_wait_event(1);
  // EXTEND: :[[@LINE-1]]:3: warning: calling 'my_wait_event' may sleep in atomic context (hw_lock() at line [[#@LINE-2]])
  // EXTEND: :[[@LINE-3]]:3: note: atomic context begins here: hw_lock()
  pool_get(3, POOL_MAY_WAIT);
  // EXTEND: :[[@LINE-1]]:3: warning: calling 'pool_get' with POOL_MAY_WAIT may sleep in atomic context (hw_lock() at line [[#@LINE-5]])
  // EXTEND: :[[@LINE-6]]:3: note: atomic context begins here: hw_lock()
  hw_unlock();
  my_wait_event(2);
}

void builtin_lists(spinlock_t *l) {
  spin_lock(l);
  msleep(1);
  // EXTEND: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(l) at line [[#@LINE-2]])
  // EXTEND: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(l)
  my_wait_event(3);
  // EXTEND: :[[@LINE-1]]:3: warning: calling 'my_wait_event' may sleep in atomic context (spin_lock(l) at line [[#@LINE-5]])
  // EXTEND: :[[@LINE-6]]:3: note: atomic context begins here: spin_lock(l)
  // REPLACE: :[[@LINE-3]]:3: warning: calling 'my_wait_event' may sleep in atomic context (spin_lock(l) at line [[#@LINE-7]])
  // REPLACE: :[[@LINE-8]]:3: note: atomic context begins here: spin_lock(l)
  spin_unlock(l);
}

static void poller(void) { msleep(1); }
// EXTEND: :[[@LINE-1]]:28: warning: calling 'msleep' may sleep in atomic context ('poller' runs in softirq context)
// EXTEND: :[[@LINE+1]]:18: note: 'poller' runs in softirq context: registered by 'register_poll' here
void arm(void) { register_poll(poller); }
