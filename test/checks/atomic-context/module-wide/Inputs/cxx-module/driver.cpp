// The driver: each bug needs queue.cpp to be seen.
#include "module.h"

namespace drv {
hrtimer tick_timer = {on_tick};

void flush(Queue &q) {
  q.lock();
  q.push(16);
  q.unlock();
}
void *resize(Queue &q) {
  spinlock_t other;
  spin_lock(&other);
  void *p = q.grow(32, GFP_KERNEL);
  spin_unlock(&other);
  return p;
}
} // namespace drv
