// kernel-atomic-context's analysis of event programs, without any AST: the
// context state and its join, the per-function dataflow (summaries of lock
// helpers, paths that cannot return, trylock edges, interrupt-only sleeps),
// the schedule over the call graph (cycles, budgets), the link step (calls
// through function-pointer fields among it) and the summary files.
#include "checks/atomic-context/ContextState.h"
#include "checks/atomic-context/FindingWording.h"
#include "checks/atomic-context/ModuleAnalysis.h"
#include "checks/atomic-context/ModuleLinker.h"
#include "checks/atomic-context/ProgramFile.h"
#include "checks/atomic-context/SummaryDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <memory>

namespace clang::tidy::kernel {
namespace {

/// Builds event programs by hand: one file, sites by line.
class ProgramBuilder {
public:
  EventProgram P;
  ProgramBuilder() { P.file("/src/m.c"); }

  SiteId at(unsigned Line) { return P.site(0, Line, 1); }

  FunctionId function(llvm::StringRef Name, std::vector<Block> Blocks,
                      unsigned Line = 1) {
    FunctionId F = P.function(Name);
    Function &Fn = P.Functions[F];
    Fn.Name = Name.str();
    Fn.At = at(Line);
    Fn.Defined = true;
    Fn.Shown = true;
    Fn.Blocks = std::move(Blocks);
    Fn.Entry = 0;
    Fn.Exit = Fn.Blocks.size() - 1;
    return F;
  }
  FunctionId declared(llvm::StringRef Name) {
    FunctionId F = P.function(Name);
    P.Functions[F].Name = Name.str();
    P.Functions[F].At = at(1);
    return F;
  }

  Event enter(unsigned Line, llvm::StringRef Key = "l",
              ContextKind K = ContextKind::Preempt) {
    Event E;
    E.K = Event::Enter;
    E.At = at(Line);
    E.Key = Key.str();
    E.Text = ("spin_lock(" + Key + ")").str();
    E.Context = K;
    return E;
  }
  Event leave(unsigned Line, llvm::StringRef Key = "l") {
    Event E;
    E.K = Event::Leave;
    E.At = at(Line);
    E.Key = Key.str();
    return E;
  }
  Event sleep(unsigned Line, llvm::StringRef Name = "msleep") {
    Event E;
    E.K = Event::Sleep;
    E.At = at(Line);
    E.Name = Name.str();
    return E;
  }
  Event call(unsigned Line, FunctionId Callee) {
    Event E;
    E.K = Event::Call;
    E.At = at(Line);
    E.Callees.push_back(Callee);
    E.Text = P.Functions[Callee].Name + "()";
    return E;
  }

  Event fieldCall(unsigned Line, llvm::StringRef Field) {
    Event E;
    E.K = Event::FieldCall;
    E.At = at(Line);
    E.Key = Field.str();
    return E;
  }

  /// A straight-line function: entry block with the events, then the exit.
  FunctionId straight(llvm::StringRef Name, std::vector<Event> Events) {
    Block Body;
    Body.Events = std::move(Events);
    Body.Successors = {1};
    return function(Name, {std::move(Body), Block()});
  }
};

std::vector<unsigned> findingLines(const ModuleAnalysis::Result &R,
                                   const EventProgram &P) {
  std::vector<unsigned> Lines;
  for (const Finding &F : R.Findings)
    Lines.push_back(P.site(F.At).Line);
  return Lines;
}

TEST(ContextStateTest, JoinKeepsTheDeepestPathAndTheShallowest) {
  ProgramBuilder B;
  Event Lock = B.enter(1);
  ContextState Held, Free;
  Held.enter(Lock, ContextKind::Preempt, OriginKind::Call);
  EXPECT_TRUE(Free.join(Held, B.P));
  EXPECT_EQ(Free.Depth, 1);
  EXPECT_EQ(Free.MinDepth, 0);
  EXPECT_FALSE(Free.join(Held, B.P)) << "joining again changes nothing";
}

TEST(ContextStateTest, EqualDepthsPreferTheEarlierOrigin) {
  ProgramBuilder B;
  Event Early = B.enter(2, "a"), Late = B.enter(9, "b");
  ContextState S1, S2;
  S1.enter(Late, ContextKind::Preempt, OriginKind::Call);
  S2.enter(Early, ContextKind::Preempt, OriginKind::Call);
  S1.join(S2, B.P);
  ASSERT_EQ(S1.Levels.size(), 1u);
  EXPECT_EQ(S1.Levels.front().Origin, &Early);
}

TEST(ContextStateTest, UnlockEndsTheLevelOfItsLock) {
  ProgramBuilder B;
  Event A = B.enter(1, "a"), Bl = B.enter(2, "b");
  ContextState S;
  S.enter(A, ContextKind::Preempt, OriginKind::Call);
  S.enter(Bl, ContextKind::Bh, OriginKind::Call);
  S.leave("a", false);
  ASSERT_EQ(S.Levels.size(), 1u);
  EXPECT_EQ(S.Levels.front().Origin, &Bl) << "released out of order";
  EXPECT_TRUE(S.AllInterrupt);
  S.leave("b", false);
  EXPECT_FALSE(S.AllInterrupt);
}

TEST(ContextStateTest, GuardLeavesOnlyIfHeld) {
  ProgramBuilder B;
  ContextState S;
  S.leave("guard", /*OnlyIfHeld=*/true);
  EXPECT_EQ(S.Depth, 0);
}

TEST(FunctionDataflowTest, LockHelperReturnsWithTheLevel) {
  ProgramBuilder B;
  FunctionId Lock = B.straight("dev_lock", {B.enter(2)});
  FunctionId User = B.straight("user", {B.call(5, Lock), B.sleep(6)});
  ModuleAnalysis A(B.P, {});
  ModuleAnalysis::Result R = A.run();
  EXPECT_EQ(A.summary(Lock)->NetDepth, 1);
  EXPECT_EQ(findingLines(R, B.P), std::vector<unsigned>{6});
  EXPECT_EQ(R.Findings.front().In, User);
  EXPECT_EQ(R.Findings.front().Origin, OriginKind::Helper);
}

TEST(FunctionDataflowTest, DisagreeingReturnPathsLeaveTheLeast) {
  // if (!frozen) return; unlock();  -- exits at 0 and -1
  ProgramBuilder B;
  Block Entry, Unlock, Exit;
  Entry.Successors = {1, 2};
  Unlock.Events = {B.leave(3)};
  Unlock.Successors = {2};
  FunctionId Thaw = B.function("thaw", {Entry, Unlock, Exit});
  ModuleAnalysis A(B.P, {});
  A.run();
  EXPECT_EQ(A.summary(Thaw)->NetDepth, -1);
}

TEST(FunctionDataflowTest, PathsThatCannotReturnAreNoExits) {
  // spin_lock(); if (bad) BUG(); spin_unlock();
  ProgramBuilder B;
  Block Entry, Bug, Unlock, Exit;
  Entry.Events = {B.enter(2)};
  Entry.Successors = {1, 2};
  Bug.NoReturn = true;
  Bug.Successors = {3};
  Unlock.Events = {B.leave(4)};
  Unlock.Successors = {3};
  FunctionId Checked = B.function("checked", {Entry, Bug, Unlock, Exit});
  FunctionId Dies = B.straight("dies", {});
  B.P.Functions[Dies].Blocks[0].NoReturn = true;
  ModuleAnalysis A(B.P, {});
  A.run();
  EXPECT_EQ(A.summary(Checked)->NetDepth, 0);
  EXPECT_TRUE(A.summary(Dies)->NoReturn);
}

TEST(FunctionDataflowTest, TrylockEntersOnlyOnItsEdge) {
  ProgramBuilder B;
  Block Entry, Got, Missed, Exit;
  Entry.Successors = {1, 2};
  Entry.TryEdge = 0;
  Entry.TryEnter = B.enter(2);
  Got.Events = {B.sleep(3), B.leave(4)};
  Got.Successors = {3};
  Missed.Events = {B.sleep(5)};
  Missed.Successors = {3};
  B.function("try", {Entry, Got, Missed, Exit});
  ModuleAnalysis A(B.P, {});
  EXPECT_EQ(findingLines(A.run(), B.P), std::vector<unsigned>{3});
}

TEST(FunctionDataflowTest, InterruptOnlySleepIsSilentUnderBottomHalves) {
  ProgramBuilder B;
  Event Vfree = B.sleep(3, "vfree");
  Vfree.UnlessInterrupt = true;
  B.straight("bh", {B.enter(2, "l", ContextKind::Bh), Vfree, B.leave(4)});
  Event Vfree2 = B.sleep(7, "vfree");
  Vfree2.UnlessInterrupt = true;
  B.straight("plain", {B.enter(6), Vfree2, B.leave(8)});
  ModuleAnalysis A(B.P, {});
  EXPECT_EQ(findingLines(A.run(), B.P), std::vector<unsigned>{7});
}

TEST(FunctionDataflowTest, MacroExpansionTakesEffectOnce) {
  ProgramBuilder B;
  Event E1 = B.enter(2), E2 = B.enter(2);
  E1.Expansion = E2.Expansion = 7;
  FunctionId F = B.straight("macro_lock", {E1, E2});
  ModuleAnalysis A(B.P, {});
  A.run();
  EXPECT_EQ(A.summary(F)->NetDepth, 1);
}

TEST(ModuleAnalysisTest, SleepTravelsARecursiveRing) {
  // f0 -> f1 -> ... -> f49 -> f0, f25 sleeps; f0 called under a lock.
  ProgramBuilder B;
  constexpr unsigned N = 50;
  std::vector<FunctionId> Ring;
  for (unsigned I = 0; I != N; ++I)
    Ring.push_back(B.declared("f" + std::to_string(I)));
  for (unsigned I = 0; I != N; ++I) {
    std::vector<Event> Events{B.call(100 + I, Ring[(I + 1) % N])};
    if (I == 25)
      Events.push_back(B.sleep(200));
    B.straight("f" + std::to_string(I), Events);
  }
  B.straight("caller", {B.enter(300), B.call(301, Ring[0]), B.leave(302)});
  ModuleAnalysis A(B.P, {});
  ModuleAnalysis::Result R = A.run();
  EXPECT_EQ(findingLines(R, B.P), std::vector<unsigned>{301});
  // The chain reaches the call that sleeps, once round the ring.
  std::vector<DiagnosticText> Notes = wordFinding(R.Findings.front(), B.P, A);
  EXPECT_NE(formatDiagnostic(Notes.back().Format, Notes.back().Args)
                .find("'f25' calls 'msleep' here"),
            std::string::npos);
}

TEST(ModuleAnalysisTest, ACycleDoesNotKeepASleepAtADepthThatFell) {
  // a calls itself, then b, then sleeps; b releases a level its caller
  // holds and calls a. Analysed first, a sleeps at its entry depth (b's
  // release is not known yet); once it is, the sleep is one level below,
  // and the recursive call must not keep the first answer alive (the
  // kernel database said kernfs_put() sleeps this way).
  ProgramBuilder B;
  FunctionId A = B.declared("a");
  FunctionId Bf = B.declared("b");
  B.straight("a", {B.call(10, A), B.call(11, Bf), B.sleep(12)});
  B.straight("b", {B.leave(20), B.call(21, A)});
  B.straight("caller", {B.enter(30), B.call(31, A), B.leave(32)});
  ModuleAnalysis Analysis(B.P, {});
  EXPECT_TRUE(Analysis.run().Findings.empty());
  ASSERT_TRUE(Analysis.summary(A) && Analysis.summary(A)->Sleeps);
  // Below its entry depth (each lap of the recursion releases once more,
  // down to the bound).
  EXPECT_LT(Analysis.summary(A)->Sleeps->RelDepth, 0);
}

TEST(ModuleAnalysisTest, ACalleeThatNeverReturnsIsNoSleepOfItsCaller) {
  // die() sleeps on its way down and never returns (an exit block no path
  // reaches); report() calls it on an error path under a lock.
  ProgramBuilder B;
  Block Body;
  Body.Events = {B.sleep(2, "console_lock")};
  Body.Successors = {2};
  Block Exit, Loop;
  Loop.Successors = {2};
  FunctionId Die = B.function("die", {std::move(Body), std::move(Exit), std::move(Loop)});
  B.P.Functions[Die].Exit = 1;
  B.straight("report", {B.enter(5), B.call(6, Die), B.leave(7)});
  ModuleAnalysis A(B.P, {});
  EXPECT_TRUE(A.run().Findings.empty());
  ASSERT_TRUE(A.summary(Die));
  EXPECT_TRUE(A.summary(Die)->NoReturn);
  EXPECT_TRUE(A.summary(Die)->Sleeps.has_value());
}

TEST(ModuleAnalysisTest, UnanalysedCalleeInAtomicContextIsSaid) {
  ProgramBuilder B;
  FunctionId Big = B.straight("too_big", {B.sleep(2)});
  B.P.Functions[Big].Incomplete = true;
  B.P.Functions[Big].Defined = false;
  B.P.Functions[Big].Blocks.clear();
  B.straight("caller", {B.enter(5), B.call(6, Big), B.leave(7)});
  ModuleAnalysis A(B.P, {});
  ModuleAnalysis::Result R = A.run();
  EXPECT_TRUE(R.Findings.empty());
  ASSERT_EQ(R.Unanalysed.size(), 1u);
  EXPECT_EQ(B.P.site(R.Unanalysed.front().At).Line, 6u);
}

TEST(ModuleAnalysisTest, OneFindingPerSite) {
  ProgramBuilder B;
  B.straight("a", {B.enter(1), B.sleep(2), B.sleep(2)});
  ModuleAnalysis A(B.P, {});
  EXPECT_EQ(findingLines(A.run(), B.P), std::vector<unsigned>{2});
}

TEST(FormatDiagnosticTest, ArgumentsAreNeverFormats) {
  EXPECT_EQ(formatDiagnostic("calling '%0' (%1) 100%%", {"f%1", "%0%select{"}),
            "calling 'f%1' (%0%select{) 100%");
}

/// A temporary folder for files.
class TempDir {
public:
  TempDir() { llvm::sys::fs::createUniqueDirectory("kt-unittest", Path); }
  ~TempDir() { llvm::sys::fs::remove_directories(Path); }
  std::string file(llvm::StringRef Name) const {
    llvm::SmallString<128> F(Path);
    llvm::sys::path::append(F, Name);
    return std::string(F);
  }

private:
  llvm::SmallString<128> Path;
};

/// \p P written as the summary of /src/m.c and read back.
llvm::Expected<TranslationUnitSummary> roundTrip(const EventProgram &P,
                                                 const TempDir &Dir) {
  TranslationUnitSummary S;
  S.MainFile = "/src/m.c";
  S.Program = P;
  if (llvm::Error E = writeSummary(S, Dir.file("m.ktsum")))
    return std::move(E);
  return readSummary(Dir.file("m.ktsum"));
}

/// The programs of two TUs, linked.
EventProgram linked(const EventProgram &First, const EventProgram &Second) {
  ModuleLinker L;
  TranslationUnitSummary A, B;
  A.MainFile = "a.c";
  A.Program = First;
  B.MainFile = "b.c";
  B.Program = Second;
  L.add(std::move(A));
  L.add(std::move(B));
  return L.link();
}

TEST(SummaryFileTest, RoundTripsAndRejectsOtherVersions) {
  ProgramBuilder B;
  FunctionId Lock = B.straight("dev_lock", {B.enter(2)});
  B.straight("user", {B.call(5, Lock), B.sleep(6)});
  TempDir Dir;
  llvm::Expected<TranslationUnitSummary> Read = roundTrip(B.P, Dir);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(Read->Program.Functions.size(), B.P.Functions.size());
  ModuleAnalysis A(Read->Program, {});
  EXPECT_EQ(findingLines(A.run(), Read->Program), std::vector<unsigned>{6});

  llvm::Expected<TranslationUnitSummary> Missing = readSummary(Dir.file("none"));
  EXPECT_FALSE(bool(Missing));
  llvm::consumeError(Missing.takeError());
}

TEST(ModuleLinkerTest, DeclarationMeetsDefinitionByName) {
  ProgramBuilder Helpers;
  Helpers.straight("pdu_create", {Helpers.sleep(3, "kmalloc")});
  ProgramBuilder Main;
  FunctionId Ext = Main.declared("pdu_create");
  Main.straight("send", {Main.enter(5), Main.call(6, Ext), Main.leave(7)});
  EventProgram P = linked(Helpers.P, Main.P);
  ModuleAnalysis Analysis(P, {});
  EXPECT_EQ(findingLines(Analysis.run(/*AllShown=*/true), P),
            std::vector<unsigned>{6});
}

/// A module of two TUs: one stores \p Stored in `ops.lock` (sleeping or
/// not, by name), the other calls through the field under a spinlock at
/// line 11; linked, resolved or not.
ModuleAnalysis::Result linkFieldCall(
    std::vector<std::pair<std::string, bool>> Stored, bool Resolve,
    EventProgram &P, std::unique_ptr<ModuleAnalysis> &A) {
  ProgramBuilder Impl;
  for (const auto &[Name, Sleeps] : Stored) {
    FunctionId F = Impl.straight(Name, Sleeps ? std::vector<Event>{Impl.sleep(3, "mutex_lock")}
                                              : std::vector<Event>{});
    Impl.P.FieldStores.push_back({"ops.lock", F, Impl.at(20)});
  }
  ProgramBuilder User;
  User.straight("user", {User.enter(10), User.fieldCall(11, "ops.lock"),
                         User.leave(12)});
  P = linked(Impl.P, User.P);
  if (Resolve)
    resolveFieldCalls(P);
  A = std::make_unique<ModuleAnalysis>(P, llvm::ArrayRef<ExternalSummaries *>());
  return A->run(/*AllShown=*/true);
}

TEST(FieldCallTest, SleepsWhenEveryStoredFunctionSleeps) {
  EventProgram P;
  std::unique_ptr<ModuleAnalysis> A;
  ModuleAnalysis::Result R =
      linkFieldCall({{"lock_a", true}, {"lock_b", true}}, true, P, A);
  ASSERT_EQ(findingLines(R, P), std::vector<unsigned>{11});
  // The first stored function is the next frame, and the note names the
  // field.
  std::vector<DiagnosticText> Notes = wordFinding(R.Findings.front(), P, *A);
  std::string Frame = formatDiagnostic(Notes.back().Format, Notes.back().Args);
  EXPECT_NE(Frame.find("'lock_a' calls 'mutex_lock' here"), std::string::npos)
      << Frame;
  ASSERT_GE(Notes.size(), 2u);
  std::string Field = formatDiagnostic(Notes[Notes.size() - 2].Format,
                                       Notes[Notes.size() - 2].Args);
  EXPECT_EQ(Field, "a call through 'ops.lock': every function stored there "
                   "may sleep, 'lock_a' the first");
}

TEST(FieldCallTest, OneStoredFunctionThatDoesNotSleepClearsTheCall) {
  EventProgram P;
  std::unique_ptr<ModuleAnalysis> A;
  EXPECT_TRUE(
      linkFieldCall({{"lock_a", true}, {"lock_none", false}}, true, P, A)
          .Findings.empty());
}

TEST(FieldCallTest, UnresolvedOrUnstoredFieldsCallNothing) {
  EventProgram P;
  std::unique_ptr<ModuleAnalysis> A;
  EXPECT_TRUE(linkFieldCall({{"lock_a", true}}, false, P, A).Findings.empty());
  EXPECT_TRUE(linkFieldCall({}, true, P, A).Findings.empty());
}

TEST(FieldCallTest, StoresAndFieldCallsRoundTripThroughSummaryFiles) {
  ProgramBuilder B;
  FunctionId F = B.straight("lock_a", {B.sleep(3)});
  B.P.FieldStores.push_back({"ops.lock", F, B.at(20)});
  B.straight("user", {B.enter(10), B.fieldCall(11, "ops.lock"), B.leave(12)});
  TempDir Dir;
  llvm::Expected<TranslationUnitSummary> Read = roundTrip(B.P, Dir);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Program.FieldStores.size(), 1u);
  EXPECT_EQ(Read->Program.FieldStores.front().Field, "ops.lock");
  resolveFieldCalls(Read->Program);
  ModuleAnalysis A(Read->Program, {});
  EXPECT_EQ(findingLines(A.run(), Read->Program), std::vector<unsigned>{11});
}

TEST(SummaryDatabaseTest, WritesReadsAndRefusesTruncation) {
  ProgramBuilder B;
  FunctionId Sleeper = B.straight("sleeper", {B.sleep(2)});
  ModuleAnalysis A(B.P, {});
  A.run();
  TempDir Dir;
  ASSERT_FALSE(bool(SummaryDatabase::write(Dir.file("m.ktdb"),
                                           SummaryDatabase::Kind::Module, "test",
                                           B.P, A)));
  llvm::Expected<std::unique_ptr<SummaryDatabase>> DB =
      SummaryDatabase::open(Dir.file("m.ktdb"));
  ASSERT_TRUE(bool(DB)) << llvm::toString(DB.takeError());
  EXPECT_TRUE((*DB)->knows("sleeper"));
  EXPECT_FALSE((*DB)->knows("other"));
  ProgramBuilder User;
  FunctionId Ext = User.declared("sleeper");
  std::optional<FunctionSummary> S = (*DB)->lookup(User.P, Ext);
  ASSERT_TRUE(S.has_value());
  EXPECT_TRUE(S->Sleeps.has_value());
  (void)Sleeper;
}

} // namespace
} // namespace clang::tidy::kernel
