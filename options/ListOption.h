#ifndef KERNEL_TIDY_OPTIONS_LISTOPTION_H
#define KERNEL_TIDY_OPTIONS_LISTOPTION_H

#include "clang-tidy/ClangTidyCheck.h"
#include <string>

namespace clang::tidy::kernel {

/// A list option (NameList syntax) that replaces a built-in table, with its
/// `Extra` form that extends it: every kernel-* list works this way. Read once
/// when the check is created; echoed by the check's storeOptions.
class ListOption {
public:
  ListOption(const ClangTidyCheck::OptionsView &Options, llvm::StringRef Name,
             llvm::StringRef BuiltIn);

  void store(const ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const;

  /// The list in effect: the option (or the table) and the extra entries.
  std::string value() const;
  /// The same with the extra entries first, for lists whose first match
  /// wins, so that the user's entries override the table's.
  std::string valueExtraFirst() const;

private:
  std::string Name;
  std::string List;
  std::string Extra;
};

} // namespace clang::tidy::kernel

#endif
