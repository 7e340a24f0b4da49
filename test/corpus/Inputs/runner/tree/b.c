


void d(void) {}  // DIAG: kernel-floating-point variable 'x' has floating-point type 'double'
