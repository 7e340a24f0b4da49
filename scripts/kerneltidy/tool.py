"""Finds the program that runs the kernel-* checks: build/bin/kernel-tidy when
it is built, else clang-tidy-19 with the plugin loaded."""

import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("KT_BUILD_DIR", os.path.join(ROOT, "build"))
LLVM_MAJOR = 19
DEFAULT_TIDY = os.path.join(BUILD, "bin", "kernel-tidy")
DEFAULT_PLUGIN = os.path.join(BUILD, "lib", "libKernelTidy.so")


class ToolError(Exception):
    """No usable tool: the message says what to build or install."""


def tidy_command(tidy=None, plugin=None):
    """The command that runs the checks: kernel-tidy, or clang-tidy with the
    plugin loaded (PLUGIN, default the build's)."""
    if not tidy:
        tidy = DEFAULT_TIDY if os.access(DEFAULT_TIDY, os.X_OK) else "clang-tidy-%d" % LLVM_MAJOR
    path = shutil.which(tidy)
    if not path:
        raise ToolError("no %s found (build kernel-tidy or install clang-tidy-%d)"
                        % (tidy, LLVM_MAJOR))
    command = [path]
    if not plugin and "kernel-tidy" not in os.path.basename(path):
        plugin = DEFAULT_PLUGIN
    if plugin:
        if not os.path.isfile(plugin):
            raise ToolError("plugin %s not found (scripts/build.sh builds it)" % plugin)
        command.append("--load=" + plugin)
    return command
