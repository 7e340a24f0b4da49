// Every option is echoed with its default, and set values are kept.
// (clang-tidy before 17 dumps the options in hash order: sorted here.)
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' --dump-config %s -- 2>&1 \
// RUN:   %if !llvm19 %{ | sort %} | FileCheck %s --check-prefix=DEFAULTS
// RUN: %clang_tidy --checks='-*,kernel-userspace-runtime' --dump-config \
// RUN:   --config="{CheckOptions: {kernel-userspace-runtime.AllowGlobalConstructors: 1, \
// RUN:     kernel-userspace-runtime.LibcFunctions: 'getenv', \
// RUN:     kernel-userspace-runtime.ExtraStdNames: 'std::bitset', \
// RUN:     kernel-userspace-runtime.ExtraKernelAlternatives: 'getenv=a module parameter'}}" \
// RUN:   %s -- 2>&1 %if !llvm19 %{ | sort %} | FileCheck %s --check-prefix=SET

// DEFAULTS:      kernel-userspace-runtime.AllowGlobalConstructors: 'false'
// DEFAULTS-NEXT: kernel-userspace-runtime.AtomicTemplates: 'std::atomic;std::atomic_ref'
// DEFAULTS-NEXT: kernel-userspace-runtime.ExtraKernelAlternatives: ''
// DEFAULTS-NEXT: kernel-userspace-runtime.ExtraLibcFunctions: ''
// DEFAULTS-NEXT: kernel-userspace-runtime.ExtraStdNames: ''
// DEFAULTS-NEXT: kernel-userspace-runtime.KernelAlternatives: 'malloc=kmalloc;calloc=kcalloc;
// DEFAULTS-NEXT: kernel-userspace-runtime.LibcFunctions: 'malloc;calloc;realloc;
// DEFAULTS-NEXT: kernel-userspace-runtime.StdNames: 'std::vector;std::deque;

// SET:      kernel-userspace-runtime.AllowGlobalConstructors: 'true'
// SET:      kernel-userspace-runtime.ExtraKernelAlternatives: 'getenv=a module parameter'
// SET-NEXT: kernel-userspace-runtime.ExtraLibcFunctions: ''
// SET-NEXT: kernel-userspace-runtime.ExtraStdNames: 'std::bitset'
// SET:      kernel-userspace-runtime.LibcFunctions: getenv{{$}}
