// SPDX-License-Identifier: GPL-2.0
/* Each function here is a shape of a kernel idiom whose context Linux 6.1
 * decides, written against Debian's real 6.1 headers (most of the idioms are
 * macros there). Lines marked BUG are mistakes the check must report; lines
 * marked OK must stay silent. See docs/kernel-knowledge.md. */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/delay.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/wait.h>
#include <linux/timer.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/workqueue.h>
#include <linux/kthread.h>
#include <linux/notifier.h>
#include <linux/irq_work.h>
#include <linux/netdevice.h>
#include <linux/etherdevice.h>
#include <linux/usb.h>
#include <linux/cleanup.h>

struct cb_dev {
	spinlock_t lock;
	wait_queue_head_t wq;
	bool ready;
	struct mutex mutex;
	struct hrtimer hrtimer;
	struct timer_list timer;
	struct work_struct work;
	struct irq_work irq_work;
	struct urb *urb;
	struct napi_struct napi;
	void *buf;
};

static struct cb_dev cbd;

static bool cb_ready_sleeping(struct cb_dev *d)
{
	msleep(1);
	return d->ready;
}

/* Lock-dropping waits: called with the lock held by design. */
void cb_wait_lock_irq(struct cb_dev *d)
{
	spin_lock_irq(&d->wq.lock);
	wait_event_lock_irq(d->wq, d->ready, d->wq.lock); /* OK */
	spin_unlock_irq(&d->wq.lock);
}

void cb_wait_lock_irq_condition_sleeps(struct cb_dev *d)
{
	spin_lock_irq(&d->wq.lock);
	wait_event_lock_irq(d->wq, cb_ready_sleeping(d), d->wq.lock); /* BUG */
	spin_unlock_irq(&d->wq.lock);
}

int cb_wait_locked(struct cb_dev *d)
{
	int ret;

	spin_lock(&d->wq.lock);
	ret = wait_event_interruptible_locked(d->wq, d->ready); /* OK */
	spin_unlock(&d->wq.lock);
	return ret;
}

void cb_wait_cmd(struct cb_dev *d)
{
	spin_lock(&d->lock);
	wait_event_cmd(d->wq, d->ready, spin_unlock(&d->lock), /* OK */
		       spin_lock(&d->lock));
	spin_unlock(&d->lock);
}

void cb_cond_resched_lock(struct cb_dev *d)
{
	spin_lock(&d->lock);
	cond_resched_lock(&d->lock); /* OK */
	spin_unlock(&d->lock);
}

/* vfree(): deferred when in_interrupt(), may sleep otherwise. */
void cb_vfree_bh(struct cb_dev *d)
{
	spin_lock_bh(&d->lock);
	vfree(d->buf); /* OK */
	spin_unlock_bh(&d->lock);
}

void cb_vfree_spin(struct cb_dev *d)
{
	spin_lock(&d->lock);
	vfree(d->buf); /* BUG */
	spin_unlock(&d->lock);
}

/* GFP flags come from the gfp_t argument only: 1518 is a size. */
void cb_gfp_size(struct cb_dev *d)
{
	spin_lock(&d->lock);
	d->buf = kzalloc(1518, GFP_ATOMIC); /* OK */
	spin_unlock(&d->lock);
}

/* Scope-based guards (include/linux/cleanup.h, backported to Debian's 6.1). */
void cb_guard(struct cb_dev *d)
{
	guard(spinlock)(&d->lock);
	msleep(1); /* BUG */
}

void cb_scoped_guard(struct cb_dev *d)
{
	scoped_guard(spinlock_irqsave, &d->lock)
		d->ready = true;
	msleep(1); /* OK */
}

/* hrtimer: hard-IRQ unless initialised with a *_SOFT mode. */
static enum hrtimer_restart cb_hrtimer_fn(struct hrtimer *t)
{
	struct cb_dev *d = container_of(t, struct cb_dev, hrtimer);

	mutex_lock(&d->mutex); /* BUG */
	mutex_unlock(&d->mutex);
	return HRTIMER_NORESTART;
}

/* timer_list, stored through DEFINE_TIMER; del_timer_sync() spins. */
static void cb_static_timer_fn(struct timer_list *t)
{
	del_timer_sync(&cbd.timer); /* OK */
	kfree(cbd.buf);
	cbd.buf = kmalloc(64, GFP_KERNEL); /* BUG */
}
static DEFINE_TIMER(cb_static_timer, cb_static_timer_fn);

/* A tasklet declared with DECLARE_TASKLET. */
static void cb_tasklet_fn(struct tasklet_struct *t)
{
	msleep(1); /* BUG */
}
static DECLARE_TASKLET(cb_tasklet, cb_tasklet_fn);

/* A work item: process context. */
static void cb_work_fn(struct work_struct *w)
{
	msleep(1); /* OK */
}

/* irq_work through IRQ_WORK_INIT. */
static void cb_irq_work_fn(struct irq_work *w)
{
	msleep(1); /* BUG */
}
static struct irq_work cb_static_irq_work = IRQ_WORK_INIT(cb_irq_work_fn);

/* A kthread: process context. */
static int cb_thread_fn(void *data)
{
	msleep(1); /* OK */
	return 0;
}

/* Atomic and blocking notifier chains. */
static ATOMIC_NOTIFIER_HEAD(cb_atomic_chain);
static BLOCKING_NOTIFIER_HEAD(cb_blocking_chain);

static int cb_atomic_notify(struct notifier_block *nb, unsigned long ev, void *p)
{
	msleep(1); /* BUG */
	return NOTIFY_OK;
}

static int cb_blocking_notify(struct notifier_block *nb, unsigned long ev, void *p)
{
	msleep(1); /* OK */
	return NOTIFY_OK;
}

static struct notifier_block cb_atomic_nb = { .notifier_call = cb_atomic_notify };
static struct notifier_block cb_blocking_nb = { .notifier_call = cb_blocking_notify };

/* A network driver: ndo_start_xmit with bottom halves disabled, ndo_open in
 * process context, the same helper reached from both. */
static void cb_reset(struct cb_dev *d)
{
	msleep(1);
}

static netdev_tx_t cb_xmit(struct sk_buff *skb, struct net_device *dev)
{
	void *copy = kmalloc(skb->len, GFP_KERNEL); /* BUG */

	kfree(copy);
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static void cb_tx_timeout(struct net_device *dev, unsigned int txq)
{
	cb_reset(&cbd); /* BUG */
}

static int cb_open(struct net_device *dev)
{
	cb_reset(&cbd); /* OK */
	return 0;
}

static const struct net_device_ops cb_netdev_ops = {
	.ndo_open = cb_open,
	.ndo_start_xmit = cb_xmit,
	.ndo_tx_timeout = cb_tx_timeout,
};

static int cb_poll(struct napi_struct *napi, int budget)
{
	msleep(1); /* BUG */
	return 0;
}

/* URB completion: atomic (hard-IRQ or a tasklet, depending on the HCD). */
static void cb_urb_done(struct urb *urb)
{
	msleep(1); /* BUG */
}

static void cb_urb_done_assigned(struct urb *urb)
{
	msleep(1); /* BUG */
}

/* The same function stored in two places of different contexts: a timer
 * (atomic) and a work item (process). */
static void cb_both(struct cb_dev *d)
{
	msleep(1);
}
static void cb_both_timer(struct timer_list *t) { cb_both(&cbd); } /* BUG */
static void cb_both_work(struct work_struct *w) { cb_both(&cbd); } /* OK */

int cb_setup(struct net_device *ndev, struct usb_device *udev)
{
	struct cb_dev *d = &cbd;

	spin_lock_init(&d->lock);
	init_waitqueue_head(&d->wq);
	mutex_init(&d->mutex);
	hrtimer_init(&d->hrtimer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	d->hrtimer.function = cb_hrtimer_fn;
	timer_setup(&d->timer, cb_both_timer, 0);
	INIT_WORK(&d->work, cb_work_fn);
	INIT_WORK(&d->work, cb_both_work);
	init_irq_work(&d->irq_work, cb_irq_work_fn);
	kthread_run(cb_thread_fn, d, "cb");
	atomic_notifier_chain_register(&cb_atomic_chain, &cb_atomic_nb);
	blocking_notifier_chain_register(&cb_blocking_chain, &cb_blocking_nb);
	ndev->netdev_ops = &cb_netdev_ops;
	netif_napi_add(ndev, &d->napi, cb_poll);
	d->urb = usb_alloc_urb(0, GFP_KERNEL);
	if (!d->urb)
		return -ENOMEM;
	usb_fill_bulk_urb(d->urb, udev, usb_rcvbulkpipe(udev, 1), d->buf, 64,
			  cb_urb_done, d);
	d->urb->complete = cb_urb_done_assigned;
	mod_timer(&cb_static_timer, jiffies + HZ);
	tasklet_schedule(&cb_tasklet);
	irq_work_queue(&cb_static_irq_work);
	return 0;
}
EXPORT_SYMBOL(cb_setup);

MODULE_LICENSE("GPL");

/* Shapes the wide corpus and the kernel database taught (5 December 2026);
 * included here to keep the lines above where the test expects them. */
#include <linux/xarray.h>
#include <linux/iopoll.h>
#include <linux/device.h>

static DEFINE_XARRAY(cb_xa);
struct cb_obj {
	struct rcu_head rcu;
	int v;
};

int cb_late_shapes(struct cb_dev *d, struct cb_obj *o, struct device *dev,
		   void __iomem *reg)
{
	u32 val;
	int ret;

	ret = xa_insert(&cb_xa, 4, o, GFP_KERNEL);		/* OK */
	spin_lock(&d->lock);
	ret |= xa_insert(&cb_xa, 1, o, GFP_KERNEL);		/* BUG */
	ret |= xa_insert(&cb_xa, 2, o, GFP_ATOMIC);		/* OK */
	xa_store(&cb_xa, 3, o, GFP_KERNEL);			/* BUG */
	ret |= readl_poll_timeout(reg, val, val & 1, 0, 10);	/* OK */
	kfree_rcu(o, rcu);					/* OK */
	put_device(dev);					/* OK */
	spin_unlock(&d->lock);
	return ret;
}
EXPORT_SYMBOL(cb_late_shapes);
