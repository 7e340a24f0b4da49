// Broken code: the check reports what it can and does not crash.
// RUN: not %clang_tidy --checks='-*,kernel-exceptions' %s -- -std=c++14 \
// RUN:   -fexceptions -fcxx-exceptions 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

struct Incomplete;
Incomplete *newIncomplete() { return new Incomplete; }
// CHECK: :[[@LINE-1]]:42: error: allocation of incomplete type 'Incomplete' [clang-diagnostic-error]
// CHECK: :[[@LINE-3]]:8: note: forward declaration of 'Incomplete'

void throwUndeclared() { throw undeclared; }
// CHECK: :[[@LINE-1]]:26: warning: throw expression in kernel code; return an error code [kernel-exceptions]
// CHECK: :[[@LINE-2]]:32: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]

// Clang drops a specification it cannot parse.
void specUndeclared() throw(Undeclared);
// CHECK: :[[@LINE-1]]:29: error: unknown type name 'Undeclared' [clang-diagnostic-error]

template <class T> T *newDependent() { return new T(undeclaredArg); }
// CHECK: :[[@LINE-1]]:47: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
// CHECK: :[[@LINE-2]]:53: error: use of undeclared identifier 'undeclaredArg' [clang-diagnostic-error]
int *instantiateBroken() { return newDependent<int>(); }

void tryWithoutCatch() { try { } }
// CHECK: :[[@LINE-1]]:34: error: expected catch [clang-diagnostic-error]
