// printk may be called from any context (kernel/printk/printk.c), and so may
// console_unlock(): the map step of the kernel database reads bodies like
// these (a console flush that may reschedule, printk's recursion on its own
// errors) and must not conclude that every function that prints may sleep.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s --allow-empty -implicit-check-not='{{warning|error|note}}:'
// Without the entries, the same bodies make each print a sleep.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.NonSleepingFunctions: '*_trylock'}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNLISTED

typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void __might_sleep(const char *file, int line);
void _cond_resched(void);

static int console_may_schedule;

// As in 6.1: the flush reschedules only when console_lock() took the
// console, which a path-insensitive reading cannot tell.
void console_unlock(void) {
  if (console_may_schedule)
    _cond_resched();
}

int vprintk_emit(int facility, int level, const char *fmt);
// printk's ring buffer reports its own errors with printk.
static void store(const char *fmt, int nested) {
  if (nested)
    vprintk_emit(0, 0, fmt);
}
int vprintk_emit(int facility, int level, const char *fmt) {
  store(fmt, level);
  console_unlock();
  return 0;
}
int vprintk(const char *fmt) { return vprintk_emit(0, -1, fmt); }
int _printk(const char *fmt, ...) { return vprintk(fmt); }
void __warn_printk(const char *fmt, ...) { _printk(fmt); }

static spinlock_t lock;

void prints_under_lock(void) {
  spin_lock(&lock);
  _printk("state\n");
  // UNLISTED: :[[@LINE-1]]:3: warning: calling '_printk', which may sleep, in atomic context
  __warn_printk("bad\n");
  // UNLISTED: :[[@LINE-1]]:3: warning: calling '__warn_printk', which may sleep, in atomic context
  console_unlock();
  // UNLISTED: :[[@LINE-1]]:3: warning: calling 'console_unlock', which may sleep, in atomic context
  spin_unlock(&lock);
}
