// Seeded mistake: a sleeping allocation (GFP_KERNEL) while the spinlock guard is held.
// A copy of driver/entropy_rng.cpp with that one change.
// REQUIRES: all-checks
// RUN: %src_root/test/entropy-driver/compile-commands.sh %t %s > /dev/null
// RUN: %clang_tidy --checks='-*,kernel-*' -p %t %s 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error}}:'
// The process-context side and the C entry points the glue calls.
#include "entropy_rng.h"
#include "kcxx/memory.h"

namespace entropy {
namespace {

// A blocking read gives up after this many polls, so that unloading the
// module never waits long on a reader.
constexpr u32 kMaxPolls = 100;
constexpr u32 kMaxSamplesPerTick = 4096;
constexpr u32 kMaxPollMs = 1000;

bool valid(const kt_entropy_config &config) {
  return config.entropy_eighths >= kMinEntropyEighths &&
         config.entropy_eighths <= kMaxEntropyEighths &&
         config.samples_per_tick > 0 &&
         config.samples_per_tick <= kMaxSamplesPerTick && config.poll_ms > 0 &&
         config.poll_ms <= kMaxPollMs;
}

} // namespace

EntropyRng::EntropyRng(const kt_entropy_config &config)
    : config_(config), health_(config.entropy_eighths),
      conditioner_(config.entropy_eighths),
      cpuRng_(config.use_cpu_rng ? CpuRngSource::detect()
                                 : CpuRngSource::Kind::None) {
  lock_.init();
}

EntropyRng *EntropyRng::create(const kt_entropy_config &config) {
  if (!valid(config))
    return nullptr;
  return new (std::nothrow) EntropyRng(config);
}

void EntropyRng::destroy(EntropyRng *rng) { delete rng; }

int EntropyRng::read(void *data, size_t max, bool wait) {
  u8 *out = static_cast<u8 *>(data);
  u32 want = max < pool_.capacity() ? u32(max) : pool_.capacity();
  for (u32 poll = 0;; ++poll) {
    u32 taken;
    {
      kcxx::SpinLockGuard guard(lock_);
      u8 *bounce = static_cast<u8 *>(kmalloc(want, GFP_KERNEL));
// CHECK: :[[@LINE-1]]:38: warning: {{.*}} [kernel-atomic-context]
// CHECK: :[[@LINE-3]]:27: note: {{.*}}guard{{.*}}
      if (!bounce)
        return 0;
      taken = pool_.pop(bounce, want);
      memcpy(out, bounce, taken);
      kfree(bounce);
      stats_.bytesRead += taken;
    }
    if (taken || !wait || poll == kMaxPolls)
      return int(taken);
    msleep(config_.poll_ms);
  }
}

int EntropyRng::formatStats(char *buf, size_t size) {
  Stats copy;
  u32 pooled;
  {
    kcxx::SpinLockGuard guard(lock_);
    copy = stats_;
    pooled = pool_.size();
  }
  int n = snprintf(buf, size,
                   "source %s+%s\n"
                   "repetition_cutoff %u\n"
                   "proportion_cutoff %u\n"
                   "samples %llu\n"
                   "repetition_failures %llu\n"
                   "proportion_failures %llu\n"
                   "blocks %llu\n"
                   "dropped_blocks %llu\n"
                   "allocation_failures %llu\n"
                   "bytes_read %llu\n"
                   "pooled %u\n",
                   jitter_.name(), cpuRng_.name(), health_.repetitionCutoff(),
                   health_.proportionCutoff(), (unsigned long long)copy.samples,
                   (unsigned long long)copy.repetitionFailures,
                   (unsigned long long)copy.proportionFailures,
                   (unsigned long long)copy.blocks,
                   (unsigned long long)copy.droppedBlocks,
                   (unsigned long long)copy.allocationFailures,
                   (unsigned long long)copy.bytesRead, pooled);
  return n < 0 ? 0 : (size_t(n) < size ? n : int(size) - 1);
}

} // namespace entropy

using entropy::EntropyRng;

// The C side sees an opaque struct; it is the C++ object.
static EntropyRng *fromC(kt_entropy *rng) {
  return reinterpret_cast<EntropyRng *>(rng);
}

extern "C" kt_entropy *kt_entropy_create(const kt_entropy_config *config) {
  return reinterpret_cast<kt_entropy *>(EntropyRng::create(*config));
}

extern "C" void kt_entropy_destroy(kt_entropy *rng) {
  EntropyRng::destroy(fromC(rng));
}

extern "C" void kt_entropy_on_timer(kt_entropy *rng) { fromC(rng)->onTimer(); }

extern "C" int kt_entropy_read(kt_entropy *rng, void *data, unsigned long max,
                               int wait) {
  return fromC(rng)->read(data, max, wait != 0);
}

extern "C" int kt_entropy_format_stats(kt_entropy *rng, char *buf,
                                       unsigned long size) {
  return fromC(rng)->formatStats(buf, size);
}
