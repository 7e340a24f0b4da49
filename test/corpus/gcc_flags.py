"""What a compile command written for GCC loses before clang-tidy takes it:
scripts/kerneltidy/compile_flags.py's lists, the ones kernel-tidy-project
and kernel-tidy-check apply to users' command lines, so that the corpus
runner and the reproducers' runner use them rather than a copy."""
import os
import shlex
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "scripts"))
from kerneltidy.compile_flags import (DEFAULT_EXTRA_ARGS, GCC_ONLY_FLAGS,  # noqa: E402
                                      OUTPUT_FLAGS, for_llvm, without)
from kerneltidy.tool import command_major  # noqa: E402

# clang-tidy --extra-arg values for GCC command lines.
EXTRA_ARGS = list(DEFAULT_EXTRA_ARGS)


def clean_entry(entry, clang_tidy, plugin):
    """ENTRY (a compile-database entry) with `arguments` in place of
    `command` and the options rejected by the clang of CLANG_TIDY with
    PLUGIN (its LLVM major) removed."""
    major = command_major([clang_tidy, "--load=" + plugin])
    arguments = entry.get("arguments") or shlex.split(entry["command"])
    cleaned = {k: v for k, v in entry.items() if k != "command"}
    cleaned["arguments"] = for_llvm(without(arguments, OUTPUT_FLAGS + GCC_ONLY_FLAGS), major)
    return cleaned
