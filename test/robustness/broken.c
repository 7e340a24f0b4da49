// Code that does not compile, analysed by every kernel-* check: clang's
// errors, the findings that can still be made with certainty, and no crash.
// -Werror=implicit-function-declaration as kbuild passes it: clang 15 only
// warns by default, and words it otherwise.
// RUN: %python %S/Inputs/exit-is.py 1 %clang_tidy --checks='-*,kernel-*' %s -- \
// RUN:   -Werror=implicit-function-declaration 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *);
void spin_unlock(spinlock_t *);
void msleep(unsigned int);
static spinlock_t lock;

void error_in_lock_region(int x) {
  spin_lock(&lock);
  x += undeclared_variable;
  // CHECK: :[[@LINE-1]]:8: error: use of undeclared identifier 'undeclared_variable' [clang-diagnostic-error]
  msleep(x);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context (spin_lock(&lock) at line [[#@LINE-4]]) [kernel-atomic-context]
  // CHECK: :[[@LINE-5]]:3: note: atomic context begins here: spin_lock(&lock)
  spin_unlock(&lock);
}

void undeclared_call_in_lock_region(void) {
  spin_lock(&lock);
  undeclared_function(1);
  // CHECK: :[[@LINE-1]]:3: error: {{call to undeclared function 'undeclared_function'; ISO C99 and later do not support implicit function declarations|implicit declaration of function 'undeclared_function' is invalid in C99}} [clang-diagnostic-implicit-function-declaration]
  spin_unlock(&lock);
  msleep(1);
}

// The frame holds at least 'big', whatever 'local' would have taken.
struct incomplete;
void incomplete_local(void) {
  // CHECK: :[[@LINE-1]]:6: warning: function 'incomplete_local' has an estimated stack frame of {{[0-9]+}} bytes, over the frame limit of 1024 [kernel-stack-usage]
  // CHECK: :[[@LINE+4]]:8: note: 'big' takes 4096 bytes
  struct incomplete local;
  // CHECK: :[[@LINE-1]]:21: error: variable has incomplete type 'struct incomplete' [clang-diagnostic-error]
  // CHECK: :{{[0-9]+}}:8: note: forward declaration of 'struct incomplete'
  char big[4096];
  msleep(sizeof big);
}

void incomplete_array(struct incomplete *p) {
  struct incomplete many[4];
  // CHECK: :[[@LINE-1]]:25: error: array has incomplete element type 'struct incomplete' [clang-diagnostic-error]
  // CHECK: :{{[0-9]+}}:8: note: forward declaration of 'struct incomplete'
  double d = p->field * 1.5;
  // CHECK: :[[@LINE-1]]:10: warning: variable 'd' has floating-point type 'double' [kernel-floating-point]
  // CHECK: :[[@LINE-2]]:15: error: incomplete definition of type 'struct incomplete' [clang-diagnostic-error]
  // CHECK: :{{[0-9]+}}:8: note: forward declaration of 'struct incomplete'
}

struct self { struct self inner; int x; };
// CHECK: :[[@LINE-1]]:27: error: field has incomplete type 'struct self' [clang-diagnostic-error]
// CHECK: :[[@LINE-2]]:8: note: definition of 'struct self' is not complete until the closing '}'
// Likewise the frame holds at least 'pad'.
void self_containing(void) { struct self s; char pad[2048]; s.x = pad[0]; }
// CHECK: :[[@LINE-1]]:6: warning: function 'self_containing' has an estimated stack frame of {{[0-9]+}} bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:50: note: 'pad' takes 2048 bytes

int negative_array[-1];
// CHECK: :[[@LINE-1]]:20: error: 'negative_array' declared as an array with a negative size [clang-diagnostic-error]
void invalid_params(undeclared_t t, int n) {
  // CHECK: :[[@LINE-1]]:21: error: unknown type name 'undeclared_t' [clang-diagnostic-error]
  char vla[n];
  float f = n / 2.0f;
  // CHECK: :[[@LINE-1]]:9: warning: variable 'f' has floating-point type 'float' [kernel-floating-point]
}

void (*bad_pointer)(void) = 42;
// CHECK: :[[@LINE-1]]:8: error: incompatible integer to pointer conversion initializing 'void (*)(void)' with an expression of type 'int' [clang-diagnostic-int-conversion]
void calls_through_invalid(void) {
  spin_lock(&lock);
  bad_pointer();
  spin_unlock(&lock);
}

// The unclosed brace swallows the rest of the file.
// CHECK: :[[@LINE+7]]:5: warning: calling 'msleep' may sleep in atomic context (spin_lock(&lock) at line [[#@LINE+5]]) [kernel-atomic-context]
// CHECK: :[[@LINE+4]]:3: note: atomic context begins here: spin_lock(&lock)
// CHECK: :[[@LINE+7]]:2: error: expected '}' [clang-diagnostic-error]
// CHECK: :[[@LINE+1]]:30: note: to match this '{'
void unbalanced_braces(void) {
  spin_lock(&lock);
  if (1) {
    msleep(1);
  spin_unlock(&lock);
}
