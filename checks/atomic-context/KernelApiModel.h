#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPIMODEL_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPIMODEL_H

#include "ContextKind.h"
#include "options/NameList.h"
#include "options/NameTable.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class FunctionDecl;
class LangOptions;
class SourceManager;
} // namespace clang

namespace clang::tidy::kernel {

/// What a kernel API call does to the atomic context of its caller.
enum class ApiEffect { None, Enter, Leave, TryEnter, Sleep };

/// A registration or a structure field through which the kernel calls a
/// function in a context.
struct CallbackSite {
  /// The argument that holds the function (registrations).
  unsigned ArgIndex = 0;
  /// The field of the structure that argument points to that holds the
  /// function, when not the argument itself
  /// (`atomic_notifier_chain_register:1.notifier_call`).
  std::string Field;
  ContextKind Context = ContextKind::Atomic;
};

/// A table entry a check option got wrong, for a configuration diagnostic.
struct TableProblem {
  std::string Option;
  std::string Entry;
  std::string Problem;
};

/// The kernel API knowledge of kernel-atomic-context: the tables of
/// KernelApiTables.h, or the user's replacements of them, answering
/// questions about single calls.
class KernelApiModel {
public:
  struct Lists {
    std::string Enter, Leave, TryEnter, Registrations, CallbackFields,
        Sleeping, NonSleeping, LockDroppingWaits, GfpAllocators,
        ReclaimingFlags, NonReclaimingFlags;
  };
  /// Entries that do not parse are left out and described in \p Problems.
  KernelApiModel(const Lists &L, std::vector<TableProblem> &Problems);

  /// What a call does. A call that the body of a listed kernel macro
  /// produced (real kernels spell `spin_lock_irqsave`, `preempt_disable`,
  /// `wait_event` as macros) is that macro's: the outermost listed one
  /// wins, and Expansion identifies the expansion, so that a macro made of
  /// several calls takes effect once. A call the user wrote as a macro's
  /// argument is not the macro's, and the lock-dropping waits
  /// (`wait_event_lock_irq`) are no API of their own: the calls in them
  /// count one by one. Otherwise the callee's name decides.
  struct Match {
    ApiEffect Effect = ApiEffect::None;
    llvm::StringRef Name;
    SourceLocation Expansion;
    ContextKind Context = ContextKind::Atomic;
    bool UnlessInterrupt = false;
  };
  Match classify(const FunctionDecl *Callee, SourceLocation CallLoc,
                 const SourceManager &SM, const LangOptions &LO) const;

  /// The registration API named \p Name.
  const CallbackSite *registration(llvm::StringRef Name) const;
  /// The registration macro among those expanding at \p Loc
  /// (`timer_setup`, `INIT_WORK` are macros in real kernels), with its name.
  std::optional<std::pair<llvm::StringRef, const CallbackSite *>>
  registrationMacro(SourceLocation Loc, const SourceManager &SM,
                    const LangOptions &LO) const;
  /// The context of a function stored in \p Field of \p Record.
  std::optional<ContextKind> callbackField(llvm::StringRef Record,
                                           llvm::StringRef Field) const;

  /// Whether \p Name is a GFP allocator; \p ArgIndex gets the argument its
  /// entry names, if any.
  bool isGfpAllocator(llvm::StringRef Name,
                      std::optional<unsigned> *ArgIndex = nullptr) const;
  /// The outermost listed allocator macro whose body made the call at
  /// \p CallLoc (`__get_free_page` is a macro over `__get_free_pages`).
  std::optional<llvm::StringRef> allocatorMacro(SourceLocation CallLoc,
                                                const SourceManager &SM,
                                                const LangOptions &LO) const;
  /// Whether a table says what a call of \p Name does (the hand-written
  /// knowledge, which wins over summary databases). A registration says
  /// what becomes of the function it is given, not whether the call
  /// sleeps: a database still decides that (request_nmi allocates with
  /// GFP_KERNEL).
  bool lists(llvm::StringRef Name) const;
  bool isNonSleeping(llvm::StringRef Name) const {
    return NonSleeping.matches(Name);
  }
  const NameList &reclaimingFlags() const { return ReclaimingFlags; }
  const NameList &nonReclaimingFlags() const { return NonReclaimingFlags; }

private:
  struct ApiEntry {
    ApiEffect Effect = ApiEffect::None;
    ContextKind Context = ContextKind::Atomic;
    bool UnlessInterrupt = false;
  };
  ApiEntry effectOfName(llvm::StringRef Name) const;

  NameTable<ApiEntry> Enter, TryEnter, Sleeping;
  NameList Leave, NonSleeping, LockDroppingWaits, ReclaimingFlags,
      NonReclaimingFlags;
  NameTable<std::optional<unsigned>> GfpAllocators;
  NameTable<CallbackSite> Registrations;
  llvm::StringMap<ContextKind> CallbackFields;
};

} // namespace clang::tidy::kernel

#endif
