// A callee an optimising compiler inlines has its objects in its caller's
// frame: a call chain counts them once, not again for the callee, and needs
// two frames the compiler emits (one frame alone is FrameLimit's to judge).
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 4000, kernel-stack-usage.FrameLimit: 100000}}" -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameLimit: 100000}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --allow-empty -implicit-check-not='{{warning|error|note}}:'

void consume(void *p);

// All inlined into one frame (clang-19 -O2 -fstack-usage: 6120 bytes): no
// chain.
static void leaf(void) { char b[3000]; consume(b); }
static void mid(void) { char c[3000]; consume(c); leaf(); }
void root(void) { char d[100]; consume(d); mid(); }

// Kept out of line, each frame counts on its own.
__attribute__((noinline)) static void leaf2(void) { char b[3000]; consume(b); }
__attribute__((noinline)) static void mid2(void) { char c[3000]; consume(c); leaf2(); }
void root2(void) { char d[100]; consume(d); mid2(); }
// CHECK: :[[@LINE-1]]:6: warning: call chain from function 'root2' uses an estimated 6344 bytes of stack, over the stack limit of 4000 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:45: note: frame #0: function 'root2' uses 184 bytes and calls function 'mid2' here
// CHECK: :[[@LINE-4]]:78: note: frame #1: function 'mid2' uses 3080 bytes and calls function 'leaf2' here
// CHECK: :[[@LINE-6]]:39: note: frame #2: function 'leaf2' uses 3080 bytes

// A root that calls two independent 4.5 KB chains one after the other: both
// are inlined into it and share its frame, so the deepest stack is that one
// frame (clang-19 -O2: 4616 bytes; gcc-12 -O2: 128 + 4528, the chains
// folded into one out-of-line copy). Counting a chain in the root's frame
// and again as frames of its own gave 10.1 KB.
static void a2(void) { char b[2500]; consume(b); }
static void a1(void) { char b[2000]; consume(b); a2(); }
static void b2(void) { char b[2500]; consume(b); }
static void b1(void) { char b[2000]; consume(b); b2(); }
void two_chains(void) { char r[1000]; consume(r); a1(); b1(); }

// The same with the leaves out of line: the root's frame (one inlined middle
// level at a time) and one leaf's are on the stack at once (clang-19 -O2:
// 3016 + 2504 bytes; gcc-12 -O2: 3024 + 2528).
__attribute__((noinline)) static void c2(void) { char b[2500]; consume(b); }
static void c1(void) { char b[2000]; consume(b); c2(); }
__attribute__((noinline)) static void d2(void) { char b[2500]; consume(b); }
static void d1(void) { char b[2000]; consume(b); d2(); }
void two_calls(void) { char r[1000]; consume(r); c1(); d1(); }
// CHECK: :[[@LINE-1]]:6: warning: call chain from function 'two_calls' uses an estimated 5664 bytes of stack, over the stack limit of 4000 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:50: note: frame #0: function 'two_calls' uses 3080 bytes and calls function 'c1' here
// CHECK: :[[@LINE-6]]:50: note: frame #1: function 'c1' is likely inlined into its caller, whose frame holds its 2080 bytes, and calls function 'c2' here
// CHECK: :[[@LINE-8]]:39: note: frame #2: function 'c2' uses 2584 bytes
// Under the default StackLimit of 8192, none of these is reported.
// DEFAULT-NOT: warning:
