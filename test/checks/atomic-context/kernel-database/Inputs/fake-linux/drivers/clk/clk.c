// Shaped after Linux 6.1's drivers/clk/clk.c: clk_enable() spins, with
// interrupts off; the prepare lock is a mutex.
typedef struct { int owner; } spinlock_t;
struct mutex { int owner; };
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
struct clk { int enable_count; int prepare_count; };

static spinlock_t enable_lock;
static struct mutex prepare_lock;

int clk_enable(struct clk *clk) {
  spin_lock(&enable_lock);
  clk->enable_count++;
  spin_unlock(&enable_lock);
  return 0;
}

int clk_set_parent_locked(struct clk *clk) {
  mutex_lock(&prepare_lock);
  clk->prepare_count++;
  mutex_unlock(&prepare_lock);
  return 0;
}
