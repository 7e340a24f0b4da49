// A C++ driver fills the same kernel structures as C does, through
// constructors (member initialisers and assignments), positional and
// designated aggregate initialisation, and with lambdas converted to
// function pointers.
// RUN: %clang_tidy --checks='-*,kernel-atomic-context' %s -- -std=c++20 -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error|note}}:'

#include "kernel-idioms.h"

static netdev_tx_t xmit(sk_buff *, net_device *) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+18]]:66: note: 'xmit' runs with bottom halves disabled: stored as net_device_ops.ndo_start_xmit here
  return 0;
}
static int open_dev(net_device *) { msleep(1); return 0; }
static enum hrtimer_restart tick(hrtimer *) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+16]]:21: note: 'tick' runs in hard-IRQ context: stored as hrtimer.function here
  return HRTIMER_NORESTART;
}
static void timer_cb(timer_list *) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+10]]:40: note: 'timer_cb' runs in softirq context: stored as timer_list.function here
}
static void work_cb(work_struct *) { msleep(1); }

// Positional aggregate initialisation of a static const ops table.
static const net_device_ops positional_ops = {open_dev, nullptr, xmit};

class Device {
public:
  // Member initialisers and constructor assignments.
  Device() : timer_{tick}, slow_timer_{timer_cb, 0} {
    INIT_WORK(&work_, work_cb);
    urb_.complete = [](urb *) { msleep(1); };
    // CHECK: :[[@LINE-1]]:33: warning: calling 'msleep' may sleep in atomic context
    // CHECK: :[[@LINE-2]]:5: note: '{{.*}}' runs in hard-IRQ context: stored as urb.complete here
  }

private:
  hrtimer timer_;
  timer_list slow_timer_;
  work_struct work_;
  urb urb_{};
};

// C++20 designated initialisation.
static int poll(napi_struct *, int) {
  msleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: calling 'msleep' may sleep in atomic context
  // CHECK: :[[@LINE+3]]:32: note: 'poll' runs in softirq context: stored as napi_struct.poll here
  return 0;
}
static napi_struct the_napi = {.poll = poll};

Device *make_device(Device *d) { return d; }
const net_device_ops *ops() { return &positional_ops; }
