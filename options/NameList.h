#ifndef KERNEL_TIDY_OPTIONS_NAMELIST_H
#define KERNEL_TIDY_OPTIONS_NAMELIST_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang::tidy::kernel {

/// A list of names read from a check option: `;`- or `,`-separated entries,
/// each an exact name, a prefix pattern `name*` or a suffix pattern `*name`.
/// Kernel APIs come in families (`mutex_lock_interruptible`, `msleep_...`),
/// and the option stays readable when a family is one entry.
class NameList {
public:
  NameList() = default;
  explicit NameList(llvm::StringRef Spec);

  bool matches(llvm::StringRef Name) const;
  bool empty() const { return Exact.empty() && Prefixes.empty() && Suffixes.empty(); }

  /// Joins two option values, for the `Extra...` form of a list option.
  static std::string join(llvm::StringRef A, llvm::StringRef B);

private:
  llvm::StringSet<> Exact;
  std::vector<std::string> Prefixes;
  std::vector<std::string> Suffixes;
};

} // namespace clang::tidy::kernel

#endif
