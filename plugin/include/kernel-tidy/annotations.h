/* Readable spellings of the kernel-tidy contracts (see docs/annotations.md).
 *
 * Each macro expands to __attribute__((annotate("kernel::..."))) under clang,
 * where kernel-tidy reads it, and to nothing for every other compiler, so a
 * module keeps building with the kernel's GCC. Usable from C and C++. */
#ifndef KERNEL_TIDY_ANNOTATIONS_H
#define KERNEL_TIDY_ANNOTATIONS_H

#if defined(__clang__)
#define KERNEL_TIDY_ANNOTATE(s) __attribute__((annotate(s)))
#else
#define KERNEL_TIDY_ANNOTATE(s)
#endif

/* The body always runs in atomic context (IRQ handler, timer callback...). */
#define __kt_atomic KERNEL_TIDY_ANNOTATE("kernel::atomic")
/* Calling the function may sleep. */
#define __kt_might_sleep KERNEL_TIDY_ANNOTATE("kernel::might_sleep")
/* After the call the caller is in atomic context; on a constructor, for the
 * lifetime of the object. */
#define __kt_acquires_atomic KERNEL_TIDY_ANNOTATE("kernel::acquires_atomic")
/* After the call one level of atomic context is left; on a destructor, when
 * the object dies. */
#define __kt_releases_atomic KERNEL_TIDY_ANNOTATE("kernel::releases_atomic")
/* Floating point is allowed between a call of the first and of the second. */
#define __kt_fpu_begin KERNEL_TIDY_ANNOTATE("kernel::fpu_begin")
#define __kt_fpu_end KERNEL_TIDY_ANNOTATE("kernel::fpu_end")
/* Floating point is allowed in the body. */
#define __kt_fpu KERNEL_TIDY_ANNOTATE("kernel::fpu")
/* At most n activations of this function's recursive cycle are ever on the
 * stack at once (kernel-stack-usage, option AllowAnnotatedRecursion). */
#define __kt_recursion_depth(n) KERNEL_TIDY_ANNOTATE("kernel::recursion_depth=" #n)

#endif
