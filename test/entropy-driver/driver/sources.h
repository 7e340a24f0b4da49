// Noise sources: CPU timing jitter (always), and the CPU's own generator
// (RDSEED, else RDRAND) when present, used only as uncredited extra input.
#ifndef ENTROPY_SOURCES_H
#define ENTROPY_SOURCES_H

#include "kcxx/types.h"

namespace entropy {

class EntropySource {
public:
  // Writes one sample; false when the source had nothing this time.
  virtual bool sample(u64 &out) = 0;
  virtual const char *name() const = 0;

protected:
  ~EntropySource() = default;
};

// The time a short walk over a private buffer takes varies with cache,
// TLB, pipeline and interrupt state: the low bits of that time are noise.
class JitterSource final : public EntropySource {
public:
  bool sample(u64 &out) override;
  const char *name() const override { return "jitter"; }

private:
  u8 walk_[256] = {};
  u32 position_ = 0;
};

class CpuRngSource final : public EntropySource {
public:
  enum class Kind { None, Rdrand, Rdseed };

  // What this CPU offers, RDSEED preferred (it is not a DRBG output).
  static Kind detect();

  explicit CpuRngSource(Kind kind) : kind_(kind) {}
  bool sample(u64 &out) override;
  const char *name() const override;
  Kind kind() const { return kind_; }

private:
  Kind kind_;
};

} // namespace entropy

#endif
