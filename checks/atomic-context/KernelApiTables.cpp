// Over 500 lines by design: this file is data (the defaults of
// kernel-atomic-context's list options), one entry a line, each group with
// the Linux 6.1 source that justifies it.
#include "KernelApiTables.h"

// Real kernel headers implement several of these as macros (spin_lock_irqsave,
// local_irq_save, preempt_disable, timer_setup); the checks match the macro
// name at the call site as well as the function name, so the public names
// suffice and the `_raw_*` internals need not be listed. Every entry was
// checked against Linux 6.1 (Debian's linux-source-6.1, 6.1.192, and the
// amd64 configuration of linux-headers-amd64) and is documented, with the
// source that shows it, in docs/kernel-knowledge.md.
namespace clang::tidy::kernel::tables {

const char AtomicEnter[] =
    // Spinlocks (include/linux/spinlock.h, spinlock_api_smp.h): preemption
    // off; the _irq/_irqsave forms also turn interrupts off, the _bh forms
    // disable bottom halves (__local_bh_disable_ip with SOFTIRQ_LOCK_OFFSET).
    "spin_lock:preempt;"
    "spin_lock_nested:preempt;"
    "spin_lock_nest_lock:preempt;"
    "spin_lock_irq:irqs-off;"
    "spin_lock_irqsave:irqs-off;"
    "spin_lock_irqsave_nested:irqs-off;"
    "spin_lock_bh:bh;"
    "raw_spin_lock:preempt;"
    "raw_spin_lock_nested:preempt;"
    "raw_spin_lock_nest_lock:preempt;"
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
    "write_lock_nested:preempt;"
    "write_lock_irq:irqs-off;"
    "write_lock_irqsave:irqs-off;"
    "write_lock_bh:bh;"
    // Local locks (include/linux/local_lock.h): preempt_disable() or
    // interrupts off on a kernel without PREEMPT_RT.
    "local_lock:preempt;"
    "local_lock_irq:irqs-off;"
    "local_lock_irqsave:irqs-off;"
    // Interrupts (include/linux/irqflags.h).
    "local_irq_disable:irqs-off;"
    "local_irq_save:irqs-off;"
    "raw_local_irq_disable:irqs-off;"
    "raw_local_irq_save:irqs-off;"
    // Preemption (include/linux/preempt.h).
    "preempt_disable:preempt;"
    "preempt_disable_notrace:preempt;"
    // Bottom halves (include/linux/bottom_half.h).
    "local_bh_disable:bh;"
    // RCU read-side critical sections (include/linux/rcupdate.h):
    // rcu_read_lock() only counts (CONFIG_PREEMPT_RCU), the _bh form
    // disables bottom halves, the _sched form preemption.
    "rcu_read_lock:rcu;"
    "rcu_read_lock_bh:bh;"
    "rcu_read_lock_sched:preempt;"
    "rcu_read_lock_sched_notrace:preempt;"
    // Per-CPU access with preemption off (include/linux/smp.h,
    // percpu-defs.h).
    "get_cpu:preempt;"
    "get_cpu_var:preempt;"
    "get_cpu_ptr:preempt;"
    // Atomic kmaps disable page faults and preemption
    // (include/linux/highmem-internal.h).
    "kmap_atomic:preempt;"
    "kmap_atomic_prot:preempt;"
    "kmap_atomic_pfn:preempt;"
    // Bit spinlocks (include/linux/bit_spinlock.h).
    "bit_spin_lock:preempt;"
    // Sequence locks, writer side (include/linux/seqlock.h): the spinlock
    // forms.
    "write_seqlock:preempt;"
    "write_seqlock_irq:irqs-off;"
    "write_seqlock_irqsave:irqs-off;"
    "write_seqlock_bh:bh";

const char AtomicLeave[] =
    // Spinlocks (include/linux/spinlock.h).
    "spin_unlock;"
    "spin_unlock_irq;"
    "spin_unlock_irqrestore;"
    "spin_unlock_bh;"
    "raw_spin_unlock;"
    "raw_spin_unlock_irq;"
    "raw_spin_unlock_irqrestore;"
    "raw_spin_unlock_bh;"
    // Reader-writer spinlocks (include/linux/rwlock.h).
    "read_unlock;"
    "read_unlock_irq;"
    "read_unlock_irqrestore;"
    "read_unlock_bh;"
    "write_unlock;"
    "write_unlock_irq;"
    "write_unlock_irqrestore;"
    "write_unlock_bh;"
    // Local locks (include/linux/local_lock.h).
    "local_unlock;"
    "local_unlock_irq;"
    "local_unlock_irqrestore;"
    // Interrupts (include/linux/irqflags.h).
    "local_irq_enable;"
    "local_irq_restore;"
    "raw_local_irq_enable;"
    "raw_local_irq_restore;"
    // Preemption (include/linux/preempt.h).
    "preempt_enable;"
    "preempt_enable_notrace;"
    "preempt_enable_no_resched;"
    "preempt_enable_no_resched_notrace;"
    // Bottom halves (include/linux/bottom_half.h).
    "local_bh_enable;"
    "local_bh_enable_ip;"
    // RCU (include/linux/rcupdate.h).
    "rcu_read_unlock;"
    "rcu_read_unlock_bh;"
    "rcu_read_unlock_sched;"
    "rcu_read_unlock_sched_notrace;"
    // Per-CPU access (include/linux/smp.h, percpu-defs.h).
    "put_cpu;"
    "put_cpu_var;"
    "put_cpu_ptr;"
    // Atomic kmaps (include/linux/highmem-internal.h).
    "kunmap_atomic;"
    // Bit spinlocks (include/linux/bit_spinlock.h).
    "bit_spin_unlock;"
    "__bit_spin_unlock;"
    // Sequence locks (include/linux/seqlock.h).
    "write_sequnlock;"
    "write_sequnlock_irq;"
    "write_sequnlock_irqrestore;"
    "write_sequnlock_bh";

const char AtomicTryEnter[] =
    // Spinlocks (include/linux/spinlock.h): on failure the preemption (and
    // interrupt, bottom-half) state is restored before returning 0.
    "spin_trylock:preempt;"
    "spin_trylock_irq:irqs-off;"
    "spin_trylock_irqsave:irqs-off;"
    "spin_trylock_bh:bh;"
    "raw_spin_trylock:preempt;"
    "raw_spin_trylock_irq:irqs-off;"
    "raw_spin_trylock_irqsave:irqs-off;"
    "raw_spin_trylock_bh:bh;"
    // Reader-writer spinlocks (include/linux/rwlock.h).
    "read_trylock:preempt;"
    "write_trylock:preempt;"
    "write_trylock_irqsave:irqs-off;"
    // Bit spinlocks (include/linux/bit_spinlock.h).
    "bit_spin_trylock:preempt;"
    // Reference counts that take the lock when they drop to zero
    // (include/linux/spinlock.h, refcount.h): true means locked.
    "atomic_dec_and_lock:preempt;"
    "atomic_dec_and_lock_irqsave:irqs-off;"
    "refcount_dec_and_lock:preempt;"
    "refcount_dec_and_lock_irqsave:irqs-off";

const char AtomicRegistrations[] =
    // Interrupt handlers (include/linux/interrupt.h, kernel/irq/manage.c,
    // kernel/irq/devres.c): the primary handler runs in hard-IRQ context
    // (or, with forced threading, in a thread with bottom halves and
    // interrupts off: atomic either way).
    "request_irq:1:hardirq;"
    "devm_request_irq:2:hardirq;"
    "request_threaded_irq:1:hardirq;"
    "devm_request_threaded_irq:2:hardirq;"
    "request_any_context_irq:1:hardirq;"
    "devm_request_any_context_irq:2:hardirq;"
    "request_percpu_irq:1:hardirq;"
    "request_nmi:1:hardirq;"
    // The thread function of a threaded interrupt: irq_thread(), a kthread.
    "request_threaded_irq:2:process;"
    "devm_request_threaded_irq:3:process;"
    // Timers (include/linux/timer.h, kernel/time/timer.c): TIMER_SOFTIRQ.
    "timer_setup:1:softirq;"
    "timer_setup_on_stack:1:softirq;"
    "DEFINE_TIMER:1:softirq;"
    // Tasklets and softirqs (include/linux/interrupt.h, kernel/softirq.c):
    // TASKLET_SOFTIRQ / HI_SOFTIRQ.
    "tasklet_setup:1:softirq;"
    "tasklet_init:1:softirq;"
    "DECLARE_TASKLET:1:softirq;"
    "DECLARE_TASKLET_DISABLED:1:softirq;"
    "DECLARE_TASKLET_OLD:1:softirq;"
    "DECLARE_TASKLET_DISABLED_OLD:1:softirq;"
    "open_softirq:1:softirq;"
    // RCU callbacks (include/linux/rcupdate.h, kernel/rcu/tree.c,
    // srcutree.c, tasks.h): rcu_do_batch in RCU_SOFTIRQ or in a kthread with
    // bottom halves disabled; SRCU and RCU Tasks callbacks under
    // local_bh_disable().
    "call_rcu:1:softirq;"
    "call_srcu:2:bh;"
    "call_rcu_tasks:1:bh;"
    // irq_work (include/linux/irq_work.h, kernel/irq_work.c): the irq_work
    // interrupt or the tick.
    "init_irq_work:1:hardirq;"
    "IRQ_WORK_INIT:0:hardirq;"
    "IRQ_WORK_INIT_LAZY:0:hardirq;"
    "IRQ_WORK_INIT_HARD:0:hardirq;"
    "DEFINE_IRQ_WORK:1:hardirq;"
    // Cross-CPU calls (include/linux/smp.h, kernel/smp.c): the IPI handler
    // on other CPUs, and with interrupts off on the calling CPU; the
    // condition of on_each_cpu_cond*() runs with preemption off.
    "smp_call_function:0:hardirq;"
    "smp_call_function_many:1:hardirq;"
    "smp_call_function_single:1:irqs-off;"
    "smp_call_function_any:1:irqs-off;"
    "on_each_cpu:0:irqs-off;"
    "on_each_cpu_mask:1:irqs-off;"
    "on_each_cpu_cond:0:preempt;"
    "on_each_cpu_cond:1:irqs-off;"
    "on_each_cpu_cond_mask:0:preempt;"
    "on_each_cpu_cond_mask:1:irqs-off;"
    "INIT_CSD:1:irqs-off;"
    "CSD_INIT:0:irqs-off;"
    // URB completion handlers (include/linux/usb.h, drivers/usb/core/hcd.c):
    // hard-IRQ behind host controllers without HCD_BH (ohci, uhci, musb),
    // a tasklet behind the others (ehci, xhci, dwc2).
    "usb_fill_control_urb:6:hardirq;"
    "usb_fill_bulk_urb:5:hardirq;"
    "usb_fill_int_urb:5:hardirq;"
    // NAPI poll (include/linux/netdevice.h, net/core/dev.c): net_rx_action
    // in NET_RX_SOFTIRQ, busy polling with bottom halves off, netpoll with
    // interrupts off.
    "netif_napi_add:2:softirq;"
    "netif_napi_add_weight:2:softirq;"
    "netif_napi_add_tx:2:softirq;"
    "netif_napi_add_tx_weight:2:softirq;"
    // Atomic notifier chains (include/linux/notifier.h, kernel/notifier.c):
    // atomic_notifier_call_chain() runs the blocks under rcu_read_lock().
    "atomic_notifier_chain_register:1.notifier_call:rcu;"
    "atomic_notifier_chain_register_unique_prio:1.notifier_call:rcu;"
    "register_die_notifier:0.notifier_call:rcu;"
    "register_restart_handler:0.notifier_call:rcu;"
    "register_netevent_notifier:0.notifier_call:rcu;"
    "register_inet6addr_notifier:0.notifier_call:rcu;"
    "register_vt_notifier:0.notifier_call:rcu;"
    "register_keyboard_notifier:0.notifier_call:irqs-off;"
    "cpu_pm_register_notifier:0.notifier_call:irqs-off;"
    // Blocking notifier chains (include/linux/notifier.h, kernel/notifier.c):
    // called under down_read() of the chain's rw-semaphore, or under the
    // RTNL mutex, in process context.
    "blocking_notifier_chain_register:1.notifier_call:process;"
    "blocking_notifier_chain_register_unique_prio:1.notifier_call:process;"
    "srcu_notifier_chain_register:1.notifier_call:process;"
    "register_reboot_notifier:0.notifier_call:process;"
    "register_pm_notifier:0.notifier_call:process;"
    "register_oom_notifier:0.notifier_call:process;"
    "register_module_notifier:0.notifier_call:process;"
    "register_inetaddr_notifier:0.notifier_call:process;"
    "register_netdevice_notifier:0.notifier_call:process;"
    "usb_register_notify:0.notifier_call:process;"
    // Work items (include/linux/workqueue.h, kernel/workqueue.c:
    // process_one_work in a kworker) and kthread work (kthread.h).
    "INIT_WORK:1:process;"
    "INIT_WORK_ONSTACK:1:process;"
    "INIT_DELAYED_WORK:1:process;"
    "INIT_DELAYED_WORK_ONSTACK:1:process;"
    "INIT_DEFERRABLE_WORK:1:process;"
    "INIT_DEFERRABLE_WORK_ONSTACK:1:process;"
    "INIT_RCU_WORK:1:process;"
    "INIT_RCU_WORK_ONSTACK:1:process;"
    "DECLARE_WORK:1:process;"
    "DECLARE_DELAYED_WORK:1:process;"
    "DECLARE_DEFERRABLE_WORK:1:process;"
    "kthread_init_work:1:process;"
    "kthread_init_delayed_work:1:process;"
    "DEFINE_KTHREAD_WORK:1:process;"
    "DEFINE_KTHREAD_DELAYED_WORK:1:process;"
    // Kernel threads (include/linux/kthread.h, kernel/kthread.c: kthread).
    "kthread_create:0:process;"
    "kthread_run:0:process;"
    "kthread_create_on_node:0:process;"
    "kthread_create_on_cpu:0:process;"
    "kthread_run_on_cpu:0:process;"
    // Functions run by a work item on another CPU (kernel/smp.c,
    // kernel/workqueue.c) and the firmware continuation
    // (drivers/base/firmware_loader/main.c: request_firmware_work_func).
    "smp_call_on_cpu:1:process;"
    "work_on_cpu:1:process;"
    "work_on_cpu_safe:1:process;"
    "request_firmware_nowait:6:process";

const char CallbackFields[] =
    // Timers (include/linux/hrtimer.h, kernel/time/hrtimer.c): hard-IRQ
    // unless hrtimer_init() was given a *_SOFT mode (then HRTIMER_SOFTIRQ).
    "hrtimer.function:hardirq;"
    // include/linux/timer.h, kernel/time/timer.c: TIMER_SOFTIRQ.
    "timer_list.function:softirq;"
    // Tasklets (include/linux/interrupt.h, kernel/softirq.c).
    "tasklet_struct.func:softirq;"
    "tasklet_struct.callback:softirq;"
    // irq_work (include/linux/irq_work.h) and cross-CPU calls
    // (include/linux/smp.h).
    "irq_work.func:hardirq;"
    "__call_single_data.func:irqs-off;"
    // NAPI (include/linux/netdevice.h, net/core/dev.c).
    "napi_struct.poll:softirq;"
    // URB completion (include/linux/usb.h, drivers/usb/core/hcd.c).
    "urb.complete:hardirq;"
    // Network device operations (include/linux/netdevice.h, net/core/dev.c,
    // net/sched/sch_generic.c, Documentation/networking/netdevices.rst).
    "net_device_ops.ndo_start_xmit:bh;"
    "net_device_ops.ndo_select_queue:bh;"
    "net_device_ops.ndo_features_check:bh;"
    "net_device_ops.ndo_set_rx_mode:bh;"
    "net_device_ops.ndo_tx_timeout:softirq;"
    "net_device_ops.ndo_get_stats:rcu;"
    "net_device_ops.ndo_get_stats64:rcu;"
    "net_device_ops.ndo_poll_controller:irqs-off;"
    "net_device_ops.ndo_open:process;"
    "net_device_ops.ndo_stop:process;"
    "net_device_ops.ndo_eth_ioctl:process;"
    "net_device_ops.ndo_siocdevprivate:process;"
    "net_device_ops.ndo_change_mtu:process;"
    "net_device_ops.ndo_set_mac_address:process;"
    // DMA engine completion callbacks (include/linux/dmaengine.h): always
    // invoked from the DMA engine's tasklet
    // (Documentation/driver-api/dmaengine/client.rst).
    "dma_async_tx_descriptor.callback:softirq;"
    "dma_async_tx_descriptor.callback_result:softirq;"
    // Input devices (include/linux/input.h, drivers/input/input.c): under
    // dev->event_lock taken with spin_lock_irqsave().
    "input_dev.event:irqs-off;"
    // Interrupt chips (include/linux/irq.h, kernel/irq/chip.c, manage.c):
    // under the descriptor's raw spinlock with interrupts off; the bus lock
    // callbacks are where slow-bus chips may sleep.
    "irq_chip.irq_ack:irqs-off;"
    "irq_chip.irq_mask:irqs-off;"
    "irq_chip.irq_mask_ack:irqs-off;"
    "irq_chip.irq_unmask:irqs-off;"
    "irq_chip.irq_eoi:irqs-off;"
    "irq_chip.irq_set_type:irqs-off;"
    "irq_chip.irq_set_wake:irqs-off;"
    "irq_chip.irq_bus_lock:process;"
    "irq_chip.irq_bus_sync_unlock:process;"
    // Clock providers (include/linux/clk-provider.h, drivers/clk/clk.c):
    // enable/disable under the enable_lock spinlock with interrupts off,
    // prepare/unprepare/set_rate under the prepare_lock mutex.
    "clk_ops.enable:irqs-off;"
    "clk_ops.disable:irqs-off;"
    "clk_ops.prepare:process;"
    "clk_ops.unprepare:process;"
    "clk_ops.set_rate:process;"
    // Serial port drivers (include/linux/serial_core.h,
    // drivers/tty/serial/serial_core.c): under port->lock with interrupts
    // off.
    "uart_ops.start_tx:irqs-off;"
    "uart_ops.stop_tx:irqs-off;"
    "uart_ops.stop_rx:irqs-off;"
    "uart_ops.set_mctrl:irqs-off;"
    // Work items and kthread work (include/linux/workqueue.h, kthread.h):
    // a worker thread.
    "work_struct.func:process;"
    "kthread_work.func:process;"
    // Driver model callbacks (include/linux/device/driver.h,
    // platform_device.h, pci.h, usb.h, i2c.h, spi/spi.h): really_probe()
    // and device_remove() with the device lock (a mutex) held.
    "device_driver.probe:process;"
    "device_driver.remove:process;"
    "platform_driver.probe:process;"
    "platform_driver.remove:process;"
    "pci_driver.probe:process;"
    "pci_driver.remove:process;"
    "usb_driver.probe:process;"
    "usb_driver.disconnect:process;"
    "i2c_driver.probe:process;"
    "i2c_driver.probe_new:process;"
    "i2c_driver.remove:process;"
    "spi_driver.probe:process;"
    "spi_driver.remove:process;"
    // File operations (include/linux/fs.h): system calls.
    "file_operations.open:process;"
    "file_operations.release:process;"
    "file_operations.read:process;"
    "file_operations.write:process;"
    "file_operations.read_iter:process;"
    "file_operations.write_iter:process;"
    "file_operations.unlocked_ioctl:process;"
    "file_operations.compat_ioctl:process;"
    "file_operations.mmap:process;"
    "file_operations.poll:process;"
    "file_operations.llseek:process;"
    "file_operations.flush:process;"
    "file_operations.fsync:process;"
    // Hardware random number generators (include/linux/hw_random.h,
    // drivers/char/hw_random/core.c): under reading_mutex.
    "hwrng.read:process";

const char SleepingFunctions[] =
    // Sleeping locks (include/linux/mutex.h, rtmutex.h, ww_mutex.h,
    // semaphore.h, rwsem.h, percpu-rwsem.h, net/sock.h).
    "mutex_lock*;"
    "rt_mutex_lock*;"
    "ww_mutex_lock*;"
    "atomic_dec_and_mutex_lock;"
    "down;"
    "down_interruptible;"
    "down_killable;"
    "down_timeout;"
    "down_read*;"
    "down_write*;"
    "percpu_down_read;"
    "percpu_down_write;"
    "lock_sock;"
    "lock_sock_nested;"
    // Sleeps and the scheduler (include/linux/delay.h, sched.h, kernel.h,
    // workqueue.h).
    "msleep*;"
    "ssleep;"
    "usleep_range*;"
    "usleep_idle_range;"
    "fsleep;"
    "schedule;"
    "schedule_timeout*;"
    "schedule_hrtimeout*;"
    "io_schedule;"
    "io_schedule_timeout;"
    "yield;"
    "cond_resched;"
    "cond_resched_tasks_rcu_qs;"
    "might_sleep;"
    // What those macros call inside the kernel's own sources, which the
    // kernel database is derived from: might_sleep() is __might_sleep() with
    // CONFIG_DEBUG_ATOMIC_SLEEP, might_fault() is __might_fault() (which
    // calls __might_sleep() unless page faults are disabled), and
    // cond_resched() and, with CONFIG_PREEMPT_VOLUNTARY, might_sleep() end
    // in __cond_resched() (include/linux/kernel.h, sched.h; mm/memory.c;
    // kernel/sched/core.c). Their bodies only check or yield: without these
    // entries the functions that call them would not sleep. __might_resched()
    // is not one: cond_resched_lock() calls it with the lock held.
    "__might_sleep;"
    "might_fault;"
    "__might_fault;"
    "_cond_resched;"
    "__cond_resched;"
    "schedule_on_each_cpu;"
    // Waiting (include/linux/completion.h, wait.h, wait_bit.h, swait.h,
    // rcuwait.h).
    "wait_for_completion*;"
    "wait_event*;"
    "io_wait_event;"
    "wait_var_event*;"
    "wait_on_bit*;"
    "swait_event*;"
    "rcuwait_wait_event;"
    "wait_woken;"
    // User memory: faults may sleep (include/linux/uaccess.h,
    // arch/x86/include/asm/uaccess.h, include/linux/string.h, mm.h).
    "copy_from_user;"
    "copy_to_user;"
    "__copy_from_user;"
    "__copy_to_user;"
    "get_user;"
    "put_user;"
    "__get_user;"
    "__put_user;"
    "clear_user;"
    "strncpy_from_user;"
    "strnlen_user;"
    "copy_struct_from_user;"
    "memdup_user;"
    "memdup_user_nul;"
    "vmemdup_user;"
    "strndup_user;"
    "get_user_pages;"
    "get_user_pages_fast;"
    "get_user_pages_remote;"
    "get_user_pages_unlocked;"
    "pin_user_pages;"
    "pin_user_pages_fast;"
    "pin_user_pages_remote;"
    "pin_user_pages_unlocked;"
    // Virtual memory (include/linux/vmalloc.h, mm/vmalloc.c, mm/util.c):
    // alloc_vmap_area() calls might_sleep() whatever the GFP flags; vfree()
    // defers the free when in_interrupt().
    "vmalloc;"
    "vmalloc_user;"
    "vmalloc_node;"
    "vmalloc_32;"
    "vmalloc_32_user;"
    "vmalloc_huge;"
    "vmalloc_array;"
    "vzalloc;"
    "vzalloc_node;"
    "vcalloc;"
    "__vmalloc;"
    "__vmalloc_node;"
    "__vcalloc;"
    "__vmalloc_array;"
    "vmap;"
    "vunmap;"
    "vm_map_ram;"
    "vm_unmap_ram;"
    "vfree:unless-interrupt;"
    "kvfree:unless-interrupt;"
    "kvfree_sensitive:unless-interrupt;"
    "ioremap;"
    "ioremap_cache;"
    "ioremap_uc;"
    "ioremap_wc;"
    "ioremap_wt;"
    "ioremap_prot;"
    "ioremap_encrypted;"
    "iounmap;"
    // Grace periods and barriers (include/linux/rcupdate.h, srcu.h,
    // netdevice.h, hardirq.h).
    "synchronize_rcu*;"
    "synchronize_srcu*;"
    "rcu_barrier;"
    "rcu_barrier_tasks;"
    "rcu_barrier_tasks_rude;"
    "rcu_barrier_tasks_trace;"
    "srcu_barrier;"
    "synchronize_net;"
    "synchronize_irq;"
    // Work queues and kthreads (include/linux/workqueue.h, kthread.h).
    "flush_work;"
    "flush_delayed_work;"
    "flush_rcu_work;"
    "flush_workqueue;"
    "flush_scheduled_work;"
    "drain_workqueue;"
    "cancel_work_sync;"
    "cancel_delayed_work_sync;"
    "destroy_workqueue;"
    "alloc_workqueue;"
    "alloc_ordered_workqueue;"
    "create_workqueue;"
    "create_singlethread_workqueue;"
    "kthread_create;"
    "kthread_create_on_node;"
    "kthread_run;"
    "kthread_create_on_cpu;"
    "kthread_run_on_cpu;"
    "kthread_stop*;"
    "kthread_park;"
    "kthread_flush_work;"
    "kthread_flush_worker;"
    "kthread_cancel_work_sync;"
    "kthread_cancel_delayed_work_sync;"
    "kthread_destroy_worker;"
    // Interrupts and tasklets (include/linux/interrupt.h,
    // kernel/irq/manage.c, kernel/softirq.c).
    "request_irq;"
    "request_threaded_irq;"
    "request_any_context_irq;"
    "devm_request_irq;"
    "devm_request_threaded_irq;"
    "free_irq;"
    "devm_free_irq;"
    "disable_irq;"
    "tasklet_kill;"
    "tasklet_disable;"
    "tasklet_unlock_wait;"
    // Firmware (include/linux/firmware.h,
    // drivers/base/firmware_loader/main.c).
    "request_firmware;"
    "request_firmware_direct;"
    "request_firmware_into_buf;"
    "request_partial_firmware_into_buf;"
    "firmware_request_nowarn;"
    "firmware_request_platform;"
    "firmware_request_cache;"
    // Driver model, sysfs, debugfs, character devices
    // (include/linux/device.h, sysfs.h, debugfs.h, miscdevice.h, cdev.h,
    // fs.h, slab.h).
    "device_create;"
    "device_destroy;"
    "device_register;"
    "device_unregister;"
    "device_add;"
    "device_del;"
    "sysfs_create_group;"
    "sysfs_create_groups;"
    "sysfs_remove_group;"
    "sysfs_create_file;"
    "sysfs_remove_file;"
    "sysfs_notify;"
    "debugfs_create_*;"
    "debugfs_remove;"
    "debugfs_remove_recursive;"
    "misc_register;"
    "misc_deregister;"
    "alloc_chrdev_region;"
    "register_chrdev_region;"
    "cdev_add;"
    "kmem_cache_create;"
    "kmem_cache_create_usercopy;"
    "kmem_cache_destroy;"
    // Files (include/linux/fs.h).
    "filp_open;"
    "filp_close;"
    "kernel_read;"
    "kernel_write;"
    // Runtime power management (include/linux/pm_runtime.h,
    // drivers/base/power/runtime.c): the synchronous forms, unless the
    // device was marked pm_runtime_irq_safe().
    "pm_runtime_get_sync;"
    "pm_runtime_resume_and_get;"
    "pm_runtime_resume;"
    "pm_runtime_suspend;"
    "pm_runtime_put_sync;"
    "pm_runtime_put_sync_suspend;"
    "pm_runtime_put_sync_autosuspend;"
    "pm_runtime_disable;"
    // Clocks (include/linux/clk.h, drivers/clk/clk.c, clkdev.c,
    // clk-devres.c): the prepare_lock and clocks_mutex mutexes.
    "clk_get;"
    "clk_put;"
    "devm_clk_get*;"
    "clk_prepare;"
    "clk_unprepare;"
    "clk_prepare_enable;"
    "clk_disable_unprepare;"
    "clk_bulk_prepare;"
    "clk_bulk_unprepare;"
    "clk_bulk_prepare_enable;"
    "clk_bulk_disable_unprepare;"
    "clk_get_rate;"
    "clk_set_rate;"
    "clk_round_rate;"
    "clk_set_parent;"
    // Regulators (include/linux/regulator/consumer.h,
    // drivers/regulator/core.c): regulator_list_mutex and the ww-mutexes of
    // the regulator devices.
    "regulator_get;"
    "regulator_get_optional;"
    "regulator_put;"
    "devm_regulator_get;"
    "devm_regulator_get_optional;"
    "regulator_enable;"
    "regulator_disable;"
    "regulator_is_enabled;"
    "regulator_set_voltage;"
    "regulator_get_voltage;"
    "regulator_bulk_enable;"
    "regulator_bulk_disable;"
    // GPIO lines that may sit behind a slow bus (include/linux/gpio/consumer.h,
    // gpio.h).
    "*_cansleep;"
    // I2C and SPI (include/linux/i2c.h, drivers/i2c/i2c-core-base.c,
    // i2c-core-smbus.c; include/linux/spi/spi.h, drivers/spi/spi.c): the bus
    // lock is an rt_mutex / mutex, transfers wait for completion.
    "i2c_transfer;"
    "i2c_transfer_buffer_flags;"
    "i2c_master_send;"
    "i2c_master_recv;"
    "i2c_smbus_xfer;"
    "i2c_smbus_read_byte;"
    "i2c_smbus_write_byte;"
    "i2c_smbus_read_byte_data;"
    "i2c_smbus_write_byte_data;"
    "i2c_smbus_read_word_data;"
    "i2c_smbus_write_word_data;"
    "i2c_smbus_read_word_swapped;"
    "i2c_smbus_write_word_swapped;"
    "i2c_smbus_read_block_data;"
    "i2c_smbus_write_block_data;"
    "i2c_smbus_read_i2c_block_data;"
    "i2c_smbus_write_i2c_block_data;"
    "spi_sync;"
    "spi_sync_transfer;"
    "spi_sync_locked;"
    "spi_write;"
    "spi_read;"
    "spi_write_then_read;"
    "spi_w8r8;"
    "spi_w8r16;"
    "spi_w8r16be;"
    "spi_bus_lock;"
    // USB (include/linux/usb.h, drivers/usb/core/message.c, urb.c, hub.c,
    // driver.c, file.c).
    "usb_control_msg*;"
    "usb_bulk_msg*;"
    "usb_interrupt_msg;"
    "usb_kill_urb;"
    "usb_poison_urb;"
    "usb_kill_anchored_urbs;"
    "usb_poison_anchored_urbs;"
    "usb_wait_anchor_empty_timeout;"
    "usb_get_descriptor;"
    "usb_string;"
    "usb_clear_halt;"
    "usb_set_interface;"
    "usb_reset_configuration;"
    "usb_set_configuration;"
    "usb_reset_device;"
    "usb_driver_claim_interface;"
    "usb_autopm_get_interface;"
    "usb_register_driver;"
    "usb_deregister;"
    "usb_register_dev;"
    "usb_deregister_dev;"
    // Network devices (include/linux/netdevice.h, etherdevice.h,
    // rtnetlink.h, net/core/dev.c, rtnetlink.c, net/ethernet/eth.c).
    "rtnl_lock;"
    "rtnl_lock_killable;"
    "rtnl_unlock;"
    "register_netdev;"
    "unregister_netdev;"
    "register_netdevice;"
    "unregister_netdevice;"
    "free_netdev;"
    "alloc_netdev*;"
    "alloc_etherdev*;"
    "devm_alloc_etherdev*;"
    "napi_disable;"
    "netif_napi_del;"
    // Crypto API (include/crypto/*.h, crypto/api.c): crypto_alloc_tfm_node()
    // may load a module and allocates with GFP_KERNEL.
    "crypto_alloc_*";

const char NonSleepingFunctions[] =
    // Every trylock returns instead of waiting (SPEC.md).
    "*_trylock;"
    // The asynchronous runtime-PM calls (include/linux/pm_runtime.h): they
    // pass RPM_ASYNC to __pm_runtime_resume/_idle/_suspend, whose
    // might_sleep_if() tests that flag, and only queue work. The kernel
    // database, which cannot see the flag, says those functions sleep.
    "pm_runtime_get;"
    "pm_runtime_put;"
    "pm_runtime_put_autosuspend;"
    "pm_request_idle;"
    "pm_request_resume;"
    "pm_request_autosuspend;"
    // GPIO queries that match *_cansleep but only read a flag
    // (drivers/gpio/gpiolib.c).
    "gpiod_cansleep;"
    // Asynchronous URB cancellation (drivers/usb/core/urb.c, message.c):
    // usb_unlink_urb() only asks the HCD to give the URB back, and is
    // meant for completion handlers and timers; usb_sg_cancel() unlinks
    // the request's URBs under io->lock. The kernel database reaches a
    // sleep through usb_put_dev()'s last-reference release, which a
    // driver holding the URB never triggers.
    "usb_unlink_urb;"
    "usb_sg_cancel;"
    "gpio_cansleep;"
    "__gpio_cansleep;"
    // printk() may be called from any context (kernel/printk/printk.c):
    // vprintk_emit() only flushes consoles after console_trylock_spinning(),
    // which clears console_may_schedule, so console_flush_all()'s
    // cond_resched() is not reached from it. The map step of the kernel
    // database would otherwise say that every function that may print
    // (WARN(), dev_err()) may sleep; printk's own recursion on errors
    // (printk_ringbuffer.c) made that a cycle.
    "_printk;"
    "vprintk;"
    "vprintk_default;"
    "vprintk_emit;"
    "__warn_printk;"
    // console_unlock() "may be called from any context" (its comment in
    // kernel/printk/printk.c): it reschedules only when console_lock(),
    // which sleeps, took the console.
    "console_unlock;"
    // The perf PMU's add and del callbacks for trace events
    // (kernel/trace/trace_event_perf.c), called with interrupts off: they
    // call the event class's reg() with TRACE_REG_PERF_ADD/DEL, which every
    // reg() the kernel stores (trace_event_reg, kprobe_register,
    // eprobe_register, ...) answers without sleeping; the same reg() sleeps
    // for TRACE_REG_REGISTER, and the kernel database, which resolves the
    // call through trace_event_class.reg but not the switch on its command,
    // would say they sleep.
    "perf_trace_add;"
    "perf_trace_del;"
    // Dropping a reference (lib/kobject.c, drivers/base/core.c,
    // drivers/usb/core/usb.c): the last put of a kobject frees it, and
    // removes it from sysfs (which sleeps) only if it is still there, which
    // the device model's own order rules out (device_del() removes a
    // device from sysfs, in process context, before its last reference
    // goes). The kernel database follows that path (kobject_cleanup() ->
    // kobject_del()) and would make every put in a timer or an IRQ handler
    // a finding.
    "put_device;"
    "kobject_put;"
    "usb_put_dev;"
    "usb_put_intf;"
    // Raw and bulk regmap writes (drivers/base/regmap/regmap.c) sleep or
    // spin as the regmap does, like regmap_write(): a fast_io or MMIO map
    // takes a spinlock and allocates with GFP_ATOMIC (map->alloc_flags),
    // an I2C or SPI map sleeps on its bus. The kernel database reaches a
    // sleep only through the asynchronous path (kzalloc(GFP_KERNEL) when
    // map->async, which regmap_raw_write_async() alone sets), so it is not
    // left to decide them.
    // kfree_rcu(ptr, field) and kvfree_rcu(ptr, field) (include/linux/
    // rcupdate.h) call kvfree_call_rcu(head, ptr), which queues the object;
    // only the single-argument form passes a NULL head and may wait
    // (kernel/rcu/tree.c: might_sleep() when !head), and the database,
    // which does not see the argument, said it always may.
    "kvfree_call_rcu;"
    // USB buffers (drivers/usb/core/buffer.c): hcd_buffer_free() gives a
    // buffer of up to 2048 bytes back to the HCD's dma_pool, with a local
    // memory pool or without DMA it uses gen_pool_free() or kfree(); only a
    // larger buffer goes to dma_free_coherent(), whose vunmap() of a
    // remapped buffer may sleep on architectures that remap (not x86's
    // dma-direct). Completion handlers free their endpoint-sized buffers
    // this way everywhere (ucan: five findings in the wide corpus).
    "usb_free_coherent;"
    "regmap_raw_write;"
    "regmap_bulk_write;"
    "regmap_noinc_write";

const char LockDroppingWaits[] =
    // Wait macros of include/linux/wait.h called with a spinlock held: they
    // release it around schedule() and take it again; the condition is
    // tested with the lock held.
    "wait_event_lock_irq;"
    "wait_event_lock_irq_cmd;"
    "wait_event_lock_irq_timeout;"
    "wait_event_interruptible_lock_irq;"
    "wait_event_interruptible_lock_irq_cmd;"
    "wait_event_interruptible_lock_irq_timeout;"
    "wait_event_interruptible_locked;"
    "wait_event_interruptible_locked_irq;"
    "wait_event_interruptible_exclusive_locked;"
    "wait_event_interruptible_exclusive_locked_irq;"
    // The out-of-line sleep of the _locked forms (kernel/sched/wait.c):
    // spin_unlock(&wq->lock); schedule(); spin_lock(&wq->lock).
    "do_wait_intr;"
    "do_wait_intr_irq;"
    // Run cmd1 before schedule() and cmd2 after it: the caller's unlock and
    // lock (include/linux/wait.h).
    "wait_event_cmd;"
    "wait_event_exclusive_cmd;"
    // Called with the lock (or RCU read lock) held; drop it to reschedule
    // (include/linux/sched.h).
    "cond_resched_lock;"
    "cond_resched_rwlock_read;"
    "cond_resched_rwlock_write;"
    "cond_resched_rcu;"
    // Called with preemption disabled: enables it around schedule()
    // (kernel/sched/core.c).
    "schedule_preempt_disabled";

const char GfpAllocators[] =
    // The allocators' own annotation (include/linux/sched/mm.h):
    // might_alloc(gfp) is might_sleep_if(gfpflags_allow_blocking(gfp)), so a
    // kernel function that calls it with its caller's flags sleeps with
    // those flags, not always.
    "might_alloc:0;"
    // Slab (include/linux/slab.h): `name:index of the gfp_t argument`.
    "kmalloc:1;"
    "kzalloc:1;"
    "kmalloc_node:1;"
    "kzalloc_node:1;"
    "kcalloc:2;"
    "kcalloc_node:2;"
    "kmalloc_array:2;"
    "kmalloc_array_node:2;"
    "krealloc:2;"
    "krealloc_array:3;"
    "kmalloc_track_caller:1;"
    "kmalloc_node_track_caller:1;"
    "__kmalloc:1;"
    "__kmalloc_node:1;"
    "kmem_cache_alloc:1;"
    "kmem_cache_zalloc:1;"
    "kmem_cache_alloc_node:1;"
    "kmem_cache_alloc_lru:2;"
    "kmem_cache_alloc_bulk:1;"
    "kvmalloc:1;"
    "kvzalloc:1;"
    "kvmalloc_node:1;"
    "kvzalloc_node:1;"
    "kvmalloc_array:2;"
    "kvcalloc:2;"
    "kvrealloc:3;"
    // The XArray's allocating calls (include/linux/xarray.h, lib/xarray.c):
    // each takes the array's lock itself and, for flags that may block,
    // drops it around the node allocation (__xas_nomem()), so the flags
    // decide whether the call sleeps; under the caller's own lock they must
    // not block. Their bodies show an allocation under xa_lock, and the
    // kernel database loses their sleep below kfree()'s net depth: the
    // entries say it by name. (__xa_store() and kin, called with xa_lock
    // held on purpose, are left to the bodies.)
    "xa_store:3;"
    "xa_store_bh:3;"
    "xa_store_irq:3;"
    "xa_store_range:4;"
    "xa_insert:3;"
    "xa_insert_bh:3;"
    "xa_insert_irq:3;"
    "xa_alloc:4;"
    "xa_alloc_bh:4;"
    "xa_alloc_irq:4;"
    "xa_alloc_cyclic:5;"
    "xa_alloc_cyclic_bh:5;"
    "xa_alloc_cyclic_irq:5;"
    "xa_cmpxchg:4;"
    "xa_cmpxchg_bh:4;"
    "xa_cmpxchg_irq:4;"
    "xa_reserve:2;"
    "xa_reserve_bh:2;"
    "xa_reserve_irq:2;"
    // Per-CPU memory (mm/percpu.c): pcpu_alloc() takes pcpu_alloc_mutex
    // only for GFP_KERNEL-compatible flags (its is_atomic); with
    // GFP_ATOMIC it neither locks nor sleeps (netdev_core_stats_alloc()
    // on the transmit path). Without the entry the kernel database said
    // every allocation may sleep, and so dev_queue_xmit() and netif_rx().
    "__alloc_percpu_gfp:2;"
    // Strings and copies (include/linux/string.h, kernel.h).
    "kstrdup:1;"
    "kstrdup_const:1;"
    "kstrndup:2;"
    "kmemdup:2;"
    "kmemdup_nul:2;"
    "kasprintf:0;"
    "kvasprintf:0;"
    // Pages (include/linux/gfp.h).
    "alloc_pages:0;"
    "alloc_page:0;"
    "alloc_pages_node:1;"
    "__alloc_pages:0;"
    "__alloc_pages_node:1;"
    "alloc_pages_exact:1;"
    "__get_free_pages:0;"
    "__get_free_page:0;"
    "__get_dma_pages:0;"
    "get_zeroed_page:0;"
    "folio_alloc:0;"
    // Device-managed (include/linux/device.h).
    "devm_kmalloc:2;"
    "devm_kzalloc:2;"
    "devm_kmalloc_array:3;"
    "devm_kcalloc:3;"
    "devm_krealloc:3;"
    "devm_kstrdup:2;"
    "devm_kstrdup_const:2;"
    "devm_kmemdup:3;"
    "devm_kasprintf:1;"
    "devm_kvasprintf:1;"
    "devm_get_free_pages:1;"
    // Socket buffers (include/linux/skbuff.h); netdev_alloc_skb() and
    // dev_alloc_skb() take no flags and use GFP_ATOMIC. The unclone and
    // share helpers copy with their flags after
    // might_sleep_if(gfpflags_allow_blocking(pri)).
    "alloc_skb:1;"
    "skb_unclone:1;"
    "skb_unclone_keeptruesize:1;"
    "skb_header_unclone:1;"
    "skb_share_check:1;"
    "skb_unshare:1;"
    "alloc_skb_fclone:1;"
    "__netdev_alloc_skb:2;"
    "__dev_alloc_skb:1;"
    // Pools, DMA, IDs (include/linux/mempool.h, dma-mapping.h, dmapool.h,
    // idr.h).
    "mempool_alloc:1;"
    "dma_alloc_coherent:3;"
    "dma_alloc_attrs:3;"
    "dmam_alloc_coherent:3;"
    "dma_pool_alloc:1;"
    "dma_pool_zalloc:1;"
    "idr_alloc:4;"
    "idr_alloc_cyclic:4;"
    "idr_alloc_u32:4;"
    "ida_alloc:1;"
    "ida_alloc_min:2;"
    "ida_alloc_max:2;"
    "ida_alloc_range:3;"
    // USB (include/linux/usb.h).
    "usb_alloc_urb:1;"
    // drivers/usb/core/urb.c: usb_submit_urb(urb, mem_flags) allocates
    // with mem_flags and is meant for completion handlers with GFP_ATOMIC.
    // The kernel database says it always sleeps, through the root hub's
    // control path (rh_call_control), which a driver's URB never takes.
    "usb_submit_urb:1;"
    "usb_alloc_coherent:2;"
    // Firmware (include/linux/firmware.h): the asynchronous request only
    // allocates, with its gfp argument, and queues a work item.
    "request_firmware_nowait:4";

const char ReclaimingGfpFlags[] =
    // include/linux/gfp_types.h: masks with __GFP_DIRECT_RECLAIM.
    "GFP_KERNEL;"
    "GFP_KERNEL_ACCOUNT;"
    "GFP_NOFS;"
    "GFP_NOIO;"
    "GFP_USER;"
    "GFP_HIGHUSER;"
    "GFP_HIGHUSER_MOVABLE;"
    "GFP_TRANSHUGE;"
    "__GFP_DIRECT_RECLAIM;"
    "__GFP_RECLAIM";

const char NonReclaimingGfpFlags[] =
    // include/linux/gfp_types.h: masks and modifiers without
    // __GFP_DIRECT_RECLAIM.
    "GFP_ATOMIC;"
    "GFP_NOWAIT;"
    "GFP_DMA;"
    "GFP_DMA32;"
    "GFP_TRANSHUGE_LIGHT;"
    "__GFP_HIGH;"
    "__GFP_ATOMIC;"
    "__GFP_KSWAPD_RECLAIM;"
    "__GFP_NOWARN;"
    "__GFP_ZERO;"
    "__GFP_COMP;"
    "__GFP_NORETRY;"
    "__GFP_RETRY_MAYFAIL;"
    "__GFP_NOFAIL;"
    "__GFP_NOMEMALLOC;"
    "__GFP_MEMALLOC;"
    "__GFP_ACCOUNT;"
    "__GFP_DMA;"
    "__GFP_DMA32;"
    "__GFP_HIGHMEM;"
    "__GFP_MOVABLE;"
    "__GFP_RECLAIMABLE;"
    "__GFP_HARDWALL;"
    "__GFP_THISNODE;"
    "__GFP_IO;"
    "__GFP_FS;"
    "__GFP_WRITE;"
    "__GFP_NOLOCKDEP;"
    "0";

const char AtomicGfpReplacements[] =
    "GFP_KERNEL:GFP_ATOMIC;"
    "GFP_NOFS:GFP_ATOMIC;"
    "GFP_NOIO:GFP_ATOMIC;"
    "GFP_KERNEL_ACCOUNT:GFP_ATOMIC | __GFP_ACCOUNT";

const char DirectReclaimMacro[] = "__GFP_DIRECT_RECLAIM";

} // namespace clang::tidy::kernel::tables
