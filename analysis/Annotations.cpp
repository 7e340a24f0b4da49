#include "analysis/Annotations.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"

namespace clang::tidy::kernel {

llvm::StringRef annotationString(Annotation A) {
  switch (A) {
  case Annotation::Atomic:
    return "kernel::atomic";
  case Annotation::MightSleep:
    return "kernel::might_sleep";
  case Annotation::AcquiresAtomic:
    return "kernel::acquires_atomic";
  case Annotation::ReleasesAtomic:
    return "kernel::releases_atomic";
  case Annotation::FpuBegin:
    return "kernel::fpu_begin";
  case Annotation::FpuEnd:
    return "kernel::fpu_end";
  case Annotation::Fpu:
    return "kernel::fpu";
  }
  llvm_unreachable("unknown annotation");
}

const AnnotateAttr *findAnnotation(const Decl *D, Annotation A) {
  if (!D)
    return nullptr;
  llvm::StringRef Wanted = annotationString(A);
  for (const Decl *Redecl : D->redecls())
    for (const auto *Attr : Redecl->specific_attrs<AnnotateAttr>())
      if (Attr->getAnnotation() == Wanted)
        return Attr;
  return nullptr;
}

std::optional<uint64_t> recursionDepthAnnotation(const Decl *D) {
  if (!D)
    return std::nullopt;
  for (const Decl *Redecl : D->redecls())
    for (const auto *Attr : Redecl->specific_attrs<AnnotateAttr>()) {
      llvm::StringRef Value = Attr->getAnnotation();
      uint64_t Depth;
      if (Value.consume_front("kernel::recursion_depth=") &&
          !Value.getAsInteger(10, Depth) && Depth > 0)
        return Depth;
    }
  return std::nullopt;
}

} // namespace clang::tidy::kernel
