// The kernel functions the C++ side calls, declared with the kernel's own
// names so that readers (and kernel-tidy's built-in tables) recognise them.
// Several are macros or static inlines in the kernel; those are provided by
// the C glue under a kcxx_ name and bound here with an asm label, so the
// C++ call site still says what it means. No kernel header is included: the
// C++ code is compiled with -nostdinc++ and without the kernel's include path.
#ifndef KCXX_KERNEL_H
#define KCXX_KERNEL_H

#include "kcxx/types.h"

// The bit values of include/linux/gfp_types.h (6.1). Only
// __GFP_DIRECT_RECLAIM decides whether an allocation may sleep.
typedef unsigned int gfp_t;
#define ___GFP_HIGH 0x20u
#define ___GFP_IO 0x40u
#define ___GFP_FS 0x80u
#define ___GFP_ZERO 0x100u
#define ___GFP_DIRECT_RECLAIM 0x400u
#define ___GFP_KSWAPD_RECLAIM 0x800u
#define ___GFP_NOWARN 0x2000u
#define __GFP_HIGH ((gfp_t)___GFP_HIGH)
#define __GFP_IO ((gfp_t)___GFP_IO)
#define __GFP_FS ((gfp_t)___GFP_FS)
#define __GFP_ZERO ((gfp_t)___GFP_ZERO)
#define __GFP_DIRECT_RECLAIM ((gfp_t)___GFP_DIRECT_RECLAIM)
#define __GFP_KSWAPD_RECLAIM ((gfp_t)___GFP_KSWAPD_RECLAIM)
#define __GFP_RECLAIM ((gfp_t)(___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM))
#define __GFP_NOWARN ((gfp_t)___GFP_NOWARN)
#define GFP_ATOMIC (__GFP_HIGH | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL (__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_NOWAIT (__GFP_KSWAPD_RECLAIM)

typedef struct kcxx_spinlock spinlock_t;

extern "C" {

void *kmalloc(size_t size, gfp_t flags) __asm__("kcxx_kmalloc");
void kfree(const void *p);

void spin_lock_init(spinlock_t *lock) __asm__("kcxx_spin_lock_init");
void spin_lock_irqsave(spinlock_t *lock, unsigned long &flags)
    __asm__("kcxx_spin_lock_irqsave");
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
    __asm__("kcxx_spin_unlock_irqrestore");

void msleep(unsigned int msecs);
int snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *memcpy(void *dst, const void *src, size_t n);

// pr_info with the module's prefix.
void kcxx_pr_info(const char *msg);
}

// Room for the kernel's spinlock_t: 4 bytes in Debian's configuration, more
// with lock debugging; the glue's BUILD_BUG_ON fails the build if it does
// not fit.
struct kcxx_spinlock {
  alignas(8) unsigned char opaque[64];
};

#endif
