// The module's own header: its findings are reported too.
static inline int kt_scaled(int x) { return x * 1.5; }
