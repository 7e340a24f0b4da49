// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s -- -std=gnu11 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULT,TLS -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s \
// RUN:   --config="{CheckOptions: {kernel-userspace-runtime.ExtraLibcFunctions: 'strlen;my_*', \
// RUN:     kernel-userspace-runtime.ExtraKernelAlternatives: 'strlen=strnlen;malloc=kvmalloc'}}" \
// RUN:   -- -std=gnu11 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,EXTRA,TLS -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' %s \
// RUN:   --config="{CheckOptions: {kernel-userspace-runtime.LibcFunctions: 'getenv', \
// RUN:     kernel-userspace-runtime.KernelAlternatives: ''}}" -- -std=gnu11 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=REPLACED,TLS -implicit-check-not='{{warning|error|note}}:'

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *my_alloc(unsigned long n);

// What the kernel provides under the libc name stays quiet.
int provided(char *dst, const char *src, unsigned long n) {
  memcpy(dst, src, n);
  memset(dst, 0, n);
  int len = (int)strlen(src);
  // EXTRA: :[[@LINE-1]]:18: warning: C library function 'strlen' is not available in the kernel; use strnlen [kernel-userspace-runtime]
  int a, b;
  sscanf(src, "%d %d", &a, &b);
  snprintf(dst, n, "%d", strcmp(dst, src));
  return len + a + b;
}

void *allocate(unsigned long n) {
  void *p = malloc(n);
  // DEFAULT: :[[@LINE-1]]:13: warning: C library function 'malloc' is not available in the kernel; use kmalloc [kernel-userspace-runtime]
  // EXTRA: :[[@LINE-2]]:13: warning: C library function 'malloc' is not available in the kernel; use kvmalloc [kernel-userspace-runtime]
  free(calloc(n, 2));
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'free' is not available in the kernel; use kfree [kernel-userspace-runtime]
  // CHECK: :[[@LINE-2]]:8: warning: C library function 'calloc' is not available in the kernel; use kcalloc [kernel-userspace-runtime]
  return p ? p : my_alloc(n);
  // EXTRA: :[[@LINE-1]]:18: warning: C library function 'my_alloc' is not available in the kernel [kernel-userspace-runtime]
}

void process(const char *msg) {
  printf("%s\n", msg);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'printf' is not available in the kernel; use printk (pr_info) [kernel-userspace-runtime]
  puts(msg);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'puts' is not available in the kernel; use printk (pr_info) [kernel-userspace-runtime]
  FILE *f = fopen(msg, "r");
  // CHECK: :[[@LINE-1]]:13: warning: C library function 'fopen' is not available in the kernel; use filp_open [kernel-userspace-runtime]
  if (!f)
    exit(1);
  // CHECK: :[[@LINE-1]]:5: warning: C library function 'exit' is not available in the kernel; use an error code returned to the caller [kernel-userspace-runtime]
  if (getenv(msg))
    abort();
  // CHECK: :[[@LINE-2]]:7: warning: C library function 'getenv' is not available in the kernel; use a module parameter [kernel-userspace-runtime]
  // REPLACED: :[[@LINE-3]]:7: warning: C library function 'getenv' is not available in the kernel [kernel-userspace-runtime]
  // CHECK: :[[@LINE-3]]:5: warning: C library function 'abort' is not available in the kernel; use BUG() or WARN_ON() [kernel-userspace-runtime]
  sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'sleep' is not available in the kernel; use ssleep [kernel-userspace-runtime]
}

static void at_exit_hook(void) {}
static void *worker(void *arg) { return arg; }

void threads(void) {
  atexit(at_exit_hook);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'atexit' is not available in the kernel; use the module's exit function [kernel-userspace-runtime]
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'pthread_create' is not available in the kernel; use kthread_run [kernel-userspace-runtime]
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&m);
  // CHECK: :[[@LINE-1]]:3: warning: C library function 'pthread_mutex_lock' is not available in the kernel; use struct mutex or spinlock_t [kernel-userspace-runtime]
}

// A function named by address is as much a use as a call.
void (*release)(void *) = free;
// CHECK: :[[@LINE-1]]:27: warning: C library function 'free' is not available in the kernel; use kfree [kernel-userspace-runtime]

// glibc's assert and errno are macros over __assert_fail and
// __errno_location; the finding is where the user wrote the macro.
int checked(int v) {
  assert(v > 0);
  // CHECK: :[[@LINE-1]]:3: warning: C library function '__assert_fail' is not available in the kernel; use WARN_ON() or BUG_ON() [kernel-userspace-runtime]
  // CHECK: :[[@LINE-2]]:3: note: used by the expansion of 'assert'
  return errno;
  // CHECK: :[[@LINE-1]]:10: warning: C library function '__errno_location' is not available in the kernel; use a negative error code (-EINVAL) [kernel-userspace-runtime]
  // CHECK: :[[@LINE-2]]:10: note: used by the expansion of 'errno'
}

// Unevaluated operands never run.
unsigned long sizes(void) {
  return sizeof(malloc(1)) + _Generic(0, int: 1, default: (long)getenv("x"));
}

// A TU that defines the function provides it (a shim over kmalloc).
void *kmalloc(unsigned long n, unsigned flags);
void *realloc(void *p, unsigned long n) { return kmalloc(n, 0) ? p : p; }
void *grow(void *p) { return realloc(p, 64); }

// Functions of the same name that are not the C library's stay quiet.
struct ops { void (*free)(void *); };
void release_ops(struct ops *o, void *p) { o->free(p); }

// C has no dynamic initialisation: statics never need a guard or a
// constructor.
int counter(void) {
  static int calls = 3;
  return ++calls;
}
static const char *names[] = {"a", "b"};
const char *first(void) { return names[0]; }

_Thread_local int tls_c11;
// TLS: :[[@LINE-1]]:19: warning: thread-local variable 'tls_c11' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]
__thread int tls_gnu;
// TLS: :[[@LINE-1]]:14: warning: thread-local variable 'tls_gnu' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]
int per_call(void) {
  static _Thread_local int local_tls;
  // TLS: :[[@LINE-1]]:28: warning: thread-local variable 'local_tls' needs thread-local storage, which the kernel does not have; use per-CPU data [kernel-userspace-runtime]
  return ++local_tls;
}
