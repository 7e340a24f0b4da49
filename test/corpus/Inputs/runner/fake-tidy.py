#!/usr/bin/env python3
"""A stand-in for clang-tidy in runner.test: prints, for the file it is
given (the last argument), the diagnostics its `DIAG:` comments list, as
clang-tidy prints them, and exits as its `EXIT:` comment says."""
import re
import sys

path = sys.argv[-1]
status = 0
with open(path) as f:
    for number, line in enumerate(f, 1):
        m = re.search(r"DIAG: (\S+) (.*)$", line)
        if m:
            print("%s:%d:1: warning: %s [%s]" % (path, number, m[2], m[1]))
            print("%s:%d:1: note: a note" % (path, number))
        m = re.search(r"EXIT: (-?\d+)", line)
        if m:
            status = int(m[1])
sys.stdout.flush()
if status < 0:
    import os
    import signal
    os.kill(os.getpid(), -status)
sys.exit(status)
