// A fixed-capacity FIFO of trivially copyable elements, without allocation
// or locking (the owner serialises access). Header-only and freestanding, so
// the module and the user-space unit tests use the same code.
#ifndef KCXX_RING_H
#define KCXX_RING_H

#include "kcxx/types.h"

namespace kcxx {

template <typename T, u32 Capacity> class Ring {
  static_assert(Capacity && (Capacity & (Capacity - 1)) == 0,
                "capacity must be a power of two");

public:
  u32 size() const { return head_ - tail_; }
  u32 space() const { return Capacity - size(); }
  static constexpr u32 capacity() { return Capacity; }

  // Appends up to n elements; returns how many fit.
  u32 push(const T *items, u32 n) {
    u32 count = n < space() ? n : space();
    for (u32 i = 0; i < count; ++i)
      slots_[(head_ + i) & (Capacity - 1)] = items[i];
    head_ += count;
    return count;
  }

  // Removes up to n elements into out; returns how many were taken.
  u32 pop(T *out, u32 n) {
    u32 count = n < size() ? n : size();
    for (u32 i = 0; i < count; ++i)
      out[i] = slots_[(tail_ + i) & (Capacity - 1)];
    tail_ += count;
    return count;
  }

private:
  // Free-running indices: their difference is the fill level, also across
  // wrap-around of u32.
  u32 head_ = 0;
  u32 tail_ = 0;
  T slots_[Capacity];
};

} // namespace kcxx

#endif
