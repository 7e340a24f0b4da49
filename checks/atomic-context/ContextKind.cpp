#include "ContextKind.h"

namespace clang::tidy::kernel {

namespace {
struct KindInfo {
  ContextKind Kind;
  const char *Keyword;
  const char *Phrase;
  bool Interrupt;
};
// One row per kind, in enum order.
constexpr KindInfo Kinds[] = {
    {ContextKind::Atomic, "atomic", "in atomic context", false},
    {ContextKind::HardIrq, "hardirq", "in hard-IRQ context", true},
    {ContextKind::SoftIrq, "softirq", "in softirq context", true},
    {ContextKind::Bh, "bh", "with bottom halves disabled", true},
    {ContextKind::IrqsOff, "irqs-off", "with interrupts disabled", false},
    {ContextKind::Preempt, "preempt", "with preemption disabled", false},
    {ContextKind::Rcu, "rcu", "in an RCU read-side critical section", false},
    {ContextKind::Process, "process", "in process context", false},
};
const KindInfo &info(ContextKind K) { return Kinds[static_cast<unsigned>(K)]; }
} // namespace

std::optional<ContextKind> parseContextKind(llvm::StringRef Keyword) {
  for (const KindInfo &I : Kinds)
    if (Keyword == I.Keyword)
      return I.Kind;
  return std::nullopt;
}

llvm::StringRef contextKeyword(ContextKind K) { return info(K).Keyword; }

llvm::StringRef contextKeywordList() {
  return "atomic, hardirq, softirq, bh, irqs-off, preempt, rcu, process";
}

llvm::StringRef contextPhrase(ContextKind K) { return info(K).Phrase; }

bool isInterrupt(ContextKind K) { return info(K).Interrupt; }

} // namespace clang::tidy::kernel
