// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
//
// False positive 06 (kernel-atomic-context): dropping a reference in a
// timer, whose release would put a USB device. Fixed on 5 December 2026
// (put_device, kobject_put, usb_put_dev, usb_put_intf in
// NonSleepingFunctions); kept as a regression test.
//
// Seen in: Linux 6.1 drivers/mmc/host/vub300.c
// (vub300_inactivity_timer_expired: kref_put(&vub300->kref, vub300_delete),
// and vub300_queue_dead_work()'s kref_put; vub300_delete calls
// usb_put_dev()).
//
// Why it is false: the kernel database reaches a sleep through
// usb_put_dev() -> put_device() -> kobject_put() -> the sysfs removal of a
// kobject still in sysfs; a device's last reference goes after
// device_del() has removed it from sysfs in process context (disconnect),
// so the put here frees memory only.
#include <linux/kref.h>
#include <linux/slab.h>
#include <linux/timer.h>
#include <linux/usb.h>

struct kt_dev {
	struct kref kref;
	struct usb_device *udev;
	struct timer_list timer;
};

static void kt_delete(struct kref *kref)
{
	struct kt_dev *d = container_of(kref, struct kt_dev, kref);

	usb_put_dev(d->udev);
	kfree(d);
}

static void kt_timer_fn(struct timer_list *t)
{
	struct kt_dev *d = from_timer(d, t, timer);

	kref_put(&d->kref, kt_delete);
}

void kt_reproducer(struct kt_dev *d)
{
	timer_setup(&d->timer, kt_timer_fn, 0);
}
