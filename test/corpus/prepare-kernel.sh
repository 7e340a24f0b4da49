#!/usr/bin/env bash
# Prepares Debian's linux-source-6.1 as an external corpus for the kernel-*
# checks, once, under CACHE:
#
#   prepare-kernel.sh CACHE
#
# Extracts the part of the tree that x86_64 configuration and the selected
# drivers need, configures it with LLVM=-19 (defconfig + COMPILE_TEST + OF, so
# that the device-tree platforms' hw_random drivers build on x86 too, + every
# hw_random driver as a module, those whose dependencies are not met drop
# out), builds drivers/char/hw_random/ and a few
# drivers/char objects, and writes CACHE/linux/compile_commands.json. A stamp
# records what was prepared; a second run with the same inputs does nothing.
set -euo pipefail
cache=$(realpath -m "${1:?usage: prepare-kernel.sh CACHE}")
tarball=/usr/src/linux-source-6.1.tar.xz
tree=$cache/linux
jobs=${KT_CORPUS_JOBS:-$(nproc)}

# The drivers/char objects beside hw_random/: the core of /dev/random, the
# HPET and NVRAM drivers, a telecom clock, virtio's console, misc and mem.
char_objects="random.o hpet.o nvram.o tlclk.o virtio_console.o misc.o mem.o"

stamp_value="$(stat -c '%s %Y' "$tarball") $(sha256sum "$0" | cut -d' ' -f1) $char_objects"
if [[ -f "$tree/.kt-prepared" && "$(cat "$tree/.kt-prepared")" == "$stamp_value" ]]; then
  exit 0
fi

log() { echo "prepare-kernel: $*" >&2; }
rm -rf "$tree"
mkdir -p "$cache"
log "extracting $tarball (Kconfig/Makefiles everywhere, x86, headers, scripts, tools, drivers/char)"
# The tarball's top directory is linux-source-6.1/; a pattern naming a
# directory extracts all of it.
top=linux-source-6.1
tar -xJf "$tarball" -C "$cache" --wildcards \
  "$top/Makefile" "$top/Kconfig" "$top/Kbuild" \
  "$top/*/Kconfig*" "$top/*/Makefile*" "$top/*/Kbuild*" \
  "$top/arch/x86" "$top/include" "$top/scripts" "$top/tools" "$top/kernel" \
  "$top/certs" "$top/usr" "$top/security/selinux/include" "$top/drivers/char" "$top/drivers/tty/hvc"
mv "$cache/$top" "$tree"

cd "$tree"
make=(make -s LLVM=-19 -j"$jobs")
log "configuring (defconfig, COMPILE_TEST, OF, every hw_random driver)"
"${make[@]}" defconfig >/dev/null
hwrng=$(sed -n -E 's/^config (HW_RANDOM_[A-Z0-9_]+)$/\1/p' drivers/char/hw_random/Kconfig)
args=(-e COMPILE_TEST -e OF -e COMMON_CLK -e HW_RANDOM -e HPET -e NVRAM -e TELCLOCK -e VIRTIO_CONSOLE)
for opt in $hwrng; do args+=(-m "$opt"); done
scripts/config "${args[@]}"
"${make[@]}" olddefconfig >/dev/null
log "make prepare"
"${make[@]}" prepare >/dev/null

# A driver that does not build with this configuration is left out of the
# corpus (make -k); the objects that were built are the corpus.
log "building drivers/char/hw_random/ and drivers/char/{${char_objects// /,}}"
targets=(drivers/char/hw_random/)
for o in $char_objects; do targets+=("drivers/char/$o"); done
"${make[@]}" -k "${targets[@]}" >/dev/null 2>"$cache/build.log" ||
  log "some objects did not build (see $cache/build.log)"

python3 scripts/clang-tools/gen_compile_commands.py -d . -o compile_commands.json drivers/char
echo "$stamp_value" > "$tree/.kt-prepared"
