#!/usr/bin/env bash
# Prepares Debian's linux-source-6.1 as an external corpus for the kernel-*
# checks, once per version of this script and of the package:
#
#   prepare-kernel.sh CACHE LINK
#
# Extracts the part of the tree that x86_64 configuration and the selected
# drivers need, configures it with LLVM=-19 (defconfig + COMPILE_TEST + OF +
# COMMON_CLK, so that the device-tree platforms' drivers build on x86 too;
# every driver of the corpus directories enabled, as a module where it can
# be; those whose dependencies are not met drop out), builds those
# directories and a few drivers/char objects with `make -k`, and writes
# compile_commands.json at the top of the tree. LINK becomes a symbolic link
# to the prepared tree.
#
# The tree is CACHE/linux-HASH, HASH naming the inputs (this script, the
# package): a second run with the same inputs only makes the link, and runs
# of other versions of the project (other branches, other clones) on the
# same machine keep trees of their own. A lock serialises preparations.
set -euo pipefail
cache=$(realpath -m "${1:?usage: prepare-kernel.sh CACHE LINK}")
link=${2:?usage: prepare-kernel.sh CACHE LINK}
tarball=/usr/src/linux-source-6.1.tar.xz
jobs=${KT_CORPUS_JOBS:-$(nproc)}

# Locking- and IRQ-heavy driver directories, built whole.
corpus_dirs="drivers/char/hw_random drivers/spi drivers/gpio drivers/mmc/host
  drivers/watchdog drivers/rtc drivers/hid drivers/ata drivers/bluetooth
  drivers/net/can drivers/hwmon drivers/virtio drivers/dma"
# The drivers/char objects beside hw_random/: the core of /dev/random, the
# HPET and NVRAM drivers, a telecom clock, virtio's console, misc and mem.
char_objects="random.o hpet.o nvram.o tlclk.o virtio_console.o misc.o mem.o"

stamp_value="$(stat -c '%s %Y' "$tarball") $(sha256sum "$0" | cut -d' ' -f1)"
tree=$cache/linux-$(echo "$stamp_value" | sha256sum | cut -c1-12)
log() { echo "prepare-kernel: $*" >&2; }

mkdir -p "$cache"
exec 9>"$cache/.lock-linux"
flock 9
if [[ -f "$tree/.kt-prepared" && "$(cat "$tree/.kt-prepared")" == "$stamp_value" ]]; then
  touch "$tree/.kt-prepared"
  ln -sfn "$tree" "$link"
  exit 0
fi

# Trees of other versions unused for a week go, and unfinished ones (the
# lock is ours: nobody is preparing them).
for old in "$cache"/linux-*; do
  [[ -f $old/.kt-prepared && -z $(find "$old/.kt-prepared" -mtime +7) ]] || rm -rf "$old"
done
rm -rf "$tree"
log "extracting $tarball (Kconfig/Makefiles everywhere, x86, headers, scripts, tools, the corpus)"
# The tarball's top directory is linux-source-6.1/; a pattern naming a
# directory extracts all of it.
top=linux-source-6.1
members=("$top/Makefile" "$top/Kconfig" "$top/Kbuild"
         "$top/*/Kconfig*" "$top/*/Makefile*" "$top/*/Kbuild*"
         "$top/arch/x86" "$top/include" "$top/scripts" "$top/tools" "$top/kernel"
         "$top/certs" "$top/usr" "$top/security/selinux/include"
         "$top/drivers/char" "$top/drivers/tty/hvc")
for dir in $corpus_dirs; do
  [[ $dir == drivers/char/* ]] || members+=("$top/$dir")  # within drivers/char
done
mkdir -p "$tree"
tar -xJf "$tarball" -C "$tree" --strip-components=1 --wildcards "${members[@]}"

# Built where it stays: the compile database has absolute paths. The stamp,
# written last, marks a complete tree.
cd "$tree"
make=(make -s LLVM=-19 -j"$jobs")
log "configuring (defconfig, COMPILE_TEST, OF, every driver of the corpus directories)"
"${make[@]}" defconfig >/dev/null
# Every symbol with a prompt in the corpus directories' Kconfig files:
# tristates as modules, bools on (def_bool/def_tristate have no prompt).
# Appended to .config, where a later line wins (scripts/config takes a
# second per symbol here); olddefconfig drops those whose dependencies are
# not met.
symbols() {
  find $corpus_dirs -name 'Kconfig*' -exec awk '
    /^(menu)?config [A-Z0-9_]+/ { name = $2; next }
    name && /^[ \t]+tristate/ { print "CONFIG_" name "=m"; name = "" }
    name && /^[ \t]+bool/ { print "CONFIG_" name "=y"; name = "" }
    /^[^ \t]/ { name = "" }' {} +
}
symbols >>.config
# WERROR off: clang-19 warns on some 6.1 drivers, and an object that does
# not build is missing from the corpus.
scripts/config -e COMPILE_TEST -e OF -e COMMON_CLK -d WERROR -e HW_RANDOM -e HPET -e NVRAM \
  -e TELCLOCK -e VIRTIO_CONSOLE
"${make[@]}" olddefconfig >/dev/null
log "make prepare"
"${make[@]}" prepare >/dev/null

# A driver that does not build with this configuration is left out of the
# corpus (make -k); the objects that were built are the corpus.
log "building $(echo $corpus_dirs) and drivers/char/{${char_objects// /,}}"
targets=()
for dir in $corpus_dirs; do targets+=("$dir/"); done
for o in $char_objects; do targets+=("drivers/char/$o"); done
"${make[@]}" -k "${targets[@]}" >/dev/null 2>build.log ||
  log "some objects did not build (see $tree/build.log)"

python3 scripts/clang-tools/gen_compile_commands.py -d . -o compile_commands.json drivers
echo "$stamp_value" > .kt-prepared
ln -sfn "$tree" "$link"
