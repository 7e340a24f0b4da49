#!/usr/bin/env python3
"""Instructions: the same comparison as overhead.py, counted by valgrind's
callgrind instead of timed, so it does not depend on the machine's load;
for a few translation units, each check alone too.

  instructions.py

Writes build/bench/instructions.json.
"""
import glob
import os
import re
import subprocess
import tempfile

import benchlib as b

TOTAL = re.compile(r"^summary:\s*(\d+)", re.M)


def count(cmd, cwd):
    """Instructions executed by cmd and the processes it starts."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                        "--callgrind-out-file=" + os.path.join(tmp, "cg.%p"), *cmd],
                       cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        total = 0
        for path in glob.glob(os.path.join(tmp, "cg.*")):
            with open(path) as f:
                total += int(TOTAL.search(f.read()).group(1))
        return total


def main():
    drivers = {t.name: t for t in b.drivers()}
    module = {t.name: t for t in b.reference_module()}
    tus = [drivers["drivers/char/hw_random/core.c"], drivers["drivers/char/hpet.c"],
           module["driver/entropy_rng.cpp"],
           b.generated(10000, 100, 1000)]
    rows = []
    for tu in tus:
        row = {"tu": tu.name, "parse": count(tu.parse_only(), tu.directory),
               "all": count(tu.tidy(b.ALL_CHECKS), tu.directory)}
        for c in b.CHECKS:
            row[c] = count(tu.tidy("-*," + c), tu.directory)
        rows.append(row)
        print(row, flush=True)
    b.save("instructions", {"rows": rows})


if __name__ == "__main__":
    main()
