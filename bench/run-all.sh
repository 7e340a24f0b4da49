#!/usr/bin/env bash
# Runs every benchmark and writes docs/benchmarks.md and docs/benchmarks.png.
# About 20 minutes on 2 cores; run it on an otherwise idle machine if you can
# (the CPU-time medians and the instruction counts tolerate some noise).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" build corpus bench
"$root/scripts/build.sh"
cd "$root/bench"
python3 overhead.py
python3 scaling.py
python3 profile.py
python3 instructions.py
# Debian's matplotlib (the bench group) belongs to Debian's Python.
/usr/bin/python3 report.py
