// A function stored where Linux 6.1 calls it in atomic context -- by
// designated initializer, assignment (also through a pointer) or an
// initialiser macro -- runs in that context; stored where the kernel calls
// it in process context, a sleep is fine. docs/kernel-knowledge.md says where
// 6.1 calls each field.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,%if llvm19 %{LLVM19%} %else %{OLDER%} \
// RUN:     -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

struct dev {
  spinlock_t lock;
  struct hrtimer timer;
  struct hrtimer other_timer;
  struct work_struct work;
  struct delayed_work dwork;
  struct urb *urb;
  struct napi_struct napi;
  void *buf;
};
static struct dev the_dev;

// hrtimer.function, assigned through a pointer: hard-IRQ.
static enum hrtimer_restart hr_fn(struct hrtimer *t) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+72]]:3: note: 'hr_fn' runs in hard-IRQ context: stored as hrtimer.function here
  return HRTIMER_NORESTART;
}

// timer_list.function through DEFINE_TIMER: softirq.
static void static_timer_fn(struct timer_list *t) {
  the_dev.buf = kmalloc(64, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:17: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context
  // CHECK: :[[@LINE+3]]:8: note: 'static_timer_fn' runs in softirq context: stored as timer_list.function here
  // CHECK: :[[@LINE-3]]:29: note: use GFP_ATOMIC if the allocation may fail here instead of sleeping
}
static DEFINE_TIMER(static_timer, static_timer_fn);

// tasklet_struct.callback through DECLARE_TASKLET: softirq.
static void tasklet_fn(struct tasklet_struct *t) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // LLVM19: :[[@LINE+3]]:8: note: 'tasklet_fn' runs in softirq context: stored as tasklet_struct.callback here
  // OLDER: :[[@LINE+2]]:33: note: 'tasklet_fn' runs in softirq context: stored as tasklet_struct.callback here
}
static DECLARE_TASKLET(tasklet, tasklet_fn);

// irq_work.func through IRQ_WORK_INIT: hard-IRQ.
static void irq_work_fn(struct irq_work *w) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+2]]:40: note: 'irq_work_fn' runs in hard-IRQ context: stored as irq_work.func here
}
static struct irq_work irq_work_item = IRQ_WORK_INIT(irq_work_fn);

// net_device_ops in a static const table: ndo_start_xmit with bottom halves
// disabled, ndo_open in process context.
static netdev_tx_t xmit(struct sk_buff *skb, struct net_device *dev) {
  void *copy = kmalloc(64, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:16: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context
  // CHECK: :[[@LINE+8]]:5: note: 'xmit' runs with bottom halves disabled: stored as net_device_ops.ndo_start_xmit here
  // CHECK: :[[@LINE-3]]:28: note: use GFP_ATOMIC if the allocation may fail here instead of sleeping
  kfree(copy);
  return 0;
}
static int open_dev(struct net_device *dev) { msleep(1); return 0; }
static const struct net_device_ops ops = {
    .ndo_open = open_dev,
    .ndo_start_xmit = xmit,
};

// urb.complete assigned directly, napi_struct.poll assigned.
static void urb_done(struct urb *urb) { msleep(1); }
// CHECK: :[[@LINE-1]]:41: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+24]]:3: note: 'urb_done' runs in hard-IRQ context: stored as urb.complete here
static int poll_fn(struct napi_struct *n, int budget) { msleep(1); return 0; }
// CHECK: :[[@LINE-1]]:57: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+22]]:3: note: 'poll_fn' runs in softirq context: stored as napi_struct.poll here

// Work items: process context, also through INIT_DELAYED_WORK.
static void work_fn(struct work_struct *w) { msleep(1); }
static void dwork_fn(struct work_struct *w) { msleep(1); }

// One function stored in two places: a work item (process) and an hrtimer
// (hard-IRQ) -- one finding, for the atomic one.
static void shared_fn_body(void) { msleep(1); }
static void shared_work(struct work_struct *w) { shared_fn_body(); }
static enum hrtimer_restart shared_timer(struct hrtimer *t) {
  shared_fn_body();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'shared_fn_body', which may sleep, in atomic context
  // CHECK: :[[@LINE+12]]:3: note: 'shared_timer' runs in hard-IRQ context: stored as hrtimer.function here
  // CHECK: :[[@LINE-6]]:36: note: frame #1: 'shared_fn_body' calls 'msleep' here, which may sleep
  return HRTIMER_NORESTART;
}

void setup(struct dev *d, struct net_device *ndev) {
  hrtimer_init(&d->timer, 0, HRTIMER_MODE_REL);
  d->timer.function = hr_fn;
  d->urb->complete = urb_done;
  d->napi.poll = poll_fn;
  INIT_WORK(&d->work, work_fn);
  INIT_DELAYED_WORK(&d->dwork, dwork_fn);
  d->other_timer.function = shared_timer;
  INIT_WORK(&d->work, shared_work);
  (void)ndev;
  (void)ops;
}

