// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// The same file as C++ must give the same findings.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -x c++ -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

struct dev {
  spinlock_t lock;
  rwlock_t rw;
  struct mutex m;
  void *buf;
  int count;
};

void sleep_under_spinlock(struct dev *d) {
  spin_lock(&d->lock);
  msleep(10);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
  msleep(10);
}

void mutex_under_irq_disabled(struct dev *d) {
  local_irq_disable();
  mutex_lock(&d->m);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'mutex_lock' may sleep in atomic context (local_irq_disable() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: local_irq_disable()
  mutex_unlock(&d->m);
  local_irq_enable();
}

void each_enter_function(struct dev *d) {
  preempt_disable();
  schedule();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'schedule' may sleep in atomic context (preempt_disable() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: preempt_disable()
  preempt_enable();

  rcu_read_lock();
  synchronize_rcu();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'synchronize_rcu' may sleep in atomic context (rcu_read_lock() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: rcu_read_lock()
  rcu_read_unlock();

  local_bh_disable();
  wait_for_completion(0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_for_completion' may sleep in atomic context (local_bh_disable() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: local_bh_disable()
  local_bh_enable();

  read_lock(&d->rw);
  copy_from_user(d->buf, 0, 4);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'copy_from_user' may sleep in atomic context (read_lock(&d->rw) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: read_lock(&d->rw)
  read_unlock(&d->rw);

  write_lock(&d->rw);
  d->buf = vmalloc(4096);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'vmalloc' may sleep in atomic context (write_lock(&d->rw) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: write_lock(&d->rw)
  write_unlock(&d->rw);

  spin_lock_bh(&d->lock);
  cond_resched();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'cond_resched' may sleep in atomic context (spin_lock_bh(&d->lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_bh(&d->lock)
  spin_unlock_bh(&d->lock);
}

// Nested levels: the context stays atomic until the outer lock is released.
void nested(struct dev *d) {
  spin_lock(&d->lock);
  local_irq_disable();
  local_irq_enable();
  usleep_range(10, 20);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usleep_range' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-4]])
  // CHECK: :[[@LINE-5]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
  usleep_range(10, 20);
}

// Functions that do not sleep are fine under a lock; so are *_trylock and
// schedule_work, though their names look like sleeping families.
void non_sleeping(struct dev *d) {
  spin_lock(&d->lock);
  d->count++;
  mutex_trylock(&d->m);
  schedule_work(0);
  kfree(d->buf);
  spin_unlock(&d->lock);
}

// Locked on one path only: a call after the join may be atomic.
void some_paths(struct dev *d, int c) {
  if (c)
    spin_lock(&d->lock);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:5: note: atomic context begins here: spin_lock(&d->lock)
  if (c)
    spin_unlock(&d->lock);
}

// Unlock on the early-return path and on fall-through, then sleep.
int early_return(struct dev *d, int c) {
  spin_lock(&d->lock);
  if (c) {
    spin_unlock(&d->lock);
    return -1;
  }
  d->count = 0;
  spin_unlock(&d->lock);
  msleep(1);
  return 0;
}

// The early return leaves the lock held: sleeping there is a bug.
int early_return_holding(struct dev *d, int c) {
  spin_lock(&d->lock);
  if (c) {
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-3]])
    // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&d->lock)
    spin_unlock(&d->lock);
    return -1;
  }
  spin_unlock(&d->lock);
  return 0;
}

// Loops: unlock, sleep, relock each iteration (hpet_read's shape) is fine.
void loop_drop_lock(struct dev *d) {
  spin_lock_irq(&d->lock);
  while (d->count == 0) {
    spin_unlock_irq(&d->lock);
    schedule();
    spin_lock_irq(&d->lock);
  }
  spin_unlock_irq(&d->lock);
}

// A lock taken at the end of one iteration is held in the next.
void loop_carried(struct dev *d, int n) {
  for (int i = 0; i < n; i++) {
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE+2]])
    // CHECK: :[[@LINE+1]]:5: note: atomic context begins here: spin_lock(&d->lock)
    spin_lock(&d->lock);
  }
  spin_unlock(&d->lock);
}

// goto-based cleanup.
int with_goto(struct dev *d, int c) {
  spin_lock(&d->lock);
  if (c)
    goto out;
  d->count++;
out:
  spin_unlock(&d->lock);
  msleep(1);
  return 0;
}

int goto_skips_unlock(struct dev *d, int c) {
  spin_lock(&d->lock);
  if (c)
    goto sleep;
  spin_unlock(&d->lock);
  return 0;
sleep:
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-7]])
  // CHECK: :[[@LINE-8]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
  return 1;
}

void with_switch(struct dev *d, int c) {
  switch (c) {
  case 0:
    spin_lock(&d->lock);
    break;
  case 1:
    return;
  default:
    msleep(1);
    return;
  }
  wait_for_completion(0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_for_completion' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-9]])
  // CHECK: :[[@LINE-10]]:5: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
}

// trylock: atomic only where it succeeded.
void trylock_if(struct dev *d) {
  if (spin_trylock(&d->lock)) {
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (spin_trylock(&d->lock) at line [[#@LINE-2]] succeeded)
    // CHECK: :[[@LINE-3]]:7: note: atomic context begins here: spin_trylock(&d->lock) succeeded
    spin_unlock(&d->lock);
  } else {
    msleep(2);
  }
  msleep(3);
}

// cctrng's shape: give up early when the lock is busy.
int trylock_early_return(struct dev *d) {
  if (!spin_trylock(&d->lock))
    return -16;
  d->count++;
  spin_unlock(&d->lock);
  msleep(1);
  return 0;
}

int trylock_compared(struct dev *d) {
  if (spin_trylock(&d->lock) == 0) {
    msleep(1);
    return -16;
  }
  cond_resched();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'cond_resched' may sleep in atomic context (spin_trylock(&d->lock) at line [[#@LINE-5]] succeeded)
  // CHECK: :[[@LINE-6]]:7: note: atomic context begins here: spin_trylock(&d->lock) succeeded
  spin_unlock(&d->lock);
  return 0;
}

// An unbalanced unlock does not make later code "less than not atomic".
void unbalanced_unlock(struct dev *d) {
  spin_unlock(&d->lock);
  msleep(1);
}
