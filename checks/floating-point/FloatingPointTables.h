#ifndef KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGPOINTTABLES_H
#define KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGPOINTTABLES_H

/// The C library's floating-point functions (<math.h>), which a kernel does
/// not link: the default of kernel-floating-point's `LibmFunctions` option,
/// in NameList syntax.
namespace clang::tidy::kernel::tables {

extern const char LibmFunctions[];

/// Calls that open and close a region where floating point is allowed.
extern const char FpuBegin[];
extern const char FpuEnd[];

} // namespace clang::tidy::kernel::tables

#endif
