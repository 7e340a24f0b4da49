// Shapes of real "BUG: sleeping function called from invalid context" and
// "scheduling while atomic" reports, written anew as small drivers. Each
// must be found at the call made in atomic context.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

struct ring { spinlock_t lock; char data[256]; unsigned head, tail; };
struct card {
  spinlock_t lock;
  struct mutex cfg_mutex;
  struct ring rx;
  struct work_struct reset_work;
  struct timer_list watchdog;
  struct tasklet_struct bh;
  struct semaphore sem;
  struct task_struct *poller;
  void *fw_buf, *table;
  int irq, state;
};

// 1. An ioctl grows a table with GFP_KERNEL under an irqsave spinlock.
long card_ioctl_resize(struct card *c, unsigned long n) {
  unsigned long flags;
  spin_lock_irqsave(&c->lock, flags);
  c->table = kzalloc(n * 8, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:14: warning: calling 'kzalloc' with GFP_KERNEL may sleep in atomic context (spin_lock_irqsave(&c->lock, flags) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_irqsave(&c->lock, flags)
  spin_unlock_irqrestore(&c->lock, flags);
  return 0;
}

// 2. A hard-IRQ handler takes a mutex to update the configuration.
static irqreturn_t card_irq(int irq, void *data) {
  struct card *c = data;
  mutex_lock(&c->cfg_mutex);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'mutex_lock' may sleep in atomic context ('card_irq' runs in hard-IRQ context)
  // CHECK: :[[@LINE+79]]:13: note: 'card_irq' runs in hard-IRQ context: registered by 'request_irq' here
  c->state = 1;
  mutex_unlock(&c->cfg_mutex);
  return 1;
}

// 3. A watchdog timer waits for the hardware with msleep.
static void card_watchdog(struct timer_list *t) {
  msleep(20);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context ('card_watchdog' runs in softirq context)
  // CHECK: :[[@LINE+72]]:3: note: 'card_watchdog' runs in softirq context: registered by 'timer_setup' here
}

// 4. read() copies to user space while still holding the ring lock.
long card_read(struct card *c, char *ubuf, unsigned long len) {
  spin_lock(&c->rx.lock);
  if (copy_to_user(ubuf, c->rx.data + c->rx.tail, len)) {
    // CHECK: :[[@LINE-1]]:7: warning: calling 'copy_to_user' may sleep in atomic context (spin_lock(&c->rx.lock) at line [[#@LINE-2]])
    // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&c->rx.lock)
    spin_unlock(&c->rx.lock);
    return -14;
  }
  spin_unlock(&c->rx.lock);
  return (long)len;
}

// 5. A lookup under rcu_read_lock creates a missing entry through a helper
// that allocates with GFP_KERNEL.
static void *card_new_entry(void) { return kmalloc(64, GFP_KERNEL); }
void *card_lookup_or_create(struct card *c) {
  void *e;
  rcu_read_lock();
  e = c->table;
  if (!e)
    e = card_new_entry();
  // CHECK: :[[@LINE-1]]:9: warning: calling 'card_new_entry', which may sleep, in atomic context (rcu_read_lock() at line [[#@LINE-4]])
  // CHECK: :[[@LINE-5]]:3: note: atomic context begins here: rcu_read_lock()
  // CHECK: :[[@LINE-9]]:44: note: frame #1: 'card_new_entry' calls 'kmalloc' here with GFP_KERNEL, which may sleep in direct reclaim
  rcu_read_unlock();
  return e;
}

// 6. remove() cancels the reset work while holding the device lock.
void card_remove(struct card *c) {
  spin_lock_irq(&c->lock);
  c->state = 0;
  cancel_work_sync(&c->reset_work);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'cancel_work_sync' may sleep in atomic context (spin_lock_irq(&c->lock) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock_irq(&c->lock)
  free_irq(c->irq, c);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'free_irq' may sleep in atomic context (spin_lock_irq(&c->lock) at line [[#@LINE-6]])
  // CHECK: :[[@LINE-7]]:3: note: atomic context begins here: spin_lock_irq(&c->lock)
  spin_unlock_irq(&c->lock);
}

// 7. Firmware is (re)loaded from a path that holds a spinlock.
static int card_load_fw(struct card *c) {
  const struct firmware *fw;
  return request_firmware(&fw, "card.bin", 0);
}
void card_reset_locked(struct card *c) {
  spin_lock(&c->lock);
  card_load_fw(c);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'card_load_fw', which may sleep, in atomic context (spin_lock(&c->lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&c->lock)
  // CHECK: :[[@LINE-7]]:10: note: frame #1: 'card_load_fw' calls 'request_firmware' here, which may sleep
  spin_unlock(&c->lock);
}

// 8. A tasklet takes a semaphore.
static void card_bh(struct tasklet_struct *t) {
  struct card *c = (struct card *)t;
  down(&c->sem);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'down' may sleep in atomic context ('card_bh' runs in softirq context)
  // CHECK: :[[@LINE+9]]:3: note: 'card_bh' runs in softirq context: registered by 'tasklet_setup' here
  up(&c->sem);
}

int card_probe(struct card *c) {
  int err = request_irq(c->irq, card_irq, 0, "card", c);
  if (err)
    return err;
  timer_setup(&c->watchdog, card_watchdog, 0);
  tasklet_setup(&c->bh, card_bh);
  return 0;
}

// 9. Per-CPU statistics are updated between get_cpu() and put_cpu(), and the
// update waits for a completion.
void card_stats(struct card *c, struct completion *done) {
  int cpu = get_cpu();
  if (cpu == 0)
    wait_for_completion(done);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'wait_for_completion' may sleep in atomic context (get_cpu() at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:13: note: atomic context begins here: get_cpu()
  put_cpu();
}

// 10. The poller thread is stopped under the lock that it also takes.
void card_stop(struct card *c) {
  spin_lock(&c->lock);
  if (c->poller)
    kthread_stop(c->poller);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'kthread_stop' may sleep in atomic context (spin_lock(&c->lock) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&c->lock)
  spin_unlock(&c->lock);
}

// 11. A buffer from vmalloc is freed under a spinlock.
void card_free_fw(struct card *c) {
  spin_lock(&c->lock);
  vfree(c->fw_buf);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'vfree' may sleep in atomic context (spin_lock(&c->lock) at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&c->lock)
  c->fw_buf = 0;
  spin_unlock(&c->lock);
}

// 12. A lock helper used by one path leaves the region open for a later
// sleeping call.
static void card_lock(struct card *c) { spin_lock_irq(&c->lock); }
static void card_unlock(struct card *c) { spin_unlock_irq(&c->lock); }
int card_set_state(struct card *c, int s) {
  card_lock(c);
  if (s < 0)
    return -22;
  c->state = s;
  card_unlock(c);
  return 0;
}
void card_resume(struct card *c) {
  card_lock(c);
  if (c->state)
    schedule_timeout(10);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'schedule_timeout' may sleep in atomic context (card_lock(c) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: card_lock(c) returns with it held
  card_unlock(c);
}
