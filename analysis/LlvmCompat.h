//===--- LlvmCompat.h - The differences between LLVM 15, 16 and 19 --------===//
//
// kernel-tidy builds from one source for the clang-tidy majors Debian ships
// (docs/llvm-versions.md). Every API that differs between them is bridged
// here and nowhere else, so that checks and analyses are written once,
// against LLVM 19's spelling; each bridge names the major that introduced
// what it stands in for. Where an older major cannot do something at all
// (clang-tidy's ExcludeHeaderFilterRegex, the CFG's cleanup-attribute
// calls, C23's type-predicate _Generic), the bridge answers as that major's
// clang-tidy itself behaves, and docs/llvm-versions.md says what users see.
//
//===----------------------------------------------------------------------===//

#ifndef KERNEL_TIDY_ANALYSIS_LLVMCOMPAT_H
#define KERNEL_TIDY_ANALYSIS_LLVMCOMPAT_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/FileEntry.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include <optional>

// LLVM 17 moved Triple.h from ADT/ to TargetParser/ (16 has both).
#if LLVM_VERSION_MAJOR >= 16
#include "llvm/TargetParser/Triple.h"
#else
#include "llvm/ADT/Triple.h"
#endif

#if LLVM_VERSION_MAJOR < 16
namespace clang {
// LLVM 16 named SourceManager's optional file entry; 15 spells the type out.
using OptionalFileEntryRef = llvm::Optional<FileEntryRef>;
} // namespace clang
#endif

namespace clang::tidy::kernel::compat {

/// LLVM 16 replaced llvm::Optional by std::optional in its return types
/// (json::Object::getInteger, ClangTidyCheck::OptionsView::get, ...);
/// toStd() turns either into a std::optional.
template <typename T> std::optional<T> toStd(std::optional<T> Value) {
  return Value;
}
#if LLVM_VERSION_MAJOR < 16
template <typename T> std::optional<T> toStd(const llvm::Optional<T> &Value) {
  if (!Value)
    return std::nullopt;
  return *Value;
}
#endif

/// StringRef::starts_with/ends_with arrived in LLVM 16; 19 deprecates the
/// older startswith/endswith.
inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}
inline bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
#if LLVM_VERSION_MAJOR >= 16
  return S.ends_with(Suffix);
#else
  return S.endswith(Suffix);
#endif
}

/// The name of a key of SourceManager::fileinfo_begin(): a FileEntryRef
/// since LLVM 18, a FileEntry pointer before.
#if LLVM_VERSION_MAJOR >= 18
inline llvm::StringRef fileInfoName(FileEntryRef File) { return File.getName(); }
#else
inline llvm::StringRef fileInfoName(const FileEntry *File) {
  return File->getName();
}
#endif

/// The width of a pointer in the default address space; LLVM 16 made the
/// address space a LangAS instead of a number.
inline uint64_t defaultPointerWidth(const TargetInfo &Target) {
#if LLVM_VERSION_MAJOR >= 16
  return Target.getPointerWidth(LangAS::Default);
#else
  return Target.getPointerWidth(0);
#endif
}

/// clang-tidy's --exclude-header-filter (ExcludeHeaderFilterRegex) arrived
/// in LLVM 19; before, nothing is excluded.
inline std::string excludeHeaderFilter(const ClangTidyOptions &Options) {
#if LLVM_VERSION_MAJOR >= 19
  return Options.ExcludeHeaderFilterRegex.value_or("");
#else
  return "";
#endif
}

/// sizeof and, since LLVM 18, __datasizeof: the traits whose operand is
/// evaluated when it is a variable-length array.
inline bool isSizeTrait(UnaryExprOrTypeTrait Kind) {
#if LLVM_VERSION_MAJOR >= 18
  return Kind == UETT_SizeOf || Kind == UETT_DataSizeOf;
#else
  return Kind == UETT_SizeOf;
#endif
}

/// Whether a _Generic selects by the type of an expression; LLVM 18 added
/// the type predicate `_Generic(type, ...)`, before which every
/// selection had an expression.
inline bool hasExprPredicate(const GenericSelectionExpr &Generic) {
#if LLVM_VERSION_MAJOR >= 18
  return Generic.isExprPredicate();
#else
  (void)Generic;
  return true;
#endif
}

/// The call of a variable's __attribute__((cleanup(fn))) at the end of its
/// scope, which the CFG shows as an element since LLVM 18. Older CFGs do
/// not show the call; in C they show where it happens as the end of the
/// variable's lifetime (CFG::BuildOptions::AddLifetime, which
/// requestCleanupCalls asks for), so it is seen there. In C++ on LLVM 15 and
/// 16 it is not seen (docs/llvm-versions.md): their CFG marks lifetime ends
/// only for variables without implicit destructors or with every one of
/// them, and their scope-end elements (AddScopes) crash clang 16 on Linux's
/// drivers/char/hw_random/core.c.
struct CleanupCall {
  const FunctionDecl *Function;
  const VarDecl *Variable;
};
inline std::optional<CleanupCall> cleanupCall(const CFGElement &E) {
#if LLVM_VERSION_MAJOR >= 18
  if (auto C = E.getAs<CFGCleanupFunction>())
    return CleanupCall{C->getFunctionDecl(), C->getVarDecl()};
#else
  if (auto L = E.getAs<CFGLifetimeEnds>())
    if (const auto *Cleanup = L->getVarDecl()->getAttr<CleanupAttr>())
      return CleanupCall{Cleanup->getFunctionDecl(), L->getVarDecl()};
#endif
  return std::nullopt;
}

/// Asks the CFG of a function in LANG for the elements cleanupCall reads.
/// In C, nothing has an implicit destructor, so before LLVM 18 the CFG is
/// built with the ends of lifetimes instead.
inline void requestCleanupCalls(CFG::BuildOptions &Options, const LangOptions &Lang) {
#if LLVM_VERSION_MAJOR < 18
  if (!Lang.CPlusPlus) {
    Options.AddImplicitDtors = false;
    Options.AddLifetime = true;
  }
#else
  (void)Options;
  (void)Lang;
#endif
}

} // namespace clang::tidy::kernel::compat

#endif
