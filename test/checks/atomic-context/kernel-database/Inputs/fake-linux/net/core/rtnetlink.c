// Shaped after Linux 6.1's net/core/rtnetlink.c.
struct mutex { int owner; };
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

static struct mutex rtnl_mutex;

void rtnl_lock(void) { mutex_lock(&rtnl_mutex); }
void rtnl_unlock(void) { mutex_unlock(&rtnl_mutex); }
