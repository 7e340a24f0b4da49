// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock -I%kt_include 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"
#include <kernel-tidy/annotations.h>

struct dev {
  spinlock_t lock;
  struct mutex m;
  void *buf;
  int count;
};

// A helper that sleeps on some path makes calls to it sleeping calls.
static void refill(struct dev *d) {
  if (d->count == 0)
    mutex_lock(&d->m);
}
static void outer(struct dev *d) { refill(d); }

void chain_of_two(struct dev *d) {
  spin_lock(&d->lock);
  outer(d);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'outer', which may sleep, in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  // CHECK: :[[@LINE-7]]:36: note: frame #1: 'outer' calls 'refill' here
  // CHECK: :[[@LINE-10]]:5: note: frame #2: 'refill' calls 'mutex_lock' here, which may sleep
  spin_unlock(&d->lock);
}

// Called from atomic and non-atomic callers: reported only at the atomic
// call, never inside the helper.
void process_context_caller(struct dev *d) { outer(d); }

// A helper that sleeps only after dropping the caller's lock is fine when the
// caller holds exactly that lock.
static void drop_and_sleep(struct dev *d) {
  spin_unlock(&d->lock);
  msleep(1);
  spin_lock(&d->lock);
}
void calls_drop_and_sleep(struct dev *d) {
  spin_lock(&d->lock);
  drop_and_sleep(d);
  spin_unlock(&d->lock);
}
void calls_drop_and_sleep_nested(struct dev *d) {
  local_irq_disable();
  spin_lock(&d->lock);
  drop_and_sleep(d);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'drop_and_sleep', which may sleep, in atomic context (local_irq_disable() at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: local_irq_disable()
  // CHECK: :[[@LINE-14]]:3: note: frame #1: 'drop_and_sleep' calls 'msleep' here, which may sleep
  spin_unlock(&d->lock);
  local_irq_enable();
}

// A helper that returns with the lock held works like spin_lock.
static void lock_dev(struct dev *d) { spin_lock(&d->lock); }
static void unlock_dev(struct dev *d) { spin_unlock(&d->lock); }
void helper_locks(struct dev *d) {
  lock_dev(d);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (lock_dev(d) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: lock_dev(d) returns with it held
  unlock_dev(d);
  msleep(1);
}

// GFP flags decided by value: the TU defines __GFP_DIRECT_RECLAIM.
void gfp_values(struct dev *d) {
  spin_lock(&d->lock);
  d->buf = kmalloc(64, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  d->buf = kzalloc(64, GFP_NOFS | __GFP_ZERO);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'kzalloc' with GFP_NOFS | __GFP_ZERO may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-5]])
  // CHECK: :[[@LINE-6]]:3: note: atomic context begins here: spin_lock(&d->lock)
  d->buf = alloc_skb(64, GFP_NOIO);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'alloc_skb' with GFP_NOIO may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-8]])
  // CHECK: :[[@LINE-9]]:3: note: atomic context begins here: spin_lock(&d->lock)
  d->buf = kmalloc(64, GFP_ATOMIC);
  d->buf = kmalloc(64, GFP_ATOMIC | __GFP_NOWARN | __GFP_ZERO);
  d->buf = kmalloc(64, GFP_NOWAIT);
  d->buf = kmalloc(64, GFP_KERNEL & ~__GFP_DIRECT_RECLAIM);
  d->buf = kvmalloc(64, GFP_ATOMIC);
  spin_unlock(&d->lock);
  d->buf = kmalloc(64, GFP_KERNEL);
}

// A GFP flag passed down: the helper sleeps only when its caller's flag
// allows reclaim.
static void *alloc_buf(struct dev *d, gfp_t gfp) { return kmalloc(128, gfp); }
static void *alloc_twice(struct dev *d, gfp_t flags) { return alloc_buf(d, flags); }
void gfp_forwarded(struct dev *d) {
  spin_lock(&d->lock);
  d->buf = alloc_buf(d, GFP_ATOMIC);
  d->buf = alloc_twice(d, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'alloc_twice' with GFP_KERNEL may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&d->lock)
  // CHECK: :[[@LINE-7]]:63: note: frame #1: 'alloc_twice' calls 'alloc_buf' here
  // CHECK: :[[@LINE-9]]:59: note: frame #2: 'alloc_buf' calls 'kmalloc' here with 'gfp' (GFP_KERNEL from the caller), which may sleep in direct reclaim
  spin_unlock(&d->lock);
  d->buf = alloc_buf(d, GFP_KERNEL);
}

// The helper takes the lock itself and allocates with its caller's flag.
static void *alloc_locked(struct dev *d, gfp_t gfp) {
  void *p;
  spin_lock(&d->lock);
  p = kmalloc(16, gfp);
  spin_unlock(&d->lock);
  return p;
}
void calls_alloc_locked(struct dev *d) {
  d->buf = alloc_locked(d, GFP_ATOMIC);
  d->buf = alloc_locked(d, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'alloc_locked' with GFP_KERNEL may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-8]])
  // CHECK: :[[@LINE-9]]:3: note: atomic context begins here: spin_lock(&d->lock)
  // CHECK: :[[@LINE-9]]:7: note: frame #1: 'alloc_locked' calls 'kmalloc' here with 'gfp' (GFP_KERNEL from the caller), which may sleep in direct reclaim
}

// Functions registered as atomic callbacks run in atomic context.
static irqreturn_t hard_irq(int irq, void *p) {
  struct dev *d = p;
  d->buf = kmalloc(8, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context ('hard_irq' runs in hard-IRQ context)
  // CHECK: :[[@LINE+18]]:10: note: 'hard_irq' runs in hard-IRQ context: registered by 'request_threaded_irq' here
  return 0;
}
static irqreturn_t thread_fn(int irq, void *p) {
  struct dev *d = p;
  msleep(1);
  return 0;
}
static void timer_cb(struct timer_list *t) { msleep(1); }
// CHECK: :[[@LINE-1]]:46: warning: calling 'msleep' may sleep in atomic context ('timer_cb' runs in softirq context)
// CHECK: :[[@LINE+12]]:3: note: 'timer_cb' runs in softirq context: registered by 'timer_setup' here
static void tasklet_cb(struct tasklet_struct *t) { schedule(); }
// CHECK: :[[@LINE-1]]:52: warning: calling 'schedule' may sleep in atomic context ('tasklet_cb' runs in softirq context)
// CHECK: :[[@LINE+10]]:3: note: 'tasklet_cb' runs in softirq context: registered by 'tasklet_setup' here
static void rcu_cb(struct rcu_head *h) { synchronize_rcu(); }
// CHECK: :[[@LINE-1]]:42: warning: calling 'synchronize_rcu' may sleep in atomic context ('rcu_cb' runs in softirq context)
// CHECK: :[[@LINE+8]]:3: note: 'rcu_cb' runs in softirq context: registered by 'call_rcu' here
int probe(struct dev *d, struct timer_list *t, struct tasklet_struct *ts, struct rcu_head *h) {
  return request_threaded_irq(1, hard_irq, thread_fn, 0, "dev", d) ||
         0;
}
void setup(struct timer_list *t, struct tasklet_struct *ts, struct rcu_head *h) {
  timer_setup(t, timer_cb, 0);
  tasklet_setup(ts, tasklet_cb);
  call_rcu(h, rcu_cb);
}

// Annotations state contracts the body cannot.
__kt_atomic void annotated_atomic(struct dev *d) {
  mutex_lock(&d->m);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'mutex_lock' may sleep in atomic context ('annotated_atomic' is annotated kernel::atomic)
  // CHECK: :[[@LINE-3]]:18: note: 'annotated_atomic' runs in atomic context: annotated kernel::atomic
}

__kt_might_sleep void opaque_wait(struct dev *d);
__kt_acquires_atomic void my_lock(struct dev *d);
__kt_releases_atomic void my_unlock(struct dev *d);
void annotated_pair(struct dev *d) {
  my_lock(d);
  opaque_wait(d);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'opaque_wait' may sleep in atomic context (my_lock(d) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: my_lock(d)
  // CHECK: :[[@LINE-8]]:23: note: 'opaque_wait' is annotated kernel::might_sleep
  my_unlock(d);
  opaque_wait(d);
}

// An annotation replaces the body: this lock wrapper adds exactly one level,
// whatever it does inside.
__kt_acquires_atomic void odd_lock(struct dev *d) {
  spin_lock(&d->lock);
  local_irq_disable();
}
__kt_releases_atomic void odd_unlock(struct dev *d) {
  local_irq_enable();
  spin_unlock(&d->lock);
}
void uses_odd_lock(struct dev *d) {
  odd_lock(d);
  odd_unlock(d);
  msleep(1);
}
