// A local integer set once from a constant and only read after decides the
// branches that test it: read_poll_timeout() copies its sleep_us argument
// into a local and sleeps only when it is non-zero, so a poll with no sleep
// under a spinlock busy-waits and is no finding. A local that is written
// again, whose address is taken, or whose value is not constant decides
// nothing. (test/corpus/false-positives/03-poll-without-sleep.c has the
// same with the kernel's own iopoll.h.)
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error}}:'

typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void might_sleep(void);
void usleep_range(unsigned long min, unsigned long max);
unsigned int readl(const volatile void *addr);
void cpu_relax(void);
void touch(unsigned long *p);

#define unlikely(x) __builtin_expect(!!(x), 0)
#define might_sleep_if(cond) do { if (cond) might_sleep(); } while (0)
// The shape of include/linux/iopoll.h's read_poll_timeout() (6.1).
#define poll_timeout(op, val, cond, sleep_us, timeout_us, sleep_before_read, args...) \
({ \
	unsigned long long __timeout_us = (timeout_us); \
	unsigned long __sleep_us = (sleep_us); \
	might_sleep_if((__sleep_us) != 0); \
	if (sleep_before_read && __sleep_us) \
		usleep_range((__sleep_us >> 2) + 1, __sleep_us); \
	for (;;) { \
		(val) = op(args); \
		if (cond) \
			break; \
		if (__timeout_us == 0) \
			break; \
		if (__sleep_us) \
			usleep_range((__sleep_us >> 2) + 1, __sleep_us); \
		cpu_relax(); \
	} \
	(cond) ? 0 : -110; \
})
#define readl_poll(addr, val, cond, delay_us, timeout_us) \
	poll_timeout(readl, val, cond, delay_us, timeout_us, 0, addr)

static spinlock_t lock;

int busy_poll(void *reg) {
  unsigned int val;
  int ret;
  spin_lock(&lock);
  ret = readl_poll(reg, val, val & 1, 0, 10);
  spin_unlock(&lock);
  return ret;
}

int sleeping_poll(void *reg) {
  unsigned int val;
  int ret;
  spin_lock(&lock);
  ret = readl_poll(reg, val, val & 1, 5, 10);
  // CHECK: :[[@LINE-1]]:9: warning: calling 'might_sleep' may sleep in atomic context
  spin_unlock(&lock);
  return ret;
}

void written_again(int on) {
  unsigned long delay = 0;
  if (on)
    delay = 10;
  spin_lock(&lock);
  if (delay)
    usleep_range(delay, delay);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'usleep_range' may sleep in atomic context
  spin_unlock(&lock);
}

void address_taken(void) {
  unsigned long delay = 0;
  touch(&delay);
  spin_lock(&lock);
  if (unlikely(delay != 0))
    usleep_range(delay, delay);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'usleep_range' may sleep in atomic context
  spin_unlock(&lock);
}

void not_constant(unsigned long from) {
  unsigned long delay = from;
  spin_lock(&lock);
  if (delay)
    usleep_range(delay, delay);
  // CHECK: :[[@LINE-1]]:5: warning: calling 'usleep_range' may sleep in atomic context
  spin_unlock(&lock);
}

void constant_through_arithmetic(void) {
  unsigned long delay = 0;
  int scaled = (int)(delay >> 2) + 1;
  spin_lock(&lock);
  if (scaled > 1 || !(delay == 0))
    usleep_range(delay, delay);
  spin_unlock(&lock);
}
