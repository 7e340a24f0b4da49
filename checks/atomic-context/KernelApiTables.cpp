#include "KernelApiTables.h"

// Real kernel headers implement several of these as macros (spin_lock_irqsave,
// local_irq_save, preempt_disable, timer_setup); the checks match the macro
// name at the call site as well as the function name, so the public names
// suffice and the `_raw_*` internals need not be listed. Every entry is
// documented in docs/kernel-knowledge.md.
namespace clang::tidy::kernel::tables {

const char AtomicEnter[] =
    // Spinlocks (include/linux/spinlock.h): preemption off, and interrupts
    // or bottom halves with the _irq/_irqsave and _bh forms.
    "spin_lock:preempt;"
    "spin_lock_nested:preempt;"
    "spin_lock_nest_lock:preempt;"
    "spin_lock_irq:irqs-off;"
    "spin_lock_irqsave:irqs-off;"
    "spin_lock_irqsave_nested:irqs-off;"
    "spin_lock_bh:bh;"
    "raw_spin_lock:preempt;"
    "raw_spin_lock_nested:preempt;"
    "raw_spin_lock_irq:irqs-off;"
    "raw_spin_lock_irqsave:irqs-off;"
    "raw_spin_lock_irqsave_nested:irqs-off;"
    "raw_spin_lock_bh:bh;"
    // Reader-writer spinlocks (include/linux/rwlock.h).
    "read_lock:preempt;"
    "read_lock_irq:irqs-off;"
    "read_lock_irqsave:irqs-off;"
    "read_lock_bh:bh;"
    "write_lock:preempt;"
    "write_lock_irq:irqs-off;"
    "write_lock_irqsave:irqs-off;"
    "write_lock_bh:bh;"
    // Interrupts, preemption, bottom halves (irqflags.h, preempt.h,
    // bottom_half.h).
    "local_irq_disable:irqs-off;"
    "local_irq_save:irqs-off;"
    "preempt_disable:preempt;"
    "preempt_disable_notrace:preempt;"
    "local_bh_disable:bh;"
    // RCU read-side critical sections (rcupdate.h).
    "rcu_read_lock:rcu;"
    "rcu_read_lock_bh:bh;"
    "rcu_read_lock_sched:preempt;"
    // Per-CPU access with preemption off (smp.h, percpu-defs.h).
    "get_cpu:preempt;"
    "get_cpu_var:preempt;"
    "get_cpu_ptr:preempt;"
    // Atomic kmaps disable page faults and preemption (highmem.h).
    "kmap_atomic:preempt;"
    // Bit spinlocks (bit_spinlock.h).
    "bit_spin_lock:preempt;"
    // Sequence locks, writer side (seqlock.h).
    "write_seqlock:preempt;"
    "write_seqlock_irq:irqs-off;"
    "write_seqlock_irqsave:irqs-off;"
    "write_seqlock_bh:bh";

const char AtomicLeave[] =
    // Spinlocks.
    "spin_unlock;"
    "spin_unlock_irq;"
    "spin_unlock_irqrestore;"
    "spin_unlock_bh;"
    "raw_spin_unlock;"
    "raw_spin_unlock_irq;"
    "raw_spin_unlock_irqrestore;"
    "raw_spin_unlock_bh;"
    // Reader-writer spinlocks.
    "read_unlock;"
    "read_unlock_irq;"
    "read_unlock_irqrestore;"
    "read_unlock_bh;"
    "write_unlock;"
    "write_unlock_irq;"
    "write_unlock_irqrestore;"
    "write_unlock_bh;"
    // Interrupts, preemption, bottom halves.
    "local_irq_enable;"
    "local_irq_restore;"
    "preempt_enable;"
    "preempt_enable_notrace;"
    "preempt_enable_no_resched;"
    "local_bh_enable;"
    // RCU.
    "rcu_read_unlock;"
    "rcu_read_unlock_bh;"
    "rcu_read_unlock_sched;"
    // Per-CPU access.
    "put_cpu;"
    "put_cpu_var;"
    "put_cpu_ptr;"
    // Atomic kmaps.
    "kunmap_atomic;"
    // Bit spinlocks.
    "bit_spin_unlock;"
    "__bit_spin_unlock;"
    // Sequence locks.
    "write_sequnlock;"
    "write_sequnlock_irq;"
    "write_sequnlock_irqrestore;"
    "write_sequnlock_bh";

const char AtomicTryEnter[] =
    "spin_trylock:preempt;"
    "spin_trylock_irq:irqs-off;"
    "spin_trylock_irqsave:irqs-off;"
    "spin_trylock_bh:bh;"
    "raw_spin_trylock:preempt;"
    "raw_spin_trylock_irq:irqs-off;"
    "raw_spin_trylock_irqsave:irqs-off;"
    "raw_spin_trylock_bh:bh;"
    "read_trylock:preempt;"
    "write_trylock:preempt;"
    "bit_spin_trylock:preempt;"
    "spin_trylock_irqrestore:irqs-off";

const char AtomicRegistrations[] =
    // Interrupt handlers (kernel/irq/manage.c); the thread function of a
    // threaded IRQ runs in process context.
    "request_irq:1:hardirq;"
    "devm_request_irq:2:hardirq;"
    "request_threaded_irq:1:hardirq;"
    "devm_request_threaded_irq:2:hardirq;"
    "request_any_context_irq:1:hardirq;"
    // Timers and tasklets run in softirq context (kernel/time/timer.c,
    // kernel/softirq.c).
    "timer_setup:1:softirq;"
    "timer_setup_on_stack:1:softirq;"
    "tasklet_setup:1:softirq;"
    "tasklet_init:1:softirq;"
    // RCU callbacks (kernel/rcu/tree.c: rcu_do_batch in softirq context).
    "call_rcu:1:softirq;"
    "call_rcu_hurry:1:softirq";

const char CallbackFields[] = "";

const char SleepingFunctions[] =
    // Sleeping locks.
    "mutex_lock*;"
    "down;"
    "down_interruptible;"
    "down_killable;"
    "down_timeout;"
    "down_read*;"
    "down_write*;"
    // Sleeps and the scheduler.
    "msleep*;"
    "ssleep;"
    "usleep_range*;"
    "fsleep;"
    "schedule;"
    "schedule_timeout*;"
    "schedule_hrtimeout*;"
    "schedule_preempt_disabled;"
    "io_schedule*;"
    "cond_resched*;"
    "might_sleep*;"
    // Waiting.
    "wait_for_completion*;"
    "wait_event*;"
    // User memory (may fault).
    "copy_from_user;"
    "copy_to_user;"
    "get_user;"
    "put_user;"
    "clear_user;"
    "strncpy_from_user;"
    // Virtual memory.
    "vmalloc*;"
    "vzalloc*;"
    "kvmalloc*;"
    "kvzalloc*;"
    "kvcalloc;"
    "kvrealloc;"
    "vfree:unless-interrupt;"
    // Grace periods and flushes.
    "synchronize_rcu*;"
    "synchronize_net;"
    "synchronize_irq;"
    "flush_work;"
    "flush_workqueue;"
    "flush_delayed_work;"
    "flush_scheduled_work;"
    "cancel_work_sync;"
    "cancel_delayed_work_sync;"
    "destroy_workqueue;"
    // Firmware, threads, interrupts.
    "request_firmware*;"
    "kthread_stop*;"
    "free_irq;"
    "devm_free_irq;"
    "tasklet_kill";

const char NonSleepingFunctions[] =
    "*_trylock;"
    "mutex_lock_is_held;"
    "down_read_trylock;"
    "down_write_trylock;"
    "vmalloc_to_page;"
    "vmalloc_to_pfn;"
    "might_sleep_if_never";

const char LockDroppingWaits[] =
    "wait_event_lock_irq*;"
    "wait_event_interruptible_lock_irq*;"
    "wait_event_killable_lock_irq*;"
    "wait_event_cmd;"
    "wait_event_interruptible_locked*;"
    "wait_event_killable_locked*";

const char GfpAllocators[] =
    // Where a declaration has no `gfp_t` parameter (flags declared as plain
    // integers), the index says which argument holds the flags.
    // The slab allocators (include/linux/slab.h).
    "kmalloc*:1;"
    "kzalloc*:1;"
    "kcalloc*:2;"
    "kmalloc_array*:2;"
    "krealloc*:2;"
    "kstrdup*:1;"
    "kstrndup:2;"
    "kmemdup*:2;"
    "kasprintf:0;"
    "kvasprintf:0;"
    "kmem_cache_alloc*:1;"
    "kmem_cache_zalloc:1;"
    // The page allocator (include/linux/gfp.h).
    "__get_free_pages:0;"
    "__get_free_page:0;"
    "get_zeroed_page:0;"
    "alloc_pages*:0;"
    "alloc_page:0;"
    "__alloc_pages*:0;"
    // Managed allocations (include/linux/device.h).
    "devm_kmalloc*:2;"
    "devm_kzalloc:2;"
    "devm_kcalloc:3;"
    "devm_kstrdup:2;"
    "devm_kmemdup:3;"
    "devm_kasprintf:1;"
    // Socket buffers, pools, DMA, IDs.
    "alloc_skb*:1;"
    "mempool_alloc:1;"
    "dma_alloc_coherent:3;"
    "idr_alloc*:4;"
    "ida_alloc*:1;"
    // vmalloc-backed allocations (include/linux/slab.h).
    "kvmalloc*:1;"
    "kvzalloc*:1;"
    "kvcalloc:2";

const char ReclaimingGfpFlags[] =
    "GFP_KERNEL;"
    "GFP_NOFS;"
    "GFP_NOIO;"
    "GFP_USER;"
    "GFP_HIGHUSER;"
    "GFP_HIGHUSER_MOVABLE;"
    "GFP_KERNEL_ACCOUNT;"
    "__GFP_DIRECT_RECLAIM;"
    "__GFP_RECLAIM";

const char NonReclaimingGfpFlags[] =
    "GFP_ATOMIC;"
    "GFP_NOWAIT;"
    "GFP_DMA;"
    "0";

const char DirectReclaimMacro[] = "__GFP_DIRECT_RECLAIM";

} // namespace clang::tidy::kernel::tables
