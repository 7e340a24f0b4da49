// Which frames of a call chain the notes show (analysis/CallChain.h).
#include "analysis/CallChain.h"
#include "gtest/gtest.h"

namespace clang::tidy::kernel {
namespace {

struct Case {
  unsigned Length, Cap, Head;
  bool Elides;
  unsigned ElidedBegin, ElidedEnd, HeadLength, TailLength;
};

const Case Cases[] = {
    // Fits: everything shown, split at Head.
    {1, 32, ~0u, false, 1, 1, 1, 0},
    {32, 32, ~0u, false, 32, 32, 32, 0},
    {10, 32, 4, false, 4, 4, 4, 6},
    // Too long: Cap - 1 frames and one elision note.
    {33, 32, ~0u, true, 31, 33, 31, 0},
    {100000, 32, ~0u, true, 31, 100000, 31, 0},
    {40, 32, 20, true, 20, 29, 20, 11},
    {40, 32, 1, true, 1, 10, 1, 30},
    {40, 32, 0, true, 0, 9, 0, 31},
    {5, 3, ~0u, true, 2, 5, 2, 0},
};

TEST(CallChainNotesTest, ShowsTheEndsAndElidesTheMiddle) {
  for (const Case &C : Cases) {
    SCOPED_TRACE(testing::Message() << "length " << C.Length << ", cap "
                                    << C.Cap << ", head " << C.Head);
    const CallChainNotes Notes(C.Length, C.Cap, C.Head);
    EXPECT_EQ(Notes.elides(), C.Elides);
    EXPECT_EQ(Notes.elidedBegin(), C.ElidedBegin);
    EXPECT_EQ(Notes.elidedEnd(), C.ElidedEnd);
    EXPECT_EQ(Notes.headLength(), C.HeadLength);
    EXPECT_EQ(Notes.tailLength(), C.TailLength);
    unsigned Shown = 0;
    for (unsigned F = 0; F != C.Length; ++F)
      Shown += Notes.shows(F);
    EXPECT_EQ(Shown, C.HeadLength + C.TailLength);
    // Shown frames and the elision note fit in the cap.
    EXPECT_LE(Shown + (Notes.elides() ? 1 : 0), C.Cap);
    EXPECT_EQ(Notes.elidedCount() + Shown, C.Length);
  }
}

TEST(CallChainNotesTest, OneCapForEveryCheck) {
  EXPECT_EQ(MaxCallChainNotes, 32u);
  EXPECT_FALSE(CallChainNotes(MaxCallChainNotes).elides());
  EXPECT_TRUE(CallChainNotes(MaxCallChainNotes + 1).elides());
}

} // namespace
} // namespace clang::tidy::kernel
