#!/bin/sh
# Makes a prepared-tree stand-in in DIR from the C files of SRC: each file,
# and a compile database naming them.
set -eu
src=$1 dir=$2
rm -rf "$dir" && mkdir -p "$dir"
cp "$src"/*.c "$dir"/
{
  printf '['
  sep=''
  for f in "$dir"/*.c; do
    printf '%s{"directory": "%s", "file": "%s", "command": "gcc-12 -mrecord-mcount -c %s"}' \
      "$sep" "$dir" "$f" "$f"
    sep=','
  done
  printf ']\n'
} >"$dir/compile_commands.json"
