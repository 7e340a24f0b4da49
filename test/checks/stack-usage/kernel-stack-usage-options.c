// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULT -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameModel: sum}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULT,SUM -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameLimit: 2048, kernel-stack-usage.StackLimit: 3000}}" -- 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,LIMITS -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s --dump-config \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.FrameModel: sum}}" -- \
// RUN:   | FileCheck %s --check-prefix=CONFIG
// CONFIG-DAG: kernel-stack-usage.FrameLimit: auto
// CONFIG-DAG: kernel-stack-usage.StackLimit: '8192'
// CONFIG-DAG: kernel-stack-usage.FrameModel: sum
// CONFIG-DAG: kernel-stack-usage.AllowAnnotatedRecursion: 'true'

void consume(void *p, unsigned long n);

// Sibling scopes share space unless FrameModel is sum.
void siblings(int x) {
  if (x) {
    char a[700];
    consume(a, 1);
  } else {
    char b[700];
    consume(b, 1);
  }
}
// SUM: :[[@LINE-9]]:6: warning: function 'siblings' has an estimated stack frame of 1480 bytes, over the frame limit of 1024 [kernel-stack-usage]
// SUM: :[[@LINE-8]]:10: note: 'a' takes 700 bytes
// SUM: :[[@LINE-6]]:10: note: 'b' takes 700 bytes

// Between the default FrameLimit and 2048.
void between(void) { char buf[1500]; consume(buf, 1); }
// DEFAULT: :[[@LINE-1]]:6: warning: function 'between' has an estimated stack frame of 1584 bytes, over the frame limit of 1024 [kernel-stack-usage]
// DEFAULT: :[[@LINE-2]]:27: note: 'buf' takes 1500 bytes

// The call-chain depth counts a recursive cycle once, as one frame: its
// largest member's.
__attribute__((noinline)) void leaf(void) { char buf[1500]; consume(buf, 1); }
// DEFAULT: :[[@LINE-1]]:32: warning: function 'leaf' has an estimated stack frame of 1584 bytes, over the frame limit of 1024 [kernel-stack-usage]
// DEFAULT: :[[@LINE-2]]:50: note: 'buf' takes 1500 bytes
__attribute__((noinline)) void odd(int n);
__attribute__((noinline)) void even(int n) {
  char buf[800];
  consume(buf, 1);
  if (n)
    odd(n - 1);
  else
    leaf();
}
__attribute__((noinline)) void odd(int n) {
  char buf[400];
  consume(buf, 1);
  if (n)
    even(n - 1);
}
// CHECK: :[[@LINE-14]]:32: warning: function 'even' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-11]]:5: note: frame #0: function 'even' calls function 'odd' here
// CHECK: :[[@LINE-4]]:5: note: frame #1: function 'odd' calls function 'even' here
// CHECK: :[[@LINE-17]]:32: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-10]]:32: warning: function 'odd' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-7]]:5: note: frame #0: function 'odd' calls function 'even' here
// CHECK: :[[@LINE-16]]:5: note: frame #1: function 'even' calls function 'odd' here
// CHECK: :[[@LINE-13]]:32: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
void entry(int n) {
  char buf[900];
  consume(buf, 1);
  even(n);
}
// LIMITS: :[[@LINE-5]]:6: warning: call chain from function 'entry' uses an estimated 3448 bytes of stack, over the stack limit of 3000 [kernel-stack-usage]
// LIMITS: :[[@LINE-3]]:3: note: frame #0: function 'entry' uses 984 bytes and calls function 'even' here
// LIMITS: :[[@LINE-23]]:5: note: frame #1: recursive cycle through function 'even' uses 880 bytes and calls function 'leaf' here
// LIMITS: :[[@LINE-34]]:32: note: frame #2: function 'leaf' uses 1584 bytes
