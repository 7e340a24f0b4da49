//===--- Macros.cpp - Looking up the macros a translation unit defined -----===//

#include "Macros.h"

namespace clang::tidy::kernel {

const MacroInfo *definedMacro(const Preprocessor &PP, llvm::StringRef Name) {
  const IdentifierTable &Identifiers = PP.getIdentifierTable();
  auto It = Identifiers.find(Name);
  if (It == Identifiers.end())
    return nullptr;
  const IdentifierInfo *II = It->getValue();
  if (!II || !II->hasMacroDefinition())
    return nullptr;
  return PP.getMacroInfo(II);
}

} // namespace clang::tidy::kernel
