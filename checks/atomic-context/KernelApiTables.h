#ifndef KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPITABLES_H
#define KERNEL_TIDY_CHECKS_ATOMIC_CONTEXT_KERNELAPITABLES_H

/// Built-in knowledge of the Linux kernel API (SPEC.md, "Linux kernel
/// knowledge built in", "Callback contexts"). Each table is the default value
/// of a check option in NameList syntax: entries separated by `;`, white
/// space (also newlines) around an entry ignored, `*` a wildcard in a name.
/// Users replace a table by setting its option and extend it through the
/// matching `Extra...` option. docs/kernel-knowledge.md documents every
/// entry against the Linux 6.1 source.
///
/// Contexts are one of a closed set of words:
///   hardirq   a hard interrupt handler (in_interrupt(), interrupts off)
///   softirq   softirq context: timers, tasklets, NAPI, RCU callbacks
///             (in_interrupt())
///   bh        bottom halves disabled (in_interrupt())
///   irqs-off  local interrupts disabled
///   preempt   preemption disabled
///   rcu       an RCU read-side critical section
///   atomic    atomic, of a kind not said
///   process   process context: may sleep (negative knowledge)
namespace clang::tidy::kernel::tables {

/// `name:context`: after the call the caller is one level deeper in atomic
/// context of that kind (`spin_lock_bh:bh`). Without `:context`, `atomic`.
extern const char AtomicEnter[];
/// `name`: the call leaves one level of atomic context.
extern const char AtomicLeave[];
/// `name:context`: enters atomic context only on the branch where the call
/// returned non-zero.
extern const char AtomicTryEnter[];
/// `name:argument[.field]:context`: the function passed at that argument (or
/// stored in that field of the structure it points to) is called by the
/// kernel in that context (`request_irq:1:hardirq`,
/// `atomic_notifier_chain_register:1.notifier_call:rcu`,
/// `INIT_WORK:1:process`). Macros are matched by name like functions.
extern const char AtomicRegistrations[];
/// `struct.field:context`: a function stored in that field of that
/// structure type, by designated initializer, aggregate initialisation,
/// assignment or an initialiser macro, is called by the kernel in that
/// context (`hrtimer.function:hardirq`,
/// `net_device_ops.ndo_start_xmit:bh`, `work_struct.func:process`).
extern const char CallbackFields[];

/// `name[:condition]`: calls that may sleep. The one condition is
/// `unless-interrupt`: the call sleeps only where in_interrupt() is false
/// (vfree() defers the free in interrupt context and under
/// local_bh_disable()).
extern const char SleepingFunctions[];
/// Names that a SleepingFunctions pattern would catch but that never sleep.
extern const char NonSleepingFunctions[];
/// Wait macros called with a spinlock held by design: they drop the lock
/// around the sleep and take it again (`wait_event_lock_irq`). Their
/// expansion is analysed call by call instead of as one sleeping call; the
/// condition runs with the lock held.
extern const char LockDroppingWaits[];
/// `name[:argument]`: allocators whose GFP argument decides whether they
/// may sleep. The flags are read from the argument of type `gfp_t`, or,
/// where the declaration has none (flags declared as plain integers), from
/// the argument the entry names. Any other call passing an argument to a
/// `gfp_t` parameter counts too.
extern const char GfpAllocators[];
/// GFP flag spellings that allow direct reclaim, for TUs that do not define
/// the flags' values.
extern const char ReclaimingGfpFlags[];
/// GFP flag spellings that never sleep.
extern const char NonReclaimingGfpFlags[];
/// `flags:replacement`: the fix-it offered for an allocation in atomic
/// context whose flags are spelled exactly `flags` (GFP_KERNEL ->
/// GFP_ATOMIC). It changes behaviour (the allocation no longer sleeps but
/// fails more often), so it is offered on a note, never applied by --fix.
extern const char AtomicGfpReplacements[];
/// The bit of a GFP mask that allows sleeping in direct reclaim.
extern const char DirectReclaimMacro[];

} // namespace clang::tidy::kernel::tables

#endif
