// GFP_KERNEL in atomic context has a mechanical remedy, GFP_ATOMIC. It
// changes behaviour (the allocation fails instead of sleeping), so it is a
// fix-it on a note: --fix leaves it, --fix-notes applies it, and it is
// exported. Flags inside a macro's body, and flags that are not exactly a
// listed spelling, get none.
// RUN: cp %s %t.c
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %t.c --fix -- -I%kernel_mock > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=UNCHANGED < %t.c
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %t.c --fix-notes -- -I%kernel_mock > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=FIXED < %t.c
// RUN: cp %s %t2.c
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %t2.c --export-fixes=%t.yaml -- -I%kernel_mock > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=EXPORTED < %t.yaml

#include "kernel-mock.h"

#define ALLOC_KERNEL(n) kmalloc(n, GFP_KERNEL)

struct dev { spinlock_t lock; void *a, *b, *c, *d; };

void refill(struct dev *d) {
  spin_lock(&d->lock);
  d->a = kmalloc(16, GFP_KERNEL);
  // UNCHANGED: d->a = kmalloc(16, GFP_KERNEL);
  // FIXED: d->a = kmalloc(16, GFP_ATOMIC);
  d->b = kzalloc(16, GFP_NOFS);
  // FIXED: d->b = kzalloc(16, GFP_ATOMIC);
  d->c = kmalloc(16, GFP_KERNEL | __GFP_ZERO);
  // FIXED: d->c = kmalloc(16, GFP_KERNEL | __GFP_ZERO);
  d->d = ALLOC_KERNEL(16);
  // FIXED: #define ALLOC_KERNEL(n) kmalloc(n, GFP_KERNEL)
  spin_unlock(&d->lock);
}

// EXPORTED: DiagnosticName:  kernel-atomic-context
// EXPORTED: Message: {{.*}}calling ''kmalloc'' with GFP_KERNEL may sleep
// EXPORTED: Replacements:    []
// EXPORTED: - Message:         use GFP_ATOMIC if the allocation may fail here instead of sleeping
// EXPORTED: ReplacementText: GFP_ATOMIC
