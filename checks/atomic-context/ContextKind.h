#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTKIND_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_CONTEXTKIND_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::kernel {

/// The kinds of context the kernel knowledge names (KernelApiTables.h): what
/// a lock or a registration makes the code after it, or a callback, run in.
/// The kind matters where a function's behaviour depends on it: vfree()
/// sleeps unless in_interrupt().
enum class ContextKind : uint8_t {
  Atomic,  ///< atomic, of a kind not said
  HardIrq, ///< a hard interrupt handler
  SoftIrq, ///< softirq: timers, tasklets, NAPI, RCU callbacks
  Bh,      ///< bottom halves disabled
  IrqsOff, ///< local interrupts disabled
  Preempt, ///< preemption disabled
  Rcu,     ///< an RCU read-side critical section
  Process, ///< process context: may sleep
};

/// The keyword of the tables (`hardirq`, `bh`, ...), or nothing.
std::optional<ContextKind> parseContextKind(llvm::StringRef Keyword);
llvm::StringRef contextKeyword(ContextKind K);
/// The keywords, for messages about a bad table entry.
llvm::StringRef contextKeywordList();
/// How a note says that code runs in this context: "in hard-IRQ context",
/// "with bottom halves disabled".
llvm::StringRef contextPhrase(ContextKind K);
/// Whether in_interrupt() is true there (hard-IRQ, softirq, bottom halves
/// disabled).
bool isInterrupt(ContextKind K);

} // namespace clang::tidy::kernel

#endif
