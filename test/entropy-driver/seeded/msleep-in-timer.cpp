// Seeded mistake: a sleep in the timer callback.
// A copy of driver/collector.cpp with that one change.
// REQUIRES: all-checks
// RUN: %src_root/test/entropy-driver/compile-commands.sh %t %s > /dev/null
// RUN: %clang_tidy --checks='-*,kernel-*' -p %t %s 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error}}:'
// The timer side: runs in softirq context, so nothing here may sleep.
#include "entropy_rng.h"
#include "kcxx/memory.h"

namespace entropy {

void EntropyRng::onTimer() {
  // Samples are taken in a tight loop first, so the time measured is the
  // walk and not the tests; the batch is too big for a kernel stack.
  kcxx::UniqueArray<u64> samples(config_.samples_per_tick,
                                 GFP_ATOMIC | __GFP_NOWARN);
  if (!samples) {
    {
      kcxx::SpinLockGuard guard(lock_);
      ++stats_.allocationFailures;
    }
    // Give the allocator time to recover before the next tick.
    msleep(1);
// CHECK: :[[@LINE-1]]:5: warning: {{.*}} [kernel-atomic-context]
// CHECK: :[[@LINE-13]]:18: note: {{.*}}onTimer{{.*}}
    return;
  }
  for (size_t i = 0; i < samples.size(); ++i)
    jitter_.sample(samples[i]);

  u32 repetitionFailures = 0;
  u32 proportionFailures = 0;
  for (size_t i = 0; i < samples.size(); ++i) {
    switch (health_.feed(u8(samples[i]))) {
    case HealthResult::Ok:
      conditioner_.absorb(samples[i]);
      break;
    case HealthResult::RepetitionFailure:
      ++repetitionFailures;
      conditioner_.discardCredit();
      break;
    case HealthResult::ProportionFailure:
      ++proportionFailures;
      conditioner_.discardCredit();
      break;
    }
    if (conditioner_.ready()) {
      u64 extra;
      if (cpuRng_.sample(extra))
        conditioner_.mix(extra);
      u8 block[Conditioner::kBlockBytes];
      conditioner_.squeeze(block);
      publish(block, sizeof(block));
    }
  }
  countHealth(samples.size(), repetitionFailures, proportionFailures);
}

void EntropyRng::publish(const u8 *block, u32 size) {
  kcxx::SpinLockGuard guard(lock_);
  if (pool_.space() < size) {
    ++stats_.droppedBlocks;
    return;
  }
  pool_.push(block, size);
  ++stats_.blocks;
}

void EntropyRng::countHealth(u64 samples, u32 repetitionFailures,
                             u32 proportionFailures) {
  kcxx::SpinLockGuard guard(lock_);
  stats_.samples += samples;
  stats_.repetitionFailures += repetitionFailures;
  stats_.proportionFailures += proportionFailures;
}

} // namespace entropy
