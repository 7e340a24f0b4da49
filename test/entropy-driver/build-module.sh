#!/usr/bin/env bash
# Builds kt_entropy.ko against the installed Debian kernel headers with
# kbuild, out of the source tree: the module's sources are copied to
# OUTDIR/src and built there. Prints the path of the .ko.
# --runtime-probe links the boot test's global object in (see Kbuild).
# Usage: build-module.sh [--runtime-probe] OUTDIR [KERNEL_RELEASE]
set -euo pipefail
probe=n
if [[ ${1:-} == --runtime-probe ]]; then
  probe=y
  shift
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: build-module.sh [--runtime-probe] OUTDIR [KERNEL_RELEASE]}
# By default the newest installed kernel that has headers.
release=${2:-$(ls /lib/modules/*/build/Makefile 2>/dev/null | cut -d/ -f4 | sort -V | tail -n 1)}
kdir=/lib/modules/$release/build
[[ -n $release && -f $kdir/Makefile ]] || { echo "build-module.sh: no kernel headers in $kdir" >&2; exit 1; }

mkdir -p "$out/src"
src=$(cd "$out/src" && pwd)
# Copy only what changed, so kbuild's own change detection keeps working.
for dir in include core driver runtime glue boot; do
  mkdir -p "$src/$dir"
  cp -pRu "$here/$dir/." "$src/$dir/"
done
mkdir -p "$src/include/kernel-tidy"
cp -pu "$root/plugin/include/kernel-tidy/annotations.h" "$src/include/kernel-tidy/"
cp -pu "$here/Kbuild" "$src/Kbuild"

# The Debian kernel is built by gcc-12; its flags assume that compiler.
make -s -C "$kdir" M="$src" CC=gcc-12 KT_CXX=g++-12 KT_RUNTIME_PROBE=$probe \
  modules >&2
echo "$src/kt_entropy.ko"
