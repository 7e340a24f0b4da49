// The check walks only the code clang-tidy shows (the main file, headers the
// filter admits): a header's findings appear exactly when the filter admits
// the header, and main-file code is found wherever its parts are declared.
// RUN: %clang_tidy --checks='-*,kernel-floating-point' %s -- -std=c++17 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: %clang_tidy --checks='-*,kernel-floating-point' --header-filter='scope/fp-header\.h' %s -- -std=c++17 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,HEADER -implicit-check-not='{{warning|error|note}}:'
// RUN: %if llvm19 %{ %clang_tidy --checks='-*,kernel-floating-point' --header-filter='scope/' \
// RUN:   --exclude-header-filter='fp-header' %s -- -std=c++17 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:' %}
// (--exclude-header-filter is clang-tidy 19's; docs/llvm-versions.md.)

#include "scope/fp-header.h"
// The header's own findings, printed first (clang-tidy sorts by path); its instantiation
// for float is the header's code too.
// HEADER: fp-header.h:2:15: warning: function 'header_half' returns floating-point type 'double'
// HEADER: fp-header.h:2:48: warning: floating-point arithmetic in kernel code
// HEADER: fp-header.h:6:9: warning: field 'scale' has floating-point type 'float'
// HEADER: fp-header.h:9:25: warning: function 'twice<float>' returns floating-point type 'float'
// HEADER: fp-header.h:9:47: warning: floating-point arithmetic in kernel code

// A member of a header's class, defined here.
int Gauge::read() const { return scale > 1; }
// CHECK: :[[@LINE-1]]:40: warning: floating-point comparison in kernel code

// A header's macro expanded here is code of this file.
DEFINE_RATIO(ratio)
// CHECK: :[[@LINE-1]]:1: warning: floating-point arithmetic in kernel code
// CHECK: fp-header.h:12:43: note: expanded from macro 'DEFINE_RATIO'

// A header's template instantiated from here: its body is the header's.
int doubled() { return (int)twice(1.5f); }
// CHECK: :[[@LINE-1]]:29: warning: call to 'twice<float>' returns floating-point type 'float'

namespace sensors {
int scaled(int a) { return a * 1.25; }
// CHECK: :[[@LINE-1]]:30: warning: floating-point arithmetic in kernel code
}

extern "C" {
float c_entry(void);
// CHECK: :[[@LINE-1]]:7: warning: function 'c_entry' returns floating-point type 'float'
}

