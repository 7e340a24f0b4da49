#!/usr/bin/env bash
# Runs every kernel-* check over the reference module (through its
# compile_commands.json) and prints the findings. Installs what is missing
# and builds first. Extra arguments go to clang-tidy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KT_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
tidy=(/usr/lib/llvm-19/bin/clang-tidy --load="$build/lib/libKernelTidy.so" --checks='-*,kernel-*' "$@")

module="$root/test/entropy-driver"
if [[ -x "$module/compile-commands.sh" ]]; then
  db=$("$module/compile-commands.sh" "$build/entropy-driver")
  mapfile -t files < <(python3 -c 'import json,sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))]' "$db/compile_commands.json")
  "${tidy[@]}" -p "$db" "${files[@]}"
else
  for f in "$root"/test/examples/*.cpp; do
    "${tidy[@]}" "$f" -- -std=gnu++17 -ffreestanding
  done
fi
