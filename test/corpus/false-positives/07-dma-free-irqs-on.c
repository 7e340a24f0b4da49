// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
// XFAIL: *
//
// False positive 07 (kernel-atomic-context): dma_free_coherent() with
// bottom halves off but interrupts on. Still reported (XFAIL).
//
// Seen in: Linux 6.1 drivers/dma/ioat/init.c (ioat_free_chan_resources():
// dma_free_coherent() of the descriptor chunks under
// spin_lock_bh(&ioat_chan->cleanup_lock)).
//
// Why it is false: the DMA API asks for interrupts on
// (Documentation/core-api/dma-api.rst; dma_free_attrs() warns when they
// are off), not for process context. The kernel database reaches a sleep
// through dma_direct_free()'s vunmap() of a remapped buffer, which x86's
// dma-direct, the only platform of this driver, does not make. A rule for
// "not with interrupts off" is not one the tables can say yet.
#include <linux/dma-mapping.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);

void kt_reproducer(struct device *dev, void *cpu, dma_addr_t handle)
{
	spin_lock_bh(&lock);
	dma_free_coherent(dev, 4096, cpu, handle);
	spin_unlock_bh(&lock);
}
