#ifndef KERNEL_TIDY_CHECKS_STACK_USAGE_CALLINGCONVENTION_H
#define KERNEL_TIDY_CHECKS_STACK_USAGE_CALLINGCONVENTION_H

#include <cstdint>

namespace clang {
class TargetInfo;
} // namespace clang

namespace clang::tidy::kernel {

/// How a target passes arguments, as far as the caller's frame is concerned:
/// what goes in registers, and what the caller must keep in memory.
struct CallingConvention {
  /// Integer argument registers; arguments beyond take a stack slot each.
  unsigned ArgumentRegisters;
  /// An aggregate that is trivial for calls and at most this large travels
  /// in registers, one per slot; a larger one is passed in memory.
  uint64_t MaxRegisterAggregate;
  /// Copies of an aggregate passed in memory that the caller's frame holds
  /// (clang on x86-64 copies it to a temporary, then to the argument area).
  unsigned MemoryAggregateCopies;
  /// The size of a register and of an argument slot: the pointer size.
  uint64_t SlotBytes;

  /// The convention of \p Target's architecture, as the Linux kernel builds
  /// it (32-bit x86 with `-mregparm=3`); an architecture the table does not
  /// know gets x86-64's rules with its own pointer size.
  static CallingConvention of(const TargetInfo &Target);
};

} // namespace clang::tidy::kernel

#endif
