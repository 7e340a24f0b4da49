// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- -std=gnu11 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// Asked for system headers, clang-tidy shows the findings inside them.
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' --system-headers --header-filter='.*' %s \
// RUN:   -- -std=gnu11 -isystem %S/Inputs 2>&1 | FileCheck %s --check-prefix=SYS
// SYS-DAG: stack-usage-system.h:3:20: warning: function 'sys_big_frame' has an estimated stack frame of 4080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// SYS-DAG: stack-usage-system.h:4:29: warning: function 'sys_recursive' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// SYS-DAG: stack-usage-system.h:5:42: warning: variable-length array 'v' takes stack without a bound [kernel-stack-usage]

#include <stack-usage-system.h>

void system_header_users(int n) {
  sys_vla(n);
  sys_recursive(3);
}

// Frames under the limit are quiet.
void small_frame(void) { char buf[512]; consume(buf, sizeof(buf)); }

// The three largest objects are named.
void big_frame(void) {
  char a[600];
  int b[100];
  char c[8];
  long d;
  consume(a, 1); consume(b, 1); consume(c, 1); consume(&d, 1);
}
// CHECK: :[[@LINE-7]]:6: warning: function 'big_frame' has an estimated stack frame of 1096 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-7]]:8: note: 'a' takes 600 bytes
// CHECK: :[[@LINE-7]]:7: note: 'b' takes 400 bytes
// CHECK: :[[@LINE-7]]:8: note: 'c' takes 8 bytes

// Sibling scopes share space.
void sibling_scopes(int x) {
  if (x) {
    char a[700];
    consume(a, 1);
  } else {
    char b[700];
    consume(b, 1);
  }
  for (int i = 0; i < x; i++) {
    char c[700];
    consume(c, 1);
  }
}

// Nested scopes add.
void nested_scopes(int x) {
  char outer[500];
  consume(outer, 1);
  if (x) {
    char inner[500];
    consume(inner, 1);
  }
}
// CHECK: :[[@LINE-8]]:6: warning: function 'nested_scopes' has an estimated stack frame of 1080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-8]]:8: note: 'outer' takes 500 bytes
// CHECK: :[[@LINE-6]]:10: note: 'inner' takes 500 bytes

// Static and extern locals are not on the stack.
void static_locals(void) {
  static char table[4096];
  extern char other[4096];
  consume(table, 1);
  consume(other, 1);
}

// A parameter passed by value is in the caller's outgoing arguments...
struct big_msg { char data[1500]; };
void take_msg(struct big_msg m);
void by_value_parameter(struct big_msg m) { consume(&m, 1); }

// ... where clang copies it twice.
void passes_by_value(struct big_msg *m) { take_msg(*m); }
// CHECK: :[[@LINE-1]]:6: warning: function 'passes_by_value' has an estimated stack frame of 3088 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:52: note: argument of type 'struct big_msg' passed by value takes 3008 bytes of this frame

// Small structures go in registers.
struct pair { long a, b; };
void take_pair(struct pair p);
void passes_pair(struct pair *p) { take_pair(*p); }

// A compound literal lives until the end of its block.
struct desc { char bytes[1100]; };
void compound_literal(void) { consume(&(struct desc){ { 1 } }, 1); }
// CHECK: :[[@LINE-1]]:6: warning: function 'compound_literal' has an estimated stack frame of 1184 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:40: note: compound literal of type 'struct desc' takes 1100 bytes

// A callee the compiler inlines puts its objects in the caller's frame.
static void inlined_helper(void) { char buf[800]; consume(buf, 1); }
void calls_inlined(void) { char local[400]; consume(local, 1); inlined_helper(); }
// CHECK: :[[@LINE-1]]:6: warning: function 'calls_inlined' has an estimated stack frame of 1280 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:64: note: call to 'inlined_helper', likely inlined, adds its 800-byte frame
// CHECK: :[[@LINE-3]]:33: note: 'local' takes 400 bytes

// noinline (the kernel's noinline_for_stack) keeps it out.
__attribute__((noinline)) static void kept_helper(void) { char buf[800]; consume(buf, 1); }
void calls_kept(void) { char local[400]; consume(local, 1); kept_helper(); }

// Variable-length arrays and alloca have no bound.
void vla(int n) {
  char v[n];
  consume(v, 1);
}
// CHECK: :[[@LINE-3]]:8: warning: variable-length array 'v' takes stack without a bound [kernel-stack-usage]
void vla_2d(int n) {
  int m[4][n];
  consume(m, 1);
}
// CHECK: :[[@LINE-3]]:7: warning: variable-length array 'm' takes stack without a bound [kernel-stack-usage]
void with_alloca(unsigned long n) { consume(__builtin_alloca(n), 1); }
// CHECK: :[[@LINE-1]]:45: warning: call to '__builtin_alloca' takes stack without a bound [kernel-stack-usage]

// A pointer to a variable-length array allocates nothing, nor does sizeof.
void vla_pointer(int n, char (*p)[n]) { char (*q)[n] = p; consume(q, 1); }
void vla_sizeof(int n) { consume(0, sizeof(char[n])); }

// Recursion, direct and mutual.
unsigned long fact(unsigned long n) { return n ? n * fact(n - 1) : 1; }
// CHECK: :[[@LINE-1]]:15: warning: function 'fact' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:54: note: frame #0: function 'fact' calls function 'fact' here
// CHECK: :[[@LINE-3]]:15: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

void ping(int n);
void pong(int n) { if (n) ping(n - 1); }
void ping(int n) { if (n) pong(n - 1); }
// CHECK: :[[@LINE-2]]:6: warning: function 'pong' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:27: note: frame #0: function 'pong' calls function 'ping' here
// CHECK: :[[@LINE-3]]:27: note: frame #1: function 'ping' calls function 'pong' here
// CHECK: :[[@LINE-5]]:6: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-5]]:6: warning: function 'ping' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:27: note: frame #0: function 'ping' calls function 'pong' here
// CHECK: :[[@LINE-8]]:27: note: frame #1: function 'pong' calls function 'ping' here
// CHECK: :[[@LINE-8]]:6: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

// A call in an unevaluated operand is no call.
unsigned long not_recursive(int n) { return sizeof(not_recursive(n)); }

// Call chains deeper than StackLimit (8192), reported at their root.
#define LEVEL(name, next) \
  __attribute__((noinline)) void name(void) { char buf[900]; consume(buf, 1); next; }
LEVEL(chain9, (void)0)
LEVEL(chain8, chain9())
LEVEL(chain7, chain8())
LEVEL(chain6, chain7())
LEVEL(chain5, chain6())
LEVEL(chain4, chain5())
LEVEL(chain3, chain4())
LEVEL(chain2, chain3())
LEVEL(side, (void)0)
void chain1(void) { char buf[900]; consume(buf, 1); side(); chain2(); }
// CHECK: :[[@LINE-1]]:6: warning: call chain from function 'chain1' uses an estimated 8856 bytes of stack, over the stack limit of 8192 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:61: note: frame #0: function 'chain1' uses 984 bytes and calls function 'chain2' here
// CHECK: :[[@LINE-5]]:15: note: frame #1: function 'chain2' uses 984 bytes and calls function 'chain3' here
// CHECK: :[[@LINE-7]]:15: note: frame #2: function 'chain3' uses 984 bytes and calls function 'chain4' here
// CHECK: :[[@LINE-9]]:15: note: frame #3: function 'chain4' uses 984 bytes and calls function 'chain5' here
// CHECK: :[[@LINE-11]]:15: note: frame #4: function 'chain5' uses 984 bytes and calls function 'chain6' here
// CHECK: :[[@LINE-13]]:15: note: frame #5: function 'chain6' uses 984 bytes and calls function 'chain7' here
// CHECK: :[[@LINE-15]]:15: note: frame #6: function 'chain7' uses 984 bytes and calls function 'chain8' here
// CHECK: :[[@LINE-17]]:15: note: frame #7: function 'chain8' uses 984 bytes and calls function 'chain9' here
// CHECK: :[[@LINE-19]]:7: note: frame #8: function 'chain9' uses 984 bytes

// One frame fewer stays under the limit.
void short_chain(void) { char buf[900]; consume(buf, 1); chain3(); }

// A frame over StackLimit with no calls is one frame, reported as such.
void huge_leaf(void) { char buf[9000]; buf[0] = 0; consume(buf, 1); }
// CHECK: :[[@LINE-1]]:6: warning: function 'huge_leaf' has an estimated stack frame of 9080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:29: note: 'buf' takes 9000 bytes
