// Macro-heavy code, as kernels write it: lock regions, calls and whole
// functions made by macros, X-macros, token pasting, variadic and
// self-referential macros. Findings point at the code as written.
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void msleep(unsigned int);
void *kmalloc(unsigned long, unsigned int);
#define GFP_KERNEL 0xcc0u
#define GFP_ATOMIC 0x820u
static spinlock_t lock;

#define LOCKED(stmt)                                                           \
  do {                                                                         \
    spin_lock(&lock);                                                          \
    stmt;                                                                      \
    spin_unlock(&lock);                                                        \
  } while (0)
#define SLEEP() msleep(1)
#define ALLOC(n, ...) kmalloc(n, __VA_ARGS__)
#define spin_lock(l) spin_lock(l)
#define CAT(a, b) a##b
#define MAKE_HANDLER(name, body)                                               \
  void CAT(handle_, name)(void) { LOCKED(body); }

void through_macros(void) { LOCKED(SLEEP()); }
// CHECK: :[[@LINE-1]]:36: warning: calling 'msleep' may sleep in atomic context (LOCKED(SLEEP()) at line [[#@LINE-1]]) [kernel-atomic-context]
// CHECK: :[[@LINE-2]]:29: note: atomic context begins here: LOCKED(SLEEP())

void allocations(void) {
  LOCKED(ALLOC(16, GFP_ATOMIC));
  LOCKED(ALLOC(16, GFP_KERNEL));
  // CHECK: :[[@LINE-1]]:10: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context (LOCKED(ALLOC(16, GFP_KERNEL)) at line [[#@LINE-1]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-2]]:3: note: atomic context begins here: LOCKED(ALLOC(16, GFP_KERNEL))
}

MAKE_HANDLER(quiet, (void)0)
MAKE_HANDLER(noisy, SLEEP())
// CHECK: :[[@LINE-1]]:21: warning: calling 'msleep' may sleep in atomic context (MAKE_HANDLER(noisy, SLEEP()) at line [[#@LINE-1]]) [kernel-atomic-context]
// CHECK: :[[@LINE-2]]:1: note: atomic context begins here: MAKE_HANDLER(noisy, SLEEP())

#define EVENTS(X) X(open) X(close) X(read)
#define DECLARE(name) void on_##name(int);
EVENTS(DECLARE)
#define CALL(name) on_##name(1);
void dispatch(void) { LOCKED(EVENTS(CALL)); }
// CHECK: :[[@LINE-1]]:37: warning: calling 'on_open', which may sleep, in atomic context (LOCKED(EVENTS(CALL)) at line [[#@LINE-1]]) [kernel-atomic-context]
// CHECK: :[[@LINE-2]]:23: note: atomic context begins here: LOCKED(EVENTS(CALL))
// CHECK: :[[@LINE+1]]:23: note: frame #1: 'on_open' calls 'msleep' here, which may sleep
void on_open(int x) { msleep(x); }
void on_close(int x) { (void)x; }

#define msleep(n) msleep(n)
#define HALF(x) ((x) * 0.5)
int scaled(int x) { return HALF(x); }
// CHECK: :[[@LINE-1]]:28: warning: floating-point arithmetic in kernel code [kernel-floating-point]
// CHECK: :[[@LINE-3]]:22: note: expanded from macro 'HALF'

#if defined(UNDEFINED_CONFIG) && UNDEFINED_CONFIG > 2
void never_compiled(void) { LOCKED(SLEEP()); }
#endif
