#include "bus.h"

static void mux_lock(struct bus *b) { mutex_lock(&b->m); }
static void mux_prepare(struct bus *b) { mutex_lock(&b->m); }
static void mux_poke_slow(struct bus *b) { mutex_lock(&b->m); }
static void mux_poke_fast(struct bus *b) { udelay(1); }

static const struct bus_lock_ops mux_lock_ops = {.lock = mux_lock};
static const struct bus_hooks slow_hooks = {.prepare = mux_prepare,
                                            .poke = mux_poke_slow};

void mux_init(struct bus *b, int fast) {
  b->lock_ops = &mux_lock_ops;
  if (fast) {
    static struct bus_hooks fast_hooks;
    fast_hooks.poke = mux_poke_fast;
    b->hooks = &fast_hooks;
  } else {
    b->hooks = &slow_hooks;
  }
}
