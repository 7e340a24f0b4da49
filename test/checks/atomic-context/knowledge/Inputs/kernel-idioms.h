/* Minimal stand-ins for the Linux 6.1 macros whose shape matters to the
 * analysis, written for these tests (not the kernel's text): a lock-dropping
 * wait releases and retakes its lock around schedule(); initialiser macros
 * store a function in a field. */
#ifndef KNOWLEDGE_KERNEL_IDIOMS_H
#define KNOWLEDGE_KERNEL_IDIOMS_H

#include "kernel-api.h"

#ifdef __cplusplus
extern "C" {
#endif

struct wait_queue_head { spinlock_t lock; };
struct wait_queue_entry { int flags; };
typedef struct { int raw; } rwlock_t;
void spin_lock_irq(spinlock_t *);
void spin_unlock_irq(spinlock_t *);
unsigned long _spin_lock_irqsave(spinlock_t *);
#define spin_lock_irqsave(lock, flags) ((flags) = _spin_lock_irqsave(lock))
void spin_unlock_irqrestore(spinlock_t *, unsigned long);
void preempt_disable(void);
void preempt_enable(void);
void local_bh_disable(void);
void local_bh_enable(void);
void rcu_read_lock_bh(void);
void rcu_read_unlock_bh(void);
void schedule(void);
void schedule_preempt_disabled(void);
void msleep(unsigned int);
void *kmalloc(size_t, gfp_t);
void *kzalloc(size_t, gfp_t);
void kfree(const void *);
void vfree(const void *);
void prepare_to_wait_event(struct wait_queue_head *, struct wait_queue_entry *, int);
void finish_wait(struct wait_queue_head *, struct wait_queue_entry *);
int do_wait_intr(struct wait_queue_head *, struct wait_queue_entry *);
int __cond_resched_lock(spinlock_t *);

/* The loop every wait_event* macro builds: test, prepare, run cmd. */
#define kt_wait_loop(wq, condition, cmd)                                     \
  do {                                                                       \
    struct wait_queue_entry __wq_entry = {0};                                \
    for (;;) {                                                               \
      prepare_to_wait_event(&(wq), &__wq_entry, 2);                          \
      if (condition)                                                         \
        break;                                                               \
      cmd;                                                                   \
    }                                                                        \
    finish_wait(&(wq), &__wq_entry);                                         \
  } while (0)
#define wait_event_lock_irq(wq, condition, lock)                             \
  do {                                                                       \
    if (condition)                                                           \
      break;                                                                 \
    kt_wait_loop(wq, condition,                                              \
                 spin_unlock_irq(&(lock)); schedule(); spin_lock_irq(&(lock))); \
  } while (0)
#define wait_event_cmd(wq, condition, cmd1, cmd2)                            \
  do {                                                                       \
    if (condition)                                                           \
      break;                                                                 \
    kt_wait_loop(wq, condition, cmd1; schedule(); cmd2);                     \
  } while (0)
#define wait_event_interruptible_locked(wq, condition)                       \
  ({                                                                         \
    int __ret = 0;                                                           \
    struct wait_queue_entry __wait = {0};                                    \
    do {                                                                     \
      __ret = do_wait_intr(&(wq), &__wait);                                  \
      if (__ret)                                                             \
        break;                                                               \
    } while (!(condition));                                                  \
    __ret;                                                                   \
  })
#define cond_resched_lock(lock) __cond_resched_lock(lock)

/* Callback structures and their initialiser macros. */
enum hrtimer_restart { HRTIMER_NORESTART, HRTIMER_RESTART };
struct hrtimer { enum hrtimer_restart (*function)(struct hrtimer *); };
struct timer_list { void (*function)(struct timer_list *); unsigned int flags; };
struct tasklet_struct {
  int use_callback;
  union {
    void (*func)(unsigned long);
    void (*callback)(struct tasklet_struct *);
  };
};
struct work_struct { void (*func)(struct work_struct *); };
struct delayed_work { struct work_struct work; struct timer_list timer; };
struct irq_work { void (*func)(struct irq_work *); };
struct notifier_block {
  int (*notifier_call)(struct notifier_block *, unsigned long, void *);
  int priority;
};
struct atomic_notifier_head { spinlock_t lock; struct notifier_block *head; };
struct blocking_notifier_head { int rwsem; struct notifier_block *head; };
typedef int netdev_tx_t;
struct net_device_ops {
  int (*ndo_open)(struct net_device *);
  int (*ndo_stop)(struct net_device *);
  netdev_tx_t (*ndo_start_xmit)(struct sk_buff *, struct net_device *);
  void (*ndo_set_rx_mode)(struct net_device *);
  void (*ndo_tx_timeout)(struct net_device *, unsigned int);
};
struct urb { void (*complete)(struct urb *); void *context; };
struct napi_struct { int (*poll)(struct napi_struct *, int); };

void hrtimer_init(struct hrtimer *, int, int);
void timer_setup(struct timer_list *, void (*)(struct timer_list *), unsigned int);
#define HRTIMER_MODE_REL 1
#define HRTIMER_MODE_REL_SOFT 5
#define DEFINE_TIMER(_name, _function) \
  struct timer_list _name = {.function = (_function), .flags = 0}
#define DECLARE_TASKLET(name, _callback) \
  struct tasklet_struct name = {.use_callback = 1, .callback = _callback}
#define IRQ_WORK_INIT(_func) {.func = (_func)}
#define INIT_WORK(_work, _func) do { (_work)->func = (_func); } while (0)
#define INIT_DELAYED_WORK(_work, _func) INIT_WORK(&(_work)->work, (_func))
#define DECLARE_WORK(n, f) struct work_struct n = {.func = (f)}
#define ATOMIC_NOTIFIER_HEAD(name) struct atomic_notifier_head name = {{0}, 0}
#define BLOCKING_NOTIFIER_HEAD(name) struct blocking_notifier_head name = {0, 0}
int atomic_notifier_chain_register(struct atomic_notifier_head *,
                                   struct notifier_block *);
int blocking_notifier_chain_register(struct blocking_notifier_head *,
                                     struct notifier_block *);
int request_threaded_irq(unsigned int, int (*)(int, void *),
                         int (*)(int, void *), unsigned long, const char *,
                         void *);
struct task_struct *kthread_run_fn(int (*)(void *), void *, const char *);
#define kthread_run(fn, data, name) kthread_run_fn(fn, data, name)

#ifdef __cplusplus
}
#endif

#endif
