// The frame estimator of kernel-stack-usage (checks/stack-usage/
// FrameEstimator.h) and the calling conventions it takes from the target.
#include "ParsedCode.h"
#include "checks/stack-usage/CallingConvention.h"
#include "checks/stack-usage/FrameEstimator.h"
#include "clang/Basic/TargetInfo.h"
#include "gtest/gtest.h"

namespace clang::tidy::kernel {
namespace {

using test::ParsedCode;

constexpr uint64_t Overhead = FrameEstimator::Overhead;

InlinedFrame notInlined(const FunctionDecl *) { return {}; }

struct Case {
  const char *Name;
  const char *Code;
  FrameModel Model;
  uint64_t Objects;
};

// One function `f` each, on x86-64.
const Case Cases[] = {
    {"one array", "void f(void) { char a[100]; (void)a; }", FrameModel::Overlap,
     104},
    {"alignment", "void f(void) { char c; long l; (void)c; (void)l; }",
     FrameModel::Overlap, 16},
    {"static locals are not on the stack",
     "void f(void) { static char s[4096]; (void)s; }", FrameModel::Overlap, 0},
    {"siblings overlap",
     "void f(int x) { if (x) { char a[700]; (void)a; } else { char b[300]; "
     "(void)b; } }",
     FrameModel::Overlap, 704},
    {"siblings summed",
     "void f(int x) { if (x) { char a[700]; (void)a; } else { char b[300]; "
     "(void)b; } }",
     FrameModel::Sum, 1000},
    {"nested scopes add",
     "void f(int x) { char a[500]; (void)a; if (x) { char b[500]; (void)b; } }",
     FrameModel::Overlap, 1000},
    {"a large aggregate by value is copied twice",
     "struct big { char d[100]; }; void take(struct big); "
     "void f(struct big *p) { take(*p); }",
     FrameModel::Overlap, 208},
    {"small aggregates travel in registers",
     "struct pair { long a, b; }; void take(struct pair); "
     "void f(struct pair *p) { take(*p); }",
     FrameModel::Overlap, 0},
    {"arguments beyond six registers",
     "void take(long, long, long, long, long, long, long, long); "
     "void f(void) { take(1, 2, 3, 4, 5, 6, 7, 8); }",
     FrameModel::Overlap, 16},
};

TEST(FrameEstimatorTest, ObjectsByScope) {
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Name);
    ParsedCode Code(C.Code, "c", {"--target=x86_64-linux-gnu"});
    ASSERT_TRUE(Code.ok());
    FrameEstimator Estimator(Code.context(), C.Model);
    const FrameEstimate E = Estimator.estimate(Code.function("f"), notInlined);
    EXPECT_EQ(E.Objects, C.Objects);
    EXPECT_EQ(E.OwnObjects, C.Objects);
    EXPECT_EQ(E.UnclaimedObjects, C.Objects);
    EXPECT_EQ(E.Bytes, C.Objects + Overhead);
  }
}

TEST(FrameEstimatorTest, ContributorsLargestFirst) {
  ParsedCode Code("void f(void) { char small[8]; char big[600]; int mid[50]; "
                  "(void)small; (void)big; (void)mid; }",
                  "c");
  ASSERT_TRUE(Code.ok());
  FrameEstimator Estimator(Code.context(), FrameModel::Overlap);
  const FrameEstimate E = Estimator.estimate(Code.function("f"), notInlined);
  ASSERT_EQ(E.Contributors.size(), 3u);
  EXPECT_EQ(E.Contributors[0].Decl->getName(), "big");
  EXPECT_EQ(E.Contributors[1].Decl->getName(), "mid");
  EXPECT_EQ(E.Contributors[2].Decl->getName(), "small");
}

TEST(FrameEstimatorTest, DynamicAllocations) {
  ParsedCode Code("void f(int n) { char v[n]; (void)v; "
                  "(void)__builtin_alloca(n); char (*p)[n] = 0; (void)p; }",
                  "c");
  ASSERT_TRUE(Code.ok());
  FrameEstimator Estimator(Code.context(), FrameModel::Overlap);
  const FrameEstimate E = Estimator.estimate(Code.function("f"), notInlined);
  ASSERT_EQ(E.Dynamic.size(), 2u);
  EXPECT_TRUE(E.Dynamic[0].VLA);
  EXPECT_TRUE(E.Dynamic[1].Alloca);
}

// An inlined callee adds its objects at the call, in a scope of its own;
// one that claims its objects (a finding of its own) is left out of the
// unclaimed count.
TEST(FrameEstimatorTest, InlinedCalleesAndClaims) {
  ParsedCode Code("void consume(void *);\n"
                  "static void helper(void) { char h[600]; consume(h); }\n"
                  "void f(void) { char a[100]; consume(a); helper(); helper(); }\n",
                  "c");
  ASSERT_TRUE(Code.ok());
  FrameEstimator Estimator(Code.context(), FrameModel::Overlap);
  const FunctionDecl *Helper = Code.function("helper");
  const FrameEstimate HelperFrame = Estimator.estimate(Helper, notInlined);
  EXPECT_EQ(HelperFrame.Objects, 600u);
  for (bool Claimed : {false, true}) {
    SCOPED_TRACE(Claimed ? "claimed" : "not claimed");
    auto Inlined = [&](const FunctionDecl *Callee) -> InlinedFrame {
      if (Callee == Helper)
        return {&HelperFrame, Claimed};
      return {};
    };
    const FrameEstimate E = Estimator.estimate(Code.function("f"), Inlined);
    // Calls one after the other share space.
    EXPECT_EQ(E.Objects, 704u);
    EXPECT_EQ(E.OwnObjects, 104u);
    EXPECT_EQ(E.UnclaimedObjects, Claimed ? 104u : 704u);
    EXPECT_EQ(E.ownBytes(), 104u + Overhead);
    EXPECT_EQ(E.Contributors.front().K, FrameContributor::InlinedCall);
    EXPECT_EQ(E.Contributors.front().Bytes, 600u);
  }
}

struct Target {
  const char *Triple;
  unsigned Registers;
  uint64_t MaxRegisterAggregate, Copies, Slot;
  /// f's objects: a 100-byte aggregate by value, then nine arguments.
  uint64_t AggregateObjects, ManyArgumentObjects;
};

const Target Targets[] = {
    {"x86_64-linux-gnu", 6, 16, 2, 8, 208, 24},
    {"aarch64-linux-gnu", 8, 16, 1, 8, 104, 8},
    {"i386-linux-gnu", 3, 0, 1, 4, 104, 24},
    {"riscv64-linux-gnu", 8, 16, 1, 8, 104, 8},
};

TEST(FrameEstimatorTest, CallingConventionFromTheTarget) {
  for (const Target &T : Targets) {
    SCOPED_TRACE(T.Triple);
    ParsedCode Code("struct big { char d[100]; }; void take(struct big);\n"
                    "void nine(int, int, int, int, int, int, int, int, int);\n"
                    "void f(struct big *p) { take(*p); }\n"
                    "void g(void) { nine(1, 2, 3, 4, 5, 6, 7, 8, 9); }\n",
                    "c", {std::string("--target=") + T.Triple});
    ASSERT_TRUE(Code.ok());
    const CallingConvention CC =
        CallingConvention::of(Code.context().getTargetInfo());
    EXPECT_EQ(CC.ArgumentRegisters, T.Registers);
    EXPECT_EQ(CC.MaxRegisterAggregate, T.MaxRegisterAggregate);
    EXPECT_EQ(CC.MemoryAggregateCopies, T.Copies);
    EXPECT_EQ(CC.SlotBytes, T.Slot);
    FrameEstimator Estimator(Code.context(), FrameModel::Overlap);
    EXPECT_EQ(Estimator.estimate(Code.function("f"), notInlined).Objects,
              T.AggregateObjects);
    EXPECT_EQ(Estimator.estimate(Code.function("g"), notInlined).Objects,
              T.ManyArgumentObjects);
  }
}

} // namespace
} // namespace clang::tidy::kernel
