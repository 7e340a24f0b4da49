// Names that look like a diagnostic format (operator%) are quoted as
// written by every check.
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- -fexceptions -I%kernel_mock 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-mock.h"

namespace std { class type_info { public: virtual ~type_info(); }; }

struct Percent {
  spinlock_t lock;
  int operator%(int n) {
    msleep(n);
    return n;
  }
  float operator%(float f);
  // CHECK: :[[@LINE-1]]:9: warning: function 'operator%' returns floating-point type 'float' [kernel-floating-point]
};

int modulo_under_lock(Percent &p) {
  spin_lock(&p.lock);
  int r = p % 3;
  // CHECK: :[[@LINE-1]]:11: warning: calling 'Percent::operator%', which may sleep, in atomic context (spin_lock(&p.lock) at line [[#@LINE-2]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-3]]:3: note: atomic context begins here: spin_lock(&p.lock)
  // CHECK: :[[@LINE-12]]:5: note: frame #1: 'Percent::operator%' calls 'msleep' here, which may sleep
  spin_unlock(&p.lock);
  return r;
}

struct Big { char bytes[2048]; };
int operator%(Big b, int n) {
  Big copy = b;
  // CHECK: :[[@LINE-2]]:5: warning: function 'operator%' has an estimated stack frame of {{[0-9]+}} bytes, over the frame limit of 1024 [kernel-stack-usage]
  // CHECK: :[[@LINE-2]]:7: note: 'copy' takes 2048 bytes
  if (n < 0)
    throw n;
  // CHECK: :[[@LINE-1]]:5: warning: throw expression in kernel code; {{.*}} [kernel-exceptions]
  (void)typeid(b);
  // CHECK: :[[@LINE-1]]:9: warning: {{.*}} [kernel-rtti]
  return copy.bytes[n];
}
