// Allocation. Failure is a null pointer, never an exception: callers check.
// Objects come from new (std::nothrow), which may sleep (GFP_KERNEL, see
// runtime/cxxrt.cpp); buffers that atomic context needs come from
// UniqueArray, which takes the GFP flags of the context it runs in.
#ifndef KCXX_MEMORY_H
#define KCXX_MEMORY_H

#include "kcxx/kernel.h"

// The freestanding part of <new>, which -nostdinc++ leaves out.
namespace std {
struct nothrow_t {
  explicit nothrow_t() = default;
};
extern const nothrow_t nothrow;
} // namespace std

void *operator new(size_t size, const std::nothrow_t &) noexcept;
void *operator new[](size_t size, const std::nothrow_t &) noexcept;
void operator delete(void *p) noexcept;
void operator delete[](void *p) noexcept;

namespace kcxx {

// Owns an array of trivially constructible elements, freed on scope exit.
template <typename T> class UniqueArray {
public:
  UniqueArray(size_t count, gfp_t gfp)
      : data_(count <= kMaxCount ? static_cast<T *>(kmalloc(count * sizeof(T), gfp))
                                 : nullptr),
        size_(data_ ? count : 0) {}
  ~UniqueArray() { kfree(data_); }
  UniqueArray(const UniqueArray &) = delete;
  UniqueArray &operator=(const UniqueArray &) = delete;

  explicit operator bool() const { return data_ != nullptr; }
  T *data() { return data_; }
  size_t size() const { return size_; }
  T &operator[](size_t i) { return data_[i]; }

private:
  static constexpr size_t kMaxCount = ~size_t(0) / sizeof(T);
  T *data_;
  size_t size_;
};

} // namespace kcxx

#endif
