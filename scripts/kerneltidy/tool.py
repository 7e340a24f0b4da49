"""Finds the program that runs the kernel-* checks: the build's
bin/kernel-tidy when it is built, else clang-tidy-N with the plugin loaded,
N the LLVM major the build is for."""

import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The major CMake builds for when not told (KERNEL_TIDY_LLVM), in build/.
DEFAULT_LLVM_MAJOR = 19


def _build_folder():
    """KT_BUILD_DIR, else the folder scripts/build.sh uses for
    KERNEL_TIDY_LLVM (build/ for the default major, build-llvmN/ else)."""
    if os.environ.get("KT_BUILD_DIR"):
        return os.environ["KT_BUILD_DIR"]
    major = os.environ.get("KERNEL_TIDY_LLVM", str(DEFAULT_LLVM_MAJOR))
    if major == str(DEFAULT_LLVM_MAJOR):
        return os.path.join(ROOT, "build")
    return os.path.join(ROOT, "build-llvm" + major)


def _build_major(build):
    """The LLVM major BUILD is configured for (CMake writes it at configure
    time), else the one asked for, else the default."""
    try:
        with open(os.path.join(build, "llvm-major")) as f:
            return int(f.read())
    except (OSError, ValueError):
        return int(os.environ.get("KERNEL_TIDY_LLVM", DEFAULT_LLVM_MAJOR))


BUILD = _build_folder()
LLVM_MAJOR = _build_major(BUILD)
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


def command_build(command):
    """The build folder of COMMAND's kernel-tidy or loaded plugin (from
    tidy_command; it holds an llvm-major file), else None."""
    for part in command:
        path = os.path.realpath(part[len("--load="):] if part.startswith("--load=") else part)
        build = os.path.dirname(os.path.dirname(path))
        if os.path.isfile(os.path.join(build, "llvm-major")):
            return build
    return None


def command_major(command):
    """The LLVM major whose clang parses for COMMAND (from tidy_command): the
    build folder's of its kernel-tidy or loaded plugin, else N of a Debian
    clang-tidy-N (/usr/lib/llvm-N/bin/clang-tidy), else the build's."""
    build = command_build(command)
    if build:
        return _build_major(build)
    debian = re.search(r"/llvm-(\d+)/bin/clang-tidy$", os.path.realpath(command[0]))
    return int(debian.group(1)) if debian else LLVM_MAJOR
