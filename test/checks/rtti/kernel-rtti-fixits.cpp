// An upcast dynamic_cast becomes static_cast: the same adjustment, checked
// at compile time, so the fix-it is on the warning and --fix applies it.
// Casts that need RTTI, casts to void *, and casts spelled in a macro get
// none.
// RUN: cp %s %t.cpp
// RUN: %clang_tidy --checks='-*,kernel-rtti' %t.cpp --export-fixes=%t.yaml -- -std=c++17 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: FileCheck %s --check-prefix=YAML < %t.yaml
// RUN: %clang_tidy --checks='-*,kernel-rtti' --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=FIXED < %t.cpp

struct Base { virtual ~Base(); };
struct Derived : Base {};

Base *up(Derived *d) { return dynamic_cast<Base *>(d); }
// CHECK: :[[@LINE-1]]:31: warning: dynamic_cast to a base class; use an implicit conversion [kernel-rtti]
// CHECK-NEXT: Base *up(Derived *d)
// CHECK-NEXT: ^~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT: static_cast
// FIXED: Base *up(Derived *d) { return static_cast<Base *>(d); }

const Base &upRef(const Derived &d) { return dynamic_cast<const Base &>(d); }
// CHECK: :[[@LINE-1]]:46: warning: dynamic_cast to a base class
// FIXED: const Base &upRef(const Derived &d) { return static_cast<const Base &>(d); }

Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }
// CHECK: :[[@LINE-1]]:33: warning: dynamic_cast needs RTTI
// FIXED: Derived *down(Base *b) { return dynamic_cast<Derived *>(b); }

void *complete(Base *b) { return dynamic_cast<void *>(b); }
// CHECK: :[[@LINE-1]]:34: warning: dynamic_cast to 'void *'
// FIXED: void *complete(Base *b) { return dynamic_cast<void *>(b); }

#define UP(p) dynamic_cast<Base *>(p)
Base *upMacro(Derived *d) { return UP(d); }
// CHECK: :[[@LINE-1]]:36: warning: dynamic_cast to a base class
// CHECK: note: expanded from macro 'UP'
// FIXED: #define UP(p) dynamic_cast<Base *>(p)

// The exported fixes: one replacement, on the upcasts only.
// YAML:      DiagnosticName:  kernel-rtti
// YAML:        Message: {{'?}}dynamic_cast to a base class; use an implicit conversion
// YAML:        Replacements:
// YAML-NEXT:     - FilePath: '{{.*}}.cpp'
// YAML-NEXT:       Offset:
// YAML-NEXT:       Length: 12
// YAML-NEXT:       ReplacementText: static_cast
// YAML:      DiagnosticName:  kernel-rtti
// YAML:        Message: {{'?}}dynamic_cast to a base class; use an implicit conversion
// YAML:        ReplacementText: static_cast
// YAML:      DiagnosticName:  kernel-rtti
// YAML-NEXT:   DiagnosticMessage:
// YAML-NEXT:     Message: {{'?}}dynamic_cast needs RTTI, which kernel code is built without
// YAML-NEXT:     FilePath:
// YAML-NEXT:     FileOffset:
// YAML-NEXT:     Replacements: []
