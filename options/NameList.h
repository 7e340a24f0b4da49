#ifndef KERNEL_TIDY_OPTIONS_NAMELIST_H
#define KERNEL_TIDY_OPTIONS_NAMELIST_H

#include "options/NameTable.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// A list of names read from a check option (parseTableEntries() syntax,
/// one name an entry), matched as a NameTable: exact names, `name*` and
/// `*name` patterns.
class NameList {
public:
  NameList() = default;
  explicit NameList(llvm::StringRef Spec);
  /// The names of a table whose entries have fields (`name:...`).
  static NameList ofTable(llvm::StringRef Spec);

  bool matches(llvm::StringRef Name) const { return Names.contains(Name); }
  bool empty() const { return Names.empty(); }

  /// Joins two option values, for the `Extra...` form of a list option.
  static std::string join(llvm::StringRef A, llvm::StringRef B);

private:
  struct Present {};
  NameTable<Present> Names;
};

} // namespace clang::tidy::kernel

#endif
