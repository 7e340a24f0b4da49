"""Compile flags clang must not see: GCC-only options, and kbuild's
dependency-file option. Shared by the runner over a compile database and by
kbuild's checker slot, which both receive command lines written for GCC."""

# Options removed from every compile command. An entry ending in '*'
# matches every option that starts with the rest (clangd's Remove syntax).
#
# kbuild's `-Wp,-MMD,dir/.file.o.d` makes clang write a dependency file into
# the tree (clang-tidy removes only the plain -MD/-MMD forms).
OUTPUT_FLAGS = ("-Wp,-MD,*", "-Wp,-MMD,*")

# GCC options that clang-19 rejects ("unknown argument", or "unsupported
# option" for the target), measured against the flags kbuild passes to
# gcc-12 for x86-64. (GCC plugin options are harmless: clang-tidy and clangd
# load no compiler plugin.)
GCC_ONLY_FLAGS = (
    "-fconserve-stack",
    "-fno-allow-store-data-races",
    "-fno-code-hoisting",
    "-fno-ipa-cp-clone",
    "-fno-ipa-sra",
    "-fno-partial-inlining",
    "-fno-tree-loop-im",
    "-fno-var-tracking-assignments",
    "-fsched-pressure",
    "-fmin-function-alignment=*",
    "-mindirect-branch-register",
    "-mindirect-branch=*",
    "-mno-fentry",
    "-mpreferred-stack-boundary=*",
    "-mrecord-mcount",
)

# GCC warning options clang does not know are warnings about the command line,
# errors under -Werror (CONFIG_WERROR); so are GCC optimisation flags clang
# only ignores.
DEFAULT_EXTRA_ARGS = ("-Wno-unknown-warning-option",
                      "-Wno-ignored-optimization-argument")


# Options of the clang kernel-tidy is tested against (19: kbuild with
# LLVM=1 writes what it accepts) that the driver of an older major rejects,
# by major: "remove" lists options it does not know, "companions" options it
# accepts only beside another. Measured with clang-15 and clang-16
# -fsyntax-only over the real-driver corpus's compile commands
# (docs/llvm-versions.md); the unknown warning options they also meet
# (-Wno-format-overflow, ...) are DEFAULT_EXTRA_ARGS' business.
OLDER_CLANG_FLAGS = {
    15: {
        "remove": ("-mindirect-branch-cs-prefix",),
        "companions": {
            "-ftrivial-auto-var-init=zero":
                "-enable-trivial-auto-var-init-zero-knowing-it-will-be-removed-from-clang",
        },
    },
}


def for_llvm(arguments, major):
    """ARGUMENTS as the clang of MAJOR takes them (OLDER_CLANG_FLAGS)."""
    table = OLDER_CLANG_FLAGS.get(major, {})
    kept = without(arguments, table.get("remove", ()))
    companions = [companion for flag, companion in table.get("companions", {}).items()
                  if flag in kept and companion not in kept]
    return kept + companions


def removable(arg, removed):
    """Whether ARG is one of REMOVED (a final '*' matching any rest)."""
    for flag in removed:
        if arg == flag or (flag.endswith("*") and arg.startswith(flag[:-1])):
            return True
    return False


def without(arguments, removed):
    """ARGUMENTS less those REMOVED names."""
    return [a for a in arguments if not removable(a, removed)]


# What kbuild's CHECKFLAGS hand a checker beyond the compile flags (Linux
# 6.1's Makefile and arch/x86/Makefile), meant for sparse: its warning
# options, its target options, and -D__STDC__, a builtin macro whose
# redefinition clang warns about. sparse defines __CHECKER__ itself; given
# to clang it would turn on sparse-only attributes in
# include/linux/compiler_types.h that clang rejects. (-m64 and the other -D
# options mean the same to clang and stay.)
SPARSE_FLAGS = (
    "-D__CHECKER__",
    "-D__STDC__",
    "-Wbitwise",
    "-Wno-return-void",
    "-Wno-unknown-attribute",
    "--arch=*",
    "-mlittle-endian",
    "-mbig-endian",
)
