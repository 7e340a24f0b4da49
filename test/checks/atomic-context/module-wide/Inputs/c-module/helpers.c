// The helpers of a module: an allocation, a GFP flag passed down, a lock
// helper pair, a teardown that sleeps, and a timer callback registered in
// the other file.
#include "module.h"

void *pdu_create(unsigned long n) { return kmalloc(n, GFP_KERNEL); }
void *pdu_alloc(unsigned long n, gfp_t gfp) { return kzalloc(n, gfp); }
void dev_lock(struct dev *d) { spin_lock(&d->lock); }
void dev_unlock(struct dev *d) { spin_unlock(&d->lock); }
void dev_teardown(struct dev *d) { mutex_lock(&d->m); }
void dev_watchdog(struct timer_list *t) { msleep(10); }
