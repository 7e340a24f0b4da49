#!/usr/bin/env bash
# Configures (once) and builds kernel-tidy incrementally into $KT_BUILD_DIR
# (default: build/). Extra arguments go to the CMake configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KT_BUILD_DIR:-$root/build}
# clangd's libraries need gRPC, protobuf and abseil to link kernel-clangd,
# which is built by default.
"$root/scripts/deps.sh" build clangd
if [[ ! -f "$build/CMakeCache.txt" || $# -gt 0 ]]; then
  cmake -S "$root" -B "$build" "$@" >/dev/null
fi
cmake --build "$build" -j"$(nproc)" >&2
