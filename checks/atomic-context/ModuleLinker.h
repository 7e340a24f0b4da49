#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_MODULELINKER_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_MODULELINKER_H

#include "ProgramFile.h"
#include "llvm/ADT/DenseSet.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// The link step: merges the summaries of a module's translation units into
/// one EventProgram, as if the files were one TU. Functions meet by symbol
/// (a function with external linkage is the same in every TU; one with
/// internal linkage is its TU's own); a declaration takes the body its
/// definition has in another TU.
///
/// Two TUs that define the same symbol (a module built twice with different
/// configurations, or two programs in one database) keep the first
/// definition in the order of their main files' names, and the symbol is
/// listed in duplicates().
class ModuleLinker {
public:
  /// Adds \p S. Summaries are best added in a fixed order (sorted by main
  /// file) for deterministic output; link() sorts them.
  void add(TranslationUnitSummary S);
  /// Merges what was added.
  EventProgram link();

  /// Whether a TU's own run already reported a finding at this site of the
  /// linked program.
  bool reportedByTU(SiteId At) const { return Reported.contains(At); }
  const std::vector<std::string> &duplicates() const { return Duplicates; }

private:
  void merge(TranslationUnitSummary &S, EventProgram &Out);

  std::vector<TranslationUnitSummary> Summaries;
  llvm::DenseSet<SiteId> Reported;
  std::vector<std::string> Duplicates;
};

/// Gives each call through a function-pointer field (Event::FieldCall) of
/// \p P the functions \p P stores in that field (in any of its TUs) as its
/// targets. Such a call sleeps only if every target does: the functions a
/// kernel stores in `i2c_lock_operations.lock_bus` all take a mutex, while
/// those in `clk_ops.enable` mostly do not sleep and one that does says
/// nothing of the others. A program that does not see every store of a
/// field (a module without the kernel, one TU without its module) must not
/// resolve: its targets would be a guess. The kernel database's link step
/// resolves (kernel-tidy-link --resolve-field-calls).
void resolveFieldCalls(EventProgram &P);

} // namespace clang::tidy::kernel

#endif
