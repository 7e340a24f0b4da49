// Pending until the analysis tracks the kind of atomic context and reads
// `unless-interrupt`: rename to context-kinds.c then.
// vfree() in Linux 6.1 (mm/vmalloc.c: vfree, __vfree) defers the free when
// in_interrupt() -- hard-IRQ, softirq, bottom halves disabled -- and may
// sleep otherwise; kvfree() calls it for vmalloc'ed memory.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

struct dev { spinlock_t lock; void *buf; struct timer_list timer; };

void under_spin_lock_bh(struct dev *d) {
  spin_lock_bh(&d->lock);
  vfree(d->buf);
  kvfree(d->buf);
  spin_unlock_bh(&d->lock);
}

void under_local_bh_disable(struct dev *d) {
  local_bh_disable();
  vfree(d->buf);
  local_bh_enable();
}

void under_rcu_read_lock_bh(struct dev *d) {
  rcu_read_lock_bh();
  vfree(d->buf);
  rcu_read_unlock_bh();
}

void under_spin_lock(struct dev *d) {
  spin_lock(&d->lock);
  vfree(d->buf);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'vfree' may sleep in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
}

void under_spin_lock_irqsave(struct dev *d) {
  unsigned long flags;
  spin_lock_irqsave(&d->lock, flags);
  kvfree(d->buf);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'kvfree' may sleep in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_irqsave(&d->lock, flags)
  spin_unlock_irqrestore(&d->lock, flags);
}

void under_preempt_disable(struct dev *d) {
  preempt_disable();
  vfree(d->buf);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'vfree' may sleep in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: preempt_disable()
  preempt_enable();
}

void under_rcu_read_lock(struct dev *d) {
  rcu_read_lock();
  vfree(d->buf);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'vfree' may sleep in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: rcu_read_lock()
  rcu_read_unlock();
}

// bh inside irqs-off: still in_interrupt().
void bh_then_irqsave(struct dev *d) {
  unsigned long flags;
  spin_lock_bh(&d->lock);
  spin_lock_irqsave(&d->lock, flags);
  vfree(d->buf);
  spin_unlock_irqrestore(&d->lock, flags);
  spin_unlock_bh(&d->lock);
}

// A timer callback runs in softirq context: vfree defers, del_timer_sync spins.
static struct dev the_dev;
static void timer_fn(struct timer_list *t) {
  vfree(the_dev.buf);
  del_timer_sync(&the_dev.timer);
}

void arm(void) { timer_setup(&the_dev.timer, timer_fn, 0); }
