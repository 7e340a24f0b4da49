/* A system header: nothing in it is reported unless asked (--system-headers). */
void consume(void *p, unsigned long n);
static inline void sys_big_frame(void) { char b[4000]; consume(b, 1); }
static inline unsigned long sys_recursive(unsigned long n) { return n ? sys_recursive(n - 1) : 0; }
static inline void sys_vla(int n) { char v[n]; consume(v, 1); }
