// User-space unit tests of the entropy core: the same health.cpp,
// conditioner.cpp and kcxx/ring.h the module links, built for the host.
#include "conditioner.h"
#include "health.h"
#include "kcxx/ring.h"

#include <cstdio>

namespace {

int failures = 0;

void expect(bool ok, const char *what, int line) {
  if (!ok) {
    std::printf("FAIL line %d: %s\n", line, what);
    ++failures;
  }
}
#define EXPECT(cond) expect((cond), #cond, __LINE__)

using namespace entropy;

// A xorshift64 stream: deterministic, uniform enough for these tests.
struct Stream {
  u64 state = 0x9e3779b97f4a7c15u;
  u64 next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

void testRepetitionCutoffs() {
  // 1 + ceil(20 / H), H in eighths of a bit.
  EXPECT(repetitionCutoff(4) == 41);
  EXPECT(repetitionCutoff(8) == 21);
  EXPECT(repetitionCutoff(12) == 15);
  EXPECT(repetitionCutoff(16) == 11);
  EXPECT(repetitionCutoff(64) == 4);
  EXPECT(repetitionCutoff(0) == repetitionCutoff(kMinEntropyEighths));
  EXPECT(repetitionCutoff(1000) == repetitionCutoff(kMaxEntropyEighths));
}

void testProportionCutoffs() {
  // SP 800-90B table 2 (W = 512), and exact binomial quantiles in between.
  EXPECT(adaptiveProportionCutoff(4, 512) == 410);
  EXPECT(adaptiveProportionCutoff(8, 512) == 311);
  EXPECT(adaptiveProportionCutoff(12, 512) == 234);
  EXPECT(adaptiveProportionCutoff(16, 512) == 177);
  EXPECT(adaptiveProportionCutoff(32, 512) == 62);
  EXPECT(adaptiveProportionCutoff(64, 512) == 13);
  EXPECT(adaptiveProportionCutoff(1, 512) == 497);
}

void testStuckSourceFailsRepetition() {
  HealthTests tests(8);
  u32 firstFailure = 0;
  for (u32 i = 1; i <= 100 && !firstFailure; ++i)
    if (tests.feed(0x5a) == HealthResult::RepetitionFailure)
      firstFailure = i;
  EXPECT(firstFailure == tests.repetitionCutoff());
}

void testAlternatingSourceFailsProportion() {
  // Never two equal samples in a row, but half of the window is one value.
  HealthTests tests(64);
  u32 firstFailure = 0;
  for (u32 i = 0; i < kAptWindow && !firstFailure; ++i) {
    HealthResult r = tests.feed(i % 2 ? 0x11 : 0x22);
    EXPECT(r != HealthResult::RepetitionFailure);
    if (r == HealthResult::ProportionFailure)
      firstFailure = i + 1;
  }
  // The 13th occurrence of the first value is sample 25.
  EXPECT(firstFailure == 2 * tests.proportionCutoff() - 1);
}

void testProportionWindowRestarts() {
  // One short of the cutoff in every window: a failure only if counts
  // leaked from one window into the next.
  HealthTests tests(64);
  bool failed = false;
  for (u32 window = 0; window < 8; ++window)
    for (u32 i = 0; i < kAptWindow; ++i) {
      bool reference = i < 2 * (tests.proportionCutoff() - 1) && i % 2 == 0;
      u8 sample = reference ? 0x33 : u8(0x40 + i % 7);
      failed |= tests.feed(sample) == HealthResult::ProportionFailure;
    }
  EXPECT(!failed);
}

void testRandomSourcePasses() {
  HealthTests tests(8);
  Stream stream;
  u32 failures = 0;
  for (u32 i = 0; i < 200000; ++i)
    failures += tests.feed(u8(stream.next())) != HealthResult::Ok;
  EXPECT(failures == 0);
}

void testChachaKnownAnswer() {
  // RFC 8439 section 2.3.2: 20 rounds, then the input is added.
  const u32 input[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
                         0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c,
                         0x13121110, 0x17161514, 0x1b1a1918, 0x1f1e1d1c,
                         0x00000001, 0x09000000, 0x4a000000, 0x00000000};
  const u32 expected[16] = {0xe4e7f110, 0x15593bd1, 0x1fdd0f50, 0xc47120a3,
                            0xc7f4d1c7, 0x0368c033, 0x9aaa2204, 0x4e6cd4c3,
                            0x466482d2, 0x09aa9f07, 0x05d7c214, 0xa2028bd9,
                            0xd19c12b5, 0xb94e16de, 0xe883d0cb, 0x4e3c50a2};
  u32 state[16];
  for (u32 i = 0; i < 16; ++i)
    state[i] = input[i];
  chachaPermute(state, 10);
  bool same = true;
  for (u32 i = 0; i < 16; ++i)
    same &= state[i] + input[i] == expected[i];
  EXPECT(same);
}

void testConditionerCredit() {
  // Twice the 256 output bits must be credited: 512 samples at 1 bit each.
  Conditioner c(8);
  for (u32 i = 0; i < 511; ++i)
    c.absorb(i);
  EXPECT(!c.ready());
  c.mix(42);
  EXPECT(!c.ready());
  c.absorb(511);
  EXPECT(c.ready());
  c.discardCredit();
  EXPECT(!c.ready());

  Conditioner half(4);
  for (u32 i = 0; i < 1023; ++i)
    half.absorb(i);
  EXPECT(!half.ready());
  half.absorb(1023);
  EXPECT(half.ready());
  u8 block[Conditioner::kBlockBytes];
  half.squeeze(block);
  EXPECT(!half.ready());
}

u32 differingBits(const u8 *a, const u8 *b, u32 n) {
  u32 bits = 0;
  for (u32 i = 0; i < n; ++i)
    bits += __builtin_popcount(a[i] ^ b[i]);
  return bits;
}

void testConditionerDiffusion() {
  Conditioner a(64), b(64), c(64);
  for (u32 i = 0; i < 64; ++i) {
    a.absorb(i);
    b.absorb(i);
    c.absorb(i == 17 ? i ^ 1 : i);
  }
  EXPECT(a.ready() && b.ready() && c.ready());
  u8 outA[32], outB[32], outC[32];
  a.squeeze(outA);
  b.squeeze(outB);
  c.squeeze(outC);
  EXPECT(differingBits(outA, outB, 32) == 0);
  // One flipped input bit changes about half of the 256 output bits.
  u32 flipped = differingBits(outA, outC, 32);
  EXPECT(flipped > 80 && flipped < 176);
  // Consecutive blocks from the same input history differ too.
  for (u32 i = 0; i < 64; ++i)
    a.absorb(i);
  u8 next[32];
  a.squeeze(next);
  u32 between = differingBits(outA, next, 32);
  EXPECT(between > 80 && between < 176);
}

void testRing() {
  kcxx::Ring<u8, 8> ring;
  EXPECT(ring.size() == 0 && ring.space() == 8);
  const u8 in[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  EXPECT(ring.push(in, 10) == 8);
  EXPECT(ring.space() == 0);
  u8 out[10] = {};
  EXPECT(ring.pop(out, 3) == 3);
  EXPECT(out[0] == 0 && out[2] == 2);
  // Wraps around the end of the storage.
  EXPECT(ring.push(in + 8, 2) == 2);
  EXPECT(ring.pop(out, 10) == 7);
  EXPECT(out[0] == 3 && out[4] == 7 && out[5] == 8 && out[6] == 9);
  EXPECT(ring.pop(out, 1) == 0);
  for (u32 round = 0; round < 1000; ++round) {
    u8 v = u8(round);
    EXPECT(ring.push(&v, 1) == 1);
    u8 w = 0;
    EXPECT(ring.pop(&w, 1) == 1 && w == v);
  }
}

} // namespace

int main() {
  testRepetitionCutoffs();
  testProportionCutoffs();
  testStuckSourceFailsRepetition();
  testAlternatingSourceFailsProportion();
  testProportionWindowRestarts();
  testRandomSourcePasses();
  testChachaKnownAnswer();
  testConditionerCredit();
  testConditionerDiffusion();
  testRing();
  std::printf("%s: %d failure%s\n", failures ? "FAILED" : "OK", failures,
              failures == 1 ? "" : "s");
  return failures ? 1 : 0;
}
