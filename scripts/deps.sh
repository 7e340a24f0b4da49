#!/usr/bin/env bash
# Installs the Debian packages a task needs, and only when one is missing, so
# a second run costs a few dpkg queries. Groups: build, module, clangd, corpus,
# sarif, bench, sanitize, robustness, editors, foreign, dkms, llvm15, llvm16.
set -euo pipefail

packages_for() {
  case "$1" in
    build) echo "clang-19 clang-tidy-19 libclang-19-dev llvm-19-dev llvm-19-tools cmake make g++ python3 patch googletest libgtest-dev" ;;
    clangd) echo "libgrpc++-dev libprotobuf-dev libabsl-dev" ;;
    module) echo "linux-headers-amd64 linux-image-amd64 qemu-system-x86 busybox-static cpio gcc-12 g++-12 kmod" ;;
    sarif) echo "nodejs npm" ;;
    sanitize) echo "libclang-rt-19-dev" ;;
    robustness) echo "gcc-12-source" ;;
    corpus) echo "linux-source-6.1 lld-19 bc flex bison libelf-dev libssl-dev xz-utils" ;;
    bench) echo "python3-matplotlib valgrind" ;;
    editors) echo "neovim emacs-nox elpa-eglot" ;;
    foreign) echo "clang-tidy-16" ;;
    # The older majors kernel-tidy also builds for (docs/llvm-versions.md):
    # what `build` installs for 19, for KERNEL_TIDY_LLVM=15 and 16.
    llvm15) echo "clang-15 clang-tidy-15 libclang-15-dev llvm-15-dev llvm-15-tools" ;;
    llvm16) echo "clang-16 clang-tidy-16 libclang-16-dev llvm-16-dev llvm-16-tools" ;;
    # Out-of-tree module sources under /usr/src (test/dkms-corpus), built
    # against Debian's headers with gcc-12; linux-source-6.1 for
    # gen_compile_commands.py.
    dkms) echo "dkms linux-headers-amd64 gcc-12 make linux-source-6.1 xz-utils v4l2loopback-dkms openrazer-driver-dkms evdi-dkms xtrx-dkms ddcci-dkms dm-writeboost-dkms rapiddisk-dkms iptables-netflow-dkms gost-crypto-dkms dpdk-kmods-dkms" ;;
    *) echo "deps.sh: unknown group '$1'" >&2; return 1 ;;
  esac
}

missing=()
for group in "${@:-build}"; do
  for pkg in $(packages_for "$group"); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "deps.sh: missing packages: ${missing[*]} (run as root, or install them)" >&2
  exit 1
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive INITRD=No
apt-get -o DPkg::Lock::Timeout=900 update -q >&2
# A -dkms package would build its module for every installed kernel from its
# postinst; the dkms corpus builds them itself, so dkms is told not to.
no_autoinstall=/etc/dkms/no-autoinstall
if [[ " ${missing[*]} " == *"-dkms "* && ! -e $no_autoinstall ]]; then
  mkdir -p /etc/dkms && touch "$no_autoinstall"
  trap 'rm -f "$no_autoinstall"' EXIT
fi
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}" >&2
