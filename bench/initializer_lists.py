#!/usr/bin/env python3
"""Large initializer lists: kernel-floating-point on generated TUs whose
lists have 10k to 80k elements (bench/gen_initializer_lists.py; the 40,000
one took 20 s when the check was quadratic), against the base run
(kernel-rtti only). CPU time per element should stay flat.

  initializer_lists.py [--repeat N] [--sizes 10000,20000,40000,80000]

Writes build/bench/initializer-lists.json.
"""
import argparse
import os
import subprocess
import sys

import benchlib as b


def generated(elements):
    os.makedirs(os.path.join(b.OUT, "gen"), exist_ok=True)
    path = os.path.join(b.OUT, "gen", "lists-%d.c" % elements)
    subprocess.run(["python3", os.path.join(b.ROOT, "bench", "gen_initializer_lists.py"),
                    "--elements", str(elements), path], check=True)
    return b.TU("lists-%d" % elements, path, os.path.dirname(path), [])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--sizes", default="10000,20000,40000,80000")
    a = p.parse_args()
    rows = []
    for n in map(int, a.sizes.split(",")):
        tu = generated(n)
        m = b.measure({"base": tu.tidy(b.BASE_CHECKS),
                       "floating-point": tu.tidy("-*,kernel-floating-point")},
                      tu.directory, a.repeat)
        if any(r["status"] != 0 for r in m.values()):
            sys.exit("initializer_lists: %s failed (crash or error)" % tu.name)
        added = m["floating-point"]["cpu"] - m["base"]["cpu"]
        rows.append({"elements": n, **m, "added_us_per_element": 1e6 * added / (3 * n)})
        print("%6d elements  base %.2fs  kernel-floating-point %.2fs  added %.2f us/element" % (
            n, m["base"]["cpu"], m["floating-point"]["cpu"], rows[-1]["added_us_per_element"]),
            flush=True)
    b.save("initializer-lists", {"repeat": a.repeat, "rows": rows})


if __name__ == "__main__":
    main()
