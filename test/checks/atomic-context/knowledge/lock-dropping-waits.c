// Pending until the analysis reads LockDroppingWaits: rename to
// lock-dropping-waits.c then.
// Wait macros called with a spinlock held by design drop it around the sleep
// (Linux 6.1 include/linux/wait.h, kernel/sched/wait.c: do_wait_intr): no
// finding under the lock they drop; their condition runs with the lock held,
// and a sleep there is a finding; another lock held around them still makes
// the sleep atomic.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

struct dev {
  spinlock_t lock, outer;
  struct wait_queue_head wq;
  int ready;
};

static int ready_after_sleep(struct dev *d) { msleep(1); return d->ready; }

void lock_irq_wait(struct dev *d) {
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, d->ready, d->wq.lock);
  spin_unlock_irq(&d->wq.lock);
}

void lock_irq_wait_sleeping_condition(struct dev *d) {
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, ready_after_sleep(d), d->wq.lock);
  // CHECK: :[[@LINE-1]]:30: warning: calling 'ready_after_sleep', which may sleep, in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_irq(&d->wq.lock)
  // CHECK: :[[@LINE-13]]:47: note: frame #1: 'ready_after_sleep' calls 'msleep' here, which may sleep
  spin_unlock_irq(&d->wq.lock);
}

void lock_irq_wait_under_another_lock(struct dev *d) {
  spin_lock(&d->outer);
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, d->ready, d->wq.lock);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_event_lock_irq' may sleep in atomic context
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&d->outer)
  spin_unlock_irq(&d->wq.lock);
  spin_unlock(&d->outer);
}

int locked_wait(struct dev *d) {
  int ret;
  spin_lock(&d->wq.lock);
  ret = wait_event_interruptible_locked(d->wq, d->ready);
  spin_unlock(&d->wq.lock);
  return ret;
}

void cmd_wait(struct dev *d) {
  spin_lock(&d->lock);
  wait_event_cmd(d->wq, d->ready, spin_unlock(&d->lock), spin_lock(&d->lock));
  spin_unlock(&d->lock);
}

void resched_lock(struct dev *d) {
  spin_lock(&d->lock);
  cond_resched_lock(&d->lock);
  spin_unlock(&d->lock);
}

void preempt_disabled_schedule(void) {
  preempt_disable();
  schedule_preempt_disabled();
  preempt_enable();
}
