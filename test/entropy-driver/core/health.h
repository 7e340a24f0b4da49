// Continuous health tests of NIST SP 800-90B section 4.4 for a non-binary
// noise source: the repetition count test and the adaptive proportion test,
// with cutoffs computed from the entropy estimate for a false-positive
// probability of 2^-20, in integer arithmetic only.
#ifndef ENTROPY_HEALTH_H
#define ENTROPY_HEALTH_H

#include "kcxx/types.h"

namespace entropy {

// Entropy estimates are in eighths of a bit per sample: 8 means 1 bit.
constexpr u32 kMinEntropyEighths = 1;
constexpr u32 kMaxEntropyEighths = 64;
// -log2 of the false-positive probability of each test.
constexpr u32 kAlphaLog2 = 20;
// The adaptive proportion window for non-binary samples.
constexpr u32 kAptWindow = 512;

// 1 + ceil(20 / H): the run length of one value that fails the test.
u32 repetitionCutoff(u32 entropyEighths);
// 1 + CRITBINOM(W, 2^-H, 1 - 2^-20): the count of the window's first value
// within the window that fails the test.
u32 adaptiveProportionCutoff(u32 entropyEighths, u32 window);

enum class HealthResult { Ok, RepetitionFailure, ProportionFailure };

class HealthTests {
public:
  // entropyEighths must be in [kMinEntropyEighths, kMaxEntropyEighths].
  explicit HealthTests(u32 entropyEighths);

  HealthResult feed(u8 sample);

  u32 repetitionCutoff() const { return rctCutoff_; }
  u32 proportionCutoff() const { return aptCutoff_; }

private:
  u32 rctCutoff_;
  u32 aptCutoff_;
  u8 rctLast_ = 0;
  u32 rctRun_ = 0;
  u8 aptReference_ = 0;
  u32 aptMatches_ = 0;
  u32 aptSeen_ = 0;
};

} // namespace entropy

#endif
