// Code that does not compile: what cannot be laid out is skipped, the rest is
// still analysed, and nothing crashes (clang-tidy exits with the compiler's
// errors, which are checked, and prints the warning after them).
// RUN: not %clang_tidy --checks='-*,kernel-stack-usage' %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

void consume(void *p, unsigned long n);

struct Incomplete;
void incompleteLocal() {
  Incomplete x;
  char big[2000];
}
// CHECK: :[[@LINE-4]]:6: warning: function 'incompleteLocal' has an estimated stack frame of 2080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:8: note: 'big' takes 2000 bytes
// CHECK: :[[@LINE-5]]:14: error: variable has incomplete type 'Incomplete' [clang-diagnostic-error]
// CHECK: :[[@LINE-8]]:8: note: forward declaration of 'Incomplete'

struct Bad {
  Unknown member;
  char big[2000];
};
// CHECK: :[[@LINE-3]]:3: error: unknown type name 'Unknown' [clang-diagnostic-error]
void invalidRecord() {
  Bad b;
  consume(&b, 1);
}

struct Outer {
  Bad inner;
  char more[100];
};
void nestedInvalidRecord() {
  Outer o[4];
  consume(o, 1);
}

void undeduced() { auto x = missing(); }
// CHECK: :[[@LINE-1]]:29: error: use of undeclared identifier 'missing' [clang-diagnostic-error]

void incompleteVla(int n) { Incomplete arr[n]; }
// CHECK: :[[@LINE-1]]:40: error: variable has incomplete type 'Incomplete' [clang-diagnostic-error]
// CHECK: :[[@LINE-34]]:8: note: forward declaration of 'Incomplete'

template <class T> void dependent(T t) {
  T local[100];
  typename T::type other;
  consume(local, sizeof(local));
}

void recursesThroughError(int n) {
  recursesThroughError(undefined);
  char big[1200];
  consume(big, 1);
}
// CHECK: :[[@LINE-5]]:6: warning: function 'recursesThroughError' has an estimated stack frame of 1280 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-4]]:8: note: 'big' takes 1200 bytes
// CHECK: :[[@LINE-6]]:24: error: use of undeclared identifier 'undefined' [clang-diagnostic-error]

void stillAnalysed() {
  char big[2000];
  consume(big, 1);
}
// CHECK: :[[@LINE-4]]:6: warning: function 'stillAnalysed' has an estimated stack frame of 2080 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-4]]:8: note: 'big' takes 2000 bytes
