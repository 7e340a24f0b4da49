#!/bin/sh
# Builds the external module in DIR with gcc-12 against Debian's kernel
# headers (HEADERS), then writes DIR/compile_commands.json with kbuild's own
# generator, as `make M=DIR compile_commands.json` does in a full tree.
# Debian's headers package lacks scripts/clang-tools/, so the generator comes
# from linux-source-6.1, extracted once into CACHE.
set -eu
headers=$1 dir=$2 cache=$3
make -s -C "$headers" M="$dir" CC=gcc-12 modules >/dev/null 2>&1
gen=$headers/scripts/clang-tools/gen_compile_commands.py
if [ ! -f "$gen" ]; then
  gen=$cache/gen_compile_commands.py
  if [ ! -f "$gen" ]; then
    mkdir -p "$cache"
    tar xJf /usr/src/linux-source-6.1.tar.xz -C "$cache" --strip-components=3 \
      --wildcards '*/scripts/clang-tools/gen_compile_commands.py'
  fi
fi
# Entries are relative to the kernel build directory, as kbuild ran there.
python3 "$gen" -d "$headers" -o "$dir/compile_commands.json" "$dir"
