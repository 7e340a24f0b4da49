// Pending until the analysis reads GFP flags from the gfp_t argument only
// (or the argument a GfpAllocators entry names): rename to gfp-argument.c.
// Sizes are not flags: 1518 (0x5EE) has the direct-reclaim bit 0x400 set.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

struct chan { int id; };
struct dev { spinlock_t lock; void *buf; struct chan *chans[4]; };

unsigned long __get_free_pages(gfp_t, unsigned int);
#define __get_free_page(gfp_mask) __get_free_pages((gfp_mask), 0)

void sizes_are_not_flags(struct dev *d, int x) {
  spin_lock(&d->lock);
  d->buf = kzalloc(1518, GFP_ATOMIC);
  d->buf = kmalloc(sizeof(*d->chans[x]) * 1518, GFP_ATOMIC);
  d->buf = (void *)__get_free_page(GFP_ATOMIC);
  d->buf = kmalloc(1518, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:12: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context
  // CHECK: :[[@LINE-6]]:3: note: atomic context begins here: spin_lock(&d->lock)
  d->buf = (void *)__get_free_page(GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:20: warning: calling '__get_free_page' with GFP_KERNEL may sleep in atomic context
  // CHECK: :[[@LINE-9]]:3: note: atomic context begins here: spin_lock(&d->lock)
  spin_unlock(&d->lock);
}
