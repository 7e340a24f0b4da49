// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
// XFAIL: *
//
// False positive 05 (kernel-atomic-context): gpiochip_request_own_desc()
// with a string literal as its label, under a spinlock. Still reported
// (XFAIL).
//
// Seen in: Linux 6.1 drivers/gpio/gpio-mvebu.c (mvebu_pwm_request,
// label "mvebu-pwm", under mvpwm->lock). (Its counterpart in
// mvebu_pwm_free, gpiochip_free_own_desc() under the same lock, is a true
// finding: gpiod_free_commit() calls might_sleep() and gpiod_unexport().)
//
// Why it is false: the kernel database says the request may sleep because
// gpiod_request_commit() calls kstrdup_const(label, GFP_KERNEL); for a label
// in .rodata kstrdup_const() returns it without allocating (mm/util.c:
// is_kernel_rodata()). Where a string lives is beyond the check.
#include <linux/gpio/consumer.h>
#include <linux/gpio/driver.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);

struct gpio_desc *kt_reproducer(struct gpio_chip *chip)
{
	struct gpio_desc *desc;
	unsigned long flags;

	spin_lock_irqsave(&lock, flags);
	desc = gpiochip_request_own_desc(chip, 0, "kt-label",
					 GPIO_ACTIVE_HIGH, GPIOD_OUT_LOW);
	spin_unlock_irqrestore(&lock, flags);
	return desc;
}
