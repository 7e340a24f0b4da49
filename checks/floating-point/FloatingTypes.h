#ifndef KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGTYPES_H
#define KERNEL_TIDY_CHECKS_FLOATING_POINT_FLOATINGTYPES_H

#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"

namespace clang::tidy::kernel {

/// A value that lives in floating-point registers: real, complex, or a vector
/// of either.
bool isFloatingValue(QualType T);

/// A declaration is floating when its object, or each element of its array,
/// is; a pointer or reference to float is not (loading through it is).
bool hasFloatingStorage(QualType T);

/// An expression that computes with, produces or reads a floating value.
/// Plain assignment only stores what its right-hand side computed, so the
/// right-hand side speaks for it.
bool isFloatingOperation(const Expr &E);

} // namespace clang::tidy::kernel

#endif
