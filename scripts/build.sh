#!/usr/bin/env bash
# Configures (once) and builds kernel-tidy incrementally for one LLVM major:
# $KERNEL_TIDY_LLVM (15, 16 or 19, the default), into $KT_BUILD_DIR, by
# default build/ for 19 and build-llvmN/ for the others
# (docs/llvm-versions.md). Extra arguments go to the CMake configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major=${KERNEL_TIDY_LLVM:-19}
if [[ $major == 19 ]]; then
  build=${KT_BUILD_DIR:-$root/build}
  # clangd's libraries need gRPC, protobuf and abseil to link kernel-clangd,
  # which is built by default.
  "$root/scripts/deps.sh" build clangd
else
  build=${KT_BUILD_DIR:-$root/build-llvm$major}
  # lit and the build tools come with the build group, the major's clang,
  # clang-tidy and headers with its own.
  "$root/scripts/deps.sh" build "llvm$major"
fi
# A build folder holds one major: CMake cannot switch a configured folder's
# compiler, and its plugin would silently be another major's.
configured=$(sed -n 's/^KERNEL_TIDY_LLVM:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
if [[ -n $configured && $configured != "$major" ]]; then
  echo "build.sh: $build is configured for LLVM $configured, not $major; use another KT_BUILD_DIR" >&2
  exit 1
fi
if [[ ! -f "$build/CMakeCache.txt" || $# -gt 0 ]]; then
  cmake -S "$root" -B "$build" -DKERNEL_TIDY_LLVM="$major" "$@" >/dev/null
fi
cmake --build "$build" -j"$(nproc)" >&2
