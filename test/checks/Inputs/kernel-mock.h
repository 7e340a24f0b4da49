/* A self-contained stand-in for the kernel API the checks know, as plain
 * declarations (no bodies), usable from C and C++. */
#ifndef KERNEL_MOCK_H
#define KERNEL_MOCK_H

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int gfp_t;
typedef unsigned long size_t_k;
typedef struct { int raw; } spinlock_t;
typedef struct { int raw; } rwlock_t;
struct mutex { int raw; };
struct completion { int raw; };
struct timer_list { int raw; };
struct tasklet_struct { int raw; };
struct rcu_head { int raw; };
typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

#define ___GFP_IO 0x40u
#define ___GFP_FS 0x80u
#define ___GFP_DIRECT_RECLAIM 0x400u
#define ___GFP_KSWAPD_RECLAIM 0x800u
#define ___GFP_HIGH 0x20u
#define ___GFP_NOWARN 0x2000u
#define ___GFP_ZERO 0x100u
#define __force
#define __GFP_IO ((__force gfp_t)___GFP_IO)
#define __GFP_FS ((__force gfp_t)___GFP_FS)
#define __GFP_DIRECT_RECLAIM ((__force gfp_t)___GFP_DIRECT_RECLAIM)
#define __GFP_KSWAPD_RECLAIM ((__force gfp_t)___GFP_KSWAPD_RECLAIM)
#define __GFP_RECLAIM ((__force gfp_t)(___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM))
#define __GFP_HIGH ((__force gfp_t)___GFP_HIGH)
#define __GFP_NOWARN ((__force gfp_t)___GFP_NOWARN)
#define __GFP_ZERO ((__force gfp_t)___GFP_ZERO)
#define GFP_ATOMIC (__GFP_HIGH | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL (__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_NOWAIT (__GFP_KSWAPD_RECLAIM)
#define GFP_NOIO (__GFP_RECLAIM)
#define GFP_NOFS (__GFP_RECLAIM | __GFP_IO)

void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void spin_lock_irq(spinlock_t *);
void spin_unlock_irq(spinlock_t *);
unsigned long _spin_lock_irqsave(spinlock_t *);
#define spin_lock_irqsave(lock, flags) ((flags) = _spin_lock_irqsave(lock))
void spin_unlock_irqrestore(spinlock_t *, unsigned long);
void spin_lock_bh(spinlock_t *);
void spin_unlock_bh(spinlock_t *);
int spin_trylock(spinlock_t *);
void read_lock(rwlock_t *);
void read_unlock(rwlock_t *);
void write_lock(rwlock_t *);
void write_unlock(rwlock_t *);
void local_irq_disable(void);
void local_irq_enable(void);
void preempt_disable(void);
void preempt_enable(void);
void local_bh_disable(void);
void local_bh_enable(void);
void rcu_read_lock(void);
void rcu_read_unlock(void);

void mutex_lock(struct mutex *);
int mutex_lock_interruptible(struct mutex *);
int mutex_trylock(struct mutex *);
void mutex_unlock(struct mutex *);
void msleep(unsigned int);
void usleep_range(unsigned long, unsigned long);
void schedule(void);
long schedule_timeout(long);
int schedule_work(void *);
void wait_for_completion(struct completion *);
void cond_resched(void);
unsigned long copy_from_user(void *, const void *, unsigned long);
void *vmalloc(unsigned long);
void synchronize_rcu(void);

void *kmalloc(unsigned long, gfp_t);
void *kzalloc(unsigned long, gfp_t);
void *kvmalloc(unsigned long, gfp_t);
void kfree(const void *);
void *alloc_skb(unsigned int, gfp_t);

int request_irq(unsigned int, irq_handler_t, unsigned long, const char *, void *);
int request_threaded_irq(unsigned int, irq_handler_t, irq_handler_t, unsigned long, const char *, void *);
void timer_setup(struct timer_list *, void (*)(struct timer_list *), unsigned int);
void tasklet_setup(struct tasklet_struct *, void (*)(struct tasklet_struct *));
void call_rcu(struct rcu_head *, void (*)(struct rcu_head *));

#ifdef __cplusplus
}
#endif

#endif

#ifndef KERNEL_MOCK_EXTRA_H
#define KERNEL_MOCK_EXTRA_H
#ifdef __cplusplus
extern "C" {
#endif
struct work_struct { int raw; };
struct firmware;
struct device;
struct task_struct;
struct semaphore { int raw; };
struct kref { int refcount; };
unsigned long copy_to_user(void *, const void *, unsigned long);
int cancel_work_sync(struct work_struct *);
void flush_work(struct work_struct *);
int request_firmware(const struct firmware **, const char *, struct device *);
void free_irq(unsigned int, void *);
int kthread_stop(struct task_struct *);
void down(struct semaphore *);
int down_trylock(struct semaphore *);
void up(struct semaphore *);
void vfree(const void *);
int get_cpu(void);
void put_cpu(void);
void udelay(unsigned long);
void kref_get(struct kref *);
unsigned int readl(const volatile void *);
void cpu_relax(void);
#ifdef __cplusplus
}
#endif
#endif
