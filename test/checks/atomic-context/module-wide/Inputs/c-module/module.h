#ifndef C_MODULE_H
#define C_MODULE_H
#include "kernel-mock.h"
struct dev { spinlock_t lock; struct mutex m; void *buf; struct timer_list t; };
struct dev_ops { void (*reset)(struct dev *); };
void *pdu_create(unsigned long n);
void *pdu_alloc(unsigned long n, gfp_t gfp);
void dev_lock(struct dev *d);
void dev_unlock(struct dev *d);
void dev_teardown(struct dev *d);
void dev_watchdog(struct timer_list *t);
extern struct dev_ops chip_ops;
#endif
