#ifndef KERNEL_TIDY_CHECKS_USERSPACE_RUNTIME_HOSTEDRUNTIMETABLES_H
#define KERNEL_TIDY_CHECKS_USERSPACE_RUNTIME_HOSTEDRUNTIMETABLES_H

/// What a hosted C and C++ runtime offers and a kernel does not (SPEC.md,
/// `kernel-userspace-runtime`). Each table is the default value of a check
/// option in NameList syntax, so users replace a list by setting the option
/// and extend it through the matching `Extra...` option.
namespace clang::tidy::kernel::tables {

/// C library and POSIX functions the kernel does not provide. Functions it
/// does provide under the same name (memcpy, strlen, snprintf, sscanf, ...)
/// are deliberately absent; libm belongs to kernel-floating-point.
extern const char LibcFunctions[];

/// Qualified names, inline namespaces (`std::__cxx11`, `std::chrono::_V2`)
/// left out, of standard-library types, functions and objects that allocate
/// or need the operating system. Freestanding facilities (std::array,
/// std::optional, std::unique_ptr, std::sort, std::string_view, ...) are
/// deliberately absent.
extern const char StdNames[];

/// Class templates whose specialisations need libatomic when the argument
/// type is too large or oddly sized for the target's atomic instructions.
extern const char AtomicTemplates[];

/// `name=alternative` entries, `;`-separated; `name` in NameList syntax: what
/// kernel code uses instead of a listed function or type. The first matching
/// entry wins.
extern const char KernelAlternatives[];

} // namespace clang::tidy::kernel::tables

#endif
