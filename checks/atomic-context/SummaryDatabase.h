#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_SUMMARYDATABASE_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_SUMMARYDATABASE_H

#include "ModuleAnalysis.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>

namespace clang::tidy::kernel {

/// A linked summary database: what the functions of a module (or of the
/// Linux kernel) do for their callers, and where other files registered or
/// stored them, keyed by symbol. The link step writes one; the check reads
/// one (SummaryDatabase, KernelDatabase) so that a single file is analysed
/// with its module's facts.
///
/// The file is text: a header line, one line per function sorted by symbol
/// (`symbol<TAB>{json}`), and a trailer that counts them, so that a
/// truncated file is rejected. It is mapped, not read: a lookup is a binary
/// search and parses one line, which keeps a per-TU run's cost independent
/// of the database's size.
class SummaryDatabase : public ExternalSummaries {
public:
  static constexpr unsigned FormatVersion = 1;
  enum class Kind { Module, Kernel };

  /// Opens \p Path; an error says what is wrong with it (missing, another
  /// format version, truncated) and nothing of it is used.
  static llvm::Expected<std::unique_ptr<SummaryDatabase>> open(llvm::StringRef Path);

  Kind kind() const { return DatabaseKind; }
  /// What the header says the database is about ("Linux 6.1.192").
  llvm::StringRef description() const { return Description; }
  size_t size() const { return Count; }

  /// Whether the database says anything a caller of \p Symbol needs.
  bool knows(llvm::StringRef Symbol) const;
  std::optional<FunctionSummary> lookup(EventProgram &P, FunctionId F) override;
  /// Adds the context entries other files made for the functions \p P
  /// defines.
  void addEntries(EventProgram &P);
  /// The first corrupt line met by a lookup, if any: lookups after it say
  /// nothing.
  const std::string &problem() const { return Problem; }

  /// Writes the summaries of \p A over \p P: every defined function with a
  /// summary or a context entry (\p Kind Kernel: only those other code can
  /// call, with the reason of each sleep spelled out).
  static llvm::Error write(llvm::StringRef Path, Kind K,
                           llvm::StringRef Description, const EventProgram &P,
                           const ModuleAnalysis &A);

private:
  SummaryDatabase() = default;
  llvm::StringRef line(llvm::StringRef Symbol) const;

  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  /// The function lines, between header and trailer.
  llvm::StringRef Body;
  Kind DatabaseKind = Kind::Module;
  std::string Description;
  size_t Count = 0;
  std::string Problem;
};

} // namespace clang::tidy::kernel

#endif
