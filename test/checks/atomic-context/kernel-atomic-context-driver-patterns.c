// Patterns from real drivers (drivers/char: hpet, virtio_console, hw_random)
// that are correct and must stay silent. Written anew after their shapes.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

struct hpet_dev { spinlock_t lock; unsigned long data; int irq; int flags; };
struct port { spinlock_t inbuf_lock; struct completion done; int nr; void *vq; };
struct rng { struct kref ref; int (*read)(struct rng *, void *, unsigned long, int); };
struct trng { spinlock_t lock; int busy; };

// hpet_read: unlock, then schedule, in a loop, and relock.
long hpet_read_shape(struct hpet_dev *d) {
  unsigned long data;
  for (;;) {
    spin_lock_irq(&d->lock);
    data = d->data;
    d->data = 0;
    spin_unlock_irq(&d->lock);
    if (data)
      break;
    schedule();
  }
  return (long)data;
}

// hpet_ioctl_ieon: unlock on the early-return path and on fall-through,
// then request_irq (which may sleep).
int hpet_ioctl_ieon_shape(struct hpet_dev *d, irq_handler_t h) {
  spin_lock_irq(&d->lock);
  if (d->flags) {
    spin_unlock_irq(&d->lock);
    return -16;
  }
  d->flags = 1;
  spin_unlock_irq(&d->lock);
  if (request_irq(d->irq, h, 0, "hpet", d))
    return -5;
  return 0;
}

// virtio_console: cond_resched / wait_for_completion after the unlock.
void virtio_flush_shape(struct port *p) {
  spin_lock_irq(&p->inbuf_lock);
  p->nr = 0;
  spin_unlock_irq(&p->inbuf_lock);
  cond_resched();
  wait_for_completion(&p->done);
}

// virtio_console fill_queue: the callee allocates with GFP_KERNEL, after
// the lock taken on the previous iteration was released.
static int add_inbuf(struct port *p) {
  void *buf = kmalloc(4096, GFP_KERNEL);
  if (!buf)
    return -12;
  p->vq = buf;
  return 0;
}
unsigned fill_queue_shape(struct port *p) {
  unsigned n = 0;
  do {
    if (add_inbuf(p))
      break;
    spin_lock_irq(&p->inbuf_lock);
    n++;
    spin_unlock_irq(&p->inbuf_lock);
  } while (n < 16);
  return n;
}

// cctrng: spin_trylock with early return; sleeping only where not held.
int cctrng_shape(struct trng *t) {
  if (!spin_trylock(&t->lock))
    return -16;
  t->busy = 1;
  spin_unlock(&t->lock);
  msleep(1);
  return 0;
}

// hw_random core: rcu_read_lock around kref_get.
struct rng *current_rng;
struct rng *get_current_rng_shape(void) {
  struct rng *r;
  rcu_read_lock();
  r = current_rng;
  if (r)
    kref_get(&r->ref);
  rcu_read_unlock();
  return r;
}

// readl_poll_timeout_atomic: busy-waits with udelay, which does not sleep.
#define readl_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
  ({ unsigned long __left = (timeout_us); \
     for (;;) { (val) = readl(addr); if (cond) break; \
       if (!__left--) break; udelay(delay_us); } 0; })
int poll_shape(struct trng *t, void *reg) {
  unsigned int v;
  spin_lock(&t->lock);
  readl_poll_timeout_atomic(reg, v, v & 1, 1, 100);
  spin_unlock(&t->lock);
  return (int)v;
}

// An IRQ handler that only acknowledges and defers the work.
static irqreturn_t rng_irq(int irq, void *data) {
  struct trng *t = data;
  spin_lock(&t->lock);
  t->busy = 0;
  spin_unlock(&t->lock);
  schedule_work(0);
  return 1;
}
int rng_probe(struct trng *t) { return request_irq(3, rng_irq, 0, "rng", t); }

// hwrng ->read runs in process context and may sleep when asked to wait.
static int rng_read(struct rng *r, void *buf, unsigned long max, int wait) {
  if (wait)
    msleep(10);
  return 0;
}
void rng_register(struct rng *r) { r->read = rng_read; }

// The threaded handler's thread function may sleep.
static irqreturn_t quick_check(int irq, void *d) { return 2; }
static irqreturn_t slow_thread(int irq, void *d) {
  struct hpet_dev *h = d;
  h->data = (unsigned long)kmalloc(8, GFP_KERNEL);
  msleep(5);
  return 1;
}
int threaded_probe(struct hpet_dev *d) {
  return request_threaded_irq(d->irq, quick_check, slow_thread, 0, "x", d);
}

// Control: fill_queue with the allocation moved under the lock is reported,
// so this file's silence above is the analysis's, not a dead check's.
unsigned fill_queue_locked(struct port *p) {
  unsigned n = 0;
  spin_lock_irq(&p->inbuf_lock);
  while (n < 16 && !add_inbuf(p))
    n++;
  // CHECK: :[[@LINE-2]]:21: warning: calling 'add_inbuf', which may sleep, in atomic context (spin_lock_irq(&p->inbuf_lock) at line [[#@LINE-3]])
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock_irq(&p->inbuf_lock)
  // CHECK: :[[@LINE-93]]:15: note: frame #1: 'add_inbuf' calls 'kmalloc' here with GFP_KERNEL, which may sleep in direct reclaim
  spin_unlock_irq(&p->inbuf_lock);
  return n;
}
