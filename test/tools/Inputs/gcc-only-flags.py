#!/usr/bin/env python3
"""Checks kernel-tidy-project's table of GCC-only options against clang and
the test database: every entry must occur in the database (so the project
tests remove it) and clang must reject it (so no entry is removed without
need). Usage: gcc-only-flags.py RUNNER DATABASE CLANG; prints one line per
entry, "rejected by clang: ARG" when all is well."""
import importlib.machinery
import importlib.util
import json
import shlex
import subprocess
import sys

runner_path, database, clang = sys.argv[1:]
loader = importlib.machinery.SourceFileLoader("kernel_tidy_project", runner_path)
spec = importlib.util.spec_from_loader(loader.name, loader)
runner = importlib.util.module_from_spec(spec)
loader.exec_module(runner)

with open(database) as f:
    entries = json.load(f)
args = [a for e in entries for a in (e.get("arguments") or shlex.split(e["command"]))]

status = 0
for flag in runner.GCC_ONLY_FLAGS:
    used = [a for a in args if runner.removable(a, [flag])]
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
