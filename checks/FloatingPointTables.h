#ifndef KERNEL_TIDY_CHECKS_FLOATINGPOINTTABLES_H
#define KERNEL_TIDY_CHECKS_FLOATINGPOINTTABLES_H

/// The C library's floating-point functions (<math.h>), which a kernel does
/// not link: the default of kernel-floating-point's `LibmFunctions` option,
/// in NameList syntax.
namespace clang::tidy::kernel::tables {

extern const char LibmFunctions[];

} // namespace clang::tidy::kernel::tables

#endif
