// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
//
// False positive 03 (kernel-atomic-context): readl_poll_timeout() with a
// sleep of 0 under a spinlock. Fixed on 5 December 2026 (ConstantBranches:
// a constant local decides its branches); kept as a regression test.
//
// Seen in: Linux 6.1 drivers/net/can/kvaser_pciefd.c
// (kvaser_pciefd_set_bittiming: readl_poll_timeout(..., 0, 10) under
// can->lock), drivers/dma/uniphier-mdmac.c (uniphier_mdmac_abort:
// readl_poll_timeout(..., 0, 20) under vc->lock).
//
// Why it is false: include/linux/iopoll.h's read_poll_timeout() copies
// sleep_us into a local and calls might_sleep_if((__sleep_us) != 0); with 0
// it busy-polls. The check did not carry the constant through the macro's
// local variable, so the might_sleep() on the other branch counted.
#include <linux/iopoll.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);

int kt_reproducer(void __iomem *reg)
{
	unsigned long flags;
	u32 val;
	int ret;

	spin_lock_irqsave(&lock, flags);
	ret = readl_poll_timeout(reg, val, val & 1, 0, 10);
	spin_unlock_irqrestore(&lock, flags);
	return ret;
}
