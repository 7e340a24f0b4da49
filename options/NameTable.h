#ifndef KERNEL_TIDY_OPTIONS_NAMETABLE_H
#define KERNEL_TIDY_OPTIONS_NAMETABLE_H

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
    if (Pattern.size() > 1 && Pattern.ends_with("*"))
      Prefixes.push_back({Pattern.drop_back().str(), std::move(Value)});
    else if (Pattern.size() > 1 && Pattern.starts_with("*"))
      Suffixes.push_back({Pattern.drop_front().str(), std::move(Value)});
    else if (!Pattern.empty())
      Exact.try_emplace(Pattern, std::move(Value));
  }

  const T *find(llvm::StringRef Name) const {
    if (Name.empty())
      return nullptr;
    auto It = Exact.find(Name);
    if (It != Exact.end())
      return &It->second;
    const T *Best = nullptr;
    size_t BestLength = 0;
    auto Consider = [&](const std::pair<std::string, T> &P, bool Matches) {
      if (Matches && (!Best || P.first.size() > BestLength)) {
        Best = &P.second;
        BestLength = P.first.size();
      }
    };
    for (const auto &P : Prefixes)
      Consider(P, Name.starts_with(P.first));
    for (const auto &S : Suffixes)
      Consider(S, Name.ends_with(S.first));
    return Best;
  }

  bool contains(llvm::StringRef Name) const { return find(Name) != nullptr; }
  bool empty() const {
    return Exact.empty() && Prefixes.empty() && Suffixes.empty();
  }

private:
  llvm::StringMap<T> Exact;
  std::vector<std::pair<std::string, T>> Prefixes;
  std::vector<std::pair<std::string, T>> Suffixes;
};

} // namespace clang::tidy::kernel

#endif
