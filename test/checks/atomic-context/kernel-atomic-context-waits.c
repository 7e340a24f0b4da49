// Kernel wait macros as Linux 6.1 spells them (written anew after their
// shapes): a sleeping macro is one finding per call whatever it expands to;
// the waits that drop a lock around the sleep are called with it held by
// design, and their condition runs with it held.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef struct { int raw; } spinlock_t;
struct wait_queue_head { spinlock_t lock; };
struct wait_queue_entry { int flags; };
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void spin_lock_irq(spinlock_t *);
void spin_unlock_irq(spinlock_t *);
void spin_lock_bh(spinlock_t *);
void spin_unlock_bh(spinlock_t *);
void __might_sleep(const char *file, int line);
#define might_sleep() __might_sleep(__FILE__, __LINE__)
long schedule_timeout(long);
void schedule(void);
long prepare_to_wait_event(struct wait_queue_head *, struct wait_queue_entry *, int);
void finish_wait(struct wait_queue_head *, struct wait_queue_entry *);
void vfree(const void *);
void msleep(unsigned);
int ready(void);

#define ___wait_event(wq, condition, state, ret, cmd)                          \
  ({                                                                           \
    struct wait_queue_entry __wq_entry;                                        \
    long __ret = ret;                                                          \
    for (;;) {                                                                 \
      long __int = prepare_to_wait_event(&(wq), &__wq_entry, state);           \
      if (condition)                                                           \
        break;                                                                 \
      if (__int) {                                                             \
        __ret = __int;                                                         \
        break;                                                                 \
      }                                                                        \
      cmd;                                                                     \
    }                                                                          \
    finish_wait(&(wq), &__wq_entry);                                           \
    __ret;                                                                     \
  })
#define __wait_event_timeout(wq, condition, timeout)                           \
  ___wait_event(wq, (condition), 2, timeout, __ret = schedule_timeout(__ret))
#define wait_event_timeout(wq, condition, timeout)                             \
  ({                                                                           \
    long __ret = timeout;                                                      \
    might_sleep();                                                             \
    if (!(condition))                                                          \
      __ret = __wait_event_timeout(wq, condition, timeout);                    \
    __ret;                                                                     \
  })
#define __wait_event_lock_irq(wq, condition, lock, cmd)                        \
  (void)___wait_event(wq, condition, 2, 0,                                     \
                      spin_unlock_irq(&lock); cmd; schedule();                 \
                      spin_lock_irq(&lock))
#define wait_event_lock_irq(wq, condition, lock)                               \
  do {                                                                         \
    if (condition)                                                             \
      break;                                                                   \
    __wait_event_lock_irq(wq, condition, lock, );                              \
  } while (0)

struct dev { struct wait_queue_head wq; spinlock_t lock; int done; void *mem; };

void one_wait_one_finding(struct dev *d) {
  spin_lock(&d->lock);
  wait_event_timeout(d->wq, d->done, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_event_timeout' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
}

// wait_event_lock_irq() is called with the lock held: it drops the lock
// around schedule().
void wait_under_its_lock(struct dev *d) {
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, d->done, d->wq.lock);
  spin_unlock_irq(&d->wq.lock);
}

// Its condition runs with the lock held.
void condition_under_lock(struct dev *d) {
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, (msleep(1), ready()), d->wq.lock);
  // CHECK: :[[@LINE-1]]:31: warning: calling 'msleep' may sleep in atomic context (spin_lock_irq(&d->wq.lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_irq(&d->wq.lock)
  spin_unlock_irq(&d->wq.lock);
}

// Control: under another lock as well, the wait still sleeps.
void wait_under_two_locks(struct dev *d) {
  spin_lock(&d->lock);
  spin_lock_irq(&d->wq.lock);
  wait_event_lock_irq(d->wq, d->done, d->wq.lock);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_event_lock_irq' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-3]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock_irq(&d->wq.lock);
  spin_unlock(&d->lock);
}

// vfree() defers the free where in_interrupt() is true (bottom halves
// disabled) and may sleep elsewhere.
void vfree_under_bh(struct dev *d) {
  spin_lock_bh(&d->lock);
  vfree(d->mem);
  spin_unlock_bh(&d->lock);
}
void vfree_under_spinlock(struct dev *d) {
  spin_lock(&d->lock);
  vfree(d->mem);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'vfree' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
}
static void release_mem(struct dev *d) { vfree(d->mem); }
void vfree_through_helper_under_bh(struct dev *d) {
  spin_lock_bh(&d->lock);
  release_mem(d);
  spin_unlock_bh(&d->lock);
}
