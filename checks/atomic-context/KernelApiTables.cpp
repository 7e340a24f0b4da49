#include "KernelApiTables.h"

namespace clang::tidy::kernel::tables {

// Real kernel headers implement several of these as macros (spin_lock_irqsave,
// local_irq_save, preempt_disable, timer_setup); the checks match the macro
// name at the call site as well as the function name, so the public names
// suffice and the `_raw_*` internals need not be listed.
const char AtomicEnter[] =
    "spin_lock;spin_lock_irq;spin_lock_irqsave;spin_lock_bh;spin_lock_nested;"
    "spin_lock_irqsave_nested;spin_lock_nest_lock;"
    "raw_spin_lock;raw_spin_lock_irq;raw_spin_lock_irqsave;raw_spin_lock_bh;"
    "raw_spin_lock_nested;raw_spin_lock_irqsave_nested;"
    "read_lock;read_lock_irq;read_lock_irqsave;read_lock_bh;"
    "write_lock;write_lock_irq;write_lock_irqsave;write_lock_bh;"
    "local_irq_disable;local_irq_save;preempt_disable;preempt_disable_notrace;"
    "local_bh_disable;rcu_read_lock;rcu_read_lock_bh;rcu_read_lock_sched;"
    "get_cpu;get_cpu_var;get_cpu_ptr;kmap_atomic;bit_spin_lock;"
    "write_seqlock;write_seqlock_irq;write_seqlock_irqsave;write_seqlock_bh";

const char AtomicLeave[] =
    "spin_unlock;spin_unlock_irq;spin_unlock_irqrestore;spin_unlock_bh;"
    "raw_spin_unlock;raw_spin_unlock_irq;raw_spin_unlock_irqrestore;"
    "raw_spin_unlock_bh;"
    "read_unlock;read_unlock_irq;read_unlock_irqrestore;read_unlock_bh;"
    "write_unlock;write_unlock_irq;write_unlock_irqrestore;write_unlock_bh;"
    "local_irq_enable;local_irq_restore;preempt_enable;preempt_enable_notrace;"
    "preempt_enable_no_resched;local_bh_enable;rcu_read_unlock;"
    "rcu_read_unlock_bh;rcu_read_unlock_sched;put_cpu;put_cpu_var;put_cpu_ptr;"
    "kunmap_atomic;bit_spin_unlock;__bit_spin_unlock;"
    "write_sequnlock;write_sequnlock_irq;write_sequnlock_irqrestore;"
    "write_sequnlock_bh";

const char AtomicTryEnter[] =
    "spin_trylock;spin_trylock_irq;spin_trylock_irqsave;spin_trylock_bh;"
    "raw_spin_trylock;raw_spin_trylock_irq;raw_spin_trylock_irqsave;"
    "raw_spin_trylock_bh;read_trylock;write_trylock;bit_spin_trylock;"
    "spin_trylock_irqrestore";

const char AtomicRegistrations[] =
    "request_irq:1:hard-IRQ;devm_request_irq:2:hard-IRQ;"
    "request_threaded_irq:1:hard-IRQ;devm_request_threaded_irq:2:hard-IRQ;"
    "request_any_context_irq:1:hard-IRQ;"
    "timer_setup:1:timer;timer_setup_on_stack:1:timer;"
    "tasklet_setup:1:tasklet;tasklet_init:1:tasklet;"
    "call_rcu:1:RCU callback;call_rcu_hurry:1:RCU callback";

const char SleepingFunctions[] =
    "mutex_lock*;down;down_interruptible;down_killable;down_timeout;"
    "down_read*;down_write*;msleep*;ssleep;usleep_range*;fsleep;"
    "schedule;schedule_timeout*;schedule_hrtimeout*;schedule_preempt_disabled;"
    "io_schedule*;wait_for_completion*;wait_event*;"
    "copy_from_user;copy_to_user;get_user;put_user;clear_user;"
    "strncpy_from_user;might_sleep*;cond_resched*;"
    "vmalloc*;vzalloc*;kvmalloc*;kvzalloc*;kvcalloc;kvrealloc;vfree;"
    "synchronize_rcu*;synchronize_net;synchronize_irq;"
    "flush_work;flush_workqueue;flush_delayed_work;flush_scheduled_work;"
    "cancel_work_sync;cancel_delayed_work_sync;destroy_workqueue;"
    "request_firmware*;kthread_stop*;free_irq;devm_free_irq;"
    "del_timer_sync;timer_delete_sync;tasklet_kill";

const char NonSleepingFunctions[] =
    "*_trylock;mutex_lock_is_held;down_read_trylock;down_write_trylock;"
    "vmalloc_to_page;vmalloc_to_pfn;might_sleep_if_never";

const char GfpAllocators[] =
    "kmalloc*;kzalloc*;kcalloc*;kmalloc_array*;krealloc*;kstrdup*;kstrndup;"
    "kmemdup*;kasprintf;kvasprintf;kmem_cache_alloc*;kmem_cache_zalloc;"
    "__get_free_pages;__get_free_page;get_zeroed_page;alloc_pages*;alloc_page;"
    "__alloc_pages*;devm_kmalloc*;devm_kzalloc;devm_kcalloc;devm_kstrdup;"
    "devm_kmemdup;devm_kasprintf;alloc_skb*;dev_alloc_skb;netdev_alloc_skb;"
    "mempool_alloc;dma_alloc_coherent;idr_alloc*;ida_alloc*;kvmalloc*;"
    "kvzalloc*;kvcalloc";

const char ReclaimingGfpFlags[] =
    "GFP_KERNEL;GFP_NOFS;GFP_NOIO;GFP_USER;GFP_HIGHUSER;GFP_HIGHUSER_MOVABLE;"
    "GFP_KERNEL_ACCOUNT;__GFP_DIRECT_RECLAIM;__GFP_RECLAIM";

const char NonReclaimingGfpFlags[] = "GFP_ATOMIC;GFP_NOWAIT;GFP_DMA;0";

const char DirectReclaimMacro[] = "__GFP_DIRECT_RECLAIM";

} // namespace clang::tidy::kernel::tables
