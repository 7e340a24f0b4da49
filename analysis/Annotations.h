#ifndef KERNEL_TIDY_ANALYSIS_ANNOTATIONS_H
#define KERNEL_TIDY_ANALYSIS_ANNOTATIONS_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace clang {
class Decl;
class AnnotateAttr;
} // namespace clang

namespace clang::tidy::kernel {

/// The contracts a module states about its own functions, spelled
/// `__attribute__((annotate("kernel::...")))` (see SPEC.md and
/// plugin/include/kernel-tidy/annotations.h).
enum class Annotation {
  Atomic,
  MightSleep,
  AcquiresAtomic,
  ReleasesAtomic,
  FpuBegin,
  FpuEnd,
  Fpu,
};

llvm::StringRef annotationString(Annotation A);

/// The attribute that states \p A on \p D or on any redeclaration of it, so a
/// contract written on a prototype in a header holds for the definition.
const AnnotateAttr *findAnnotation(const Decl *D, Annotation A);

inline bool hasAnnotation(const Decl *D, Annotation A) {
  return findAnnotation(D, A) != nullptr;
}

/// The bound N of `kernel::recursion_depth=N` on \p D or a redeclaration: at
/// most N activations of its recursive cycle are on the stack at once.
std::optional<uint64_t> recursionDepthAnnotation(const Decl *D);

} // namespace clang::tidy::kernel

#endif
