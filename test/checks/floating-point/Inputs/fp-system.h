#pragma clang system_header
double sys_scale;
static inline double sys_half(double x) { return x * 0.5; }
static inline int sys_integer_helper(int x) { return (int)(x * 0.5); }
