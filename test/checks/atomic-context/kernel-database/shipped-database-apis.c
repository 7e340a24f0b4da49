// The APIs issue 13 names, against the database the project ships
// (data/linux-6.1.ktdb), with the hand-written sleeping list cut down to one
// unrelated name: what is reported here comes from the database alone, with
// the kernel's own reason in the note. The ones that do not sleep (spinning
// clocks, network receive, GPIO on a fast chip) stay silent.
// REQUIRES: shipped-kernel-database
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s \
// RUN:   --config="{CheckOptions: {kernel-atomic-context.SleepingFunctions: 'msleep'}}" -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TABLES

typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
typedef unsigned int gfp_t;
struct usb_device; struct net_device; struct sk_buff; struct i2c_adapter;
struct i2c_msg; struct clk; struct regulator; struct device; struct class;
struct kobject; struct attribute_group; struct task_struct; struct file;
struct crypto_shash; struct kmem_cache; struct dentry; struct gpio_desc;
struct napi_struct; struct file_operations;

int usb_control_msg(struct usb_device *, unsigned int, unsigned char, unsigned char,
                    unsigned short, unsigned short, void *, unsigned short, int);
int usb_bulk_msg(struct usb_device *, unsigned int, void *, int, int *, int);
void unregister_netdev(struct net_device *);
void rtnl_lock(void);
int i2c_transfer(struct i2c_adapter *, struct i2c_msg *, int);
int clk_prepare(struct clk *);
int regulator_enable(struct regulator *);
int __pm_runtime_resume(struct device *, int);
struct file *filp_open(const char *, int, unsigned short);
struct device *device_create(struct class *, struct device *, unsigned int, void *,
                             const char *, ...);
int sysfs_create_group(struct kobject *, const struct attribute_group *);
struct task_struct *kthread_create_on_node(int (*)(void *), void *, int, const char *, ...);
struct crypto_shash *crypto_alloc_shash(const char *, unsigned int, unsigned int);
struct net_device *alloc_etherdev_mqs(int, unsigned int, unsigned int);
struct kmem_cache *kmem_cache_create(const char *, unsigned int, unsigned int,
                                     unsigned long, void (*)(void *));
struct dentry *debugfs_create_file(const char *, unsigned short, struct dentry *, void *,
                                   const struct file_operations *);
int clk_enable(struct clk *);
int netif_rx(struct sk_buff *);
void __napi_schedule(struct napi_struct *);
void gpiod_set_value(struct gpio_desc *, int);
struct perf_event;
int perf_trace_add(struct perf_event *, int);
struct regmap; struct rcu_head;
int regmap_bulk_write(struct regmap *, unsigned int, const void *, unsigned long);
void kvfree_call_rcu(struct rcu_head *, void *);
void *__alloc_percpu_gfp(unsigned long, unsigned long, gfp_t);
#define GFP_ATOMIC 0x820u
#define GFP_KERNEL 0xcc0u
int worker(void *);

static spinlock_t lock;

struct all {
  struct usb_device *udev; struct net_device *ndev; struct sk_buff *skb;
  struct i2c_adapter *adap; struct i2c_msg *msgs; struct clk *clk;
  struct regulator *reg; struct device *dev; struct class *cls;
  struct kobject *kobj; const struct attribute_group *grp; struct dentry *dir;
  struct gpio_desc *gpio; struct napi_struct *napi; struct perf_event *event;
  struct regmap *map; struct rcu_head *head; void *buf;
};

void sleeping(struct all *a) {
  spin_lock(&lock);
  usb_control_msg(a->udev, 0, 1, 0, 0, 0, 0, 0, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_control_msg' may sleep in atomic context
  // CHECK: note: atomic context begins here: spin_lock(&lock)
  // CHECK: note: 'usb_control_msg' may sleep: calls {{.*}} in Linux 6.1
  usb_bulk_msg(a->udev, 0, 0, 0, 0, 100);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'usb_bulk_msg' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'usb_bulk_msg' may sleep: calls {{.*}} in Linux 6.1
  unregister_netdev(a->ndev);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'unregister_netdev' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'unregister_netdev' may sleep: calls 'rtnl_lock' at net/core/dev.c:{{[0-9]+}} in Linux 6.1
  rtnl_lock();
  // CHECK: :[[@LINE-1]]:3: warning: calling 'rtnl_lock' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'rtnl_lock' may sleep: calls 'mutex_lock' at net/core/rtnetlink.c:{{[0-9]+}} in Linux 6.1
  // The bus lock is taken through the adapter's lock_ops: the database's
  // link step resolved the call through i2c_lock_operations.lock_bus.
  i2c_transfer(a->adap, a->msgs, 1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'i2c_transfer' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'i2c_transfer' may sleep: calls '__i2c_lock_bus_helper', which calls 'i2c_lock_bus', which calls through 'i2c_lock_operations.lock_bus' 'i2c_adapter_lock_bus', which calls 'rt_mutex_lock_nested' at drivers/i2c/i2c-core-base.c:{{[0-9]+}} in Linux 6.1
  // TABLES: :[[@LINE-4]]:3: warning: calling 'i2c_transfer' may sleep in atomic context
  clk_prepare(a->clk);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'clk_prepare' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'clk_prepare' may sleep: calls {{.*}}'mutex_lock' at drivers/clk/clk.c:{{[0-9]+}} in Linux 6.1
  regulator_enable(a->reg);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'regulator_enable' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'regulator_enable' may sleep: calls {{.*}} in Linux 6.1
  __pm_runtime_resume(a->dev, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling '__pm_runtime_resume' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: '__pm_runtime_resume' may sleep: calls 'might_sleep' at drivers/base/power/runtime.c:{{[0-9]+}} in Linux 6.1
  filp_open("f", 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'filp_open' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'filp_open' may sleep: calls {{.*}} in Linux 6.1
  device_create(a->cls, a->dev, 0, 0, "d");
  // CHECK: :[[@LINE-1]]:3: warning: calling 'device_create' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'device_create' may sleep: calls {{.*}} in Linux 6.1
  sysfs_create_group(a->kobj, a->grp);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'sysfs_create_group' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'sysfs_create_group' may sleep: calls {{.*}} in Linux 6.1
  // A registration table names it too (its thread function runs in process
  // context), which says nothing of the call: the database decides.
  kthread_create_on_node(worker, 0, -1, "w");
  // CHECK: :[[@LINE-1]]:3: warning: calling 'kthread_create_on_node' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'kthread_create_on_node' may sleep: calls '__kthread_create_on_node', which calls 'kmalloc' with GFP_KERNEL at kernel/kthread.c:{{[0-9]+}} in Linux 6.1
  // TABLES: :[[@LINE-4]]:3: warning: calling 'kthread_create_on_node' may sleep in atomic context
  crypto_alloc_shash("sha256", 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'crypto_alloc_shash' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'crypto_alloc_shash' may sleep: calls {{.*}} in Linux 6.1
  alloc_etherdev_mqs(0, 1, 1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'alloc_etherdev_mqs' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'alloc_etherdev_mqs' may sleep: calls {{.*}} in Linux 6.1
  kmem_cache_create("c", 8, 0, 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'kmem_cache_create' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'kmem_cache_create' may sleep: calls {{.*}} in Linux 6.1
  debugfs_create_file("f", 0, a->dir, 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'debugfs_create_file' may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: 'debugfs_create_file' may sleep: calls {{.*}} in Linux 6.1
  spin_unlock(&lock);
}

void not_sleeping(struct all *a) {
  spin_lock(&lock);
  clk_enable(a->clk);
  netif_rx(a->skb);
  __napi_schedule(a->napi);
  gpiod_set_value(a->gpio, 1);
  // The database says it sleeps (its class's reg() does, for another
  // command); NonSleepingFunctions lists it, and the tables win.
  perf_trace_add(a->event, 0);
  // The same for a regmap write (the regmap decides; the database saw only
  // the asynchronous path) and kfree_rcu()'s queueing.
  regmap_bulk_write(a->map, 0, a->buf, 4);
  kvfree_call_rcu(a->head, a->buf);
  // A per-CPU allocation is governed by its flags (GfpAllocators).
  __alloc_percpu_gfp(8, 8, GFP_ATOMIC);
  spin_unlock(&lock);
}

void percpu_with_kernel_flags(void) {
  spin_lock(&lock);
  __alloc_percpu_gfp(8, 8, GFP_KERNEL);
  // CHECK: :[[@LINE-1]]:3: warning: calling '__alloc_percpu_gfp' with GFP_KERNEL may sleep in atomic context
  // CHECK: note: atomic context begins here
  // CHECK: note: use GFP_ATOMIC if the allocation may fail here instead of sleeping
  // TABLES: :[[@LINE-4]]:3: warning: calling '__alloc_percpu_gfp' with GFP_KERNEL may sleep in atomic context
  spin_unlock(&lock);
}
