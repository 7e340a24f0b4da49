#!/bin/busybox sh
# /init of the boot test's initramfs: load the module, read /dev/hwrng,
# unload, report on the console with KT- markers, power off.
/bin/busybox --install -s /bin
mount -t devtmpfs dev /dev
mount -t proc proc /proc
mount -t sysfs sys /sys

echo "KT-BOOTED $(uname -r)"
# An estimate out of range must fail the load cleanly (the error path).
insmod /kt_entropy.ko entropy_eighths=0 2>/dev/null || echo "KT-REJECTED-BAD-PARAMETER"
if insmod /kt_entropy.ko; then
  echo "KT-LOADED"
  echo "KT-CURRENT $(cat /sys/class/misc/hw_random/rng_current)"
  head -c "$(cat /kt_read_bytes)" /dev/hwrng | od -An -v -tx1 | sed 's/^/KT-HEX/'
  sed 's/^/KT-STAT /' /sys/module/kt_entropy/parameters/stats
  rmmod kt_entropy && echo "KT-UNLOADED"
else
  echo "KT-INSMOD-FAILED"
fi
dmesg | grep -E 'BUG|WARNING|Oops|Call Trace|kt_entropy' | sed 's/^/KT-DMESG /'
echo "KT-DONE"
poweroff -f
