#!/usr/bin/env bash
# Writes OUTDIR/compile_commands.json for the module's C++ sources, with the
# freestanding C++ flags kbuild uses for them (see Kbuild) and clang's
# spelling of the kernel's code-generation flags, and prints OUTDIR.
# The C glue is left out: it needs the configured kernel tree's headers and
# gcc-only flags, which clang-tidy cannot take as they are.
# Extra SOURCEs (the seeded mistakes) get entries with the same flags.
# Usage: compile-commands.sh OUTDIR [SOURCE...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: compile-commands.sh OUTDIR [SOURCE...]}
shift
mkdir -p "$out"
out=$(cd "$out" && pwd)

python3 - "$here" "$root" "$out" "$@" <<'PY'
import glob, json, os, sys
here, root, out = sys.argv[1:4]
extra = [os.path.abspath(f) for f in sys.argv[4:]]
flags = [
    "clang++", "-std=gnu++17", "-ffreestanding", "-nostdinc++", "-nostdinc",
    "-fno-exceptions", "-fno-rtti", "-fno-threadsafe-statics",
    "-fno-asynchronous-unwind-tables", "-fno-unwind-tables",
    "-mgeneral-regs-only", "-mno-red-zone", "-mcmodel=kernel",
    "-fno-strict-aliasing", "-fno-common", "-O2",
    "-D__KERNEL__", "-DMODULE",
    "-I" + os.path.join(here, "include"), "-I" + os.path.join(here, "glue"),
    "-I" + os.path.join(here, "core"), "-I" + os.path.join(here, "driver"),
    "-I" + os.path.join(root, "plugin", "include"),
]
sources = [f for d in ("core", "driver", "runtime")
           for f in sorted(glob.glob(os.path.join(here, d, "*.cpp")))]
entries = [{"directory": here, "file": f, "arguments": flags + ["-c", f]}
           for f in sources + extra]
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
PY
echo "$out"
