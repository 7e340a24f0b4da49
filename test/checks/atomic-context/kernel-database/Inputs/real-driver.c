// A driver that calls Linux 6.1's own functions under a spinlock, against a
// kernel database generated from the real sources (linux-source.test).
// The calls whose names the check's own tables list are reported with or
// without the database; the run with SleepingFunctions set to one unrelated
// name shows that the database alone derives them, with the kernel's chain
// in the note.
typedef struct { int owner; } spinlock_t;
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
struct usb_device;
struct net_device;
struct sk_buff;
struct clk;
struct crypto_shash;
int usb_control_msg(struct usb_device *dev, unsigned int pipe, unsigned char request,
                    unsigned char requesttype, unsigned short value, unsigned short index,
                    void *data, unsigned short size, int timeout);
void unregister_netdev(struct net_device *dev);
struct crypto_shash *crypto_alloc_shash(const char *alg_name, unsigned int type, unsigned int mask);
int netif_rx(struct sk_buff *skb);
int clk_enable(struct clk *clk);

static spinlock_t lock;

void teardown(struct usb_device *udev, struct net_device *ndev, struct sk_buff *skb,
              struct clk *clk) {
  spin_lock(&lock);
  usb_control_msg(udev, 0, 1, 0, 0, 0, 0, 0, 100);
  // DB: :[[@LINE-1]]:3: warning: calling 'usb_control_msg' may sleep in atomic context (spin_lock(&lock) at line 27)
  // DB: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&lock)
  // DB: :[[@LINE-3]]:3: note: 'usb_control_msg' may sleep: calls 'kmalloc' with GFP_NOIO at drivers/usb/core/message.c:{{[0-9]+}} in Linux 6.1.{{[0-9]+}}
  unregister_netdev(ndev);
  // DB: :[[@LINE-1]]:3: warning: calling 'unregister_netdev' may sleep in atomic context (spin_lock(&lock) at line 27)
  // DB: :[[@LINE-7]]:3: note: atomic context begins here: spin_lock(&lock)
  // DB: :[[@LINE-3]]:3: note: 'unregister_netdev' may sleep: calls 'rtnl_lock' at net/core/dev.c:{{[0-9]+}} in Linux 6.1.{{[0-9]+}}
  crypto_alloc_shash("sha256", 0, 0);
  // DB: :[[@LINE-1]]:3: warning: calling 'crypto_alloc_shash' may sleep in atomic context (spin_lock(&lock) at line 27)
  // DB: :[[@LINE-11]]:3: note: atomic context begins here: spin_lock(&lock)
  // DB: :[[@LINE-3]]:3: note: 'crypto_alloc_shash' may sleep: calls 'crypto_alloc_tfm'{{.*}} at crypto/{{.*}} in Linux 6.1.{{[0-9]+}}
  netif_rx(skb);
  clk_enable(clk);
  spin_unlock(&lock);
}
// NONE-NOT: warning:
