// The analysis starts from the code clang-tidy shows (the main file, and
// headers that --header-filter admits) and follows what it calls into any
// header; a header's own findings appear only when the filter admits it.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -I%S/Inputs -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' --header-filter='scope/guard\.h' %s -- -I%S/Inputs -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,HEADER -implicit-check-not='{{warning|error|note}}:'
// (clang-tidy 19's --exclude-header-filter; docs/llvm-versions.md.)
// RUN: %if llvm19 %{ %clang_tidy --checks='-*,kernel-atomic-context' --header-filter='scope/guard\.h' \
// RUN:   --exclude-header-filter='guard' %s -- -I%S/Inputs -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:' %}

#include "scope/guard.h"
// A finding inside the header itself, shown only when the filter admits it
// (clang-tidy prints it first: its path sorts before this file's).
// HEADER: guard.h:18:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(l) at line 17) [kernel-atomic-context]
// HEADER: guard.h:17:3: note: atomic context begins here: spin_lock(l)

spinlock_t lock;

// The guard's cleanup function lives in the header: it is analysed because
// the main file reaches it, so the region ends with the scope.
void guarded(void) {
  {
    scope_guard(&lock);
    header_wait();
    // CHECK: :[[@LINE-1]]:5: warning: calling 'header_wait', which may sleep, in atomic context (scope_guard(&lock) at line [[#@LINE-2]])
    // CHECK: :[[@LINE-3]]:5: note: atomic context begins here: scope_guard(&lock) returns with it held
    // CHECK: guard.h:14:40: note: frame #1: 'header_wait' calls 'msleep' here, which may sleep
  }
  header_wait();
}

void uses_buggy_helper(void) { header_bug(&lock); }
