// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
// XFAIL: *
//
// False positive 02 (kernel-atomic-context): a runtime-PM "sync" call under
// a spinlock or in an IRQ handler of a device whose driver made runtime PM
// IRQ-safe. Still reported (XFAIL).
//
// Seen in: Linux 6.1 drivers/dma/pl330.c (pl330_get_current_xferred_count,
// pl330_tx_status), drivers/dma/qcom/bam_dma.c (bam_dma_irq, bam_start_dma),
// drivers/dma/tegra20-apb-dma.c (tegra_dma_terminate_all): each calls
// pm_runtime_irq_safe() in probe.
//
// Why it is false: pm_runtime_irq_safe() sets dev->power.irq_safe, and
// __pm_runtime_resume() then neither sleeps nor asserts might_sleep()
// (drivers/base/power/runtime.c: might_sleep_if(!(rpmflags & RPM_ASYNC) &&
// !dev->power.irq_safe && ...)). Which device a call is for, and whether
// its driver made it IRQ-safe, is run-time state the check does not follow.
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);

int kt_probe(struct platform_device *pdev)
{
	pm_runtime_irq_safe(&pdev->dev);
	pm_runtime_enable(&pdev->dev);
	return 0;
}

int kt_reproducer(struct device *dev)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&lock, flags);
	ret = pm_runtime_get_sync(dev);
	spin_unlock_irqrestore(&lock, flags);
	return ret;
}
