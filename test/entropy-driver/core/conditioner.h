// The conditioning function: a sponge over the ChaCha permutation (integer
// add-rotate-xor only). Raw samples are absorbed and credited with the
// entropy estimate; a 32-byte block may be squeezed once twice its size in
// entropy has been credited since the last one.
#ifndef ENTROPY_CONDITIONER_H
#define ENTROPY_CONDITIONER_H

#include "kcxx/types.h"

namespace entropy {

// The ChaCha permutation of RFC 8439, without the final feed-forward.
void chachaPermute(u32 state[16], u32 doubleRounds);

class Conditioner {
public:
  static constexpr u32 kBlockBytes = 32;

  // entropyEighths: credit per absorbed sample, eighths of a bit (> 0).
  explicit Conditioner(u32 entropyEighths);

  // A raw noise sample, credited with the entropy estimate.
  void absorb(u64 sample);
  // A value mixed in without credit (a CPU generator's output).
  void mix(u64 value);
  // Forgets the credit since the last block, e.g. after a failed health
  // test; the state keeps what was absorbed, which can only help.
  void discardCredit() { creditEighths_ = 0; }

  bool ready() const { return creditEighths_ >= kNeededEighths; }
  // Writes one block; only when ready().
  void squeeze(u8 out[kBlockBytes]);

private:
  static constexpr u32 kNeededEighths = 2 * kBlockBytes * 8 * 8;
  static constexpr u32 kRateWords = 8;

  void absorbWord(u64 value);

  u32 state_[16];
  u32 position_ = 0;
  u32 perSampleEighths_;
  u32 creditEighths_ = 0;
};

} // namespace entropy

#endif
