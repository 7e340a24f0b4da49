// Kernel C++ is built with -fno-exceptions: clang rejects throw and try, and
// the check still reports them (and everything else) without crashing, so
// the findings are the same whichever flags the compile database records.
// RUN: not %clang_tidy --checks='-*,kernel-exceptions' %s -- -std=c++14 \
// RUN:   -fno-exceptions 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef unsigned long size_t;

int thrower(int x) {
  if (x)
    throw x;
  // CHECK: :[[@LINE-1]]:5: error: cannot use 'throw' with exceptions disabled [clang-diagnostic-error]
  // CHECK: :[[@LINE-2]]:5: warning: throw expression in kernel code; return an error code [kernel-exceptions]
  return 0;
}

int catcher() {
  try {
  // CHECK: :[[@LINE-1]]:3: error: cannot use 'try' with exceptions disabled [clang-diagnostic-error]
  // CHECK: :[[@LINE-2]]:3: warning: try block in kernel code; check and return error codes instead [kernel-exceptions]
    return thrower(1);
  } catch (int e) {
    return e;
  }
}

void dynamicSpec() throw(int);
// CHECK: :[[@LINE-1]]:20: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:20: note: replace it with 'noexcept'; an exception leaving the function then terminates

// Without exceptions a throwing operator new still never returns null to
// the new-expression: the compiler omits the null check.
int *plainNew() { return new int; }
// CHECK: :[[@LINE-1]]:26: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]

// Unevaluated operands stay quiet here too; clang still rejects the throw.
size_t unevaluated() { return sizeof(new int) + noexcept(throw 1); }
// CHECK: :[[@LINE-1]]:58: error: cannot use 'throw' with exceptions disabled [clang-diagnostic-error]
