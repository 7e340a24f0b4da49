// Broken code: clang-tidy reports the errors and fails, but the check neither
// crashes nor reports what it cannot analyse.
// RUN: not %clang_tidy --checks='-*,kernel-floating-point' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

void kernel_fpu_begin();
void kernel_fpu_end();

double unknown_param(undeclared_t x) { return x * 2.0; }
// CHECK: :[[@LINE-1]]:22: error: unknown type name 'undeclared_t' [clang-diagnostic-error]

int unknown_operand(int d) { return d * 1.5 * missing_factor; }
// CHECK: :[[@LINE-1]]:47: error: use of undeclared identifier 'missing_factor' [clang-diagnostic-error]

struct Incomplete;
int incomplete(Incomplete *p) { return p->value * 0.5; }
// CHECK: :[[@LINE-1]]:41: error: member access into incomplete type 'Incomplete' [clang-diagnostic-error]
// CHECK: :[[@LINE-3]]:8: note: forward declaration of 'Incomplete'

void region_with_error(float *p) {
  kernel_fpu_begin();
  *p *= undefined_scale;
  // CHECK: :[[@LINE-1]]:9: error: use of undeclared identifier 'undefined_scale' [clang-diagnostic-error]
  kernel_fpu_end();
  *p *= 2;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

template <class T> T never_instantiated(T x) { return x * 1.5; }
