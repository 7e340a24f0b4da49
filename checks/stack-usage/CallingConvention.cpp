#include "CallingConvention.h"
#include "clang/Basic/TargetInfo.h"
#include "analysis/LlvmCompat.h"

namespace clang::tidy::kernel {

namespace {
struct ArchConvention {
  llvm::Triple::ArchType Arch;
  unsigned ArgumentRegisters;
  /// In slots (pointer-sized registers).
  unsigned MaxRegisterAggregateSlots;
  unsigned MemoryAggregateCopies;
};

// The architectures Linux builds for that kernel modules commonly target.
// Aggregates larger than the register limit: x86-64 passes them by value on
// the stack (clang makes a temporary copy first), the others pass a pointer
// to a copy the caller makes.
constexpr ArchConvention Conventions[] = {
    {llvm::Triple::x86_64, 6, 2, 2},
    {llvm::Triple::x86, 3, 0, 1}, // the kernel's -mregparm=3
    {llvm::Triple::aarch64, 8, 2, 1},
    {llvm::Triple::aarch64_be, 8, 2, 1},
    {llvm::Triple::arm, 4, 4, 1},
    {llvm::Triple::riscv64, 8, 2, 1},
    {llvm::Triple::riscv32, 8, 2, 1},
    {llvm::Triple::ppc64le, 8, 8, 1},
    {llvm::Triple::ppc64, 8, 8, 1},
    {llvm::Triple::systemz, 5, 1, 1},
    {llvm::Triple::loongarch64, 8, 2, 1},
};
} // namespace

CallingConvention CallingConvention::of(const TargetInfo &Target) {
  const uint64_t Slot = std::max<uint64_t>(
      1, compat::defaultPointerWidth(Target) / Target.getCharWidth());
  ArchConvention C = Conventions[0];
  for (const ArchConvention &Entry : Conventions)
    if (Entry.Arch == Target.getTriple().getArch())
      C = Entry;
  return {C.ArgumentRegisters, C.MaxRegisterAggregateSlots * Slot,
          C.MemoryAggregateCopies, Slot};
}

} // namespace clang::tidy::kernel
