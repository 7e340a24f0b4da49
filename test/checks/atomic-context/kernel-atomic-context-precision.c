// Shapes that real drivers showed to be false positives of the lock-summary
// and GFP logic, written anew: each must stay silent, next to a control that
// must be found.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -x c++ -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

#ifdef __cplusplus
extern "C" {
#endif
__attribute__((noreturn)) void panic(const char *fmt, ...);
#ifdef __cplusplus
}
#endif
#define BUG() do { __builtin_unreachable(); } while (0)
#define BUG_ON(c) do { if (c) BUG(); } while (0)
// Linux 6.1's min() checks its operand types with a call of a noreturn
// function that only exists when the check fails.
#define __compiletime_assert(cond, prefix, suffix)                             \
  do {                                                                         \
    __attribute__((noreturn)) extern void prefix##suffix(void);                \
    if (!(cond))                                                               \
      prefix##suffix();                                                        \
  } while (0)
#define min(a, b)                                                              \
  ({ __compiletime_assert(sizeof(a) == sizeof(b), __compiletime_assert_, __COUNTER__); \
     (a) < (b) ? (a) : (b); })

struct dev {
  spinlock_t lock;
  rwlock_t rw;
  struct mutex m;
  int frozen, polled, len, head;
  void *buf;
};

// Paths that cannot return are no exits: these helpers leave the lock
// balanced, so their callers are not in atomic context afterwards.
static int locked_min(struct dev *d, int n) {
  int r;
  spin_lock(&d->lock);
  r = min(n, d->len);
  spin_unlock(&d->lock);
  return r;
}
static void locked_check(struct dev *d) {
  spin_lock(&d->lock);
  BUG_ON(d->len < 0);
  if (d->head > d->len)
    panic("corrupt ring %d", d->head);
  spin_unlock(&d->lock);
}
void after_balanced_helpers(struct dev *d) {
  locked_min(d, 3);
  locked_check(d);
  msleep(1);
}

// A function that never returns ends its callers' paths too.
static void die(struct dev *d) {
  spin_lock(&d->lock);
  panic("dead %p", d);
}
void after_noreturn_helper(struct dev *d, int bad) {
  if (bad)
    die(d);
  msleep(1);
}

// Helpers whose return paths disagree on the depth leave their callers with
// the least of them: a "thaw" that unlocks only when a matching "freeze"
// locked; a lock helper that takes a spinlock or a mutex by mode.
static void freeze(struct dev *d) {
  write_lock(&d->rw);
  d->frozen = 1;
}
static int thaw(struct dev *d) {
  if (!d->frozen)
    return 0;
  d->frozen = 0;
  write_unlock(&d->rw);
  return 1;
}
void freeze_then_thaw(struct dev *d) {
  freeze(d);
  d->len = 0;
  thaw(d);
  msleep(1);
}
static void dev_lock(struct dev *d) {
  if (d->polled)
    spin_lock(&d->lock);
  else
    mutex_lock(&d->m);
}
static void dev_unlock(struct dev *d) {
  if (d->polled)
    spin_unlock(&d->lock);
  else
    mutex_unlock(&d->m);
}
void mode_locked(struct dev *d) {
  dev_lock(d);
  d->len++;
  dev_unlock(d);
  msleep(1);
}
// Control: a helper that always returns with the lock held.
static void always_lock(struct dev *d) { write_lock(&d->rw); }
void control_always_locked(struct dev *d) {
  always_lock(d);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (always_lock(d) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: always_lock(d) returns with it held
  write_unlock(&d->rw);
}

// A trylock result kept in a variable enters atomic context where it was
// true, as the direct forms do.
int trylock_variable(struct dev *d) {
  int got = spin_trylock(&d->lock);
  if (!got)
    return -16;
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_trylock(&d->lock) at line [[#@LINE-4]] succeeded) [kernel-atomic-context]
  // CHECK: :[[@LINE-5]]:13: note: atomic context begins here: spin_trylock(&d->lock) succeeded
  spin_unlock(&d->lock);
  msleep(1);
  return 0;
}
int trylock_assigned(struct dev *d) {
  int got;
  got = spin_trylock(&d->lock);
  if (got) {
    cond_resched();
    // CHECK: :[[@LINE-1]]:5: warning: calling 'cond_resched' may sleep in atomic context (spin_trylock(&d->lock) at line [[#@LINE-3]] succeeded) [kernel-atomic-context]
    // CHECK: :[[@LINE-4]]:9: note: atomic context begins here: spin_trylock(&d->lock) succeeded
    spin_unlock(&d->lock);
  }
  cond_resched();
  return got;
}

// GFP flags are read from the gfp_t argument only: a size that happens to
// hold the direct-reclaim bit is no flag.
void sizes_are_not_flags(struct dev *d) {
  spin_lock(&d->lock);
  d->buf = kzalloc(1518, GFP_ATOMIC);
  d->buf = kmalloc(0x400 | 0x80, GFP_NOWAIT);
  spin_unlock(&d->lock);
}

// The note names the lock that holds at the call, not one taken later in
// the loop and released before the back edge.
void loop_later_lock(struct dev *d, int n) {
  spin_lock(&d->lock);
  for (int i = 0; i < n; i++) {
    msleep(1);
    // CHECK: :[[@LINE-1]]:5: warning: calling 'msleep' may sleep in atomic context (spin_lock(&d->lock) at line [[#@LINE-3]]) [kernel-atomic-context]
    // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(&d->lock)
    spin_unlock(&d->lock);
    read_lock(&d->rw);
    d->len++;
    read_unlock(&d->rw);
    spin_lock(&d->lock);
  }
  spin_unlock(&d->lock);
}
