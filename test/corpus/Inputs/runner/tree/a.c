void a(void) {}  // DIAG: kernel-atomic-context calling 'msleep' may sleep in atomic context
void b(void) {}  // DIAG: kernel-atomic-context calling 'msleep' may sleep in atomic context
void c(void) {}  // DIAG: kernel-stack-usage function 'c' has an estimated stack frame of 2048 bytes
