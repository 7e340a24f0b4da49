// The kernel database the project ships (data/linux-6.1.ktdb, the default
// KernelDatabase): kernel functions no table lists are known to sleep, with
// the kernel's reason; what it says never takes a caller out of atomic
// context (kfree()'s slab paths restore interrupts their callees disabled,
// which a depth change would have turned into "kfree releases the lock"),
// and the tables win where they list a name (schedule_preempt_disabled() is
// a lock-dropping wait, whatever its body calls).
// REQUIRES: shipped-kernel-database
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void preempt_disable(void);
void preempt_enable(void);
void msleep(unsigned int ms);
void kfree(const void *p);
void schedule_preempt_disabled(void);
struct blocking_notifier_head;
int blocking_notifier_call_chain(struct blocking_notifier_head *nh,
                                 unsigned long val, void *v);
int netif_rx(void *skb);

void kfree_keeps_the_lock(spinlock_t *l, void *p) {
  spin_lock(l);
  kfree(p);
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(l) at line [[#@LINE-3]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(l)
  spin_unlock(l);
}

void database_knows(spinlock_t *l, void *skb) {
  spin_lock(l);
  netif_rx(skb);
  blocking_notifier_call_chain(0, 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'blocking_notifier_call_chain' may sleep in atomic context (spin_lock(l) at line [[#@LINE-3]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-4]]:3: note: atomic context begins here: spin_lock(l)
  // CHECK: :[[@LINE-3]]:3: note: 'blocking_notifier_call_chain' may sleep: calls {{.*}}'down_read' at kernel/notifier.c:{{[0-9]+}} in Linux 6.1
  spin_unlock(l);
}

void tables_win(void) {
  preempt_disable();
  schedule_preempt_disabled();
  preempt_enable();
}
