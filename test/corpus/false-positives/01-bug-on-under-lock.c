// RUN: %tidy_kbuild %s | FileCheck %s --allow-empty -implicit-check-not='{{warning|error}}:'
// REQUIRES: kbuild, all-checks
//
// False positive 01 (kernel-atomic-context): a BUG_ON() between lock and
// unlock made the helper "return with the lock held", and every later call
// in every caller was reported. Fixed by the kernel-atomic-context rewrite
// (3 December 2026); kept as a regression test.
//
// Seen in: rapiddisk-dkms rapiddisk.c, rdsk_insert_page() (BUG_ON(!page)
// under spin_lock(&rdsk->rdsk_lock)), so copy_to_rdsk_setup()'s second
// rdsk_insert_page() and rdsk_make_request()'s next rdsk_do_bvec() were
// reported; dm-writeboost-dkms dm-writeboost-target.c,
// __copy_to_bio_payload() (BUG_ON() and BUG() inside kmap_atomic()), so
// read_mb() after fill_payload_by_backing() in process_read() was reported.
//
// Why it is false: BUG_ON(c) is `if (unlikely(c)) BUG();`, and x86's BUG()
// ends in __builtin_unreachable() (arch/x86/include/asm/bug.h): the path
// through it never returns, so it is not an exit of the helper. Every
// returning path unlocks; lookup() leaves its caller as it found it.
#include <linux/bug.h>
#include <linux/delay.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(lock);
static int table[4];

static int lookup(int i)
{
	int v;

	spin_lock(&lock);
	v = table[i];
	BUG_ON(v < 0);
	spin_unlock(&lock);
	return v;
}

int kt_reproducer(int i)
{
	int v = lookup(i);

	msleep(1);
	return v;
}
