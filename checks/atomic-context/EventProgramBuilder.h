#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_EVENTPROGRAMBUILDER_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_EVENTPROGRAMBUILDER_H

#include "DispatchResolver.h"
#include "EventProgram.h"
#include "GfpFlags.h"
#include "KernelApiModel.h"
#include "analysis/CallGraph.h"
#include "analysis/ReportScope.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>

namespace clang {
class ASTContext;
class MangleContext;
} // namespace clang

namespace clang::tidy::kernel {

/// Builds the EventProgram of a translation unit from its AST: the functions
/// of the call graph (those the code clang-tidy shows can reach) that can
/// matter (reach a
/// sleeping call, an atomic-context API, an annotation, an allocation, a
/// function whose summary comes from elsewhere), each from its CFG; and the
/// context entries (registrations, callback fields, annotations).
///
/// Each call is classified once, in this order of precedence:
///  1. an annotation on the callee (acquires, releases, might_sleep)
///     replaces whatever its body or the tables say;
///  2. a kernel API of the tables, by the listed macro that expands to the
///     call or by the callee's name (enter, leave, trylock, sleep; a
///     sleeping API given GFP flags, like kvmalloc, is decided by them);
///  3. a GFP allocator of the tables: its `gfp_t` argument decides;
///  4. a name in NonSleepingFunctions: nothing;
///  5. a virtual or function-pointer call: its targets when the TU shows
///     all of them, else an unknown call (a sleep with
///     AssumeIndirectCallsSleep), or, with FieldCallsMatter, a call through
///     a function-pointer field that the function does not test for null
///     (an optional operation, such as irq_chip's irq_bus_lock, is called
///     only where the structure fills it in);
///  6. a call of another function: its summary decides, with the GFP flags
///     passed to its `gfp_t` parameters (an undefined function without a
///     summary that takes `gfp_t` is an allocation governed by them; a
///     non-placement `new` through an operator new nobody defines is an
///     allocation that may sleep).
class EventProgramBuilder {
public:
  struct Config {
    bool AssumeIndirectCallsSleep = false;
    /// Whether a call of a function the TU does not define, by its symbol,
    /// can matter (a summary database or the module-wide link step may
    /// know it).
    llvm::function_ref<bool(llvm::StringRef Symbol)> ExternalMatters;
    /// Whether calls through function-pointer fields and the functions
    /// stored in fields are recorded (FieldCall, FieldStore): for the map
    /// step, whose link may resolve them (ModuleLinker.h).
    bool FieldCallsMatter = false;
  };

  EventProgramBuilder(ASTContext &Ctx, const CallGraph &CG,
                      const ReportScope &Scope, const KernelApiModel &Api,
                      const GfpFlagDecider &Gfp, Config Cfg,
                      llvm::StringRef AtomicGfpReplacements = "");
  ~EventProgramBuilder();

  EventProgram build();
  /// Where a site of the built program is, for diagnostics.
  SourceLocation location(SiteId Id) const { return SiteLocations[Id]; }
  /// The sites the AST gave; a database adds more after them.
  size_t siteCount() const { return SiteLocations.size(); }

  /// A fix-it for the GFP flags of the call at a site: the flags as written
  /// and what makes the allocation atomic (AtomicGfpReplacements).
  struct FlagFix {
    CharSourceRange Range;
    std::string Replacement;
  };
  const FlagFix *flagFix(SiteId At) const;
  void recordFlagFix(SiteId At, CharSourceRange Range, llvm::StringRef Spelling);

  // The services the per-function builder uses.
  SiteId siteOf(SourceLocation Loc);
  FunctionId functionOf(const FunctionDecl *FD);
  bool isRelevant(const FunctionDecl *FD) const;
  bool isDefinedHere(const FunctionDecl *FD) const;
  std::string sourceText(SourceRange R) const;
  uint32_t expansionId(SourceLocation Expansion);
  /// The linkage name of \p FD (EventProgram's Function::Symbol).
  const std::string &symbolOf(const FunctionDecl *FD);

  ASTContext &Ctx;
  const KernelApiModel &Api;
  const GfpFlagDecider &Gfp;
  const Config Cfg;
  DispatchResolver Dispatch;
  EventProgram Program;

private:
  void markRelevant();

  const CallGraph &CG;
  const ReportScope &Scope;
  std::unique_ptr<MangleContext> Mangler;
  std::vector<SourceLocation> SiteLocations;
  llvm::DenseMap<unsigned, SiteId> SiteCache;
  llvm::DenseMap<unsigned, uint32_t> FileCache;
  llvm::DenseMap<unsigned, uint32_t> Expansions;
  llvm::DenseMap<const FunctionDecl *, FunctionId> Functions;
  llvm::DenseMap<const FunctionDecl *, std::string> Symbols;
  llvm::DenseMap<SiteId, FlagFix> FlagFixes;
  llvm::StringMap<std::string> AtomicReplacements;
  /// Functions whose bodies can matter (canonical).
  llvm::DenseSet<const FunctionDecl *> Relevant;
};

/// The text of \p R as written, on one line, at most 60 characters; a range
/// inside a macro expansion shows the whole macro invocation.
std::string oneLineSourceText(SourceRange R, const ASTContext &Ctx);
/// The first argument of a call written as \p CallText (`spin_lock(&d->l)`
/// -> `&d->l`), or empty.
std::string firstArgumentText(llvm::StringRef CallText);
/// The name of a function as messages show it: qualified, or `lambda`.
std::string displayName(const FunctionDecl *FD);

} // namespace clang::tidy::kernel

#endif
