// RUN: %clang_tidy --checks='-*,kernel-stack-usage' %s -- -std=c++20 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

void consume(void *p, unsigned long n);

struct Buffer {
  char data[600];
  Buffer();
  ~Buffer();
  char *get();
};

// Temporaries of class type take space until the end of their
// full-expression; the next full-expression reuses it.
void twoStatements() {
  consume(Buffer().get(), 1);
  consume(Buffer().get(), 1);
}
void oneStatement() { consume(Buffer().get(), Buffer().get() != nullptr); }
// CHECK: :[[@LINE-1]]:6: warning: function 'oneStatement' has an estimated stack frame of 1280 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-2]]:31: note: temporary of type 'Buffer' takes 600 bytes
// CHECK: :[[@LINE-3]]:47: note: temporary of type 'Buffer' takes 600 bytes

// A temporary bound to a reference lives as long as the reference.
void extended() {
  const Buffer &b = Buffer();
  consume(Buffer().get(), 1);
  consume((void *)&b, 1);
}
// CHECK: :[[@LINE-5]]:6: warning: function 'extended' has an estimated stack frame of 1280 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-5]]:21: note: temporary of type 'const Buffer' takes 600 bytes
// CHECK: :[[@LINE-5]]:11: note: temporary of type 'Buffer' takes 600 bytes

// Closures count.
void closure() {
  char table[700];
  auto f = [table]() mutable { consume(table, sizeof(table)); };
  f();
}
// CHECK: :[[@LINE-5]]:6: warning: function 'closure' has an estimated stack frame of 1480 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-5]]:8: note: 'table' takes 700 bytes
// CHECK: :[[@LINE-5]]:8: note: 'f' takes 700 bytes

// A lambda's frame is its own. Inlined into the function calling it, its
// buffer is still reported once, in the lambda that declares it.
void lambdaFrame() {
  auto g = [](int n) {
    char big[1100];
    consume(big, n);
  };
  g(1);
}
// CHECK: :[[@LINE-6]]:12: warning: lambda has an estimated stack frame of 1184 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:10: note: 'big' takes 1100 bytes

// A parameter passed by value belongs to the caller: a class that is not
// trivial for calls is copied into the caller's frame.
void byValue(Buffer b) { consume(&b, 1); }
void passesTwo(Buffer &a, Buffer &b) {
  extern void takeTwo(Buffer, Buffer);
  takeTwo(a, b);
}
// CHECK: :[[@LINE-4]]:6: warning: function 'passesTwo' has an estimated stack frame of 1280 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:11: note: argument of type 'Buffer' passed by value takes 600 bytes of this frame
// CHECK: :[[@LINE-4]]:14: note: argument of type 'Buffer' passed by value takes 600 bytes of this frame

// Instantiations are estimated, uninstantiated patterns are not.
template <int N> void arrayOf() {
  char a[N];
  consume(a, sizeof(a));
}
template void arrayOf<256>();
template void arrayOf<1500>();
// CHECK: :[[@LINE-6]]:23: warning: function 'arrayOf<1500>' has an estimated stack frame of 1584 bytes, over the frame limit of 1024 [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:8: note: 'a' takes 1500 bytes
template <class T> void neverInstantiated() {
  T big[2000];
  consume(big, 1);
}

// Recursion through a constructor, a destructor, an operator and a generic
// lambda.
struct Tree {
  Tree(int depth) {
    if (depth)
      Tree child(depth - 1);
  }
};
// CHECK: :[[@LINE-5]]:3: warning: function 'Tree' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-4]]:12: note: frame #0: function 'Tree' calls function 'Tree' here
// CHECK: :[[@LINE-7]]:3: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

struct List {
  List *next;
  ~List() { delete next; }
};
// CHECK: :[[@LINE-2]]:3: warning: function '~List' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:13: note: frame #0: function '~List' calls function '~List' here
// CHECK: :[[@LINE-4]]:3: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

struct Expr {
  int value;
  Expr *left;
  int operator*() const { return left ? **left + value : value; }
};
// CHECK: :[[@LINE-2]]:7: warning: function 'operator*' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:41: note: frame #0: function 'operator*' calls function 'operator*' here
// CHECK: :[[@LINE-4]]:7: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

int fib(int n) {
  auto f = [](auto self, int k) -> int { return k < 2 ? k : self(self, k - 1); };
  return f(f, n);
}
// CHECK: :[[@LINE-3]]:12: warning: lambda is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-4]]:61: note: frame #0: lambda calls lambda here
// CHECK: :[[@LINE-5]]:12: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

// Calls in unevaluated operands are no calls.
int unevaluated(int n) {
  return noexcept(unevaluated(n)) + sizeof(unevaluated(n)) +
         sizeof(decltype(unevaluated(n)));
}

// A lambda called in place is a call of its operator().
void inPlace(int n) {
  [n] { inPlace(n - 1); }();
}
// CHECK: :[[@LINE-3]]:6: warning: function 'inPlace' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:3: note: frame #0: function 'inPlace' calls lambda here
// CHECK: :[[@LINE-4]]:9: note: frame #1: lambda calls function 'inPlace' here
// CHECK: :[[@LINE-6]]:6: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-6]]:3: warning: lambda is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-7]]:9: note: frame #0: lambda calls function 'inPlace' here
// CHECK: :[[@LINE-8]]:3: note: frame #1: function 'inPlace' calls lambda here
// CHECK: :[[@LINE-9]]:3: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

// The destructor of an automatic variable or a temporary is called where it
// dies; operator new is called by new.
struct Scoped {
  ~Scoped();
};
void cleanup() { Scoped s; }
Scoped::~Scoped() { cleanup(); }
// CHECK: :[[@LINE-2]]:6: warning: function 'cleanup' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:25: note: frame #0: function 'cleanup' calls function '~Scoped' here
// CHECK: :[[@LINE-3]]:21: note: frame #1: function '~Scoped' calls function 'cleanup' here
// CHECK: :[[@LINE-5]]:6: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-5]]:9: warning: function '~Scoped' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:21: note: frame #0: function '~Scoped' calls function 'cleanup' here
// CHECK: :[[@LINE-8]]:25: note: frame #1: function 'cleanup' calls function '~Scoped' here
// CHECK: :[[@LINE-8]]:9: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

struct Temp {
  ~Temp();
};
void viaTemporary() { Temp(); }
Temp::~Temp() { viaTemporary(); }
// CHECK: :[[@LINE-2]]:6: warning: function 'viaTemporary' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:23: note: frame #0: function 'viaTemporary' calls function '~Temp' here
// CHECK: :[[@LINE-3]]:17: note: frame #1: function '~Temp' calls function 'viaTemporary' here
// CHECK: :[[@LINE-5]]:6: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-5]]:7: warning: function '~Temp' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:17: note: frame #0: function '~Temp' calls function 'viaTemporary' here
// CHECK: :[[@LINE-8]]:23: note: frame #1: function 'viaTemporary' calls function '~Temp' here
// CHECK: :[[@LINE-8]]:7: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

using size_t = decltype(sizeof(0));
void *allocate(size_t n);
void *operator new(size_t n) { return allocate(n); }
void *allocate(size_t n) { return n ? new char : nullptr; }
// CHECK: :[[@LINE-2]]:7: warning: function 'operator new' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-3]]:39: note: frame #0: function 'operator new' calls function 'allocate' here
// CHECK: :[[@LINE-3]]:39: note: frame #1: function 'allocate' calls function 'operator new' here
// CHECK: :[[@LINE-5]]:7: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)
// CHECK: :[[@LINE-5]]:7: warning: function 'allocate' is part of a recursive call cycle; the check cannot bound its stack use [kernel-stack-usage]
// CHECK: :[[@LINE-6]]:39: note: frame #0: function 'allocate' calls function 'operator new' here
// CHECK: :[[@LINE-8]]:39: note: frame #1: function 'operator new' calls function 'allocate' here
// CHECK: :[[@LINE-8]]:7: note: if the recursion is bounded, state the bound with __kt_recursion_depth(N)

// A named return value lives in the caller's return slot.
struct Message {
  char body[1100];
};
Message compose() {
  Message m;
  consume(&m, 1);
  return m;
}

// A consteval function runs only in the compiler.
consteval int depth(int n) { return n ? depth(n - 1) + 1 : 0; }
int useDepth() { return depth(3); }
