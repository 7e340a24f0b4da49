// Floating point in a header: shown only when --header-filter admits it.
inline double header_half(double x) { return x / 2; }

struct Gauge {
  int read() const;
  float scale;
};

template <typename T> T twice(T v) { return v + v; }

#define DEFINE_RATIO(name) \
  inline int name(int a) { return (int)(a * 0.5); }

namespace sensors {
inline int header_int(int a) { return a + 1; }
}
