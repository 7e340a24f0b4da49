// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s -- -std=gnu11 \
// RUN:   -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

// Nothing is reported inside a system header, even its inline helpers.
#include <fp-system.h>

typedef unsigned int u32;
typedef double real;
typedef float *floatp;

// Declarations: variables, arrays, fields, return types, parameters.
double g;
// CHECK: :[[@LINE-1]]:8: warning: variable 'g' has floating-point type 'double' [kernel-floating-point]
float table[4];
// CHECK: :[[@LINE-1]]:7: warning: variable 'table' has floating-point type 'float[4]' [kernel-floating-point]
real alias;
// CHECK: :[[@LINE-1]]:6: warning: variable 'alias' has floating-point type 'real' (aka 'double') [kernel-floating-point]
static const double scale = 1.5;
// CHECK: :[[@LINE-1]]:21: warning: variable 'scale' has floating-point type 'const double' [kernel-floating-point]
_Complex float cplx;
// CHECK: :[[@LINE-1]]:16: warning: variable 'cplx' has floating-point type '_Complex float' [kernel-floating-point]
struct sample {
  int raw;
  double value;
  // CHECK: :[[@LINE-1]]:10: warning: field 'value' has floating-point type 'double' [kernel-floating-point]
  float history[8];
  // CHECK: :[[@LINE-1]]:9: warning: field 'history' has floating-point type 'float[8]' [kernel-floating-point]
  float *cursor;
};
double ratio(int a, int b);
// CHECK: :[[@LINE-1]]:8: warning: function 'ratio' returns floating-point type 'double' [kernel-floating-point]
void set_gain(int channel, float gain);
// CHECK: :[[@LINE-1]]:34: warning: function 'set_gain' has a parameter of floating-point type 'float' [kernel-floating-point]
void set_two(float a, double b);
// CHECK: :[[@LINE-1]]:20: warning: function 'set_two' has a parameter of floating-point type 'float' [kernel-floating-point]

// Not floating declarations: typedefs, pointers to float, integer fields.
typedef double fixed_t;
float *gp;
floatp gp2;
void fill(float *out, int n);
int (*callback)(float *);

// One finding per full expression: the outermost floating operation speaks.
void one_per_expression(double *x, double a, double b) {
// CHECK: :[[@LINE-1]]:43: warning: function 'one_per_expression' has a parameter of floating-point type 'double' [kernel-floating-point]
  *x = a * 2.0 + b;
  // CHECK: :[[@LINE-1]]:16: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  *x = (a + b) * (a - b) / (a * b);
  // CHECK: :[[@LINE-1]]:26: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Loads through a pointer, literals, conversions, comparisons, calls.
int expressions(float *pf, int i, struct sample *s) {
  int r = *pf;
  // CHECK: :[[@LINE-1]]:11: warning: conversion from floating-point type 'float' to 'int' [kernel-floating-point]
  *pf = 0.5;
  // CHECK: :[[@LINE-1]]:9: warning: floating-point literal in kernel code [kernel-floating-point]
  *pf = i;
  // CHECK: :[[@LINE-1]]:9: warning: conversion from 'int' to floating-point type 'float' [kernel-floating-point]
  if (*pf > 1)
    // CHECK: :[[@LINE-1]]:11: warning: floating-point comparison in kernel code [kernel-floating-point]
    r++;
  r += 1.5;
  // CHECK: :[[@LINE-1]]:5: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  (*pf)++;
  // CHECK: :[[@LINE-1]]:8: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  r = ratio(r, i);
  // CHECK: :[[@LINE-1]]:7: warning: call to 'ratio' returns floating-point type 'double' [kernel-floating-point]
  set_gain(r, 2);
  // CHECK: :[[@LINE-1]]:15: warning: floating-point argument passed to 'set_gain' [kernel-floating-point]
  s->history[0] = s->value;
  // CHECK: :[[@LINE-1]]:19: warning: use of floating-point value 'value' [kernel-floating-point]
  r = s->raw ? *pf : i;
  // CHECK: :[[@LINE-1]]:7: warning: conversion from floating-point type 'float' to 'int' [kernel-floating-point]
  return r;
}

// libm: the kernel links no C library.
double sqrt(double);
// CHECK: :[[@LINE-1]]:8: warning: function 'sqrt' returns floating-point type 'double' [kernel-floating-point]
long lround(double);
// CHECK: :[[@LINE-1]]:19: warning: function 'lround' has a parameter of floating-point type 'double' [kernel-floating-point]
int libm(int i, double *p) {
  int r = sqrt(i);
  // CHECK: :[[@LINE-1]]:11: warning: call to libm function 'sqrt' in kernel code [kernel-floating-point]
  r += lround(*p);
  // CHECK: :[[@LINE-1]]:8: warning: call to libm function 'lround' in kernel code [kernel-floating-point]
  return r + (int)__builtin_sqrt(i);
  // CHECK: :[[@LINE-1]]:19: warning: call to libm function '__builtin_sqrt' in kernel code [kernel-floating-point]
}

// Folded away: the compiler turns these into integers.
enum { HALF_SCALE = (int)(0.5 * 100) };
int bounds[(int)(2.5 * 2)];
_Static_assert((int)1.5 == 1, "folded");
const int thousand = 1e3;
int folded(int x) {
  u32 pct = (u32)(0.75 * 100);
  x = x * (u32)(0.75 * 100);
  switch (x) {
  case (int)(1.5 * 2):
    return 1;
  }
  if (2.0 > 1.0)
    x++;
  return x + pct + thousand + HALF_SCALE + 3.7;
  // CHECK: :[[@LINE-1]]:42: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Not folded: the value is known only at run time.
int not_folded(int x) {
  return (int)(x * 0.75);
  // CHECK: :[[@LINE-1]]:18: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Unevaluated operands.
int unevaluated(float *pf) {
  __typeof__(*pf * 2.0) *q = 0;
  int n = sizeof(*pf * 2.0) + _Alignof(double);
  n += _Generic(*pf, float: 1, default: 2);
  n += _Generic(n, int: 3, double: (int)(*pf * 2.0));
  (void)*pf;
  return n + (q != 0);
}

// A variable-length array bound runs, also in sizeof, a pointer's type, a
// cast or typeof.
int vla(int n) {
  int a[(int)(n * 1.5)];
  // CHECK: :[[@LINE-1]]:17: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  int (*p)[(int)(n * 2.5)] = 0;
  // CHECK: :[[@LINE-1]]:20: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  int m = sizeof(char[(int)(n * 3.5)]);
  // CHECK: :[[@LINE-1]]:31: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  m += sizeof(char (*)[(int)(n * 4.5)]) + _Alignof(char[(int)(n * 5.5)]);
  void *v = (char (*)[(int)(n * 6.5)])a;
  // CHECK: :[[@LINE-1]]:31: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  return sizeof(a) + m + (p != 0) + (v != 0);
}

// Statements never run inside an unevaluated operand either; only the side
// __builtin_choose_expr chooses runs; builtins that never evaluate their
// argument.
int not_run(int x) {
  int n = sizeof(({ double d = x * 1.5; (int)d; }));
  n += __builtin_choose_expr(1, x, (int)(x * 1.5));
  n += __builtin_choose_expr(0, (int)(x * 1.5), x);
  return n + __builtin_constant_p(x * 1.5);
}

int system_helpers(int x) {
  return sys_integer_helper(x);
}
