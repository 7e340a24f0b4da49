// SPDX-License-Identifier: GPL-2.0
/*
 * A positive control for the real-driver corpus (test/corpus/): an hwrng
 * driver written against the real kernel headers with one known mistake per
 * kernel-* check that applies to C. prepare-kernel.sh's caller copies it into
 * drivers/char/hw_random/, compiles it with a sibling driver's flags, and
 * every mistake below must be reported (expectations.txt).
 */
#include <linux/delay.h>
#include <linux/hw_random.h>
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

struct kt_control {
	struct hwrng rng;
	spinlock_t lock;
	struct mutex io_lock;
	u32 *pool;
	int irq;
};

/* A sleeping allocation under a spinlock. */
static int kt_control_refill(struct kt_control *c)
{
	unsigned long flags;
	u32 *pool;

	spin_lock_irqsave(&c->lock, flags);
	pool = kmalloc(64, GFP_KERNEL);
	c->pool = pool;
	spin_unlock_irqrestore(&c->lock, flags);
	return pool ? 0 : -ENOMEM;
}

/* A mutex taken two calls below a spinlock. */
static void kt_control_io(struct kt_control *c)
{
	mutex_lock(&c->io_lock);
	mutex_unlock(&c->io_lock);
}

static void kt_control_flush(struct kt_control *c)
{
	kt_control_io(c);
}

static int kt_control_read(struct hwrng *rng, void *buf, size_t max, bool wait)
{
	struct kt_control *c = container_of(rng, struct kt_control, rng);

	if (!spin_trylock(&c->lock))
		return 0;
	kt_control_flush(c);
	spin_unlock(&c->lock);
	return 0;
}

/* An IRQ handler that sleeps. */
static irqreturn_t kt_control_irq(int irq, void *data)
{
	msleep(1);
	return IRQ_HANDLED;
}

/* Floating point in kernel code. */
static u32 kt_control_quality(u32 samples)
{
	double ratio = samples / 3.0;

	return (u32)ratio;
}

/* A frame far over the kernel's 1 KiB limit. */
static int kt_control_scratch(struct kt_control *c)
{
	u8 scratch[2048];

	memset(scratch, 0, sizeof(scratch));
	return scratch[c->irq & 2047];
}

/* A hosted libc call. */
void *malloc(size_t size);

static void *kt_control_buffer(void)
{
	return malloc(32);
}

static int kt_control_probe(struct kt_control *c)
{
	kt_control_refill(c);
	kt_control_quality(3);
	kt_control_scratch(c);
	kt_control_buffer();
	c->rng.read = kt_control_read;
	return request_irq(c->irq, kt_control_irq, 0, "kt-control", c);
}

static struct kt_control kt_control_dev;

static int __init kt_control_init(void)
{
	return kt_control_probe(&kt_control_dev);
}
module_init(kt_control_init);
MODULE_LICENSE("GPL");
