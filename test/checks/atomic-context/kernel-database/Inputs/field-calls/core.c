#include "bus.h"

static void bus_mutex_lock(struct bus *b) { mutex_lock(&b->m); }
static void bus_mutex_unlock(struct bus *b) { mutex_unlock(&b->m); }

static const struct bus_lock_ops bus_default_lock_ops = {
    .lock = bus_mutex_lock,
    .unlock = bus_mutex_unlock,
};

void bus_init(struct bus *b) { b->lock_ops = &bus_default_lock_ops; }

/* Every function stored in bus_lock_ops.lock sleeps: so does this. */
int bus_transfer(struct bus *b) {
  b->lock_ops->lock(b);
  b->lock_ops->unlock(b);
  return 0;
}

/* An optional operation: called only where a bus fills it in. */
void bus_prepare(struct bus *b) {
  if (b->hooks->prepare)
    b->hooks->prepare(b);
}

/* Some poke implementations sleep, one does not (mux.c): no claim. */
void bus_poke(struct bus *b) { b->hooks->poke(b); }
