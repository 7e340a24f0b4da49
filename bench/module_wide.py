#!/usr/bin/env python3
"""Module-wide analysis: what the map and link steps cost over parse-only.

  module_wide.py [--repeat N] [--corpus drivers,module,dkms]

For each corpus (the real drivers of test/corpus/, the reference module,
the Debian DKMS modules of test/dkms-corpus/),
the CPU time of, summed over its translation units (medians of N
interleaved runs each):
  parse     clang-19 -fsyntax-only with the TU's flags
  per-file  clang-tidy with every kernel-* check
  map       the same, writing the TU's summary (the runner's map step)
and once more per repetition the link step (kernel-tidy-link over the
summaries). Whole module = map + link; the issue's target is 1.15x parse.
Writes build/bench/module_wide.json and prints a table.
"""
import argparse
import os
import statistics
import sys

import benchlib as b

LINK = os.path.join(b.BUILD, "bin", "kernel-tidy-link")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--corpus", default="drivers,module")
    a = p.parse_args()
    corpora = {"drivers": b.drivers, "module": b.reference_module, "dkms": b.dkms}
    result = {"repeat": a.repeat, "corpora": {}}
    for name in a.corpus.split(","):
        folder = os.path.join(b.OUT, "summaries-" + name)
        os.makedirs(folder, exist_ok=True)
        totals = {"parse": 0.0, "per-file": 0.0, "map": 0.0}
        summaries = []
        for i, tu in enumerate(corpora[name]()):
            summary = os.path.join(folder, "%04d.ktsum" % i)
            summaries.append(summary)
            option = "--config={CheckOptions: {kernel-atomic-context.SummaryOutput: '%s'}}" % summary
            m = b.measure({"parse": tu.parse_only(), "per-file": tu.tidy(b.ALL_CHECKS),
                           "map": tu.tidy(b.ALL_CHECKS, option)}, tu.directory, a.repeat)
            for c in totals:
                totals[c] += m[c]["cpu"]
        listed = os.path.join(folder, "list.txt")
        with open(listed, "w") as f:
            f.write("\n".join(s for s in summaries if os.path.isfile(s)) + "\n")
        links = [b.run([LINK, "--summary-list=" + listed], folder) for _ in range(a.repeat)]
        if any(r[3] not in (0, 1) for r in links):
            sys.exit("module_wide: the link step failed on %s" % name)
        link_cpu = statistics.median(r[0] for r in links)
        link_rss = statistics.median(r[2] for r in links)
        row = {**totals, "link": link_cpu, "link_rss": link_rss, "tus": len(summaries)}
        result["corpora"][name] = row
        print("%-8s %3d TUs  parse %.2fs  per-file %.2fs (%.2fx)  map %.2fs + link %.2fs "
              "= %.2fx parse (link peak %.0f MiB)" % (
                  name, len(summaries), totals["parse"], totals["per-file"],
                  totals["per-file"] / totals["parse"], totals["map"], link_cpu,
                  (totals["map"] + link_cpu) / totals["parse"], link_rss), flush=True)
    b.save("module_wide", result)


if __name__ == "__main__":
    main()
