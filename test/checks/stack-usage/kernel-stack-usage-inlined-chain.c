// A callee an optimising compiler inlines has its objects in its caller's
// frame: the call chain counts them once, not again for the callee.
// (clang-19 -O2 -fstack-usage puts all of this in one 6120-byte frame.)
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 4000, kernel-stack-usage.FrameLimit: 100000}}" -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

void consume(void *p);
static void leaf(void) { char b[3000]; consume(b); }
static void mid(void) { char c[3000]; consume(c); leaf(); }
void root(void) { char d[100]; consume(d); mid(); }
// CHECK: :[[@LINE-1]]:6: warning: call chain from function 'root' uses an estimated 6184 bytes of stack, over the stack limit of 4000 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:44: note: frame #0: function 'root' uses 6184 bytes and calls function 'mid' here
// CHECK: :[[@LINE-4]]:51: note: frame #1: function 'mid' is likely inlined into its caller, whose frame holds its 6080 bytes, and calls function 'leaf' here
// CHECK: :[[@LINE-6]]:13: note: frame #2: function 'leaf' is likely inlined into its caller, whose frame holds its 3080 bytes

// Kept out of line, each frame counts on its own.
__attribute__((noinline)) static void leaf2(void) { char b[3000]; consume(b); }
__attribute__((noinline)) static void mid2(void) { char c[3000]; consume(c); leaf2(); }
void root2(void) { char d[100]; consume(d); mid2(); }
// CHECK: :[[@LINE-1]]:6: warning: call chain from function 'root2' uses an estimated 6344 bytes of stack, over the stack limit of 4000 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:45: note: frame #0: function 'root2' uses 184 bytes and calls function 'mid2' here
// CHECK: :[[@LINE-4]]:78: note: frame #1: function 'mid2' uses 3080 bytes and calls function 'leaf2' here
// CHECK: :[[@LINE-6]]:39: note: frame #2: function 'leaf2' uses 3080 bytes
