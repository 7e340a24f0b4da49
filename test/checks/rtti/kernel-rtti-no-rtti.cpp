// Kernel C++ is built with -fno-rtti: clang rejects a cast or typeid that
// needs type_info and drops it from the AST, so only its error remains; the
// check reports what clang keeps and does not crash.
// RUN: not %clang_tidy --checks='-*,kernel-rtti' %s -- -std=c++17 -fno-rtti 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

namespace std { class type_info; }
struct Base { virtual ~Base(); };
struct Derived : Base {};

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
// CHECK: :[[@LINE-1]]:33: error: use of dynamic_cast requires -frtti [clang-diagnostic-error]
Base *up(Derived *d) { return dynamic_cast<Base *>(d); }
// CHECK: :[[@LINE-1]]:31: warning: dynamic_cast to a base class; use an implicit conversion [kernel-rtti]
void *complete(Base *b) { return dynamic_cast<void *>(b); }
// CHECK: :[[@LINE-1]]:34: warning: dynamic_cast to 'void *' in kernel code; keep a pointer to the complete object instead [kernel-rtti]
const std::type_info &ofObject(Base &b) { return typeid(b); }
// CHECK: :[[@LINE-1]]:50: error: use of typeid requires -frtti [clang-diagnostic-error]
template <class T> T *castT(Base *b) { return dynamic_cast<T *>(b); }
// CHECK: :[[@LINE-1]]:47: warning: dynamic_cast needs RTTI, which kernel code is built without [kernel-rtti]
