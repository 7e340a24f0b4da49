// A driver that calls the stand-in kernel's functions (Inputs/fake-linux)
// under a spinlock: only the kernel database says which of them sleep
// (none of them is in the check's own tables).
typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
struct completion;
struct notifier_block;
struct sk_buff;
struct clk;
struct urb;
int usb_get_status(struct completion *done, int recip);
void usb_init_urb(struct urb *urb);
int unregister_netdevice_notifier(struct notifier_block *nb);
int netif_rx(struct sk_buff *skb);
int clk_enable(struct clk *clk);

static spinlock_t lock;

void driver_teardown(struct completion *done, struct notifier_block *nb, struct sk_buff *skb,
                     struct clk *clk, struct urb *urb) {
  spin_lock(&lock);
  usb_get_status(done, 0);
  // DB: :[[@LINE-1]]:3: warning: calling 'usb_get_status' may sleep in atomic context (spin_lock(&lock) at line 22)
  // DB: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // DB: :[[@LINE-3]]:3: note: 'usb_get_status' may sleep: calls 'usb_start_wait_urb', which calls 'wait_for_completion_timeout' at drivers/usb/core/message.c:7 in Linux 6.1.999
  unregister_netdevice_notifier(nb);
  // DB: :[[@LINE-1]]:3: warning: calling 'unregister_netdevice_notifier' may sleep in atomic context (spin_lock(&lock) at line 22)
  // DB: :[[@LINE-7]]:3: note: atomic context begins here: spin_lock(&lock)
  // DB: :[[@LINE-3]]:3: note: 'unregister_netdevice_notifier' may sleep: calls 'rtnl_lock' at net/core/dev.c:13 in Linux 6.1.999
  netif_rx(skb);
  clk_enable(clk);
  usb_init_urb(urb);
  spin_unlock(&lock);
}
// NONE-NOT: warning:
