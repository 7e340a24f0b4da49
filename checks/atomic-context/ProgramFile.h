#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_PROGRAMFILE_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_PROGRAMFILE_H

#include "EventProgram.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// What the map step writes for one translation unit: its event program
/// (the functions other TUs can reach and those they need), its context
/// entries, the functions it stores in function-pointer fields, and where it already reported findings, so that the link step
/// reports only what needs another file.
struct TranslationUnitSummary {
  /// 2: calls through function-pointer fields and the functions stored in
  /// them.
  static constexpr unsigned FormatVersion = 2;
  std::string MainFile;
  /// The files the TU read (main file and headers), for staleness checks.
  std::vector<std::string> Inputs;
  EventProgram Program;
  /// Sites of the program where the TU's own run reported a finding.
  std::vector<SiteId> ReportedAt;
};

/// Writes \p S as JSON to \p Path, atomically (a reader never sees half a
/// file).
llvm::Error writeSummary(const TranslationUnitSummary &S, llvm::StringRef Path);
/// Reads a summary; an error says what is wrong (another format version, a
/// truncated or corrupt file) and nothing of the file is used.
llvm::Expected<TranslationUnitSummary> readSummary(llvm::StringRef Path);

} // namespace clang::tidy::kernel

#endif
