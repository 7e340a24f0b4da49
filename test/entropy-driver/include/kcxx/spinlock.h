// A spinlock and its scope guard. The guard disables local interrupts, so
// the lock can be shared between a timer (softirq) and process context. The
// annotations tell kernel-tidy that a guard's lifetime is atomic context.
#ifndef KCXX_SPINLOCK_H
#define KCXX_SPINLOCK_H

#include "kcxx/kernel.h"
#include <kernel-tidy/annotations.h>

namespace kcxx {

class SpinLock {
public:
  // Not a constructor: a global SpinLock would need a constructor call the
  // module loader never makes. Owners call init() before first use.
  void init() { spin_lock_init(&lock_); }

  SpinLock() = default;
  SpinLock(const SpinLock &) = delete;
  SpinLock &operator=(const SpinLock &) = delete;

private:
  friend class SpinLockGuard;
  spinlock_t lock_;
};

class SpinLockGuard {
public:
  __kt_acquires_atomic explicit SpinLockGuard(SpinLock &lock) : lock_(lock) {
    spin_lock_irqsave(&lock_.lock_, flags_);
  }
  __kt_releases_atomic ~SpinLockGuard() {
    spin_unlock_irqrestore(&lock_.lock_, flags_);
  }
  SpinLockGuard(const SpinLockGuard &) = delete;
  SpinLockGuard &operator=(const SpinLockGuard &) = delete;

private:
  SpinLock &lock_;
  unsigned long flags_ = 0;
};

} // namespace kcxx

#endif
