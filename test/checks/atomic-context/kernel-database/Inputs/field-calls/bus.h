/* A bus core whose operations are function-pointer fields, as the kernel's
 * i2c core locks its bus through i2c_lock_operations. */
struct mutex { int owner; };
void mutex_lock(struct mutex *);
void mutex_unlock(struct mutex *);
void udelay(unsigned long);

struct bus;
struct bus_lock_ops {
  void (*lock)(struct bus *);
  void (*unlock)(struct bus *);
};
struct bus_hooks {
  void (*prepare)(struct bus *);
  void (*poke)(struct bus *);
};
struct bus {
  const struct bus_lock_ops *lock_ops;
  const struct bus_hooks *hooks;
  struct mutex m;
};

int bus_transfer(struct bus *b);
void bus_prepare(struct bus *b);
void bus_poke(struct bus *b);
