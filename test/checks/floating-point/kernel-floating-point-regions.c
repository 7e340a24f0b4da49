// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s -- -std=gnu11 \
// RUN:   -I %kt_include 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include <kernel-tidy/annotations.h>

void kernel_fpu_begin(void);
void kernel_fpu_begin_mask(unsigned int mask);
void kernel_fpu_end(void);
void kernel_neon_begin(void);
void kernel_neon_end(void);
void dc_fp_start(void) __kt_fpu_begin;
void dc_fp_end(void) __kt_fpu_end;
int may_use_simd(void);

// Between begin and end on the only path: allowed, declarations included.
void straight(float *p, int n) {
  kernel_fpu_begin();
  float k = 0.5f;
  for (int i = 0; i < n; i++)
    p[i] *= k;
  kernel_fpu_end();
}

// Before begin and after end: reported.
void outside(float *p) {
  *p *= 2;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  kernel_fpu_begin();
  *p *= 3;
  kernel_fpu_end();
  *p *= 4;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// The other families of the pair.
void families(float *p) {
  kernel_fpu_begin_mask(0);
  *p *= 2;
  kernel_fpu_end();
  kernel_neon_begin();
  *p *= 3;
  kernel_neon_end();
}

// Functions annotated kernel::fpu_begin / kernel::fpu_end open and close too.
void annotated_pair(float *p) {
  dc_fp_start();
  *p *= 2;
  dc_fp_end();
  *p *= 3;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Open on one path only: reported, with a note on where the region opens.
void some_paths(float *p) {
  if (may_use_simd())
    kernel_fpu_begin();
  *p *= 2;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  // CHECK: :[[@LINE-3]]:5: note: the FPU region opened here is not open on every path to this code
  if (may_use_simd())
    kernel_fpu_end();
}

// Closed on one path only.
void closed_on_some_paths(float *p, int c) {
  kernel_fpu_begin();
  if (c)
    kernel_fpu_end();
  float t = *p;
  // CHECK: :[[@LINE-1]]:9: warning: variable 't' has floating-point type 'float' [kernel-floating-point]
  // CHECK: :[[@LINE-5]]:3: note: the FPU region opened here is not open on every path to this code
  kernel_fpu_end();
}

// A path that closes the region and returns leaves the others in it.
void early_return(float *p, int c) {
  kernel_fpu_begin();
  if (c) {
    kernel_fpu_end();
    return;
  }
  *p *= 2;
  kernel_fpu_end();
  *p *= 3;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Loops: a region opened and closed in each iteration covers only its part;
// one opened at the end of an iteration does not cover the loop head.
void loops(float *p, int n) {
  for (int i = 0; i < n; i++) {
    kernel_fpu_begin();
    p[i] *= 2;
    kernel_fpu_end();
    p[i] *= 3;
    // CHECK: :[[@LINE-1]]:10: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  }
  while (n--) {
    p[n] *= 4;
    // CHECK: :[[@LINE-1]]:10: warning: floating-point arithmetic in kernel code [kernel-floating-point]
    // CHECK: :[[@LINE+1]]:5: note: the FPU region opened here is not open on every path to this code
    kernel_fpu_begin();
  }
  kernel_fpu_end();
}

// A loop entirely inside the region, with a backward goto.
void loop_inside(float *p, int n) {
  kernel_fpu_begin();
again:
  p[n] *= 2;
  if (--n)
    goto again;
  do {
    p[n] += 1;
  } while (n++ < 4);
  kernel_fpu_end();
}

// A switch whose every path out keeps the region open.
void switches(float *p, int n) {
  kernel_fpu_begin();
  switch (n) {
  case 0:
    *p *= 2;
    break;
  default:
    kernel_fpu_end();
    return;
  }
  *p *= 3;
  kernel_fpu_end();
}

// The region is per function: a helper called inside it is not covered.
static void helper(float *p) {
  *p *= 2;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}
void caller(float *p) {
  kernel_fpu_begin();
  helper(p);
  kernel_fpu_end();
}

// Bodies annotated kernel::fpu may use floating point, and so may their
// declarations.
void __kt_fpu fpu_body(float *p, double scale) {
  double t = *p * scale;
  *p = t;
}
double __kt_fpu fpu_result(int x);
double __kt_fpu fpu_result(int x) { return x * 0.5; }

// Calling it from outside a region still passes a floating value.
void call_fpu_body(float *p) {
  fpu_body(p, 2);
  // CHECK: :[[@LINE-1]]:15: warning: floating-point argument passed to 'fpu_body' [kernel-floating-point]
  kernel_fpu_begin();
  fpu_body(p, 3);
  kernel_fpu_end();
}

// Dead code after a return is never inside a region.
void unreachable(float *p) {
  kernel_fpu_begin();
  kernel_fpu_end();
  return;
  *p *= 2;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}
