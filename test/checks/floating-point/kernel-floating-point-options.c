// Defaults are echoed by --dump-config.
// RUN: %clang_tidy --checks='-*,kernel-floating-point' --dump-config \
// RUN:   | FileCheck %s --check-prefix=CONFIG
// CONFIG-DAG: kernel-floating-point.FpuBeginFunctions: 'kernel_fpu_begin;kernel_fpu_begin_mask;kernel_neon_begin'
// CONFIG-DAG: kernel-floating-point.FpuEndFunctions: 'kernel_fpu_end;kernel_neon_end'
// CONFIG-DAG: kernel-floating-point.ExtraFpuBeginFunctions: ''
// CONFIG-DAG: kernel-floating-point.ExtraFpuEndFunctions: ''
// CONFIG-DAG: kernel-floating-point.LibmFunctions: 'acos;{{.*}};sqrt;{{.*}}'
// CONFIG-DAG: kernel-floating-point.ExtraLibmFunctions: ''

// Replacing the pair: only the configured names open and close a region.
// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s \
// RUN:   --config="{CheckOptions: {kernel-floating-point.FpuBeginFunctions: 'simd_on', kernel-floating-point.FpuEndFunctions: 'simd_off', kernel-floating-point.LibmFunctions: ''}}" \
// RUN:   -- 2>&1 | FileCheck %s --check-prefix=REPLACED -implicit-check-not='{{warning|error|note}}:'

// Extending the pair with prefix patterns keeps the defaults.
// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s \
// RUN:   --config="{CheckOptions: {kernel-floating-point.ExtraFpuBeginFunctions: 'dc_fp_start*', kernel-floating-point.ExtraFpuEndFunctions: 'dc_fp_end*', kernel-floating-point.ExtraLibmFunctions: 'fast_sqrt*'}}" \
// RUN:   -- 2>&1 | FileCheck %s --check-prefix=EXTRA -implicit-check-not='{{warning|error|note}}:'

void kernel_fpu_begin(void);
void kernel_fpu_end(void);
void simd_on(void);
void simd_off(void);
void dc_fp_start_safe(void);
void dc_fp_end_safe(void);
int sqrt(int);
int fast_sqrt(int);
int fast_sqrtf(float);
// REPLACED: :[[@LINE-1]]:21: warning: function 'fast_sqrtf' has a parameter of floating-point type 'float' [kernel-floating-point]
// EXTRA: :[[@LINE-2]]:21: warning: function 'fast_sqrtf' has a parameter of floating-point type 'float' [kernel-floating-point]
int to_fixed(double);
// REPLACED: :[[@LINE-1]]:20: warning: function 'to_fixed' has a parameter of floating-point type 'double' [kernel-floating-point]
// EXTRA: :[[@LINE-2]]:20: warning: function 'to_fixed' has a parameter of floating-point type 'double' [kernel-floating-point]

void configured(float *p) {
  simd_on();
  *p *= 2;
  // EXTRA: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  simd_off();
}

void defaults(float *p) {
  kernel_fpu_begin();
  *p *= 2;
  // REPLACED: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  kernel_fpu_end();
}

void extra(float *p) {
  dc_fp_start_safe();
  *p *= 2;
  // REPLACED: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  dc_fp_end_safe();
}

// A libm name only matters for a call that involves floating values, and
// the list decides the message.
int libm_names(int x) {
  return sqrt(x) + fast_sqrt(x);
}
int libm_float(float *p) {
  return fast_sqrtf(*p);
  // REPLACED: :[[@LINE-1]]:21: warning: floating-point argument passed to 'fast_sqrtf' [kernel-floating-point]
  // EXTRA: :[[@LINE-2]]:10: warning: call to libm function 'fast_sqrtf' in kernel code [kernel-floating-point]
}
