// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

// A use inside a template is reported once, in the template, however many
// times it is instantiated.
template <class T> T *make(unsigned long n) {
  std::vector<T> scratch;
  // CHECK: :[[@LINE-1]]:3: warning: standard library type 'std::vector<T>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
  auto shared = std::make_shared<T>();
  // CHECK: :[[@LINE-1]]:17: warning: standard library function 'std::make_shared' is not available in the kernel; use kmalloc and kref_init [kernel-userspace-runtime]
  return static_cast<T *>(malloc(n * sizeof(T)));
  // CHECK: :[[@LINE-1]]:27: warning: C library function 'malloc' is not available in the kernel; use kmalloc [kernel-userspace-runtime]
}

// Dependent calls are reported before overload resolution.
template <class T> void release(T *p) {
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'free' is not available in the kernel; use kfree [kernel-userspace-runtime]
}

// A template that is never instantiated is checked all the same.
template <class T> auto never_instantiated(T t) {
  std::string copy;
  // CHECK: :[[@LINE-1]]:3: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
  free(t);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'free' is not available in the kernel; use kfree [kernel-userspace-runtime]
  return std::make_shared<T>(t);
  // CHECK: :[[@LINE-1]]:10: warning: standard library function 'std::make_shared' is not available in the kernel; use kmalloc and kref_init [kernel-userspace-runtime]
}

// A template parameter names nothing: the user's argument is the use.
template <class T> struct Box { T value; T *next; };
template <class T> T copy(const T &v) { T local = v; return local; }

// An atomic's size is known only per instantiation; it is reported at the
// template, once.
template <class T> struct Shared { std::atomic<T> value; };
// CHECK: :[[@LINE-1]]:36: warning: 'std::atomic<Big>' is not lock-free (32-byte value) and needs libatomic, which the kernel does not have; use a spinlock [kernel-userspace-runtime]
struct Big { long words[4]; };

// Default template arguments are template arguments.
template <class T = std::string> struct Defaulted {};
// CHECK: :[[@LINE-1]]:21: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]

int instantiate() {
  int *a = make<int>(4);
  long *b = make<long>(4);
  release(a);
  release(b);
  Box<std::string> box;
  // CHECK: :[[@LINE-1]]:7: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
  Box<int> quiet_box{};
  copy(quiet_box);
  Shared<int> small;
  Shared<Big> big;
  Shared<Big> again;
  return box.next != nullptr && std::is_same_v<decltype(big), decltype(again)> &&
         small.value.load() == 0 && quiet_box.value == 0;
}

// Through the user's own macro the use is reported where the macro is
// expanded, with its definition as a note.
#define ALLOC(n) malloc(n)
void *from_macro() { return ALLOC(8); }
// CHECK: :[[@LINE-1]]:29: warning: C library function 'malloc' is not available in the kernel; use kmalloc [kernel-userspace-runtime]
// CHECK: :[[@LINE-3]]:18: note: expanded from macro 'ALLOC'
