// Shaped after Linux 6.1's net/core/dev.c: unregister_netdevice_notifier()
// takes the RTNL lock (net/core/rtnetlink.c, another file); netif_rx() only
// queues.
struct notifier_block { int priority; };
struct sk_buff { int len; };
void rtnl_lock(void);
void rtnl_unlock(void);

static int raw_chain_unregister(struct notifier_block *nb) { return nb->priority; }

int unregister_netdevice_notifier(struct notifier_block *nb) {
  int err;
  rtnl_lock();
  err = raw_chain_unregister(nb);
  rtnl_unlock();
  return err;
}

int netif_rx(struct sk_buff *skb) {
  return skb->len;
}
