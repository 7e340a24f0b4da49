#!/usr/bin/env python3
"""Checks the table of GCC-only options that kernel-tidy-project and
kernel-tidy-check remove (scripts/kerneltidy/compile_flags.py) against clang
and the test database: every entry must occur in the database (so the
project tests remove it) and clang must reject it (so no entry is removed
without need). Usage: gcc-only-flags.py SCRIPTS DATABASE CLANG; prints one
line per entry, "rejected by clang: ARG" when all is well."""
import json
import shlex
import subprocess
import sys

scripts, database, clang = sys.argv[1:]
sys.path.insert(0, scripts)
from kerneltidy import compile_flags  # noqa: E402

with open(database) as f:
    entries = json.load(f)
args = [a for e in entries for a in (e.get("arguments") or shlex.split(e["command"]))]

status = 0
for flag in compile_flags.GCC_ONLY_FLAGS:
    used = [a for a in args if compile_flags.removable(a, [flag])]
    if not used:
        print("not in the test database: %s" % flag)
        status = 1
        continue
    proc = subprocess.run([clang, "-fsyntax-only", "-x", "c", "-", used[0]],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    if proc.returncode == 0:
        print("accepted by clang: %s" % used[0])
        status = 1
    else:
        print("rejected by clang: %s" % used[0])
sys.exit(status)
