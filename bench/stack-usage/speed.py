#!/usr/bin/env python3
"""kernel-stack-usage's own cost, before and after a change: the check alone
against the kernel-rtti-only base run (see docs/benchmarks.md, "Method"),
with two builds of the plugin, in instructions (callgrind) on a few
translation units and in CPU time on every real-driver TU.

  speed.py --before OLD/libKernelTidy.so [--after NEW/libKernelTidy.so]
           [--repeat N] [--checks CHECKS]

Run from a build whose corpus is prepared (bench/benchlib.py: KT_BUILD_DIR).
Prints Markdown tables. Not a test: a benchmark whose figures go in a report.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import benchlib as b  # noqa: E402
import instructions  # noqa: E402


def tidy(tu, plugin, checks):
    cmd = tu.tidy(checks)
    return [c if not c.startswith("--load=") else "--load=" + plugin for c in cmd]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", default=b.PLUGIN)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--checks", default="kernel-stack-usage")
    args = parser.parse_args()
    checks = "-*," + args.checks
    plugins = {"before": os.path.abspath(args.before),
               "after": os.path.abspath(args.after)}

    drivers = b.drivers()
    def driver(name):
        return next(t for t in drivers if t.file.endswith("/" + name))
    few = [driver("drivers/char/hw_random/core.c"), driver("drivers/char/hpet.c"),
           b.generated(10000, 100, 1000)]
    print("| TU | base (M instr.) | " + args.checks + " before | after |")
    print("|---|---:|---:|---:|")
    for tu in few:
        base = instructions.count(tidy(tu, plugins["after"], b.BASE_CHECKS), tu.directory)
        cells = [instructions.count(tidy(tu, p, checks), tu.directory) - base
                 for p in plugins.values()]
        print(f"| `{tu.name}` | {base / 1e6:.0f} | +{cells[0] / 1e6:.1f} | "
              f"+{cells[1] / 1e6:.1f} |", flush=True)

    totals = {"base": 0.0, "before": 0.0, "after": 0.0}
    for tu in drivers:
        configs = {"base": tidy(tu, plugins["after"], b.BASE_CHECKS)}
        for name, plugin in plugins.items():
            configs[name] = tidy(tu, plugin, checks)
        result = b.measure(configs, tu.directory, args.repeat)
        for name in totals:
            totals[name] += result[name]["cpu"]
    print()
    print(f"| real drivers ({len(drivers)} TUs), median CPU s of {args.repeat} | "
          "base | before | after |")
    print("|---|---:|---:|---:|")
    print(f"| total | {totals['base']:.2f} | {totals['before']:.2f} "
          f"(+{totals['before'] - totals['base']:.2f}) | {totals['after']:.2f} "
          f"(+{totals['after'] - totals['base']:.2f}) |")


if __name__ == "__main__":
    main()
