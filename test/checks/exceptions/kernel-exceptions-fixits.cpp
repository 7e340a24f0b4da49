// A dynamic exception specification can be replaced by 'noexcept', but
// that changes what a throw out of the function does: the fix-it is on a
// note, so --fix leaves the code alone and --fix-notes (or an editor's code
// action) applies it. `throw()` is quiet (SPEC.md: it is the old spelling
// of noexcept), so it gets no fix-it either; clang-tidy's
// modernize-use-noexcept rewrites it for those who want it.
// RUN: cp %s %t.cpp
// RUN: %clang_tidy --checks='-*,kernel-exceptions' %t.cpp --export-fixes=%t.yaml -- -std=c++14 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'
// RUN: FileCheck %s --check-prefix=YAML < %t.yaml
// RUN: %clang_tidy --checks='-*,kernel-exceptions' --fix %t.cpp -- -std=c++14 > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=UNCHANGED < %t.cpp
// RUN: %clang_tidy --checks='-*,kernel-exceptions' --fix-notes %t.cpp -- -std=c++14 > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=FIXED < %t.cpp
// C++98 has no noexcept: no fix-it there.
// RUN: %clang_tidy --checks='-*,kernel-exceptions' %s -- -std=c++98 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CXX98 -implicit-check-not='note: replace'

struct Error {};

void legacy() throw(Error);
// CHECK: :[[@LINE-1]]:15: warning: dynamic exception specification in kernel code; kernel code cannot throw, declare it 'noexcept' [kernel-exceptions]
// CHECK: :[[@LINE-2]]:15: note: replace it with 'noexcept'; an exception leaving the function then terminates
// CHECK-NEXT: void legacy() throw(Error);
// CHECK-NEXT: ^~~~~~~~~~~~
// CHECK-NEXT: noexcept
// UNCHANGED: void legacy() throw(Error);
// FIXED: void legacy() noexcept;
// CXX98: :[[@LINE-8]]:15: warning: dynamic exception specification

void (*pointer)() throw(int, Error);
// CHECK: :[[@LINE-1]]:19: warning: dynamic exception specification
// CHECK: :[[@LINE-2]]:19: note: replace it with 'noexcept'
// FIXED: void (*pointer)() noexcept;
// CXX98: :[[@LINE-4]]:19: warning: dynamic exception specification

void quiet() throw();
// FIXED: void quiet() throw();

#define MAY_THROW throw(Error)
void macro() MAY_THROW;
// CHECK: :[[@LINE-1]]:14: warning: dynamic exception specification
// CHECK: :[[@LINE-3]]:19: note: expanded from macro 'MAY_THROW'
// FIXED: void macro() MAY_THROW;
// CXX98: :[[@LINE-4]]:14: warning: dynamic exception specification

// YAML:      DiagnosticName: kernel-exceptions
// YAML-NEXT:   DiagnosticMessage:
// YAML-NEXT:     Message: 'dynamic exception specification in kernel code; kernel code cannot throw, declare it ''noexcept'''
// YAML-NEXT:     FilePath:
// YAML-NEXT:     FileOffset:
// YAML-NEXT:     Replacements: []
// YAML:        Notes:
// YAML-NEXT:     - Message: 'replace it with ''noexcept''; an exception leaving the function then terminates'
// YAML-NEXT:       FilePath:
// YAML-NEXT:       FileOffset:
// YAML-NEXT:       Replacements:
// YAML-NEXT:         - FilePath:
// YAML-NEXT:           Offset:
// YAML-NEXT:           Length: 12
// YAML-NEXT:           ReplacementText: noexcept
