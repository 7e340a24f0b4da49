// NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/NOLINTEND silence kernel-* findings
// as they do any clang-tidy check: by check name, by glob, or all; the
// examples of docs/suppressing.md. Without the comments every line below
// that carries one would be reported (the second RUN).
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- -std=gnu++17 -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: sed 's|// NOLINT.*||' %s > %t.cpp
// RUN: %clang_tidy --checks='-*,kernel-*' %t.cpp -- -std=gnu++17 -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ALL
// ALL-COUNT-7: warning:

#include "kernel-mock.h"

struct Base { virtual ~Base(); };
struct Derived : Base {};

Derived *down(Base *b) {
  return dynamic_cast<Derived *>(b); // NOLINT(kernel-rtti)
}

int scale(int x) {
  // NOLINTNEXTLINE(kernel-floating-point)
  return x * 1.5;
}

static spinlock_t lock;
void wait_locked() {
  spin_lock(&lock);
  msleep(1); // NOLINT(kernel-atomic-context): the caller already holds a reference
  spin_unlock(&lock);
}

// NOLINTBEGIN(kernel-*)
int half(int x) { return x * 0.5; }
Derived *again(Base *b) { return dynamic_cast<Derived *>(b); }
// NOLINTEND(kernel-*)

int third(int x) { return x / 3.0; } // NOLINT

// Another check's name leaves the kernel-* finding in place.
int quarter(int x) { return x * 0.25; } // NOLINT(kernel-rtti)
// CHECK: :[[@LINE-1]]:31: warning: floating-point arithmetic in kernel code [kernel-floating-point]
