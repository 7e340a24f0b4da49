/* Declarations of the kernel APIs the knowledge tests use, written for these
 * tests from the prototypes of Linux 6.1 (no bodies; macros where 6.1 has
 * macros). Types are opaque stand-ins. */
#ifndef KNOWLEDGE_KERNEL_API_H
#define KNOWLEDGE_KERNEL_API_H

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int gfp_t;
typedef unsigned long size_t;
#define ___GFP_DIRECT_RECLAIM 0x400u
#define ___GFP_KSWAPD_RECLAIM 0x800u
#define ___GFP_IO 0x40u
#define ___GFP_FS 0x80u
#define ___GFP_HIGH 0x20u
#define __GFP_DIRECT_RECLAIM ((gfp_t)___GFP_DIRECT_RECLAIM)
#define GFP_ATOMIC ((gfp_t)(___GFP_HIGH | ___GFP_KSWAPD_RECLAIM))
#define GFP_KERNEL ((gfp_t)(___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM | ___GFP_IO | ___GFP_FS))

typedef struct { int raw; } spinlock_t;
struct device;
struct usb_device;
struct urb;
struct net_device;
struct napi_struct;
struct sk_buff;
struct i2c_adapter;
struct i2c_msg;
struct clk;
struct regulator;
struct file;
struct device_class;
struct kobject;
struct attribute_group;
struct task_struct;
struct crypto_shash;
struct kmem_cache;
struct dentry;
struct file_operations;
struct gpio_desc;
struct tasklet_struct;
struct timer_list;
struct hrtimer;
struct rcu_head;
struct srcu_struct;
struct irq_work;
struct softirq_action;
struct cpumask;
struct completion;
typedef void (*usb_complete_t)(struct urb *);
typedef void (*smp_call_func_t)(void *);
typedef unsigned int dev_t;

void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void spin_lock_bh(spinlock_t *);
void spin_unlock_bh(spinlock_t *);
void rcu_read_lock(void);
void rcu_read_unlock(void);

/* Sleeping APIs of drivers/usb, net, i2c, clk, regulator, power, fs, base,
 * kthread, crypto, slab, debugfs, gpio, irq, tasklets. */
int usb_control_msg(struct usb_device *, unsigned int, unsigned char,
                    unsigned char, unsigned short, unsigned short, void *,
                    unsigned short, int);
int usb_bulk_msg(struct usb_device *, unsigned int, void *, int, int *, int);
int usb_interrupt_msg(struct usb_device *, unsigned int, void *, int, int *, int);
void usb_kill_urb(struct urb *);
void unregister_netdev(struct net_device *);
void rtnl_lock(void);
void rtnl_unlock(void);
struct net_device *alloc_etherdev_mqs(int, unsigned int, unsigned int);
#define alloc_etherdev(sizeof_priv) alloc_etherdev_mqs(sizeof_priv, 1, 1)
void napi_disable(struct napi_struct *);
int i2c_transfer(struct i2c_adapter *, struct i2c_msg *, int);
int clk_prepare_enable(struct clk *);
int regulator_enable(struct regulator *);
int pm_runtime_get_sync(struct device *);
struct file *filp_open(const char *, int, unsigned short);
struct device *device_create(struct device_class *, struct device *, dev_t, void *,
                             const char *, ...);
int sysfs_create_group(struct kobject *, const struct attribute_group *);
struct task_struct *kthread_create_on_node(int (*)(void *), void *, int,
                                           const char *, ...);
#define kthread_create(threadfn, data, namefmt, ...) \
  kthread_create_on_node(threadfn, data, -1, namefmt, ##__VA_ARGS__)
struct crypto_shash *crypto_alloc_shash(const char *, unsigned int, unsigned int);
struct kmem_cache *kmem_cache_create(const char *, unsigned int, unsigned int,
                                     unsigned long, void (*)(void *));
struct dentry *debugfs_create_file(const char *, unsigned short, struct dentry *,
                                   void *, const struct file_operations *);
void gpiod_set_value_cansleep(struct gpio_desc *, int);
void tasklet_disable(struct tasklet_struct *);
void disable_irq(unsigned int);
void kvfree(const void *);

/* Not sleeping: spinlocks, wake-ups, queueing, spinning waits. */
int clk_enable(struct clk *);
int netif_rx(struct sk_buff *);
void napi_schedule(struct napi_struct *);
void gpiod_set_value(struct gpio_desc *, int);
int gpiod_cansleep(const struct gpio_desc *);
void complete(struct completion *);
int wake_up_process(struct task_struct *);
int del_timer_sync(struct timer_list *);
int hrtimer_cancel(struct hrtimer *);
void disable_irq_nosync(unsigned int);
void vfree_atomic(const void *);
long io_schedule_prepare(void);
size_t kmalloc_size_roundup(size_t);
struct sk_buff *netdev_alloc_skb(struct net_device *, unsigned int);
struct sk_buff *dev_alloc_skb(unsigned int);

/* Registrations: the function argument runs in atomic context. */
struct urb *usb_alloc_urb(int, gfp_t);
void usb_fill_bulk_urb(struct urb *, struct usb_device *, unsigned int, void *,
                       int, usb_complete_t, void *);
void usb_fill_int_urb(struct urb *, struct usb_device *, unsigned int, void *,
                      int, usb_complete_t, void *, int);
void usb_fill_control_urb(struct urb *, struct usb_device *, unsigned int,
                          unsigned char *, void *, int, usb_complete_t, void *);
void netif_napi_add(struct net_device *, struct napi_struct *,
                    int (*)(struct napi_struct *, int));
void netif_napi_add_tx(struct net_device *, struct napi_struct *,
                       int (*)(struct napi_struct *, int));
void smp_call_function(smp_call_func_t, void *, int);
int smp_call_function_single(int, smp_call_func_t, void *, int);
void on_each_cpu(smp_call_func_t, void *, int);
void init_irq_work(struct irq_work *, void (*)(struct irq_work *));
void open_softirq(int, void (*)(struct softirq_action *));
void call_srcu(struct srcu_struct *, struct rcu_head *, void (*)(struct rcu_head *));
void call_rcu(struct rcu_head *, void (*)(struct rcu_head *));
void tasklet_setup(struct tasklet_struct *, void (*)(struct tasklet_struct *));

#ifdef __cplusplus
}
#endif

#endif
