#ifndef CXX_MODULE_H
#define CXX_MODULE_H
#include "kernel-mock.h"
struct hrtimer { int (*function)(struct hrtimer *); };
namespace drv {
class Queue {
public:
  void push(unsigned long n);          // allocates with GFP_KERNEL
  void *grow(unsigned long n, gfp_t gfp);
  void lock();                         // returns with the lock held
  void unlock();
  spinlock_t l;
  void *buf;
};
int on_tick(hrtimer *t);               // stored in the timer elsewhere
extern hrtimer tick_timer;
} // namespace drv
#endif
