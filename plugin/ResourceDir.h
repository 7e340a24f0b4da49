#ifndef KERNEL_TIDY_PLUGIN_RESOURCEDIR_H
#define KERNEL_TIDY_PLUGIN_RESOURCEDIR_H

#include <optional>
#include <string>

namespace clang::tidy::kernel {

/// The resource directory (clang's builtin headers) to hand to a linked-in
/// tool, or nothing when the one clang derives from the executable's own
/// location exists.
///
/// clang looks for `../lib/clang/<major>` beside the running binary, which
/// exists only for a tool installed next to clang; a kernel-tidy or
/// kernel-clangd anywhere else would parse without <stddef.h>, <stdarg.h>
/// and the intrinsics headers. They then use the directory of the clang
/// they were built against.
std::optional<std::string> missingResourceDir(const char *Argv0,
                                              void *MainAddr);

} // namespace clang::tidy::kernel

#endif
