// SPDX-License-Identifier: GPL-2.0
/*
 * Registration of the C++ entropy driver with the hwrng core: module
 * parameters, the timer, and the kernel functions the C++ side calls under
 * their kernel names (they are macros or inlines here, see kcxx/kernel.h).
 */
#include <linux/hw_random.h>
#include <linux/jiffies.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/sysfs.h>
#include <linux/timer.h>

#include "kt_entropy.h"

static unsigned int entropy_eighths = 8;
module_param(entropy_eighths, uint, 0444);
MODULE_PARM_DESC(entropy_eighths,
		 "min-entropy credited per jitter sample, eighths of a bit (1..64)");

static unsigned int samples_per_tick = 512;
module_param(samples_per_tick, uint, 0444);
MODULE_PARM_DESC(samples_per_tick, "jitter samples collected per timer tick");

static unsigned int period_ms = 10;
module_param(period_ms, uint, 0444);
MODULE_PARM_DESC(period_ms, "timer period in milliseconds");

static unsigned int poll_ms = 5;
module_param(poll_ms, uint, 0444);
MODULE_PARM_DESC(poll_ms, "sleep between polls of a blocking read, ms");

static bool use_cpu_rng = true;
module_param(use_cpu_rng, bool, 0444);
MODULE_PARM_DESC(use_cpu_rng, "mix RDSEED/RDRAND output in, uncredited");

static unsigned short quality = 1024;
module_param(quality, ushort, 0444);
MODULE_PARM_DESC(quality, "hwrng quality, per mill of entropy per bit");

/*
 * The parameter files exist before init runs and after exit has run; their
 * callbacks hold the module's param lock, which is also taken to publish
 * and retract this pointer.
 */
static struct kt_entropy *rng;
static struct timer_list tick;
static bool stopping;

static void publish_rng(struct kt_entropy *r)
{
	kernel_param_lock(THIS_MODULE);
	rng = r;
	kernel_param_unlock(THIS_MODULE);
}

static int stats_get(char *buffer, const struct kernel_param *kp)
{
	if (!rng)
		return sysfs_emit(buffer, "stopped\n");
	return kt_entropy_format_stats(rng, buffer, PAGE_SIZE);
}

static const struct kernel_param_ops stats_ops = {
	.get = stats_get,
};
module_param_cb(stats, &stats_ops, NULL, 0444);
MODULE_PARM_DESC(stats, "health test and pool statistics");

static void tick_fn(struct timer_list *t)
{
	kt_entropy_on_timer(rng);
	if (!READ_ONCE(stopping))
		mod_timer(t, jiffies + msecs_to_jiffies(period_ms));
}

static int hwrng_read(struct hwrng *unused, void *data, size_t max, bool wait)
{
	return kt_entropy_read(rng, data, max, wait);
}

static struct hwrng kt_hwrng = {
	.name = "kt-entropy",
	.read = hwrng_read,
};

/* The C++ side's spinlock_t is an opaque buffer of this size. */
#define KCXX_SPINLOCK_SIZE 64

void *kcxx_kmalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}

void kcxx_spin_lock_init(spinlock_t *lock)
{
	BUILD_BUG_ON(sizeof(spinlock_t) > KCXX_SPINLOCK_SIZE);
	spin_lock_init(lock);
}

void kcxx_spin_lock_irqsave(spinlock_t *lock, unsigned long *flags)
{
	spin_lock_irqsave(lock, *flags);
}

void kcxx_spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	spin_unlock_irqrestore(lock, flags);
}

void kcxx_pr_info(const char *msg)
{
	pr_info("kt_entropy: %s\n", msg);
}

static void destroy_rng(void)
{
	struct kt_entropy *r = rng;

	publish_rng(NULL);
	kt_entropy_destroy(r);
}

static int __init kt_entropy_init(void)
{
	struct kt_entropy_config config = {
		.entropy_eighths = entropy_eighths,
		.samples_per_tick = samples_per_tick,
		.use_cpu_rng = use_cpu_rng,
		.poll_ms = poll_ms,
	};
	struct kt_entropy *r;
	int err;

	if (!period_ms)
		return -EINVAL;
	err = kt_entropy_runtime_init();
	if (err)
		return -ENOMEM;
	r = kt_entropy_create(&config);
	if (!r) {
		/* A parameter out of range or, rarely, no memory. */
		err = -EINVAL;
		goto out_runtime;
	}
	publish_rng(r);
	timer_setup(&tick, tick_fn, 0);
	mod_timer(&tick, jiffies + msecs_to_jiffies(period_ms));

	kt_hwrng.quality = quality;
	err = hwrng_register(&kt_hwrng);
	if (err)
		goto out_timer;
	return 0;

out_timer:
	WRITE_ONCE(stopping, true);
	del_timer_sync(&tick);
	destroy_rng();
out_runtime:
	kt_entropy_runtime_exit();
	return err;
}

static void __exit kt_entropy_exit(void)
{
	/* No reader is inside ->read once this returns. */
	hwrng_unregister(&kt_hwrng);
	WRITE_ONCE(stopping, true);
	del_timer_sync(&tick);
	destroy_rng();
	kt_entropy_runtime_exit();
}

module_init(kt_entropy_init);
module_exit(kt_entropy_exit);

MODULE_DESCRIPTION("Timing-jitter entropy source written in C++ (kernel-tidy reference module)");
MODULE_LICENSE("GPL");
