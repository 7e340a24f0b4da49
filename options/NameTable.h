#ifndef KERNEL_TIDY_OPTIONS_NAMETABLE_H
#define KERNEL_TIDY_OPTIONS_NAMETABLE_H

#include "analysis/LlvmCompat.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::kernel {

/// One entry of a table option: a name pattern and the `:`-separated fields
/// after it (`spin_lock_bh:bh` -> pattern `spin_lock_bh`, fields {`bh`}).
struct TableEntry {
  std::string Pattern;
  llvm::SmallVector<std::string, 2> Fields;
  /// The entry as written, for diagnostics.
  std::string Text;
};

/// Splits a table option: entries separated by `;` or `,`, white space
/// (also newlines) around entries and fields ignored, empty entries
/// skipped. With \p Fields, `:` separates the fields of an entry (tables of
/// C names); without, an entry is one name (C++ names hold `::`). Checking
/// the fields is the reader's business.
std::vector<TableEntry> parseTableEntries(llvm::StringRef Spec,
                                          bool Fields = true);

/// Names matched against patterns: an exact name, a prefix pattern `name*`
/// or a suffix pattern `*name`. Kernel APIs come in families
/// (`mutex_lock_interruptible`, `msleep_...`), and tables stay readable when
/// a family is one entry. An exact entry wins over a pattern; among
/// patterns the longest wins; on a tie the entry added first.
template <typename T> class NameTable {
public:
  void add(llvm::StringRef Pattern, T Value) {
    if (Pattern.size() > 1 && compat::endsWith(Pattern, "*"))
      Patterns.push_back({Pattern.drop_back().str(), /*IsPrefix=*/true,
                          std::move(Value)});
    else if (Pattern.size() > 1 && compat::startsWith(Pattern, "*"))
      Patterns.push_back({Pattern.drop_front().str(), /*IsPrefix=*/false,
                          std::move(Value)});
    else if (!Pattern.empty())
      Exact.try_emplace(Pattern, std::move(Value));
  }

  const T *find(llvm::StringRef Name) const {
    if (Name.empty())
      return nullptr;
    auto It = Exact.find(Name);
    if (It != Exact.end())
      return &It->second;
    // Patterns in the order they were added, so that a strictly longer
    // match is needed to replace an earlier one.
    const Pattern *Best = nullptr;
    for (const Pattern &P : Patterns)
      if ((!Best || P.Text.size() > Best->Text.size()) &&
          (P.IsPrefix ? compat::startsWith(Name, P.Text)
                      : compat::endsWith(Name, P.Text)))
        Best = &P;
    return Best ? &Best->Value : nullptr;
  }

  bool contains(llvm::StringRef Name) const { return find(Name) != nullptr; }
  bool empty() const {
    return Exact.empty() && Patterns.empty();
  }

private:
  /// `Text*` (a prefix) or `*Text` (a suffix).
  struct Pattern {
    std::string Text;
    bool IsPrefix;
    T Value;
  };
  llvm::StringMap<T> Exact;
  std::vector<Pattern> Patterns;
};

} // namespace clang::tidy::kernel

#endif
