// RUN: %clang_tidy --checks='-*,kernel-rtti' %s -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CHECK-MESSAGES -implicit-check-not='{{warning|error|note}}:'

namespace std { class type_info; }

struct Base { virtual ~Base(); };
struct Derived : Base {};

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]

Derived &downRef(Base &b) { return dynamic_cast<Derived &>(b); }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]

const std::type_info &ti(Base *b) { return typeid(*b); }
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: typeid needs RTTI, which kernel code is built without [kernel-rtti]

// Unevaluated operands never reach run time.
unsigned long size(Base *b) { return sizeof(dynamic_cast<Derived *>(b)); }
bool same(Base *b) { return noexcept(typeid(*b)); }

// Static casts need no RTTI.
Derived *downStatic(Base *b) { return static_cast<Derived *>(b); }
