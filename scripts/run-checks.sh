#!/usr/bin/env bash
# Runs every kernel-* check over the reference module (through its
# compile_commands.json), prints the findings and a summary per check.
# Installs what is missing and builds first. Extra arguments go to
# scripts/kernel-tidy-project (e.g. --sarif out.sarif).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KT_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
db=$("$root/test/entropy-driver/compile-commands.sh" "$build/entropy-driver")
exec "$root/scripts/kernel-tidy-project" -p "$db" --load "$build/lib/libKernelTidy.so" "$@"
