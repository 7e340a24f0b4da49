// The other file of the module: every bug here needs helpers.c to be seen.
#include "module.h"

void send(struct dev *d) {
  spin_lock_bh(&d->lock);
  d->buf = pdu_create(64);
  spin_unlock_bh(&d->lock);
}
void send_flags(struct dev *d) {
  spin_lock(&d->lock);
  d->buf = pdu_alloc(64, GFP_KERNEL);
  d->buf = pdu_alloc(64, GFP_ATOMIC);
  spin_unlock(&d->lock);
}
void locked_by_helper(struct dev *d) {
  dev_lock(d);
  msleep(1);
  dev_unlock(d);
  msleep(1);
}
void stop(struct dev *d) {
  unsigned long flags;
  spin_lock_irqsave(&d->lock, flags);
  dev_teardown(d);
  spin_unlock_irqrestore(&d->lock, flags);
}
void arm(struct dev *d) { timer_setup(&d->t, dev_watchdog, 0); }
