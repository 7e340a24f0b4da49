"""Compares the kernel-atomic-context findings of two outputs (a link step's
and a unity build's): the same warnings and notes, at the same places, in
the same order. Prints what differs; exits 1 if anything does."""
import re
import sys

def findings(path):
    out = []
    for line in open(path, errors="replace"):
        m = re.match(r"(\S+?):(\d+):(\d+): (warning|note): (.*?)( \[kernel-atomic-context\])?$", line.rstrip("\n"))
        # The fix-it note is clang-tidy's presentation of a remedy, which the
        # link step does not offer.
        if m and "if the allocation may fail here" in m.group(5):
            continue
        if m and (m.group(4) == "note" or m.group(6)):
            out.append(":".join(m.group(1, 2, 3)) + " " + m.group(4) + ": " + m.group(5))
    return out

a, b = findings(sys.argv[1]), findings(sys.argv[2])
if a != b:
    print("\n".join(["- " + x for x in a if x not in b] + ["+ " + x for x in b if x not in a]) or "order differs")
    sys.exit(1)
print("same %d lines" % len(a))
