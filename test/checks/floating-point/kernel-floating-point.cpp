// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s -- -std=c++20 \
// RUN:   -I %kt_include 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include <kernel-tidy/annotations.h>

namespace std {
class type_info;
double sqrt(double);
// CHECK: :[[@LINE-1]]:8: warning: function 'sqrt' returns floating-point type 'double' [kernel-floating-point]
} // namespace std

void kernel_fpu_begin();
void kernel_fpu_end();
using u32 = unsigned int;

// constexpr floating variables are compile-time; their run-time uses are not.
constexpr double kScale = 1.5;
constexpr int kScaled = kScale * 2;
static_assert(kScale > 1.0);
int use_constexpr(int x) {
  int folded = kScale * 4;
  return x * kScale + folded;
  // CHECK: :[[@LINE-1]]:21: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Template arguments, array bounds and enumerators fold.
template <int N> struct Buffer { int data[N]; };
Buffer<(int)(2.5 * 2)> buffer;
// (Floating-point template parameters are C++20 as of clang 18.)
#if __clang_major__ >= 18
template <double D> int tagged() { return 1; }
int use_tagged() { return tagged<0.5>(); }
#endif
enum class Level { Half = (int)(0.5 * 10) };

// Unevaluated operands.
int unevaluated(double *p) {
  decltype(*p * 2.0) *q = p;
  bool b = noexcept(*p * 2.0);
  const std::type_info &t = typeid(*p * 2.0);
  return sizeof(*p + 1) + alignof(decltype(1.0 + *p)) + b + (q != nullptr);
}

// Constant-evaluated conditions and requirements; a discarded branch never
// runs.
int constant_condition(int x) {
  if constexpr (kScale > 1.0)
    return 1;
  else
    return x * kScale;
  return 0;
}
template <class T>
  requires requires(T t) { t * 1.5; }
int constrained(T t) { return t; }
int use_constrained() { return constrained(3); }

// consteval functions never run in the kernel.
consteval double half(double x) { return x / 2; }
int use_half() { return half(3.0); }

// C++ declarations: members, conversion operators, lambdas, bindings.
struct Meter {
  double reading = 0;
  // CHECK: :[[@LINE-1]]:10: warning: field 'reading' has floating-point type 'double' [kernel-floating-point]
  int ticks = 2.5;
  static constexpr float kUnit = 1.0f;
  Meter() {}
  Meter(int t) : reading(t * 0.5), ticks(t) {}
  // CHECK: :[[@LINE-1]]:28: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  operator double() const;
  // CHECK: :[[@LINE-1]]:3: warning: function 'operator double' returns floating-point type 'double' [kernel-floating-point]
  void set(double) = delete;
};
Meter copy(const Meter &m) { return m; }

int lambdas(int x) {
  auto scale = [](double v) { return (int)v; };
  // CHECK: :[[@LINE-1]]:26: warning: lambda has a parameter of floating-point type 'double' [kernel-floating-point]
  // CHECK: :[[@LINE-2]]:43: warning: conversion from floating-point type 'double' to 'int' [kernel-floating-point]
  auto twice = [x] { return x * 2.0; };
  // CHECK: :[[@LINE-1]]:16: warning: lambda returns floating-point type 'double' [kernel-floating-point]
  // CHECK: :[[@LINE-2]]:31: warning: floating-point arithmetic in kernel code [kernel-floating-point]
  return scale(x) + (int)twice();
  // CHECK: :[[@LINE-1]]:16: warning: floating-point argument passed to a lambda [kernel-floating-point]
}

// A lambda called where it is written: its declaration and the call are
// separate findings.
void invoked(int x) {
  [x] { return x * 2.0; }();
  // CHECK: :[[@LINE-1]]:3: warning: call to a lambda returns floating-point type 'double' [kernel-floating-point]
  // CHECK: :[[@LINE-2]]:3: warning: lambda returns floating-point type 'double' [kernel-floating-point]
  // CHECK: :[[@LINE-3]]:18: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

void range_for(float (&samples)[4]) {
  for (float s : samples)
  // CHECK: :[[@LINE-1]]:14: warning: variable 's' has floating-point type 'float' [kernel-floating-point]
    (void)s;
}

// Overloaded operators and std:: libm.
struct Vec {
  Vec operator*(float) const;
  // CHECK: :[[@LINE-1]]:22: warning: function 'operator*' has a parameter of floating-point type 'float' [kernel-floating-point]
};
Vec grow(Vec v) { return v * 2; }
// CHECK: :[[@LINE-1]]:30: warning: floating-point argument passed to 'operator*' [kernel-floating-point]
int root(int x) { return std::sqrt(x); }
// CHECK: :[[@LINE-1]]:26: warning: call to libm function 'sqrt' in kernel code [kernel-floating-point]

// A namespace-scope initializer that runs at load time.
static int g_root = std::sqrt(2.0);
// CHECK: :[[@LINE-1]]:21: warning: call to libm function 'sqrt' in kernel code [kernel-floating-point]

// Templates: a floating type spelled in the template is reported once there;
// one that comes from a template argument is reported once, at the first
// instantiation that makes it floating.
template <class T> struct Box {
  T value;
  // CHECK: :[[@LINE-1]]:5: warning: field 'value' has floating-point type 'double' [kernel-floating-point]
  double ratio;
  // CHECK: :[[@LINE-1]]:10: warning: field 'ratio' has floating-point type 'double' [kernel-floating-point]
};
Box<int> box_int;
Box<double> box_double;
Box<float> box_float;

template <class T> T twice(T x) { return x * 2; }
// CHECK: :[[@LINE-1]]:22: warning: function 'twice<double>' returns floating-point type 'double' [kernel-floating-point]
// CHECK: :[[@LINE-2]]:44: warning: floating-point arithmetic in kernel code [kernel-floating-point]
int use_twice(int i) { return twice(i) + (int)twice(1.5) + (int)twice(2.5f); }
// CHECK: :[[@LINE-1]]:47: warning: call to 'twice<double>' returns floating-point type 'double' [kernel-floating-point]

template <class T> int scaled(T x) {
  double k = 0.5;
  // CHECK: :[[@LINE-1]]:10: warning: variable 'k' has floating-point type 'double' [kernel-floating-point]
  return x * k;
  // CHECK: :[[@LINE-1]]:12: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}
int use_scaled(int i) { return scaled(i) + scaled(2L) + scaled('c'); }

// A guard object whose constructor and destructor carry the annotated pair
// keeps its scope in the region.
struct FpuGuard {
  __kt_fpu_begin FpuGuard();
  __kt_fpu_end ~FpuGuard();
};
void guarded(float *p) {
  {
    FpuGuard guard;
    *p *= 2;
  }
  *p *= 3;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}

// Regions in template instantiations.
template <class T> void scale_in_region(T *p) {
  kernel_fpu_begin();
  *p *= 2;
  kernel_fpu_end();
  *p *= 3;
  // CHECK: :[[@LINE-1]]:6: warning: floating-point arithmetic in kernel code [kernel-floating-point]
}
void use_region(float *f, double *d, int *i) {
  scale_in_region(f);
  scale_in_region(d);
  scale_in_region(i);
}

// A lambda inside a kernel::fpu body belongs to that body.
__kt_fpu void fpu_body(double *p) {
  auto add = [p](double v) { *p += v; };
  add(1);
}
