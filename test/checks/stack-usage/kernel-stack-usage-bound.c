// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 4000}}" -- -I%kt_include 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,ALLOW -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s \
// RUN:   --config="{CheckOptions: {kernel-stack-usage.StackLimit: 4000, kernel-stack-usage.AllowAnnotatedRecursion: false}}" -- -I%kt_include 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STRICT -implicit-check-not='{{warning|error|note}}:'

void consume(void *p, unsigned long n);

#include <kernel-tidy/annotations.h>

// A walk whose depth the data structure bounds: accepted with its bound, and
// the call chain counts the cycle that many times.
struct node { struct node *left, *right; };
__kt_recursion_depth(4) __attribute__((noinline)) void walk(struct node *n) {
  char buf[900];
  consume(buf, 1);
  if (n) {
    walk(n->left);
    walk(n->right);
  }
}
// STRICT: :[[@LINE-8]]:56: warning: function 'walk' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// STRICT: :[[@LINE-5]]:5: note: frame #0: function 'walk' calls function 'walk' here
void walk_root(struct node *n) {
  char buf[100];
  consume(buf, 1);
  walk(n);
}
// ALLOW: :[[@LINE-5]]:6: warning: call chain from function 'walk_root' uses an estimated 4120 bytes of stack, over the stack limit of 4000 [kernel-stack-usage]
// ALLOW: :[[@LINE-3]]:3: note: frame #0: function 'walk_root' uses 184 bytes and calls function 'walk' here
// ALLOW: :[[@LINE-17]]:56: note: frame #1: recursive cycle through function 'walk' uses 3936 bytes

// Without a valid bound recursion is reported either way.
__attribute__((annotate("kernel::recursion_depth=many"))) int count(struct node *n) {
  return n ? 1 + count(n->left) + count(n->right) : 0;
}
// CHECK: :[[@LINE-3]]:63: warning: function 'count' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:18: note: frame #0: function 'count' calls function 'count' here
// ALLOW: :[[@LINE-5]]:63: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

// A depth counter compared with a constant bounds this recursion, which the
// check does not see: it says what it knows, and where to state the bound.
#define MAX_DEPTH 8
int descend(struct node *n, int depth) {
  if (!n || depth >= MAX_DEPTH)
    return 0;
  return 1 + descend(n->left, depth + 1);
}
// CHECK: :[[@LINE-5]]:5: warning: function 'descend' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:14: note: frame #0: function 'descend' calls function 'descend' here
// ALLOW: :[[@LINE-7]]:5: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
