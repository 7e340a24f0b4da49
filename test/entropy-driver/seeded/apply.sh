#!/usr/bin/env bash
# Lays out a copy of the reference module under OUTDIR with one seeded
# mistake applied, and its compile database in OUTDIR/db.
# Usage: apply.sh NAME OUTDIR   (NAME.patch beside this script)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/.." && pwd)
name=${1:?usage: apply.sh NAME OUTDIR}
out=${2:?usage: apply.sh NAME OUTDIR}
rm -rf "$out"
mkdir -p "$out/test"
cp -r "$module" "$out/test/entropy-driver"
rm -rf "$out/test/entropy-driver/seeded"
# compile-commands.sh finds the annotation header two levels up.
ln -s "$module/../../plugin" "$out/plugin"
patch -s -d "$out/test/entropy-driver" -p1 < "$here/$name.patch"
"$out/test/entropy-driver/compile-commands.sh" "$out/db" > /dev/null
