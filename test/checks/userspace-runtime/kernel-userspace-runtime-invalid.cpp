// Broken code: no crash, the compiler's errors and the findings that can
// still be decided.
// RUN: not %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include <atomic>
#include <string>
#include <vector>

struct Incomplete;
std::vector<Incomplete> *pointers;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::vector<Incomplete>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]

Unknown global_of_unknown_type;
// CHECK: :[[@LINE-1]]:1: error: unknown type name 'Unknown' [clang-diagnostic-error]

std::string broken = undeclared();
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
// CHECK: :[[@LINE-2]]:22: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]

template <class T> void dependent(T t) {
  static auto cached = t.missing();
  t.unknown_member(std::vector<T>{});
  // CHECK: :[[@LINE-1]]:20: warning: standard library type 'std::vector<T>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
}

// The size of an incomplete type is unknown: no atomic finding.
int f() {
  static std::atomic<Incomplete> *never_complete;
  static std::string text = missing_function();
  // CHECK: :[[@LINE-1]]:10: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
  // CHECK: :[[@LINE-2]]:29: error: use of undeclared identifier 'missing_function' [clang-diagnostic-error]
  return never_complete != nullptr;
}

// A missing header is fatal; what was parsed before it is still analysed.
#include "missing-header.h"
// CHECK: :[[@LINE-1]]:10: error: 'missing-header.h' file not found [clang-diagnostic-error]
