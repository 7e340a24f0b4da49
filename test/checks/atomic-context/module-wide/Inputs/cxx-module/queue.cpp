// The queue's methods and the timer callback, used from the other file.
#include "module.h"

namespace drv {
void Queue::push(unsigned long n) { buf = kmalloc(n, GFP_KERNEL); }
void *Queue::grow(unsigned long n, gfp_t gfp) { return kzalloc(n, gfp); }
void Queue::lock() { spin_lock(&l); }
void Queue::unlock() { spin_unlock(&l); }
int on_tick(hrtimer *t) {
  msleep(1);
  return 0;
}
} // namespace drv
