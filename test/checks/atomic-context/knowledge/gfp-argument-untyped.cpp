// Pending until the analysis reads GfpAllocators' argument indices: rename
// to gfp-argument-untyped.cpp then.
// C++ glue often declares the kernel allocators itself, with the flags as a
// plain unsigned int (no gfp_t): the entry's index (kmalloc:1, kcalloc:2)
// says which argument holds the flags.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

extern "C" {
struct spinlock { int raw; };
void spin_lock(spinlock *);
void spin_unlock(spinlock *);
void *kmalloc(unsigned long size, unsigned int flags);
void *kcalloc(unsigned long n, unsigned long size, unsigned int flags);
}
// The values of Linux 6.1's include/linux/gfp_types.h.
#define __GFP_DIRECT_RECLAIM 0x400u
#define GFP_ATOMIC 0xa20u
#define GFP_KERNEL 0xcc0u

struct Ring {
  spinlock lock;
  void *slots = nullptr;
  void grow() {
    spin_lock(&lock);
    slots = kcalloc(1518, 8, GFP_ATOMIC);
    slots = kmalloc(1518, GFP_KERNEL);
    // CHECK: :[[@LINE-1]]:13: warning: calling 'kmalloc' with GFP_KERNEL may sleep in atomic context
    // CHECK: :[[@LINE-4]]:5: note: atomic context begins here: spin_lock(&lock)
    spin_unlock(&lock);
  }
};
