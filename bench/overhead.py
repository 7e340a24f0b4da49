#!/usr/bin/env python3
"""Overhead: every kernel-* check against a parse-only run of the same TU.

  overhead.py [--repeat N] [--corpus drivers,module,generated]

For each translation unit, three configurations run interleaved, N times
(default 5), and the median CPU time of each is kept:
  parse  clang-19 -fsyntax-only with the TU's flags
  base   clang-tidy with kernel-rtti only (clang-tidy's own cost)
  all    clang-tidy with every kernel-* check
Writes build/bench/overhead.json; report.py turns it into docs/benchmarks.md.
"""
import argparse
import sys

import benchlib as b


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--corpus", default="drivers,module,generated")
    a = p.parse_args()
    corpora = {
        "drivers": b.drivers,
        "module": b.reference_module,
        "generated": lambda: [b.generated(10000, 100, 1000)],
    }
    result = {"repeat": a.repeat, "corpora": {}}
    for name in a.corpus.split(","):
        rows = []
        for tu in corpora[name]():
            m = b.measure({"parse": tu.parse_only(), "base": tu.tidy(b.BASE_CHECKS),
                           "all": tu.tidy(b.ALL_CHECKS)}, tu.directory, a.repeat)
            failed = [c for c, r in m.items() if r["status"] not in (0,)]
            if failed:
                sys.exit("overhead: %s failed under %s" % (tu.name, ", ".join(failed)))
            rows.append({"tu": tu.name, **{c: m[c] for c in m}})
            print("%-10s %-45s parse %.3fs base %.3fs all %.3fs  all/parse %.3f" % (
                name, tu.name, m["parse"]["cpu"], m["base"]["cpu"], m["all"]["cpu"],
                m["all"]["cpu"] / m["parse"]["cpu"]), flush=True)
        result["corpora"][name] = rows
    b.save("overhead", result)


if __name__ == "__main__":
    main()
