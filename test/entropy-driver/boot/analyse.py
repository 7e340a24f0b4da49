#!/usr/bin/env python3
"""Reads the boot test's console log and prints one verdict line per
property; exits non-zero when any fails. Usage: analyse.py LOG READ_BYTES"""
import math
import re
import sys


def main():
    log_path, want = sys.argv[1], int(sys.argv[2])
    lines = open(log_path, errors="replace").read().splitlines()
    marker = lambda m: [l.split(m, 1)[1].strip() for l in lines if m in l]
    ok = True

    def verdict(name, good, detail=""):
        nonlocal ok
        ok &= good
        print("%s %s%s" % ("PASS" if good else "FAIL", name,
                           " (%s)" % detail if detail else ""))

    verdict("booted", bool(marker("KT-BOOTED")))
    verdict("rejected-bad-parameter", bool(marker("KT-REJECTED-BAD-PARAMETER")))
    verdict("loaded", bool(marker("KT-LOADED")))
    current = marker("KT-CURRENT")
    verdict("rng_current", current == ["kt-entropy"], " ".join(current))

    data = bytes(int(b, 16) for l in marker("KT-HEX") for b in l.split())
    verdict("read", len(data) == want, "%d of %d bytes" % (len(data), want))
    if data:
        bits = len(data) * 8
        ones = sum(bin(b).count("1") for b in data)
        z = abs(2 * ones - bits) / math.sqrt(bits)
        verdict("monobit", z < 4.0, "%d ones in %d bits, z=%.2f" % (ones, bits, z))
        expected = len(data) / 256
        counts = [0] * 256
        for b in data:
            counts[b] += 1
        chi2 = sum((c - expected) ** 2 / expected for c in counts)
        # 255 degrees of freedom: mean 255, deviation 22.6; about 4.5 sigma.
        verdict("chi-square", 155 < chi2 < 360, "%.1f, 255 degrees of freedom" % chi2)
        blocks = {data[i:i + 32] for i in range(0, len(data) - 31, 32)}
        verdict("distinct-blocks", len(blocks) == len(data) // 32)

    stats = dict(s.split(None, 1) for s in marker("KT-STAT") if " " in s)
    for name in ("source", "samples", "blocks", "repetition_failures",
                 "proportion_failures", "bytes_read"):
        print("STAT %s %s" % (name, stats.get(name, "?")))
    verdict("unloaded", bool(marker("KT-UNLOADED")))
    dmesg = marker("KT-DMESG")
    # Once per load attempt: busybox insmod retries a rejected load once
    # more through init_module, so the count is not fixed, but every
    # constructor run must be matched by a destructor run.
    runs = {phase: sum("runtime probe: %s ran" % phase in l for l in dmesg)
            for phase in ("constructor", "destructor")}
    verdict("global-constructors", runs["constructor"] >= 2,
            "%d runs" % runs["constructor"])
    verdict("global-destructors", runs["destructor"] == runs["constructor"],
            "%d runs" % runs["destructor"])
    bad = [l for l in dmesg
           if re.search(r"BUG|WARNING|Oops|Call Trace", l)]
    verdict("dmesg-clean", not bad, "; ".join(bad[:3]))
    verdict("done", bool(marker("KT-DONE")))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
