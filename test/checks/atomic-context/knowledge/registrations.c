// Functions handed to these registration calls run in atomic context in
// Linux 6.1 (docs/kernel-knowledge.md, AtomicRegistrations): a sleep in them
// is reported, with the registration in a note. del_timer_sync() spins and
// is not a sleeping call, also from an RCU callback or a tasklet.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-api.h"

void msleep(unsigned int);

struct dev {
  struct urb *urb;
  struct usb_device *udev;
  struct net_device *ndev;
  struct napi_struct *napi;
  struct irq_work *work;
  struct srcu_struct *srcu;
  struct rcu_head *rcu;
  struct tasklet_struct *tasklet;
  struct timer_list *timer;
  unsigned char setup[8];
  void *buf;
};

static void bulk_done(struct urb *urb) { msleep(1); }
// CHECK: :[[@LINE-1]]:42: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+31]]:3: note: 'bulk_done' runs in hard-IRQ context: registered by 'usb_fill_bulk_urb' here
static void int_done(struct urb *urb) { msleep(1); }
// CHECK: :[[@LINE-1]]:41: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+29]]:3: note: 'int_done' runs in hard-IRQ context: registered by 'usb_fill_int_urb' here
static void ctrl_done(struct urb *urb) { msleep(1); }
// CHECK: :[[@LINE-1]]:42: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+27]]:3: note: 'ctrl_done' runs in hard-IRQ context: registered by 'usb_fill_control_urb' here
static int rx_poll(struct napi_struct *n, int budget) { msleep(1); return 0; }
// CHECK: :[[@LINE-1]]:57: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+25]]:3: note: 'rx_poll' runs in softirq context: registered by 'netif_napi_add' here
static void ipi(void *info) { msleep(1); }
// CHECK: :[[@LINE-1]]:31: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+23]]:3: note: 'ipi' runs in hard-IRQ context: registered by 'smp_call_function' here
static void each_cpu(void *info) { msleep(1); }
// CHECK: :[[@LINE-1]]:36: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+21]]:3: note: 'each_cpu' runs with interrupts disabled: registered by 'on_each_cpu' here
static void work_irq(struct irq_work *w) { msleep(1); }
// CHECK: :[[@LINE-1]]:44: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+19]]:3: note: 'work_irq' runs in hard-IRQ context: registered by 'init_irq_work' here
static void softirq_action(struct softirq_action *a) { msleep(1); }
// CHECK: :[[@LINE-1]]:56: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+17]]:3: note: 'softirq_action' runs in softirq context: registered by 'open_softirq' here
static void srcu_cb(struct rcu_head *h) { msleep(1); }
// CHECK: :[[@LINE-1]]:43: warning: calling 'msleep' may sleep in atomic context
// CHECK: :[[@LINE+15]]:3: note: 'srcu_cb' runs with bottom halves disabled: registered by 'call_srcu' here

static struct timer_list *global_timer;
static void rcu_cb(struct rcu_head *h) { del_timer_sync(global_timer); }
static void tasklet_fn(struct tasklet_struct *t) { del_timer_sync(global_timer); }

void setup(struct dev *d) {
  usb_fill_bulk_urb(d->urb, d->udev, 0, d->buf, 8, bulk_done, d);
  usb_fill_int_urb(d->urb, d->udev, 0, d->buf, 8, int_done, d, 1);
  usb_fill_control_urb(d->urb, d->udev, 0, d->setup, d->buf, 8, ctrl_done, d);
  netif_napi_add(d->ndev, d->napi, rx_poll);
  smp_call_function(ipi, d, 1);
  on_each_cpu(each_cpu, d, 1);
  init_irq_work(d->work, work_irq);
  open_softirq(9, softirq_action);
  call_srcu(d->srcu, d->rcu, srcu_cb);
  call_rcu(d->rcu, rcu_cb);
  tasklet_setup(d->tasklet, tasklet_fn);
}
