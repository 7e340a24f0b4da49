#include "conditioner.h"

namespace entropy {
namespace {

u32 rotl(u32 v, u32 n) { return (v << n) | (v >> (32 - n)); }

void quarterRound(u32 *s, u32 a, u32 b, u32 c, u32 d) {
  s[a] += s[b];
  s[d] = rotl(s[d] ^ s[a], 16);
  s[c] += s[d];
  s[b] = rotl(s[b] ^ s[c], 12);
  s[a] += s[b];
  s[d] = rotl(s[d] ^ s[a], 8);
  s[c] += s[d];
  s[b] = rotl(s[b] ^ s[c], 7);
}

// Between two blocks of the rate: enough rounds to diffuse every input bit.
constexpr u32 kAbsorbDoubleRounds = 4;
// Before output: the full ChaCha20 strength.
constexpr u32 kSqueezeDoubleRounds = 10;

} // namespace

void chachaPermute(u32 state[16], u32 doubleRounds) {
  for (u32 i = 0; i < doubleRounds; ++i) {
    quarterRound(state, 0, 4, 8, 12);
    quarterRound(state, 1, 5, 9, 13);
    quarterRound(state, 2, 6, 10, 14);
    quarterRound(state, 3, 7, 11, 15);
    quarterRound(state, 0, 5, 10, 15);
    quarterRound(state, 1, 6, 11, 12);
    quarterRound(state, 2, 7, 8, 13);
    quarterRound(state, 3, 4, 9, 14);
  }
}

Conditioner::Conditioner(u32 entropyEighths)
    : state_{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574},
      perSampleEighths_(entropyEighths ? entropyEighths : 1) {}

void Conditioner::absorbWord(u64 value) {
  state_[position_] ^= u32(value);
  state_[position_ + 1] ^= u32(value >> 32);
  position_ += 2;
  if (position_ == kRateWords) {
    chachaPermute(state_, kAbsorbDoubleRounds);
    position_ = 0;
  }
}

void Conditioner::absorb(u64 sample) {
  absorbWord(sample);
  if (creditEighths_ < kNeededEighths)
    creditEighths_ += perSampleEighths_;
}

void Conditioner::mix(u64 value) { absorbWord(value); }

void Conditioner::squeeze(u8 out[kBlockBytes]) {
  // Domain separation from absorption: a marker in the capacity.
  state_[15] ^= 1;
  chachaPermute(state_, kSqueezeDoubleRounds);
  for (u32 i = 0; i < kBlockBytes; ++i)
    out[i] = u8(state_[i / 4] >> (8 * (i % 4)));
  // Zeroing the output words makes the next step irreversible: a later
  // state does not give this block away.
  for (u32 i = 0; i < kBlockBytes / 4; ++i)
    state_[i] = 0;
  chachaPermute(state_, kAbsorbDoubleRounds);
  position_ = 0;
  creditEighths_ = 0;
}

} // namespace entropy
