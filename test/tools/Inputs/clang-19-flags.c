/* A C file kbuild compiles with LLVM=1: one finding to show it was analysed. */
int halve(int x) { return x * 0.5; }
