//===--- Macros.h - Looking up the macros a translation unit defined -------===//
//
// Checks read kernel configuration and flag values from the macros of the
// translation unit (CONFIG_FRAME_WARN, __GFP_*). A name is looked up, never
// added: Preprocessor::getIdentifierInfo would put names into a translation
// unit that never spelled them, allocating them in the preprocessor's memory
// from the plugin's code (which, in a sanitized plugin, poisons the rest of
// the slab that clang's own next identifier lands in).
//
//===----------------------------------------------------------------------===//

#ifndef KERNEL_TIDY_ANALYSIS_MACROS_H
#define KERNEL_TIDY_ANALYSIS_MACROS_H

#include "clang/Lex/Preprocessor.h"

namespace clang::tidy::kernel {

/// The definition of the object-like or function-like macro \p Name in
/// effect at the end of the translation unit, or null when \p Name was
/// never spelled or is not a macro.
const MacroInfo *definedMacro(const Preprocessor &PP, llvm::StringRef Name);

} // namespace clang::tidy::kernel

#endif
