// Seeded mistake: floating point in the repetition count cutoff.
// A copy of core/health.cpp with that one change.
// REQUIRES: all-checks
// RUN: %src_root/test/entropy-driver/compile-commands.sh %t %s > /dev/null
// RUN: %clang_tidy --checks='-*,kernel-*' -p %t %s 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error}}:'
#include "health.h"

namespace entropy {
namespace {

// Probabilities are fixed point with 20 fractional bits; binomial terms are
// relative to the largest one, with 32 fractional bits.
constexpr u32 kProbShift = 20;
constexpr u64 kProbOne = u64(1) << kProbShift;
constexpr u64 kTermOne = u64(1) << 32;

// 2^(-i/8) for i in 0..7, scaled by 2^32.
constexpr u64 kNegPow2Eighths[8] = {4294967296u, 3938502376u, 3611622603u,
                                    3311872529u, 3037000500u, 2784941738u,
                                    2553802834u, 2341847524u};

u32 clampEntropy(u32 eighths) {
  if (eighths < kMinEntropyEighths)
    return kMinEntropyEighths;
  return eighths > kMaxEntropyEighths ? kMaxEntropyEighths : eighths;
}

// p = 2^-H, the largest probability a source with min-entropy H allows.
u64 maxProbability(u32 eighths) {
  return (kNegPow2Eighths[eighths & 7] >> (eighths >> 3)) >> (32 - kProbShift);
}

// The ratios of neighbouring terms of Binomial(n, p). Every intermediate
// fits in 64 bits: term <= 2^32, n <= 2^10, probabilities <= 2^20.
u64 nextTerm(u64 term, u32 k, u32 n, u64 p) {
  return term * (n - k) / (k + 1) * p / (kProbOne - p);
}
u64 previousTerm(u64 term, u32 k, u32 n, u64 p) {
  return term * k / (n - k + 1) * (kProbOne - p) / p;
}

} // namespace

u32 repetitionCutoff(u32 entropyEighths) {
  u32 h = clampEntropy(entropyEighths);
  return 1 + u32(kAlphaLog2 / (h / 8.0) + 0.999999);
// CHECK: :[[@LINE-1]]:41: warning: {{.*}} [kernel-floating-point]
}

u32 adaptiveProportionCutoff(u32 entropyEighths, u32 window) {
  u64 p = maxProbability(clampEntropy(entropyEighths));
  // Walk away from the mode in both directions; terms too small for the
  // fixed point vanish, far below the 2^-20 tail that decides the cutoff.
  u32 mode = u32((u64(window) + 1) * p >> kProbShift);
  if (mode > window)
    mode = window;
  u64 upper = 0;
  u64 term = kTermOne;
  for (u32 k = mode; k <= window && term; ++k) {
    upper += term;
    term = k < window ? nextTerm(term, k, window, p) : 0;
  }
  u64 lower = 0;
  term = kTermOne;
  for (u32 k = mode; k > 0 && term;) {
    term = previousTerm(term, k, window, p);
    lower += term;
    --k;
  }
  u64 threshold = (upper + lower) >> kAlphaLog2;
  // The cutoff is the smallest c with P(X >= c) <= 2^-20.
  u64 tail = upper;
  term = kTermOne;
  u32 cutoff = mode;
  while (tail > threshold && cutoff < window) {
    tail -= term;
    term = nextTerm(term, cutoff, window, p);
    ++cutoff;
  }
  return cutoff;
}

HealthTests::HealthTests(u32 entropyEighths)
    : rctCutoff_(entropy::repetitionCutoff(entropyEighths)),
      aptCutoff_(entropy::adaptiveProportionCutoff(entropyEighths, kAptWindow)) {}

HealthResult HealthTests::feed(u8 sample) {
  HealthResult result = HealthResult::Ok;

  if (rctRun_ && sample == rctLast_) {
    if (++rctRun_ >= rctCutoff_)
      result = HealthResult::RepetitionFailure;
  } else {
    rctLast_ = sample;
    rctRun_ = 1;
  }

  if (aptSeen_ == 0) {
    aptReference_ = sample;
    aptMatches_ = 1;
  } else if (sample == aptReference_ && ++aptMatches_ >= aptCutoff_) {
    result = HealthResult::ProportionFailure;
  }
  if (++aptSeen_ == kAptWindow)
    aptSeen_ = 0;

  return result;
}

} // namespace entropy
