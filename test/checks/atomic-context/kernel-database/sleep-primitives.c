// How the kernel's own sources spell "may sleep" (Linux 6.1 with
// CONFIG_DEBUG_ATOMIC_SLEEP, as scripts/generate-kernel-database configures
// it): the shapes below are written after include/linux/kernel.h, sched.h,
// sched/mm.h, pm_runtime.h, skbuff.h and mm/memory.c. The kernel database
// is derived from bodies like these, so each must come out right: a GFP
// check sleeps with its caller's flags, not always; the checking helpers
// that sit inside might_sleep() and might_fault() are sleeps; the helper that
// cond_resched_lock() runs with the lock held is not.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.KernelDatabase: none}}" -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef unsigned int gfp_t;
#define __GFP_HIGH ((gfp_t)0x20u)
#define __GFP_IO ((gfp_t)0x40u)
#define __GFP_FS ((gfp_t)0x80u)
#define __GFP_DIRECT_RECLAIM ((gfp_t)0x400u)
#define __GFP_KSWAPD_RECLAIM ((gfp_t)0x800u)
#define __GFP_RECLAIM (__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)
#define GFP_ATOMIC (__GFP_HIGH | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL (__GFP_RECLAIM | __GFP_IO | __GFP_FS)

typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);

// include/linux/kernel.h with CONFIG_DEBUG_ATOMIC_SLEEP.
void __might_sleep(const char *file, int line);
void __might_resched(const char *file, int line, unsigned int offsets);
#define might_sleep() do { __might_sleep(__FILE__, __LINE__); } while (0)
#define might_sleep_if(cond) do { if (cond) might_sleep(); } while (0)
void __might_fault(const char *file, int line);
#define might_fault() __might_fault(__FILE__, __LINE__)

// include/linux/sched.h.
int __cond_resched(void);
static inline int _cond_resched(void) { return __cond_resched(); }
#define cond_resched() ({ __might_resched(__FILE__, __LINE__, 0); _cond_resched(); })
// kernel/sched/core.c: drops the lock around the reschedule.
int __cond_resched_lock(spinlock_t *lock) {
  spin_unlock(lock);
  _cond_resched();
  spin_lock(lock);
  return 1;
}
#define cond_resched_lock(lock) ({ __might_resched(__FILE__, __LINE__, 1); __cond_resched_lock(lock); })

// include/linux/gfp.h, sched/mm.h.
static inline _Bool gfpflags_allow_blocking(const gfp_t gfp_flags) {
  return !!(gfp_flags & __GFP_DIRECT_RECLAIM);
}
static inline void might_alloc(gfp_t gfp_mask) {
  might_sleep_if(gfpflags_allow_blocking(gfp_mask));
}

// A slab-like allocator of the kernel's own (mm/slub.c: slab_pre_alloc_hook).
struct cache { void *free; };
void *cache_alloc(struct cache *c, gfp_t flags) {
  might_alloc(flags);
  return c->free;
}

// lib/usercopy.c: _copy_from_user() checks with might_fault().
unsigned long copy_in(void *to, const void *from, unsigned long n) {
  might_fault();
  return n;
}

// A check of its own, as mm/memory.c's __might_fault() makes.
void check_fault(const char *file, int line) {
  __might_sleep(file, line);
}

// drivers/base/power/runtime.c and include/linux/pm_runtime.h: the
// asynchronous forms only queue work.
struct device { int irq_safe; };
#define RPM_ASYNC 0x01
#define RPM_GET_PUT 0x04
int __pm_runtime_resume(struct device *dev, int rpmflags) {
  might_sleep_if(!(rpmflags & RPM_ASYNC) && !dev->irq_safe);
  return 0;
}
static inline int pm_runtime_get(struct device *dev) {
  return __pm_runtime_resume(dev, RPM_GET_PUT | RPM_ASYNC);
}

// include/linux/skbuff.h.
struct sk_buff { int users; };
struct sk_buff *skb_clone(struct sk_buff *skb, gfp_t pri);
static inline struct sk_buff *skb_share_check(struct sk_buff *skb, gfp_t pri) {
  might_sleep_if(gfpflags_allow_blocking(pri));
  if (skb->users > 1)
    return skb_clone(skb, pri);
  return skb;
}

spinlock_t lock, other;

void under_lock(struct cache *c, struct device *dev, struct sk_buff *skb,
                void *to, const void *from) {
  spin_lock(&lock);
  cache_alloc(c, GFP_ATOMIC);
  cache_alloc(c, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'cache_alloc' with GFP_KERNEL may sleep in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-47]]:3: note: frame #1: 'cache_alloc' calls 'might_alloc' here with 'flags' (GFP_KERNEL from the caller), which may sleep in direct reclaim
  // CHECK: :[[@LINE-4]]:18: note: use GFP_ATOMIC if the allocation may fail here instead of sleeping
  skb_share_check(skb, GFP_ATOMIC);
  skb_share_check(skb, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'skb_share_check' with GFP_KERNEL may sleep in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-10]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-3]]:24: note: use GFP_ATOMIC if the allocation may fail here instead of sleeping
  copy_in(to, from, 8);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'copy_in', which may sleep, in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-14]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-51]]:3: note: frame #1: 'copy_in' calls 'might_fault' here, which may sleep
  check_fault(__FILE__, __LINE__);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'check_fault', which may sleep, in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-18]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-49]]:3: note: frame #1: 'check_fault' calls '__might_sleep' here, which may sleep
  might_sleep();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'might_sleep' may sleep in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-22]]:3: note: atomic context begins here: spin_lock(&lock)
  pm_runtime_get(dev);
  // The lock that cond_resched_lock() drops is the only one held.
  cond_resched_lock(&lock);
  spin_lock(&other);
  cond_resched_lock(&lock);
  // CHECK: :[[@LINE-1]]:3: warning: calling '__cond_resched_lock', which may sleep, in atomic context (spin_lock(&lock) at line 101)
  // CHECK: :[[@LINE-29]]:3: note: atomic context begins here: spin_lock(&lock)
  // CHECK: :[[@LINE-89]]:3: note: frame #1: '__cond_resched_lock' calls '_cond_resched' here, which may sleep
  spin_unlock(&other);
  spin_unlock(&lock);
}
