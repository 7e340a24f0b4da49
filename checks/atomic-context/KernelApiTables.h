#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPITABLES_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPITABLES_H

/// Built-in knowledge of the Linux kernel API (SPEC.md, "Linux kernel
/// knowledge built in"). Each table is the default value of a check option in
/// NameList syntax, so users replace a list by setting the option and extend
/// it through the matching `Extra...` option.
namespace clang::tidy::kernel::tables {

/// Calls after which the caller is one level deeper in atomic context.
extern const char AtomicEnter[];
/// Calls that leave one level of atomic context.
extern const char AtomicLeave[];
/// Calls that enter atomic context only when they return non-zero.
extern const char AtomicTryEnter[];
/// `function:argument-index:context` triples: the function passed at that
/// argument runs in the named atomic context.
extern const char AtomicRegistrations[];

/// Calls that may sleep.
extern const char SleepingFunctions[];
/// Names that a SleepingFunctions pattern would catch but that never sleep.
extern const char NonSleepingFunctions[];
/// Allocators whose `gfp_t` argument decides whether they may sleep (any
/// call passing a `gfp_t` argument counts too; these are recognised even
/// when the TU declares the flags as plain integers).
extern const char GfpAllocators[];
/// GFP flag spellings that allow direct reclaim, for TUs that do not define
/// the flags' values.
extern const char ReclaimingGfpFlags[];
/// GFP flag spellings that never sleep.
extern const char NonReclaimingGfpFlags[];
/// The bit of a GFP mask that allows sleeping in direct reclaim.
extern const char DirectReclaimMacro[];

} // namespace clang::tidy::kernel::tables

#endif
