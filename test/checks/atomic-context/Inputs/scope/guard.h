/* A project header (not a system header): a cleanup guard as the kernel's
 * guard() builds it, a helper that sleeps, and a buggy helper. */
#include "kernel-mock.h"

typedef spinlock_t *scope_guard_t;
static inline scope_guard_t scope_guard_lock(spinlock_t *l) {
  spin_lock(l);
  return l;
}
static inline void scope_guard_unlock(scope_guard_t *g) { spin_unlock(*g); }
#define scope_guard(l) \
  scope_guard_t __attribute__((cleanup(scope_guard_unlock))) __g = scope_guard_lock(l)

static inline void header_wait(void) { msleep(1); }

static inline void header_bug(spinlock_t *l) {
  spin_lock(l);
  msleep(2);
  spin_unlock(l);
}
