// RUN: %clang_tidy --checks='-*,kernel-rtti' %s -- -std=c++17 \
// RUN:   -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-rtti' --system-headers \
// RUN:   --header-filter='.*' %s -- -std=c++17 -isystem %S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SYSTEM

namespace std {
class type_info {
public:
  virtual ~type_info();
  bool operator==(const type_info &) const;
};
} // namespace std

#include <rtti-system.h>
// SYSTEM-DAG: rtti-system.h:5:10: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
// SYSTEM-DAG: rtti-system.h:8:10: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]

struct Base { virtual ~Base(); };
struct Derived : Base {};
struct Other { virtual ~Other(); };
struct Plain {};

// Down- and cross-casts look the target up in the type_info at run time.
Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
// CHECK: :[[@LINE-1]]:33: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
Other *cross(Base *b) { return dynamic_cast<Other *>(b); }
// CHECK: :[[@LINE-1]]:32: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
Derived &downRef(Base &b) { return dynamic_cast<Derived &>(b); }
// CHECK: :[[@LINE-1]]:36: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
// CHECK: :[[@LINE-2]]:36: note: a failing dynamic_cast to a reference throws 'std::bad_cast'
Derived &&downRvalueRef(Base &&b) { return dynamic_cast<Derived &&>(b); }
// CHECK: :[[@LINE-1]]:44: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
// CHECK: :[[@LINE-2]]:44: note: a failing dynamic_cast to a reference throws 'std::bad_cast'

// Casts that compile without RTTI are still dynamic_casts, with other advice.
Base *up(Derived *d) { return dynamic_cast<Base *>(d); }
// CHECK: :[[@LINE-1]]:31: warning: dynamic_cast to a base class; use an implicit conversion [kernel-rtti]
Base &upRef(Derived &d) { return dynamic_cast<Base &>(d); }
// CHECK: :[[@LINE-1]]:34: warning: dynamic_cast to a base class; use an implicit conversion [kernel-rtti]
void *complete(Base *b) { return dynamic_cast<void *>(b); }
// CHECK: :[[@LINE-1]]:34: warning: dynamic_cast to 'void *' in kernel code; keep a pointer to the complete object instead [kernel-rtti]

// typeid of a type, of a polymorphic object and of a plain one.
const std::type_info &ofType() { return typeid(Plain); }
// CHECK: :[[@LINE-1]]:41: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
const std::type_info &ofObject(Base &b) { return typeid(b); }
// CHECK: :[[@LINE-1]]:50: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
const std::type_info &ofPlain(Plain p) { return typeid(p); }
// CHECK: :[[@LINE-1]]:49: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
auto lambda = [](Base *b) { return dynamic_cast<Derived *>(b) != nullptr; };
// CHECK: :[[@LINE-1]]:36: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]

// Unevaluated operands never run.
unsigned long unevaluated(Base *b) {
  return sizeof(dynamic_cast<Derived *>(b)) + noexcept(typeid(*b)) +
         sizeof(typeid(*b)) + alignof(decltype(typeid(*b))) +
         sizeof(decltype(dynamic_cast<Derived &>(*b)));
}
decltype(typeid(0)) unevaluatedDecltype();
// A typeid operand that is not a polymorphic object is not evaluated either.
const std::type_info &pointerOperand(Base *b) {
  return typeid(dynamic_cast<Derived *>(b));
  // CHECK: :[[@LINE-1]]:10: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
}
const std::type_info &objectOperand(Base *b) {
  return typeid(*dynamic_cast<Derived *>(b));
  // CHECK: :[[@LINE-1]]:10: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
  // CHECK: :[[@LINE-2]]:18: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
}

// Templates: one finding in the pattern, however many instantiations.
template <class T> T *castT(Base *b) { return dynamic_cast<T *>(b); }
// CHECK: :[[@LINE-1]]:47: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
template <class T> const std::type_info &typeidT(T &t) { return typeid(t); }
// CHECK: :[[@LINE-1]]:65: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
template <class T> unsigned long unevaluatedT(T *t) { return sizeof(typeid(*t)); }
// A dependent typeid operand may be a polymorphic object, so it counts as
// evaluated in the pattern.
template <class T> const std::type_info &dependentOperand(Base *b) {
  return typeid(*dynamic_cast<T *>(b));
  // CHECK: :[[@LINE-1]]:10: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]
  // CHECK: :[[@LINE-2]]:18: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
}
void instantiate(Base *b, Plain &p) {
  castT<Derived>(b);
  castT<Other>(b);
  castT<Base>(b);
  typeidT(*b);
  typeidT(p);
  unevaluatedT(b);
  dependentOperand<Derived>(b);
}

// Static casts need no RTTI.
Derived *downStatic(Base *b) { return static_cast<Derived *>(b); }
