#!/usr/bin/env python3
"""Writes a newc cpio initramfs without root: device nodes are archive
entries, not files. Usage: initramfs.py OUT BUSYBOX INIT MODULE READ_BYTES"""
import os
import sys


def entry(name, mode, data=b"", rdev=(0, 0), ino=[1000]):
    ino[0] += 1
    fields = [ino[0], mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1],
              len(name) + 1, 0]
    header = b"070701" + b"".join(b"%08X" % f for f in fields)
    out = header + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4)
    out += data + b"\0" * (-len(data) % 4)
    return out


def main():
    out, busybox, init, module, read_bytes = sys.argv[1:]
    read = lambda p: open(p, "rb").read()
    parts = [
        entry("bin", 0o40755), entry("dev", 0o40755), entry("proc", 0o40755),
        entry("sys", 0o40755),
        entry("dev/console", 0o20600, rdev=(5, 1)),
        entry("bin/busybox", 0o100755, read(busybox)),
        entry("init", 0o100755, read(init)),
        entry("kt_entropy.ko", 0o100644, read(module)),
        entry("kt_read_bytes", 0o100644, read_bytes.encode() + b"\n"),
        entry("TRAILER!!!", 0),
    ]
    with open(out, "wb") as f:
        f.write(b"".join(parts))


if __name__ == "__main__":
    main()
