#!/usr/bin/env bash
# Prepares Debian's linux-source-6.1 as an external corpus for the kernel-*
# checks, once per version of this script and of the package:
#
#   prepare-kernel.sh CACHE LINK [--wide]
#
# Extracts the part of the tree that x86_64 configuration and the selected
# drivers need, configures it with LLVM=-19 (defconfig + COMPILE_TEST + OF +
# COMMON_CLK, so that the device-tree platforms' drivers build on x86 too;
# every driver of the corpus directories enabled, as a module where it can
# be; those whose dependencies are not met drop out), builds the corpus with
# `make -k` (an object that does not build is left out), and writes
# compile_commands.json at the top of the tree. LINK becomes a symbolic link
# to the prepared tree.
#
# The corpus: drivers/char/hw_random whole and a few drivers/char objects;
# with --wide also the locking- and IRQ-heavy drivers of a dozen driver
# directories (a few hundred TUs, selected below).
#
# The tree is CACHE/linux-HASH, HASH naming the inputs (this script, the
# package, the mode): a second run with the same inputs only makes the link,
# and runs of other versions of the project (other branches, other clones)
# on the same machine keep trees of their own. A lock serialises
# preparations.
set -euo pipefail
usage="usage: prepare-kernel.sh CACHE LINK [--wide]"
cache=$(realpath -m "${1:?$usage}")
link=${2:?$usage}
mode=${3:-}
[[ -z $mode || $mode == --wide ]] || { echo "$usage" >&2; exit 2; }
tarball=/usr/src/linux-source-6.1.tar.xz
jobs=${KT_CORPUS_JOBS:-$(nproc)}

# With --wide, driver directories whose locking- and IRQ-heavy drivers
# (selected below) are in the corpus too.
driver_dirs=""
[[ $mode == --wide ]] && driver_dirs="drivers/spi drivers/gpio drivers/mmc/host
  drivers/watchdog drivers/rtc drivers/hid drivers/ata drivers/bluetooth
  drivers/net/can drivers/hwmon drivers/virtio drivers/dma"
corpus_dirs="drivers/char/hw_random $driver_dirs"
# The drivers/char objects beside hw_random/: the core of /dev/random, the
# HPET and NVRAM drivers, a telecom clock, virtio's console, misc and mem.
char_objects="random.o hpet.o nvram.o tlclk.o virtio_console.o misc.o mem.o"
# Locking- and IRQ-heavy: a source file that takes a lock and runs code in
# interrupt context (registers an IRQ handler, a timer, a tasklet, an
# hrtimer) or disables interrupts around a lock.
takes_lock='spin_lock|mutex_lock'
runs_in_irq='request_(threaded_)?irq|timer_setup|tasklet_|hrtimer_init|spin_lock_irqsave'

stamp_value="$(stat -c '%s %Y' "$tarball") $(sha256sum "$0" | cut -d' ' -f1) $mode"
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
# lock is ours: nobody is preparing them). An unfinished tree of these
# inputs resumes: a run stopped while building (the longest part) goes on
# from the objects already built.
for old in "$cache"/linux-*; do
  [[ $old == "$tree" ]] && continue
  [[ -f $old/.kt-prepared && -z $(find "$old/.kt-prepared" -mtime +7) ]] || rm -rf "$old"
done
make=(make -s LLVM=-19 -j"$jobs")
# Extracts and configures the tree, and runs make prepare.
extract_and_configure() {
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

  # Built where it stays: the compile database has absolute paths.
  # .kt-configured marks a configured tree, .kt-prepared (written last) a
  # complete one.
  cd "$tree"
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
  "${make[@]}" olddefconfig >/dev/null 2>&1
  log "make prepare"
  "${make[@]}" prepare >/dev/null
  touch .kt-configured
}
[[ -f $tree/.kt-configured ]] || extract_and_configure

cd "$tree"

# A driver that does not build with this configuration is left out of the
# corpus (make -k); the objects that were built are the corpus.
targets=(drivers/char/hw_random/)
for o in $char_objects; do targets+=("drivers/char/$o"); done
if [[ $driver_dirs ]]; then
  # shellcheck disable=SC2086
  for source in $(find $driver_dirs -name '*.c' | sort |
                  xargs grep -l -E "$takes_lock" | xargs grep -l -E "$runs_in_irq"); do
    targets+=("${source%.c}.o")
  done
fi
log "building drivers/char/hw_random/, drivers/char/{${char_objects// /,}} and" \
  "$(( ${#targets[@]} - 8 )) locking- and IRQ-heavy drivers"
"${make[@]}" -k "${targets[@]}" >/dev/null 2>build.log ||
  log "some objects did not build (see $tree/build.log)"

python3 scripts/clang-tools/gen_compile_commands.py -d . -o compile_commands.json drivers
echo "$stamp_value" > .kt-prepared
ln -sfn "$tree" "$link"
