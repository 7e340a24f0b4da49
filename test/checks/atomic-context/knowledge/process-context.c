// Pending until the analysis reads `process` entries (and the process
// registrations of branch knowledge-process are in the tables): rename to
// process-context.c then.
// Work items, kthreads, threaded-IRQ thread functions, blocking notifier
// chains and ndo_open run in process context in Linux 6.1: a sleep there is
// fine. When the same function is also reached from an atomic path, the
// finding is reported at that path only.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

struct dev { spinlock_t lock; struct work_struct work; struct delayed_work dw; };

static void work_fn(struct work_struct *w) { msleep(1); }
static void delayed_fn(struct work_struct *w) { msleep(1); }
static void declared_fn(struct work_struct *w) { msleep(1); }
static DECLARE_WORK(declared_work, declared_fn);
static int thread_fn(void *data) { msleep(1); return 0; }
static int hard_irq(int irq, void *data) { return 1; }
static int irq_thread(int irq, void *data) { msleep(1); return 1; }
static int blocking_cb(struct notifier_block *nb, unsigned long ev, void *p) {
  msleep(1);
  return 0;
}
static struct notifier_block blocking_nb = {.notifier_call = blocking_cb};
static BLOCKING_NOTIFIER_HEAD(blocking_chain);
static int atomic_cb(struct notifier_block *nb, unsigned long ev, void *p) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+16]]:3: note: 'atomic_cb' runs in an RCU read-side critical section: registered by 'atomic_notifier_chain_register' here
  return 0;
}
static struct notifier_block atomic_nb = {.notifier_call = atomic_cb};
static ATOMIC_NOTIFIER_HEAD(atomic_chain);

// Registered as a work item and also called under a spinlock: one finding,
// at the call under the lock.
static void reset_fn(struct work_struct *w) { msleep(1); }

void setup(struct dev *d) {
  INIT_WORK(&d->work, work_fn);
  INIT_DELAYED_WORK(&d->dw, delayed_fn);
  kthread_run(thread_fn, d, "x");
  request_threaded_irq(1, hard_irq, irq_thread, 0, "x", d);
  blocking_notifier_chain_register(&blocking_chain, &blocking_nb);
  atomic_notifier_chain_register(&atomic_chain, &atomic_nb);
  INIT_WORK(&d->work, reset_fn);
  spin_lock(&d->lock);
  reset_fn(&d->work);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'reset_fn', which may sleep, in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  // CHECK: :[[@LINE-14]]:47: note: frame #1: 'reset_fn' calls 'msleep' here, which may sleep
  spin_unlock(&d->lock);
  (void)declared_work;
}
