// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// Asked for system headers, clang-tidy shows the findings inside them too
// (SPEC: nothing is reported there unless clang-tidy is asked to).
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' --system-headers \
// RUN:   --header-filter='.*' %s -- -std=c++20 2>&1 | FileCheck %s --check-prefix=SYS
// SYS: {{^/usr/.*}}: warning: {{.*}} [kernel-userspace-runtime]
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s \
// RUN:   --config="{CheckOptions: {kernel-userspace-runtime.StdNames: 'std::basic_string', \
// RUN:     kernel-userspace-runtime.ExtraStdNames: 'std::optional', \
// RUN:     kernel-userspace-runtime.AtomicTemplates: ''}}" -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPTIONS -implicit-check-not='{{warning|error|note}}:'

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

// Declarations, parameters by value and by reference, return types.
std::vector<int> *table;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::vector<int>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
void by_value(std::string name);
// CHECK: :[[@LINE-1]]:15: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:15: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
void by_reference(const std::map<int, int> &m, std::function<void()> &&f);
// CHECK: :[[@LINE-1]]:25: warning: standard library type 'std::map<int, int>' is not available in the kernel; use struct rb_root [kernel-userspace-runtime]
// CHECK: :[[@LINE-2]]:48: warning: standard library type 'std::function<void ()>' is not available in the kernel; use a function pointer with a context pointer [kernel-userspace-runtime]
std::shared_ptr<int> share();
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::shared_ptr<int>' is not available in the kernel; use an object counted with struct kref [kernel-userspace-runtime]

// One finding per spelled type, naming the outermost listed one.
std::vector<std::string> *names;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::vector<std::string>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:13: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]

// Template arguments: the lock guard is freestanding, its mutex is not.
std::mutex *lock;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::mutex' is not available in the kernel; use struct mutex or spinlock_t [kernel-userspace-runtime]
void guarded(std::lock_guard<std::mutex> &g);
// CHECK: :[[@LINE-1]]:30: warning: standard library type 'std::mutex' is not available in the kernel; use struct mutex or spinlock_t [kernel-userspace-runtime]
void spawn(std::unique_ptr<std::thread> &worker);
// CHECK: :[[@LINE-1]]:28: warning: standard library type 'std::thread' is not available in the kernel; use kthread_run [kernel-userspace-runtime]

// Base classes.
struct Registry : std::vector<int> {};
// CHECK: :[[@LINE-1]]:19: warning: standard library type 'std::vector<int>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
struct Failure : std::runtime_error {
  // CHECK: :[[@LINE-1]]:18: warning: standard library type 'std::runtime_error' is not available in the kernel; use a negative error code (-EIO) [kernel-userspace-runtime]
  using std::runtime_error::runtime_error;
};

// Expressions: functions, objects, temporaries, deduced class templates.
void expressions() {
  auto p = std::make_shared<int>(1);
  // CHECK: :[[@LINE-1]]:12: warning: standard library function 'std::make_shared' is not available in the kernel; use kmalloc and kref_init [kernel-userspace-runtime]
  auto q = std::make_unique<int>(2);
  // CHECK: :[[@LINE-1]]:12: warning: standard library function 'std::make_unique' is not available in the kernel; use kmalloc or kzalloc [kernel-userspace-runtime]
  std::cout << *p << *q;
  // CHECK: :[[@LINE-1]]:3: warning: standard library object 'std::cout' is not available in the kernel; use printk (pr_info) [kernel-userspace-runtime]
  auto s = std::to_string(std::string("x").size());
  // CHECK: :[[@LINE-1]]:12: warning: standard library function 'std::to_string' is not available in the kernel; use snprintf [kernel-userspace-runtime]
  // CHECK: :[[@LINE-2]]:27: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
  // OPTIONS: :[[@LINE-3]]:27: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
  std::vector v{1, 2};
  // CHECK: :[[@LINE-1]]:3: warning: standard library type 'std::vector' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
  delete new std::vector<int>(3);
  // CHECK: :[[@LINE-1]]:14: warning: standard library type 'std::vector<int>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
  std::random_device rd;
  // CHECK: :[[@LINE-1]]:3: warning: standard library type 'std::random_device' is not available in the kernel; use get_random_bytes [kernel-userspace-runtime]
  auto t = std::chrono::steady_clock::now();
  // CHECK: :[[@LINE-1]]:12: warning: standard library function 'std::chrono::steady_clock::now' is not available in the kernel; use ktime_get [kernel-userspace-runtime]
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: standard library function 'std::this_thread::sleep_for' is not available in the kernel; use fsleep or msleep [kernel-userspace-runtime]
  (void)t;
  (void)s;
  (void)v;
  (void)rd;
}

// libc through the C++ headers: std::exit is ::exit.
[[noreturn]] void stop() { std::exit(1); }
// CHECK: :[[@LINE-1]]:28: warning: C library function 'exit' is not available in the kernel; use an error code returned to the caller [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:28: warning: C library function 'exit' is not available in the kernel; use an error code returned to the caller [kernel-userspace-runtime]

// Only functions with C linkage are the C library's.
namespace pool {
void free(void *);
}
void release(void *p) { pool::free(p); }
void exit(int status, bool flush);
void leave() { exit(0, true); }

// Standard-library aliases resolve to their class; the user's own alias is
// reported where it is declared, not at each use.
using Names = std::vector<std::wstring>;
// CHECK: :[[@LINE-1]]:15: warning: standard library type 'std::vector<std::wstring>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:27: warning: standard library type 'std::wstring' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
Names *aliased;
std::pmr::string *pmr_string;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::pmr::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:1: warning: standard library type 'std::pmr::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
namespace user {
using std::string;
string *imported;
// (Named as written since clang 16; clang 15 has no sugar for a type named
// through a using-declaration and prints 'std::string'.)
// CHECK: :[[@LINE-3]]:1: warning: standard library type '{{(std::)?}}string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-4]]:1: warning: standard library type '{{(std::)?}}string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
} // namespace user

// A qualifier names its type: one finding, at the start of the name.
std::vector<int>::size_type count;
// CHECK: :[[@LINE-1]]:1: warning: standard library type 'std::vector<int>' is not available in the kernel; use kvmalloc_array or a fixed-size array [kernel-userspace-runtime]
unsigned long no_position = std::string::npos;
// CHECK: :[[@LINE-1]]:29: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]
// OPTIONS: :[[@LINE-2]]:29: warning: standard library type 'std::string' is not available in the kernel; use a fixed-size char array, kstrdup or kasprintf [kernel-userspace-runtime]

// Atomics: lock-free ones are freestanding, a 32-byte one needs libatomic.
struct Big { char bytes[32]; };
struct Pair { int a, b; };
std::atomic<int> counter;
std::atomic<Pair> pair;
std::atomic<Big> *big;
// CHECK: :[[@LINE-1]]:1: warning: 'std::atomic<Big>' is not lock-free (32-byte value) and needs libatomic, which the kernel does not have; use a spinlock [kernel-userspace-runtime]
std::atomic<long double> *wide;
// CHECK: :[[@LINE-1]]:1: warning: 'std::atomic<long double>' is not lock-free (16-byte value) and needs libatomic, which the kernel does not have; use a spinlock [kernel-userspace-runtime]

// Freestanding facilities stay quiet.
int freestanding(std::span<int> s, std::string_view name) {
  std::array<int, 4> a{4, 3, 2, 1};
  std::sort(a.begin(), a.end());
  std::optional<int> o = std::min(a[0], a[1]);
  // OPTIONS: :[[@LINE-1]]:3: warning: standard library type 'std::optional<int>' is not available in the kernel [kernel-userspace-runtime]
  static_assert(std::is_trivially_copyable_v<std::array<int, 4>>);
  alignas(int) unsigned char buf[sizeof(int)];
  int *placed = new (buf) int(std::numeric_limits<int>::max());
  std::unique_ptr<int> owned;
  int moved = std::move(*placed);
  std::memcpy(&moved, s.data(), sizeof moved);
  // The algorithm is not the C library's remove(const char *).
  std::remove(a.begin(), a.end(), 3);
  return moved + int(name.size()) + *o + int(counter.load());
}

// Unevaluated operands and compile-time assertions never run.
static_assert(sizeof(std::string) > 0);
template <class T>
concept Printable = requires(T t) { std::cout << t; };
static_assert(Printable<int>);
bool same_type() { return typeid(std::string) == typeid(std::vector<int>); }
bool unevaluated() noexcept(noexcept(std::make_shared<int>())) {
  using Size = decltype(std::vector<int>().size());
  return sizeof(std::cout) > sizeof(Size);
}
