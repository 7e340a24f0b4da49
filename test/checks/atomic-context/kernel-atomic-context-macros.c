// Kernel headers spell much of the API as macros over internal functions;
// the check matches the macro names. GFP flags here have no values the TU
// can see (they are extern constants), so the spelling decides.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef unsigned int gfp_t;
typedef struct { int raw; } raw_spinlock_t;
typedef struct { raw_spinlock_t rlock; } spinlock_t;
struct timer_list { int raw; };
extern const gfp_t GFP_KERNEL_VALUE, GFP_ATOMIC_VALUE, NOWARN_VALUE;
#define GFP_KERNEL GFP_KERNEL_VALUE
#define GFP_ATOMIC GFP_ATOMIC_VALUE
#define __GFP_NOWARN NOWARN_VALUE

unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *);
void _raw_spin_unlock_irqrestore(raw_spinlock_t *, unsigned long);
int _raw_spin_trylock(raw_spinlock_t *);
void _raw_spin_unlock(raw_spinlock_t *);
static inline raw_spinlock_t *spinlock_check(spinlock_t *l) { return &l->rlock; }
#define raw_spin_lock_irqsave(lock, flags) \
  do { flags = _raw_spin_lock_irqsave(lock); } while (0)
#define spin_lock_irqsave(lock, flags) \
  do { raw_spin_lock_irqsave(spinlock_check(lock), flags); } while (0)
#define spin_unlock_irqrestore(lock, flags) \
  _raw_spin_unlock_irqrestore(&(lock)->rlock, flags)
#define spin_trylock(lock) _raw_spin_trylock(&(lock)->rlock)
#define spin_unlock(lock) _raw_spin_unlock(&(lock)->rlock)

void __preempt_count_add(int);
void __preempt_count_sub(int);
#define barrier() __asm__ __volatile__("" ::: "memory")
#define preempt_disable() do { __preempt_count_add(1); barrier(); } while (0)
#define preempt_enable() do { barrier(); __preempt_count_sub(1); } while (0)

void __might_sleep(const char *, int);
#define might_sleep() __might_sleep(__FILE__, __LINE__)
void prepare_to_wait_event(void *);
#define wait_event(wq, cond) \
  do { might_sleep(); while (!(cond)) prepare_to_wait_event(&(wq)); } while (0)

void init_timer_key(struct timer_list *, void (*)(struct timer_list *), unsigned, const char *, void *);
#define timer_setup(timer, callback, flags) \
  init_timer_key((timer), (callback), (flags), #timer, 0)

void *__kmalloc(unsigned long, gfp_t);
static inline void *kmalloc(unsigned long n, gfp_t flags) { return __kmalloc(n, flags); }
void msleep(unsigned);

struct dev { spinlock_t lock; int wq; int ready; void *buf; struct timer_list t; };

void irqsave_region(struct dev *d) {
  unsigned long flags;
  spin_lock_irqsave(&d->lock, flags);
  d->buf = kmalloc(16, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context (spin_lock_irqsave(&d->lock, flags) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock_irqsave(&d->lock, flags)
  d->buf = kmalloc(16, GFP_ATOMIC | __GFP_NOWARN);
  spin_unlock_irqrestore(&d->lock, flags);
  d->buf = kmalloc(16, GFP_KERNEL);
}

void macro_preempt(struct dev *d) {
  preempt_disable();
  wait_event(d->wq, d->ready);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'wait_event' may sleep in atomic context (preempt_disable() at line [[#@LINE-2]])
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: preempt_disable()
  preempt_enable();
  wait_event(d->wq, d->ready);
}

int macro_trylock(struct dev *d) {
  if (!spin_trylock(&d->lock))
    return 0;
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_trylock(&d->lock) at line [[#@LINE-3]] succeeded)
  // CHECK: :[[@LINE-4]]:8: note: atomic context begins here: spin_trylock(&d->lock) succeeded
  spin_unlock(&d->lock);
  msleep(1);
  return 1;
}

static void expire(struct timer_list *t) { msleep(1); }
// CHECK: :[[@LINE-1]]:44: warning: calling 'msleep' may sleep in atomic context ('expire' runs in softirq context)
// CHECK: :[[@LINE+1]]:27: note: 'expire' runs in softirq context: registered by 'timer_setup' here
void arm(struct dev *d) { timer_setup(&d->t, expire, 0); }
