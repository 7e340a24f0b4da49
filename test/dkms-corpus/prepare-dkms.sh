#!/usr/bin/env bash
# Builds Debian's DKMS module sources (scripts/deps.sh dkms) as dkms would,
# against Debian's linux-headers-amd64 with GCC, and writes their compile
# database, once per version of the inputs:
#
#   prepare-dkms.sh CACHE LINK
#
# For each package: its source (/usr/src/NAME-VERSION, from dpkg) is copied
# to TREE/dkms/NAME/VERSION/build (dkms's own layout, which MAKE commands
# name), its dkms.conf is sourced with dkms's variables, BUILD_EXCLUSIVE_*
# is honoured, the patch patches/PACKAGE.patch (if any) is applied, then
# PRE_BUILD and MAKE[0] run as dkms runs them (CC from the headers, "make"
# becoming "make -jN KERNELRELEASE=..."). A package that does not build is
# recorded with the reason and the others go on.
#
# TREE (CACHE/dkms-HASH, HASH naming the inputs: this script, the patches,
# the packages' and the headers' versions) then holds:
#   compile_commands.json  every built package's C files (not *.mod.c),
#                          GCC command lines as kbuild ran them
#   status.txt             one line per package: PACKAGE VERSION TUs STATUS
#   roots.txt              path labels for run-corpus.py (LABEL PATH)
#   dkms/.../make.log      each build's log
# LINK becomes a symbolic link to TREE. A lock serialises preparations.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=$(realpath -m "${1:?usage: prepare-dkms.sh CACHE LINK}")
link=${2:?usage: prepare-dkms.sh CACHE LINK}
jobs=${KT_CORPUS_JOBS:-$(nproc)}
tarball=/usr/src/linux-source-6.1.tar.xz

packages="v4l2loopback-dkms openrazer-driver-dkms evdi-dkms xtrx-dkms ddcci-dkms
  dm-writeboost-dkms rapiddisk-dkms iptables-netflow-dkms gost-crypto-dkms
  dpdk-kmods-dkms"

version_of() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
# The kernel linux-headers-amd64 stands for: its dependency's name.
headers_pkg=$(dpkg-query -W -f='${Depends}' linux-headers-amd64 | grep -o 'linux-headers-[^ ,]*')
kernelver=${headers_pkg#linux-headers-}
kernel_source_dir=/usr/src/$headers_pkg

stamp_value="$(sha256sum "$0" | cut -d' ' -f1) $(cat "$here"/patches/*.patch | sha256sum | cut -d' ' -f1)"
stamp_value+=" $headers_pkg=$(version_of "$headers_pkg") $(stat -c '%s %Y' "$tarball")"
for pkg in $packages; do stamp_value+=" $pkg=$(version_of "$pkg")"; done
tree=$cache/dkms-$(echo "$stamp_value" | sha256sum | cut -c1-12)
log() { echo "prepare-dkms: $*" >&2; }

mkdir -p "$cache"
exec 9>"$cache/.lock-dkms"
flock 9
if [[ -f "$tree/.kt-prepared" && "$(cat "$tree/.kt-prepared")" == "$stamp_value" ]]; then
  touch "$tree/.kt-prepared"
  ln -sfn "$tree" "$link"
  exit 0
fi
# Trees of other versions unused for a week go, and unfinished ones (the
# lock is ours: nobody is preparing them).
for old in "$cache"/dkms-*; do
  [[ -f $old/.kt-prepared && -z $(find "$old/.kt-prepared" -mtime +7) ]] || rm -rf "$old"
done
rm -rf "$tree"
mkdir -p "$tree/dkms" "$tree/tools"

# The kernel's own compile-database generator (not in the headers package).
tar -xJf "$tarball" -C "$tree/tools" --strip-components=3 \
  linux-source-6.1/scripts/clang-tools/gen_compile_commands.py

# Whether dkms would build the package for this kernel; prints why not.
excluded() {
  local conf
  [[ ${BUILD_EXCLUSIVE_KERNEL:-} && ! $kernelver =~ $BUILD_EXCLUSIVE_KERNEL ]] &&
    echo "BUILD_EXCLUSIVE_KERNEL=$BUILD_EXCLUSIVE_KERNEL" && return
  [[ ${BUILD_EXCLUSIVE_ARCH:-} && ! x86_64 =~ $BUILD_EXCLUSIVE_ARCH ]] &&
    echo "BUILD_EXCLUSIVE_ARCH=$BUILD_EXCLUSIVE_ARCH" && return
  for conf in ${BUILD_EXCLUSIVE_CONFIG:-}; do
    case $conf in
      !*) ! grep -q -E "^${conf#!}=[ym]" "$kernel_source_dir/.config" || { echo "$conf"; return; } ;;
      *) grep -q -E "^$conf=[ym]" "$kernel_source_dir/.config" || { echo "needs $conf"; return; } ;;
    esac
  done
  return 1
}

# Builds one package in a subshell (dkms.conf is code: it sets whatever it
# likes); prints its status line's last field.
build_package() (
  local pkg=$1 src=$2 dkms_tree=$tree/dkms arch=x86_64 reason patch i
  set +eu
  # shellcheck disable=SC1090,SC1091
  source "$src/dkms.conf" >/dev/null 2>&1
  set -eu
  local build=$dkms_tree/$PACKAGE_NAME/$PACKAGE_VERSION/build
  mkdir -p "$build"
  cp -a "$src/." "$build/"
  echo "$build" > "$tree/$pkg.build"
  if reason=$(excluded); then
    echo "not built: dkms.conf excludes this kernel ($reason)"
    return
  fi
  cd "$build"
  patch=$here/patches/$pkg.patch
  if [[ -f $patch ]] && ! patch -s -p1 --forward <"$patch" >"$build/patch.log" 2>&1; then
    echo "not built: patches/$pkg.patch does not apply (see $build/patch.log)"
    return
  fi
  CC=$(printf 'show-%%:\n\t@echo $($*)\ninclude %s/.kernelvariables\n' "$kernel_source_dir" |
       make -s -f - show-CC)
  export CC
  if [[ ${PRE_BUILD:-} ]] && ! (exec $build/$PRE_BUILD) >"$build/make.log" 2>&1; then
    echo "not built: PRE_BUILD failed: $(grep -m1 -i 'error' "$build/make.log" || tail -n1 "$build/make.log")"
    return
  fi
  local make_command=${MAKE[0]:-make -C $kernel_source_dir M=$build}
  make_command=${make_command/#make/make -j$jobs KERNELRELEASE=$kernelver}
  if ! eval "{ $make_command; }" >>"$build/make.log" 2>&1; then
    echo "not built: $(grep -m1 -E 'error:|Error [0-9]' "$build/make.log" | sed "s|$build/||")"
    return
  fi
  for i in "${!BUILT_MODULE_NAME[@]}"; do
    local module=${BUILT_MODULE_LOCATION[$i]:-}
    module=${module:+${module%/}/}${BUILT_MODULE_NAME[$i]}.ko
    [[ -f $module ]] && continue
    echo "not built: no $module after the build"
    return
  done
  echo built
)

: >"$tree/status.txt"
printf '%s %s\n' "linux-headers" "$kernel_source_dir" \
  "linux-headers" "${kernel_source_dir%-amd64}-common" >"$tree/roots.txt"
databases=()
for pkg in $packages; do
  version=$(version_of "$pkg")
  src=$(dpkg-query -L "$pkg" 2>/dev/null | grep -m1 -E '^/usr/src/[^/]+/dkms\.conf$' || true)
  if [[ -z $version || -z $src ]]; then
    echo "$pkg - 0 not built: not installed (scripts/deps.sh dkms)" >>"$tree/status.txt"
    log "$pkg: not installed"
    continue
  fi
  log "building $pkg $version"
  status=$(build_package "$pkg" "$(dirname "$src")")
  build=$(cat "$tree/$pkg.build")
  echo "$pkg $build" >>"$tree/roots.txt"
  tus=0
  if [[ $status == built ]]; then
    python3 "$tree/tools/gen_compile_commands.py" -d "$kernel_source_dir" \
      -o "$tree/$pkg.json" "$build"
    databases+=("$tree/$pkg.json")
    tus=$(python3 -c 'import json,sys; print(sum(not e["file"].endswith(".mod.c") for e in json.load(open(sys.argv[1]))))' "$tree/$pkg.json")
  fi
  echo "$pkg $version $tus $status" >>"$tree/status.txt"
  log "$pkg: $status"
done

python3 - "$tree/compile_commands.json" "${databases[@]}" <<'EOF'
import json, sys
entries = []
for path in sys.argv[2:]:
    with open(path) as f:
        entries += [e for e in json.load(f) if not e["file"].endswith(".mod.c")]
with open(sys.argv[1], "w") as f:
    json.dump(sorted(entries, key=lambda e: e["file"]), f, indent=1)
EOF
echo "$stamp_value" >"$tree/.kt-prepared"
ln -sfn "$tree" "$link"
