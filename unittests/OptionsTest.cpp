// The option helpers: table syntax, pattern precedence, list options.
#include "options/ListOption.h"
#include "options/NameList.h"
#include "options/NameTable.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {
namespace {

// --- parseTableEntries -----------------------------------------------------

struct ParseCase {
  const char *Spec;
  bool Fields;
  /// The entries as "pattern|field|field", in order.
  std::vector<std::string> Expected;
};

std::string flatten(const TableEntry &E) {
  std::string Out = E.Pattern;
  for (const std::string &F : E.Fields)
    Out += "|" + F;
  return Out;
}

class ParseTableEntries : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseTableEntries, SplitsEntriesAndFields) {
  const ParseCase &C = GetParam();
  std::vector<std::string> Got;
  for (const TableEntry &E : parseTableEntries(C.Spec, C.Fields))
    Got.push_back(flatten(E));
  EXPECT_EQ(Got, C.Expected) << "spec: '" << C.Spec << "'";
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseTableEntries,
    testing::Values(
        ParseCase{"", true, {}},
        ParseCase{" ; ;, ", true, {}},
        ParseCase{"a;b", true, {"a", "b"}},
        ParseCase{"a,b", true, {"a", "b"}},
        ParseCase{"  a ;\n b\n;c  ", true, {"a", "b", "c"}},
        ParseCase{"spin_lock_bh:bh", true, {"spin_lock_bh|bh"}},
        ParseCase{" x : y : z ", true, {"x|y|z"}},
        ParseCase{"x:", true, {"x|"}},
        ParseCase{"std::vector;std::map", false, {"std::vector", "std::map"}},
        ParseCase{"std::vector", true, {"std||vector"}},
        ParseCase{"mutex_lock*;*_trylock", true, {"mutex_lock*", "*_trylock"}}));

TEST(ParseTableEntriesText, KeepsTheEntryAsWrittenForDiagnostics) {
  std::vector<TableEntry> Entries =
      parseTableEntries(" vfree : unless-interrupt ;x");
  ASSERT_EQ(Entries.size(), 2u);
  EXPECT_EQ(Entries[0].Text, "vfree : unless-interrupt");
  EXPECT_EQ(Entries[1].Text, "x");
}

// --- NameTable matching precedence -----------------------------------------

struct MatchCase {
  const char *Name;
  /// Patterns in the order they are added; the value of each is its index.
  std::vector<const char *> Patterns;
  const char *Lookup;
  /// The index of the entry that wins, or -1 for no match.
  int Expected;
};

class NameTableMatch : public testing::TestWithParam<MatchCase> {};

TEST_P(NameTableMatch, PicksTheDocumentedEntry) {
  const MatchCase &C = GetParam();
  NameTable<int> Table;
  for (size_t I = 0; I != C.Patterns.size(); ++I)
    Table.add(C.Patterns[I], static_cast<int>(I));
  const int *Found = Table.find(C.Lookup);
  EXPECT_EQ(Found ? *Found : -1, C.Expected) << C.Name;
  EXPECT_EQ(Table.contains(C.Lookup), C.Expected != -1) << C.Name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NameTableMatch,
    testing::Values(
        MatchCase{"exact", {"msleep"}, "msleep", 0},
        MatchCase{"exact only", {"msleep"}, "msleep_interruptible", -1},
        MatchCase{"prefix", {"msleep*"}, "msleep_interruptible", 0},
        MatchCase{"prefix matches itself", {"msleep*"}, "msleep", 0},
        MatchCase{"suffix", {"*_trylock"}, "spin_trylock", 0},
        MatchCase{"suffix mismatch", {"*_trylock"}, "spin_lock", -1},
        MatchCase{"exact over an earlier pattern",
                  {"mutex_*", "mutex_lock"}, "mutex_lock", 1},
        MatchCase{"exact over a longer pattern",
                  {"mutex_lock", "mutex_lock*"}, "mutex_lock", 0},
        MatchCase{"longest prefix, added last",
                  {"mutex_*", "mutex_lock_*"}, "mutex_lock_killable", 1},
        MatchCase{"longest prefix, added first",
                  {"mutex_lock_*", "mutex_*"}, "mutex_lock_killable", 0},
        MatchCase{"longer suffix over shorter prefix",
                  {"spin_*", "*_trylock"}, "spin_trylock", 1},
        MatchCase{"longer prefix over shorter suffix",
                  {"*_lock", "spin_lock*"}, "spin_lock", 1},
        MatchCase{"tie between prefixes: first added",
                  {"ab*", "ab*"}, "abc", 0},
        MatchCase{"tie between suffixes: first added",
                  {"*yz", "*yz"}, "xyz", 0},
        MatchCase{"tie, suffix added first", {"*_x", "a_*"}, "a_x", 0},
        MatchCase{"tie, prefix added first", {"a_*", "*_x"}, "a_x", 0},
        MatchCase{"duplicate exact: first added", {"kfree", "kfree"}, "kfree", 0},
        MatchCase{"a star inside a name is literal", {"a*b"}, "axb", -1},
        MatchCase{"a lone star is no pattern", {"*"}, "anything", -1},
        MatchCase{"empty pattern ignored", {""}, "", -1},
        MatchCase{"empty name never matches", {"a*"}, "", -1}),
    [](const testing::TestParamInfo<MatchCase> &Info) {
      std::string Name = Info.param.Name;
      for (char &Ch : Name)
        if (!isalnum(static_cast<unsigned char>(Ch)))
          Ch = '_';
      return Name;
    });

TEST(NameTable, EmptyUntilSomethingIsAdded) {
  NameTable<int> Table;
  EXPECT_TRUE(Table.empty());
  Table.add("", 0);
  EXPECT_TRUE(Table.empty());
  Table.add("x*", 1);
  EXPECT_FALSE(Table.empty());
}

// --- NameList ----------------------------------------------------------------

TEST(NameList, MatchesNamesAndPatterns) {
  NameList List("kmalloc; vmalloc*;*_user");
  EXPECT_TRUE(List.matches("kmalloc"));
  EXPECT_TRUE(List.matches("vmalloc_node"));
  EXPECT_TRUE(List.matches("copy_to_user"));
  EXPECT_FALSE(List.matches("kmalloc_array"));
  EXPECT_FALSE(List.empty());
  EXPECT_TRUE(NameList("").empty());
  EXPECT_TRUE(NameList().empty());
}

TEST(NameList, KeepsCxxNamesWhole) {
  NameList List("std::vector");
  EXPECT_TRUE(List.matches("std::vector"));
  EXPECT_FALSE(List.matches("std"));
}

TEST(NameList, OfTableIgnoresFields) {
  NameList List = NameList::ofTable("spin_lock_bh:bh;vfree:unless-interrupt");
  EXPECT_TRUE(List.matches("spin_lock_bh"));
  EXPECT_TRUE(List.matches("vfree"));
  EXPECT_FALSE(List.matches("bh"));
}

struct JoinCase {
  const char *A;
  const char *B;
  const char *Expected;
};

class NameListJoin : public testing::TestWithParam<JoinCase> {};

TEST_P(NameListJoin, JoinsOptionValues) {
  EXPECT_EQ(NameList::join(GetParam().A, GetParam().B), GetParam().Expected);
}

INSTANTIATE_TEST_SUITE_P(Table, NameListJoin,
                         testing::Values(JoinCase{"", "", ""},
                                         JoinCase{"a", "", "a"},
                                         JoinCase{"", "b", "b"},
                                         JoinCase{"a", "  ", "a"},
                                         JoinCase{" \n", "b", "b"},
                                         JoinCase{"a;b", "c", "a;b;c"}));

// --- ListOption --------------------------------------------------------------

/// A check's options as clang-tidy hands them over.
class ListOptionTest : public testing::Test {
protected:
  ListOptionTest()
      : Context(std::make_unique<DefaultOptionsProvider>(
            ClangTidyGlobalOptions(), ClangTidyOptions())) {}

  ClangTidyCheck::OptionsView options() {
    return ClangTidyCheck::OptionsView("kernel-test", Map, &Context);
  }
  void set(const char *Key, const char *Value) {
    Map[std::string("kernel-test.") + Key] = ClangTidyOptions::ClangTidyValue(Value);
  }

  ClangTidyOptions::OptionMap Map;
  ClangTidyContext Context;
};

TEST_F(ListOptionTest, BuiltInTableWhenUnset) {
  ListOption Option(options(), "Sleeping", "msleep;ssleep");
  EXPECT_EQ(Option.value(), "msleep;ssleep");
  EXPECT_EQ(Option.valueExtraFirst(), "msleep;ssleep");
}

TEST_F(ListOptionTest, OptionReplacesTheTable) {
  set("Sleeping", "my_sleep");
  ListOption Option(options(), "Sleeping", "msleep;ssleep");
  EXPECT_EQ(Option.value(), "my_sleep");
}

TEST_F(ListOptionTest, ExtraExtendsTheTable) {
  set("ExtraSleeping", "my_sleep");
  ListOption Option(options(), "Sleeping", "msleep");
  EXPECT_EQ(Option.value(), "msleep;my_sleep");
  EXPECT_EQ(Option.valueExtraFirst(), "my_sleep;msleep");
}

TEST_F(ListOptionTest, ExtraExtendsTheReplacement) {
  set("Sleeping", "a");
  set("ExtraSleeping", "b");
  ListOption Option(options(), "Sleeping", "msleep");
  EXPECT_EQ(Option.value(), "a;b");
}

TEST_F(ListOptionTest, EmptyOptionEmptiesTheTable) {
  set("Sleeping", "");
  ListOption Option(options(), "Sleeping", "msleep");
  EXPECT_EQ(Option.value(), "");
}

TEST_F(ListOptionTest, StoreEchoesBothForms) {
  set("Sleeping", "a");
  ListOption Option(options(), "Sleeping", "msleep");
  ClangTidyOptions::OptionMap Stored;
  Option.store(options(), Stored);
  ASSERT_EQ(Stored.count("kernel-test.Sleeping"), 1u);
  EXPECT_EQ(Stored["kernel-test.Sleeping"].Value, "a");
  ASSERT_EQ(Stored.count("kernel-test.ExtraSleeping"), 1u);
  EXPECT_EQ(Stored["kernel-test.ExtraSleeping"].Value, "");
}

} // namespace
} // namespace clang::tidy::kernel
