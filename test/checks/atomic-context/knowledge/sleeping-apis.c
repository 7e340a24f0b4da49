// The driver APIs that Linux 6.1 makes sleep (docs/kernel-knowledge.md,
// SleepingFunctions) are sleeping calls under a spinlock; the ones that only
// spin, queue or wake are not.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-api.h"

struct dev {
  spinlock_t lock;
  struct usb_device *udev;
  struct urb *urb;
  struct net_device *ndev;
  struct napi_struct *napi;
  struct i2c_adapter *adap;
  struct clk *clk;
  struct regulator *reg;
  struct device *dev;
  struct gpio_desc *gpio;
  struct tasklet_struct *tasklet;
  struct sk_buff *skb;
  struct completion *done;
  struct task_struct *task;
  struct timer_list *timer;
  struct hrtimer *hrtimer;
  void *buf;
};

static int thread_fn(void *data) { return 0; }

void sleeping_under_lock(struct dev *d, int *len) {
  spin_lock(&d->lock);
  usb_control_msg(d->udev, 0, 0, 0, 0, 0, d->buf, 8, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_control_msg' may sleep in atomic context
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  usb_bulk_msg(d->udev, 0, d->buf, 8, len, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_bulk_msg' may sleep in atomic context
  // CHECK: :[[@LINE-6]]:3: note: atomic context begins here
  usb_interrupt_msg(d->udev, 0, d->buf, 8, len, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_interrupt_msg' may sleep in atomic context
  // CHECK: :[[@LINE-9]]:3: note: atomic context begins here
  usb_kill_urb(d->urb);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_kill_urb' may sleep in atomic context
  // CHECK: :[[@LINE-12]]:3: note: atomic context begins here
  unregister_netdev(d->ndev);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'unregister_netdev' may sleep in atomic context
  // CHECK: :[[@LINE-15]]:3: note: atomic context begins here
  rtnl_lock();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'rtnl_lock' may sleep in atomic context
  // CHECK: :[[@LINE-18]]:3: note: atomic context begins here
  d->ndev = alloc_etherdev(64);
  // CHECK: :[[@LINE-1]]:13: warning: calling 'alloc_etherdev' may sleep in atomic context
  // CHECK: :[[@LINE-21]]:3: note: atomic context begins here
  napi_disable(d->napi);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'napi_disable' may sleep in atomic context
  // CHECK: :[[@LINE-24]]:3: note: atomic context begins here
  i2c_transfer(d->adap, 0, 1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'i2c_transfer' may sleep in atomic context
  // CHECK: :[[@LINE-27]]:3: note: atomic context begins here
  clk_prepare_enable(d->clk);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'clk_prepare_enable' may sleep in atomic context
  // CHECK: :[[@LINE-30]]:3: note: atomic context begins here
  regulator_enable(d->reg);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'regulator_enable' may sleep in atomic context
  // CHECK: :[[@LINE-33]]:3: note: atomic context begins here
  pm_runtime_get_sync(d->dev);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'pm_runtime_get_sync' may sleep in atomic context
  // CHECK: :[[@LINE-36]]:3: note: atomic context begins here
  filp_open("/x", 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'filp_open' may sleep in atomic context
  // CHECK: :[[@LINE-39]]:3: note: atomic context begins here
  device_create(0, d->dev, 0, d, "x%d", 1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'device_create' may sleep in atomic context
  // CHECK: :[[@LINE-42]]:3: note: atomic context begins here
  sysfs_create_group(0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'sysfs_create_group' may sleep in atomic context
  // CHECK: :[[@LINE-45]]:3: note: atomic context begins here
  d->task = kthread_create(thread_fn, d, "x%d", 1);
  // CHECK: :[[@LINE-1]]:13: warning: calling 'kthread_create' may sleep in atomic context
  // CHECK: :[[@LINE-48]]:3: note: atomic context begins here
  crypto_alloc_shash("sha256", 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'crypto_alloc_shash' may sleep in atomic context
  // CHECK: :[[@LINE-51]]:3: note: atomic context begins here
  kmem_cache_create("x", 64, 0, 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'kmem_cache_create' may sleep in atomic context
  // CHECK: :[[@LINE-54]]:3: note: atomic context begins here
  debugfs_create_file("x", 0444, 0, d, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'debugfs_create_file' may sleep in atomic context
  // CHECK: :[[@LINE-57]]:3: note: atomic context begins here
  gpiod_set_value_cansleep(d->gpio, 1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'gpiod_set_value_cansleep' may sleep in atomic context
  // CHECK: :[[@LINE-60]]:3: note: atomic context begins here
  tasklet_disable(d->tasklet);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'tasklet_disable' may sleep in atomic context
  // CHECK: :[[@LINE-63]]:3: note: atomic context begins here
  disable_irq(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'disable_irq' may sleep in atomic context
  // CHECK: :[[@LINE-66]]:3: note: atomic context begins here
  spin_unlock(&d->lock);
}

void not_sleeping_under_lock(struct dev *d) {
  spin_lock(&d->lock);
  clk_enable(d->clk);
  netif_rx(d->skb);
  napi_schedule(d->napi);
  gpiod_set_value(d->gpio, 1);
  if (gpiod_cansleep(d->gpio))
    d->buf = 0;
  complete(d->done);
  wake_up_process(d->task);
  del_timer_sync(d->timer);
  hrtimer_cancel(d->hrtimer);
  disable_irq_nosync(1);
  vfree_atomic(d->buf);
  io_schedule_prepare();
  // Not allocators: no flags, or flags fixed to GFP_ATOMIC inside, whatever
  // the numbers passed (1518 has the direct-reclaim bit 0x400 set).
  kmalloc_size_roundup(1518);
  d->skb = netdev_alloc_skb(d->ndev, 1518);
  d->skb = dev_alloc_skb(1518);
  spin_unlock(&d->lock);
}
