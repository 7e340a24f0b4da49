


void d(void) {}  // DIAG: kernel-floating-point variable 'x' has floating-point type 'double'
void e(void) {}  // DIAG: kernel-atomic-context calling 'x' in atomic context (spin_lock(l) at line 12)
