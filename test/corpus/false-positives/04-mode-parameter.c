// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
// XFAIL: *
//
// False positive 04 (kernel-atomic-context): a helper that sleeps only in
// one mode, chosen by a parameter or a flag of the object, called in the
// other mode under a lock. Still reported (XFAIL).
//
// Seen in: Linux 6.1 drivers/dma/mediatek/mtk-cqdma.c
// (mtk_cqdma_poll_engine_done(pc, true) under pc->lock; six findings),
// drivers/spi/spi-tegra210-quad.c (tegra_qspi_flush_fifos(tqspi, true)),
// drivers/gpio/gpio-aggregator.c (gpio_fwd_set/get_multiple: the can_sleep
// flag picks the mutex or the spinlock and the _cansleep accessor or not),
// drivers/dma/qcom/gpi.c (gpi_config_interrupts: devm_request_irq() only
// while gpii->configured_irq is false, which it is only at setup).
//
// Why it is false: the branch that sleeps is decided by the same value the
// caller fixed (a constant argument, a flag that also chose the lock). The
// analysis is path-insensitive within a function and summarises a helper
// without its arguments' values (docs/spec-conformance.md, "Known
// departures").
#include <linux/iopoll.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);

static int kt_wait_idle(void __iomem *reg, bool atomic)
{
	u32 val;

	if (!atomic)
		return readl_poll_timeout(reg, val, !(val & 1), 10, 1000);
	return readl_poll_timeout_atomic(reg, val, !(val & 1), 1, 1000);
}

int kt_reproducer(void __iomem *reg)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&lock, flags);
	ret = kt_wait_idle(reg, true);
	spin_unlock_irqrestore(&lock, flags);
	return ret;
}
