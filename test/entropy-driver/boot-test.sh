#!/usr/bin/env bash
# Builds kt_entropy.ko, boots the installed Debian kernel in QEMU (TCG) from
# a busybox initramfs that loads the module, reads /dev/hwrng and unloads
# it, then checks the console log (see boot/analyse.py). The module carries
# one test-only global object (boot/runtime_probe.cpp) whose constructor and
# destructor messages show that the module's C++ runtime works.
# Usage: boot-test.sh OUTDIR [READ_BYTES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: boot-test.sh OUTDIR [READ_BYTES]}
read_bytes=${2:-8192}
# The newest kernel that has both an image and headers.
release=
for candidate in $(ls /lib/modules/*/build/Makefile 2>/dev/null | cut -d/ -f4 | sort -V); do
  [[ -r /boot/vmlinuz-$candidate ]] && release=$candidate
done
[[ -n $release ]] || { echo "boot-test.sh: no kernel with both /boot/vmlinuz and headers" >&2; exit 1; }
kernel=/boot/vmlinuz-$release
busybox=$(command -v busybox)

mkdir -p "$out"
ko=$("$here/build-module.sh" --runtime-probe "$out/module" "$release")
python3 "$here/boot/initramfs.py" "$out/initramfs.cpio" "$busybox" \
  "$here/boot/init.sh" "$ko" "$read_bytes"

# TCG, not KVM: the same on every machine. -cpu max offers RDRAND.
timeout 300 qemu-system-x86_64 -accel tcg -cpu max -smp 1 -m 512 \
  -nographic -no-reboot -kernel "$kernel" -initrd "$out/initramfs.cpio" \
  -append 'console=ttyS0 panic=-1 oops=panic panic_on_warn=1 quiet' \
  </dev/null >"$out/console.log" 2>&1 || true
python3 "$here/boot/analyse.py" "$out/console.log" "$read_bytes"
