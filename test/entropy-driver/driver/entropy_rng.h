// The driver: a timer collects jitter samples, runs the health tests,
// conditions them and fills a byte pool; the hwrng read callback drains it.
#ifndef ENTROPY_RNG_H
#define ENTROPY_RNG_H

#include "conditioner.h"
#include "health.h"
#include "kt_entropy.h"
#include "sources.h"
#include "kcxx/ring.h"
#include "kcxx/spinlock.h"

namespace entropy {

struct Stats {
  u64 samples = 0;
  u64 repetitionFailures = 0;
  u64 proportionFailures = 0;
  u64 blocks = 0;
  u64 droppedBlocks = 0;
  u64 allocationFailures = 0;
  u64 bytesRead = 0;
};

class EntropyRng {
public:
  // Process context (GFP_KERNEL). Null when out of memory or when the
  // configuration is out of range.
  static EntropyRng *create(const kt_entropy_config &config);
  static void destroy(EntropyRng *rng);

  // One timer tick: collect, test, condition, publish.
  __kt_atomic void onTimer();
  // Takes up to max bytes from the pool; with wait, sleeps until some are
  // there (or a bounded time has passed).
  int read(void *data, size_t max, bool wait);
  int formatStats(char *buf, size_t size);

private:
  explicit EntropyRng(const kt_entropy_config &config);

  void publish(const u8 *block, u32 size);
  void countHealth(u64 samples, u32 repetitionFailures, u32 proportionFailures);

  const kt_entropy_config config_;
  HealthTests health_;      // timer only
  Conditioner conditioner_; // timer only
  JitterSource jitter_;     // timer only
  CpuRngSource cpuRng_;     // timer only
  kcxx::SpinLock lock_;
  kcxx::Ring<u8, 4096> pool_; // under lock_
  Stats stats_;               // under lock_
};

} // namespace entropy

#endif
