#include "options/ListOption.h"
#include "options/NameList.h"

namespace clang::tidy::kernel {

ListOption::ListOption(const ClangTidyCheck::OptionsView &Options,
                       llvm::StringRef Name, llvm::StringRef BuiltIn)
    : Name(Name.str()), List(Options.get(Name, BuiltIn).str()),
      Extra(Options.get(("Extra" + Name).str(), "").str()) {}

void ListOption::store(const ClangTidyCheck::OptionsView &Options,
                       ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, Name, List);
  Options.store(Opts, "Extra" + Name, Extra);
}

std::string ListOption::value() const { return NameList::join(List, Extra); }

std::string ListOption::valueExtraFirst() const {
  return NameList::join(Extra, List);
}

} // namespace clang::tidy::kernel
