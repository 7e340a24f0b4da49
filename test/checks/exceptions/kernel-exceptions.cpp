// RUN: %clang_tidy --checks='-*,kernel-exceptions' %s -- -std=c++14 \
// RUN:   -fexceptions -fcxx-exceptions -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-exceptions' --system-headers \
// RUN:   --header-filter='.*' %s -- -std=c++14 -fexceptions -fcxx-exceptions \
// RUN:   -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SYSTEM

#include <exceptions-system.h>

typedef unsigned long size_t;
namespace std {
struct nothrow_t {};
extern const nothrow_t nothrow;
} // namespace std
void *operator new(size_t, const std::nothrow_t &) noexcept;
void *operator new[](size_t, const std::nothrow_t &) noexcept;
void *operator new(size_t, void *) noexcept;

struct Error {};
struct Obj { int x; };
int mayFail(int);

// Throw expressions, also a rethrow and a throw inside a lambda.
int thrower(int x) {
  if (x < 0)
    throw Error();
  // CHECK: :[[@LINE-1]]:5: warning: throw expression in kernel code; return an error code [kernel-exceptions]
  return x ? x : throw 1;
  // CHECK: :[[@LINE-1]]:18: warning: throw expression in kernel code; return an error code [kernel-exceptions]
}
auto throwingLambda = [](int x) { if (x) throw x; };
// CHECK: :[[@LINE-1]]:42: warning: throw expression in kernel code; return an error code [kernel-exceptions]

// Try blocks and function-try-blocks (also on a constructor).
int tryBlock() {
  try {
  // CHECK: :[[@LINE-1]]:3: warning: try block in kernel code; check and return error codes instead [kernel-exceptions]
    return mayFail(1);
  } catch (...) {
    throw;
    // CHECK: :[[@LINE-1]]:5: warning: throw expression in kernel code; return an error code [kernel-exceptions]
  }
}
int functionTry() try { return mayFail(1); } catch (...) { return -1; }
// CHECK: :[[@LINE-1]]:19: warning: function-try-block in kernel code; check and return error codes instead [kernel-exceptions]
struct Member {
  int m;
  Member() try : m(mayFail(0)) {} catch (...) {}
  // CHECK: :[[@LINE-1]]:12: warning: function-try-block in kernel code; check and return error codes instead [kernel-exceptions]
};

// Dynamic exception specifications; throw() means noexcept.
void dynamicSpec() throw(Error);
// CHECK: :[[@LINE-1]]:20: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:20: note: replace it with 'noexcept'; an exception leaving the function then terminates
void dynamicSpecList() throw(int, Error) {}
// CHECK: :[[@LINE-1]]:24: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:24: note: replace it with 'noexcept'; an exception leaving the function then terminates
void (*dynamicSpecPointer)() throw(int);
// CHECK: :[[@LINE-1]]:30: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:30: note: replace it with 'noexcept'; an exception leaving the function then terminates
auto dynamicSpecLambda = []() throw(int) {};
// CHECK: :[[@LINE-1]]:31: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:31: note: replace it with 'noexcept'; an exception leaving the function then terminates
struct Method { void m() throw(Error); };
// CHECK: :[[@LINE-1]]:26: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:26: note: replace it with 'noexcept'; an exception leaving the function then terminates
void emptySpec() throw();
void noexceptSpec() noexcept;
auto emptySpecLambda = []() throw() {};

// new: global operator new (implicit) throws on failure.
Obj *plainNew() { return new Obj; }
// CHECK: :[[@LINE-1]]:26: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
int *arrayNew(int n) { return new int[n]; }
// CHECK: :[[@LINE-1]]:31: warning: 'new[]' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
Obj *globalObj = new Obj();
// CHECK: :[[@LINE-1]]:18: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
void defaultArg(int *p = new int);
// CHECK: :[[@LINE-1]]:26: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]

// The nothrow and placement forms report failure as null or cannot fail.
Obj *nothrowNew() { return new (std::nothrow) Obj; }
int *nothrowArrayNew(int n) { return new (std::nothrow) int[n]; }
Obj *placementNew(void *p) { return new (p) Obj; }
// A placement allocator of the project's own is out of scope, noexcept or not.
struct Arena {};
void *operator new(size_t, Arena &);
Obj *arenaNew(Arena &a) { return new (a) Obj; }

// Class-specific allocators: noexcept ones return null on failure.
struct Quiet {
  static void *operator new(size_t) noexcept;
  static void *operator new[](size_t) throw();
  static void operator delete(void *);
  static void operator delete[](void *);
};
Quiet *quietNew() { return new Quiet; }
Quiet *quietArrayNew() { return new Quiet[2]; }
struct Loud {
  static void *operator new(size_t);
  static void operator delete(void *);
};
Loud *loudNew() { return new Loud; }
// CHECK: :[[@LINE-1]]:26: warning: 'new' reports allocation failure by throwing through 'Loud::operator new'; declare it 'noexcept' and check for null [kernel-exceptions]
// CHECK: :[[@LINE-5]]:16: note: 'Loud::operator new' declared here is not 'noexcept'
Quiet *globalScopeNew() { return ::new Quiet; }
// CHECK: :[[@LINE-1]]:34: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
template <bool NoThrow> struct Conditional {
  static void *operator new(size_t) noexcept(NoThrow);
  static void operator delete(void *);
};
Conditional<true> *conditionalQuiet() { return new Conditional<true>; }
Conditional<false> *conditionalLoud() { return new Conditional<false>; }
// CHECK: :[[@LINE-1]]:48: warning: 'new' reports allocation failure by throwing through 'Conditional<false>::operator new'; declare it 'noexcept' and check for null [kernel-exceptions]
// CHECK: :[[@LINE-6]]:16: note: 'Conditional<false>::operator new' declared here is not 'noexcept'

// Templates: one finding in the pattern, however many instantiations.
template <class T> void throwT() { throw T(); }
// CHECK: :[[@LINE-1]]:36: warning: throw expression in kernel code; return an error code [kernel-exceptions]
template <class T> int tryT() try { return T(); } catch (...) { return 0; }
// CHECK: :[[@LINE-1]]:31: warning: function-try-block in kernel code; check and return error codes instead [kernel-exceptions]
template <class T> void specT() throw(T);
// CHECK: :[[@LINE-1]]:33: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:33: note: replace it with 'noexcept'; an exception leaving the function then terminates
template <class T> T *newT() { return new T; }
// CHECK: :[[@LINE-1]]:39: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
template <class T> int *newInt() { return new int; }
// CHECK: :[[@LINE-1]]:43: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
template <class T> T *newQuietOnly() { return new T; }
template <class T> T *newNeverInstantiated() { return new T; }
template <class T> struct Box {
  T *make() { return new T; }
  // CHECK: :[[@LINE-1]]:22: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
};
void instantiate() {
  throwT<int>();
  throwT<Error>();
  tryT<int>();
  tryT<long>();
  specT<int>();
  specT<Error>();
  newT<Obj>();
  newT<int>();
  newT<Quiet>();
  newT<Loud>();
  newInt<int>();
  newInt<Obj>();
  newQuietOnly<Quiet>();
  Box<Obj>().make();
  Box<int>().make();
}

// Unevaluated operands never run.
size_t unevaluated() {
  return sizeof(new Obj) + sizeof(throw 1, 0) + noexcept(throw Error()) +
         sizeof(void (*)() throw(int)) + alignof(decltype(new int[3]));
}
decltype(throw 1) unevaluatedDecltype();
template <class T> size_t unevaluatedT() { return sizeof(new T) + noexcept(throw T()); }
size_t unevaluatedInstantiated() { return unevaluatedT<Obj>(); }

// Of a _Generic selection only the chosen association runs; __typeof__ is
// like decltype.
int generic(int x) {
  return _Generic(x, int: 1, default: (throw 1, 2)) +
         _Generic(new int, int *: 0, default: 1) +
         _Generic(x, int: (throw 2, 3), default: 0);
  // CHECK: :[[@LINE-1]]:28: warning: throw expression in kernel code; return an error code [kernel-exceptions]
}
__typeof__(new Obj) typeofNew = nullptr;

// A variable-length array operand of sizeof is evaluated.
size_t vlaSizeof(int n) { return sizeof(char[n + (throw 1, 0)]); }
// CHECK: :[[@LINE-1]]:51: warning: throw expression in kernel code; return an error code [kernel-exceptions]

// The header included with -isystem is quiet, and so is a throw spelled in
// one of its macros; --system-headers shows what the check found there.
void fromSystemMacro() { SYSTEM_THROW(); }
// SYSTEM-DAG: :[[@LINE-1]]:26: warning: throw expression in kernel code; return an error code [kernel-exceptions]
// SYSTEM-DAG: exceptions-system.h:5:29: warning: throw expression in kernel code; return an error code [kernel-exceptions]
// SYSTEM-DAG: exceptions-system.h:6:24: warning: function-try-block in kernel code; check and return error codes instead [kernel-exceptions]
// SYSTEM-DAG: exceptions-system.h:7:19: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// SYSTEM-DAG: exceptions-system.h:8:34: warning: 'new' reports allocation failure by throwing; use 'new (std::nothrow)' and check for null [kernel-exceptions]
