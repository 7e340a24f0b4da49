// Stand-in kernel functions for below-entry-depth.test.
typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void msleep(unsigned int ms);

static spinlock_t internal;

// Sleeps only after releasing a lock it did not take (as the analysis
// counts the kernel's own lock internals): below its entry depth.
void drops_then_sleeps(void) {
  spin_unlock(&internal);
  msleep(1);
  spin_lock(&internal);
}

// Sleeps at its entry depth.
void sleeps_plainly(void) { msleep(1); }
