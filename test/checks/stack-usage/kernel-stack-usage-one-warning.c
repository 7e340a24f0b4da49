// One problem, one warning: a large object is reported once, in the function
// that declares it; a frame over the limit only through inlined callees is
// reported at the outermost function the compiler emits (call chains:
// kernel-stack-usage-inlined-chain.c).
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

void consume(void *p);

// The buffer is the helper's: reported there, not again in the callers it is
// inlined into (static, one call site each), up to the outermost.
static void big_helper(void) { char buf[2000]; consume(buf); }
// CHECK: :[[@LINE-1]]:13: warning: function 'big_helper' has an estimated stack frame of 2080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:37: note: 'buf' takes 2000 bytes
static void middle(void) { char small[100]; consume(small); big_helper(); }
void outer(void) { char small[100]; consume(small); middle(); }

// Two helpers under the limit, inlined into every caller: each gets no
// warning; their objects push their caller over it, reported there with the
// calls in notes.
static inline void half_a(void) { char a[600]; consume(a); }
static inline void half_b(void) { char b[600]; consume(b); }
static inline void both_halves(void) { half_a(); char c[500]; consume(c); half_b(); }
void uses_both(void) { both_halves(); }
// CHECK: :[[@LINE-1]]:6: warning: function 'uses_both' has an estimated stack frame of 1184 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:24: note: call to 'both_halves', likely inlined, adds its 1104-byte frame

// A helper inlined into its callers but also referenced: the compiler emits
// it with its own frame, which is judged like any other.
static void referenced(void) { char r[700]; consume(r); half_a(); }
void (*keep)(void) = referenced;
// CHECK: :[[@LINE-2]]:13: warning: function 'referenced' has an estimated stack frame of 1384 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:37: note: 'r' takes 700 bytes
// CHECK: :[[@LINE-4]]:57: note: call to 'half_a', likely inlined, adds its 600-byte frame
