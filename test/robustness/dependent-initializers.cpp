// Constructor initializers in templates whose arguments are not dependent
// but whose target is: clang keeps them as a ParenListExpr, an expression
// without a type, until instantiation. Analysed by every kernel-* check, in
// the template and in its instantiations, without a crash.
// RUN: %python %S/Inputs/exit-is.py 0 %clang_tidy --checks='-*,kernel-*' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

template <class T> struct Delegating {
  Delegating() : Delegating(0.0) {}
  // CHECK: :[[@LINE-1]]:29: warning: floating-point literal in kernel code [kernel-floating-point]
  explicit Delegating(T) {}
  // CHECK: :[[@LINE-1]]:24: warning: function 'Delegating' has a parameter of floating-point type 'double' [kernel-floating-point]
};

template <class T> struct Member {
  struct Pair {
    Pair(T, int);
  };
  Member() : pair(2, 3), count(4) {}
  Pair pair;
  int count;
};

template <class T> struct Base : Delegating<T> {
  Base() : Delegating<T>(1) {}
};

Delegating<double> instantiated;
// CHECK: :[[@LINE-1]]:20: warning: variable 'instantiated' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CHECK: :[[@LINE-2]]:20: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
Member<long> integral;
// CHECK: :[[@LINE-1]]:14: warning: variable 'integral' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CHECK: :[[@LINE-2]]:14: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
Base<int> derived;
// CHECK: :[[@LINE-1]]:11: warning: variable 'derived' needs a global constructor, which a Linux module does not run [kernel-userspace-runtime]
// CHECK: :[[@LINE-2]]:11: note: the initialiser is not a constant expression; the module loader runs global constructors only in kernels built with CONFIG_CONSTRUCTORS
