// Seeded mistake: a std::vector.
// A copy of driver/sources.cpp with that one change.
// Analysed with hosted flags: the kernel build (-nostdinc++) has no
// <vector> to include.
// REQUIRES: all-checks
// RUN: %clang_tidy --checks='-*,kernel-*' %s -- -std=gnu++17 -fno-exceptions \
// RUN:   -fno-rtti -I%src_root/test/entropy-driver/include \
// RUN:   -I%src_root/test/entropy-driver/driver 2>&1 \
// RUN:   | FileCheck %s -implicit-check-not='{{warning|error}}:'
#include "sources.h"

#include <vector>

namespace entropy {
namespace {

u64 readTimestamp() {
  u32 lo, hi;
  asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
  return (u64(hi) << 32) | lo;
}

void cpuid(u32 leaf, u32 subleaf, u32 &a, u32 &b, u32 &c, u32 &d) {
  asm volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d)
               : "a"(leaf), "c"(subleaf));
}

// Both instructions report "no value yet" by clearing CF; Intel advises ten
// retries for RDRAND before giving up.
constexpr u32 kRetries = 10;

bool rdrand(u64 &out) {
  for (u32 i = 0; i < kRetries; ++i) {
    bool ok;
    asm volatile("rdrand %0" : "=r"(out), "=@ccc"(ok));
    if (ok)
      return true;
  }
  return false;
}

bool rdseed(u64 &out) {
  for (u32 i = 0; i < kRetries; ++i) {
    bool ok;
    asm volatile("rdseed %0" : "=r"(out), "=@ccc"(ok));
    if (ok)
      return true;
  }
  return false;
}

} // namespace

bool JitterSource::sample(u64 &out) {
  u64 start = readTimestamp();
  for (u32 i = 0; i < 64; ++i) {
    position_ = (position_ + 67) % sizeof(walk_);
    walk_[position_] = u8(walk_[position_] + i);
  }
  out = readTimestamp() - start;
  return true;
}

CpuRngSource::Kind CpuRngSource::detect() {
  std::vector<Kind> offered;
// CHECK: :[[@LINE-1]]:3: warning: {{.*}} [kernel-userspace-runtime]
  u32 a, b, c, d;
  cpuid(0, 0, a, b, c, d);
  u32 maxLeaf = a;
  if (maxLeaf >= 7) {
    cpuid(7, 0, a, b, c, d);
    if (b & (1u << 18))
      offered.push_back(Kind::Rdseed);
  }
  cpuid(1, 0, a, b, c, d);
  if (c & (1u << 30))
    offered.push_back(Kind::Rdrand);
  return offered.empty() ? Kind::None : offered.front();
}

bool CpuRngSource::sample(u64 &out) {
  switch (kind_) {
  case Kind::Rdseed:
    return rdseed(out);
  case Kind::Rdrand:
    return rdrand(out);
  case Kind::None:
    break;
  }
  return false;
}

const char *CpuRngSource::name() const {
  switch (kind_) {
  case Kind::Rdseed:
    return "rdseed";
  case Kind::Rdrand:
    return "rdrand";
  case Kind::None:
    break;
  }
  return "none";
}

} // namespace entropy
