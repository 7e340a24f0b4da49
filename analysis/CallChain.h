#ifndef KERNEL_TIDY_ANALYSIS_CALLCHAIN_H
#define KERNEL_TIDY_ANALYSIS_CALLCHAIN_H

namespace clang::tidy::kernel {

/// The most notes one call chain or cycle gets, the elision note included:
/// enough to follow a chain, few enough to read.
inline constexpr unsigned MaxCallChainNotes = 32;

/// Which frames of a call chain the notes show. The frames are numbered
/// `#0` to `#Length-1`; when they do not fit in \c Cap notes, the first ones
/// and the last ones are shown, and one note ("frames #i to #j: N more")
/// stands for those in between. Every check that prints a chain of calls
/// asks this one, so that all chains are cut the same way.
class CallChainNotes {
public:
  /// \p Head: how many frames to show before the elision when there is one
  /// (the rest of the notes go to the end of the chain); by default all
  /// notes but the elision's come first.
  explicit CallChainNotes(unsigned Length, unsigned Cap = MaxCallChainNotes,
                          unsigned Head = ~0u);

  unsigned length() const { return Length; }
  bool shows(unsigned Frame) const {
    return Frame < ElidedBegin || Frame >= ElidedEnd;
  }
  /// Whether some frames are left out (then elidedBegin() < elidedEnd()).
  bool elides() const { return ElidedBegin < ElidedEnd; }
  /// The frames the elision note stands for: [elidedBegin(), elidedEnd()).
  /// Its note goes after frame elidedBegin() - 1 (or first, when that is 0).
  unsigned elidedBegin() const { return ElidedBegin; }
  unsigned elidedEnd() const { return ElidedEnd; }
  unsigned elidedCount() const { return ElidedEnd - ElidedBegin; }
  /// The frames shown before and after the elision (or before and after
  /// frame Head when nothing is elided).
  unsigned headLength() const { return ElidedBegin; }
  unsigned tailLength() const { return Length - ElidedEnd; }

private:
  unsigned Length;
  unsigned ElidedBegin;
  unsigned ElidedEnd;
};

} // namespace clang::tidy::kernel

#endif
