// C++17 and later: throw() is noexcept, a dynamic exception specification is
// an error unless -Wno-dynamic-exception-spec, over-aligned new, concepts and
// lambdas in unevaluated operands.
// RUN: %clang_tidy --checks='-*,kernel-exceptions' %s -- -std=c++20 \
// RUN:   -fexceptions -fcxx-exceptions -Wno-dynamic-exception-spec 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef unsigned long size_t;
namespace std {
enum class align_val_t : size_t {};
struct nothrow_t {};
extern const nothrow_t nothrow;
} // namespace std
void *operator new(size_t, std::align_val_t, const std::nothrow_t &) noexcept;

void emptySpec() throw();
void dynamicSpec() throw(int);
// CHECK: :[[@LINE-1]]:20: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:20: note: replace it with 'noexcept'; an exception leaving the function then terminates
void noexceptFalse() noexcept(false);

// Over-aligned types go through operator new(size_t, align_val_t).
struct alignas(64) Line { char bytes[64]; };
Line *alignedNew() { return new Line; }
// CHECK: :[[@LINE-1]]:29: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
Line *alignedNothrowNew() { return new (std::nothrow) Line; }

// Requirements are never evaluated.
template <class T>
concept Allocatable = requires(T t) {
  new T;
  throw t;
};
static_assert(Allocatable<int>);

// A lambda body is code wherever the lambda is written.
using Closure = decltype([](int x) { if (x) throw x; });
// CHECK: :[[@LINE-1]]:45: warning: throw expression in kernel code; return an error code [kernel-exceptions]
size_t closureSize = sizeof([] { return new int; });
// CHECK: :[[@LINE-1]]:41: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
