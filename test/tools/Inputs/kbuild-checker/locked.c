// An external module with kernel-* mistakes, built against Debian's kernel
// headers: kbuild's checker slot must report them as warnings.
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include "scaled.h"

static DEFINE_SPINLOCK(kt_lock);

void kt_locked_wait(void)
{
	spin_lock(&kt_lock);
	msleep(10);
	spin_unlock(&kt_lock);
}

static int __init kt_init(void) { return kt_scaled(2); }
static void __exit kt_exit(void) { }
module_init(kt_init);
module_exit(kt_exit);
MODULE_LICENSE("GPL");
