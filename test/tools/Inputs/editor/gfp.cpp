// An allocation that may sleep under a spinlock: the fix-it to GFP_ATOMIC,
// on a note, is a code action.
typedef unsigned gfp_t;
#define GFP_KERNEL 0xcc0u
#define GFP_ATOMIC 0xa20u
struct spinlock_t { int v; };
extern "C" void spin_lock(spinlock_t *);
extern "C" void spin_unlock(spinlock_t *);
extern "C" void *kmalloc(unsigned long size, gfp_t flags);
spinlock_t lock;
void *grab() {
  spin_lock(&lock);
  void *p = kmalloc(16, GFP_KERNEL);
  spin_unlock(&lock);
  return p;
}
