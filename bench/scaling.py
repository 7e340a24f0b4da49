#!/usr/bin/env python3
"""Scaling: generated TUs of 1k, 10k and 100k functions (call chains 1,000
deep, one lock region per 10 functions), plus one 100,000-deep chain; CPU
time and peak memory of a parse-only run and of every kernel-* check.

  scaling.py [--repeat N] [--sizes 1000,10000,100000]

Writes build/bench/scaling.json.
"""
import argparse
import sys

import benchlib as b


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--sizes", default="1000,10000,100000")
    a = p.parse_args()
    rows = []
    tus = [(n, "chains", b.generated(n, 1000, n // 10)) for n in map(int, a.sizes.split(","))]
    deepest = max(n for n, _, _ in tus)
    tus.append((deepest, "one chain",
                b.generated(deepest, deepest, 2, name="deep-%d" % deepest)))
    for n, shape, tu in tus:
        m = b.measure({"parse": tu.parse_only(), "all": tu.tidy(b.ALL_CHECKS)},
                      tu.directory, a.repeat)
        # clang-tidy exits 0 here: findings are warnings, not errors.
        if any(r["status"] != 0 for r in m.values()):
            sys.exit("scaling: %s failed (crash or error)" % tu.name)
        rows.append({"functions": n, "shape": shape, "tu": tu.name, **m})
        print("%7d %-9s parse %.2fs %.0f MiB  all %.2fs %.0f MiB  ratio %.2f" % (
            n, shape, m["parse"]["cpu"], m["parse"]["rss"], m["all"]["cpu"],
            m["all"]["rss"], m["all"]["cpu"] / m["parse"]["cpu"]), flush=True)
    b.save("scaling", {"repeat": a.repeat, "rows": rows})


if __name__ == "__main__":
    main()
