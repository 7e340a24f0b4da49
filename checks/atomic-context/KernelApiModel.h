#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPIMODEL_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPIMODEL_H

#include "options/NameList.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>

namespace clang {
class CallExpr;
class FunctionDecl;
class LangOptions;
class SourceManager;
} // namespace clang

namespace clang::tidy::kernel {

/// What a kernel API call does to the atomic context of its caller.
enum class ApiEffect { None, Enter, Leave, TryEnter, Sleep };

/// A registration API that makes the function passed at `ArgIndex` run in
/// atomic context (`request_irq` -> hard-IRQ handler).
struct Registration {
  unsigned ArgIndex = 0;
  std::string Context;
};

/// The kernel API knowledge of kernel-atomic-context: the tables of
/// KernelApiTables.h, or the user's replacements of them, answering questions
/// about single calls.
class KernelApiModel {
public:
  struct Lists {
    std::string Enter, Leave, TryEnter, Registrations, Sleeping, NonSleeping,
        GfpAllocators, ReclaimingFlags, NonReclaimingFlags;
  };
  explicit KernelApiModel(const Lists &L);

  /// The API a call names: its callee, or, when the call comes from the
  /// expansion of a listed macro (real kernels spell `spin_lock_irqsave` and
  /// `preempt_disable` as macros), the outermost such macro. The returned
  /// location identifies the macro expansion (invalid for a plain call), so a
  /// macro expanding to several calls takes effect once.
  struct Match {
    ApiEffect Effect = ApiEffect::None;
    llvm::StringRef Name;
    SourceLocation Expansion;
  };
  Match classify(const FunctionDecl *Callee, SourceLocation CallLoc,
                 const SourceManager &SM, const LangOptions &LO) const;
  ApiEffect effectOfName(llvm::StringRef Name) const;

  std::optional<Registration> registration(llvm::StringRef Name) const;
  /// The macro among those expanding at \p Loc whose name is a registration
  /// API (`timer_setup` is a macro in real kernels).
  std::optional<std::pair<llvm::StringRef, Registration>>
  registrationMacro(SourceLocation Loc, const SourceManager &SM,
                    const LangOptions &LO) const;

  bool isGfpAllocator(llvm::StringRef Name) const { return GfpAllocators.matches(Name); }
  const NameList &reclaimingFlags() const { return ReclaimingFlags; }
  const NameList &nonReclaimingFlags() const { return NonReclaimingFlags; }

private:
  NameList Enter, Leave, TryEnter, Sleeping, NonSleeping, GfpAllocators,
      ReclaimingFlags, NonReclaimingFlags;
  llvm::StringMap<Registration> Registrations;
};

} // namespace clang::tidy::kernel

#endif
