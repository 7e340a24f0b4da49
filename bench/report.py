#!/usr/bin/python3
"""Writes the measured part of docs/benchmarks.md and docs/benchmarks.png
from build/bench/*.json (overhead.py, scaling.py, profile.py,
instructions.py). The prose around the numbers lives in
bench/benchmarks-intro.md and is copied in first.
"""
import os
import platform
import statistics
import subprocess

import benchlib as b

DOCS = os.path.join(b.ROOT, "docs")


def fmt_ratio(x):
    return "%.2fx" % x


def overhead_section(data):
    out = ["## Overhead: all kernel-* checks vs parse-only", "",
           "Median CPU seconds of %d interleaved runs per TU; *base* is "
           "clang-tidy with kernel-rtti only." % data["repeat"], ""]
    out += ["| corpus | TUs | parse-only | base | all checks | base/parse | "
            "all/parse (total) | all/parse (per TU: median, max) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, rows in data["corpora"].items():
        p = sum(r["parse"]["cpu"] for r in rows)
        base = sum(r["base"]["cpu"] for r in rows)
        a = sum(r["all"]["cpu"] for r in rows)
        per = [r["all"]["cpu"] / r["parse"]["cpu"] for r in rows]
        out.append("| %s | %d | %.2f s | %.2f s | %.2f s | %s | **%s** | %s, %s |" % (
            name, len(rows), p, base, a, fmt_ratio(base / p), fmt_ratio(a / p),
            fmt_ratio(statistics.median(per)), fmt_ratio(max(per))))
    out += ["", "<details><summary>Per translation unit</summary>", "",
            "| corpus | TU | parse-only | base | all checks | all/parse |",
            "|---|---|---:|---:|---:|---:|"]
    for name, rows in data["corpora"].items():
        for r in rows:
            out.append("| %s | `%s` | %.3f s | %.3f s | %.3f s | %s |" % (
                name, r["tu"], r["parse"]["cpu"], r["base"]["cpu"], r["all"]["cpu"],
                fmt_ratio(r["all"]["cpu"] / r["parse"]["cpu"])))
    out += ["", "</details>", ""]
    return out


def instructions_section(data):
    out = ["## Instructions (callgrind): each check alone", "",
           "Instructions executed, in millions; *base* = kernel-rtti alone. "
           "A check's own cost is its column minus *base*.", ""]
    head = ["TU", "parse-only", "base"] + [c for c in b.CHECKS if c != "kernel-rtti"] + \
        ["all", "all/parse"]
    out += ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for r in data["rows"]:
        cells = ["`%s`" % r["tu"], "%.0f" % (r["parse"] / 1e6),
                 "%.0f" % (r["kernel-rtti"] / 1e6)]
        cells += ["%+.0f" % ((r[c] - r["kernel-rtti"]) / 1e6)
                  for c in b.CHECKS if c != "kernel-rtti"]
        cells += ["%.0f" % (r["all"] / 1e6), "**%s**" % fmt_ratio(r["all"] / r["parse"])]
        out.append("| " + " | ".join(cells) + " |")
    return out + [""]


def profile_section(data):
    out = ["## Per check", "",
           "Two views, summed over the TUs of each corpus: clang-tidy's "
           "`--enable-check-profile` (user+system seconds it attributes to each "
           "check: its matchers and its `check()` callbacks), and each check run "
           "alone (median CPU seconds of %d runs) minus the kernel-rtti-only "
           "run. The profile times every matcher callback separately, so a check "
           "with many cheap matches is inflated by the "
           "timer itself, and it leaves out the matching work clang-tidy shares; "
           "the second column is the cost. The columns of the second view add up "
           "to more than all checks together, which share the matcher traversal "
           "and the call graph." % data["repeat"], ""]
    out += ["| corpus | check | check profile | alone − base |", "|---|---|---:|---:|"]
    for corpus in ("drivers", "generated"):
        d = data[corpus]
        base = d["alone"]["kernel-rtti"]
        for c in b.CHECKS:
            out.append("| %s | %s | %.3f s | %+.3f s |" % (
                corpus, c, d["profile"].get(c, 0.0), d["alone"][c] - base))
        out.append("| %s | parse-only / base / all | | %.2f s / %.2f s / %.2f s |" % (
            corpus, d["alone"]["parse"], base, d["alone"]["all"]))
    return out + [""]


def scaling_section(data):
    out = ["## Scaling", "",
           "Generated TUs (`bench/gen_tu.py`): chains of calls 1,000 deep whose "
           "last function may sleep, one lock region per 10 functions (half "
           "calling a chain under the lock); and one chain as deep as the TU. "
           "Median of %d runs." % data["repeat"], ""]
    out += ["| functions | shape | parse-only | all checks | ratio | all / 1k functions "
            "| checks (all − parse) / 1k functions | peak RSS parse | peak RSS all |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in data["rows"]:
        out.append("| %d | %s | %.2f s | %.2f s | %s | %.3f s | %.3f s | %.0f MiB | %.0f MiB |" % (
            r["functions"], r["shape"], r["parse"]["cpu"], r["all"]["cpu"],
            fmt_ratio(r["all"]["cpu"] / r["parse"]["cpu"]),
            r["all"]["cpu"] / r["functions"] * 1000,
            (r["all"]["cpu"] - r["parse"]["cpu"]) / r["functions"] * 1000,
            r["parse"]["rss"], r["all"]["rss"]))
    return out + [""]


def plot(overhead, scaling, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(15, 4.5),
                                        gridspec_kw={"width_ratios": [2, 1, 1]})
    rows = overhead["corpora"]["drivers"]
    names = [os.path.basename(r["tu"]) for r in rows]
    x = range(len(rows))
    ax1.bar(x, [r["base"]["cpu"] / r["parse"]["cpu"] for r in rows], label="base / parse",
            color="#999999")
    ax1.plot(x, [r["all"]["cpu"] / r["parse"]["cpu"] for r in rows], "o", color="#c0392b",
             label="all kernel-* / parse")
    ax1.axhline(1.10, color="#2c3e50", linestyle="--", linewidth=1, label="target 1.10x")
    ax1.set_xticks(list(x))
    ax1.set_xticklabels(names, rotation=90, fontsize=7)
    ax1.set_ylim(0.9, max(1.6, max(r["all"]["cpu"] / r["parse"]["cpu"] for r in rows) + 0.05))
    ax1.set_ylabel("CPU time ratio")
    ax1.set_title("Real drivers: cost over parse-only, per TU")
    ax1.legend(fontsize=8)
    chains = [r for r in scaling["rows"] if r["shape"] == "chains"]
    n = [r["functions"] for r in chains]
    added = [r["all"]["cpu"] - r["parse"]["cpu"] for r in chains]
    ax2.loglog(n, [r["parse"]["cpu"] for r in chains], "s-", label="parse-only")
    ax2.loglog(n, [r["all"]["cpu"] for r in chains], "o-", label="all kernel-*")
    ax2.loglog(n, added, "^-", label="added by the checks")
    ax2.loglog(n, [added[-1] * k / n[-1] for k in n], ":", color="#888888", label="linear")
    ax2.set_xlabel("functions in the generated TU")
    ax2.set_ylabel("CPU seconds")
    ax2.set_title("Scaling: time")
    ax2.legend(fontsize=8)
    extra = [r["all"]["rss"] - r["parse"]["rss"] for r in chains]
    ax3.loglog(n, [r["parse"]["rss"] for r in chains], "s-", label="parse-only")
    ax3.loglog(n, [r["all"]["rss"] for r in chains], "o-", label="all kernel-*")
    ax3.loglog(n, extra, "^-", label="added by the checks")
    ax3.loglog(n, [extra[-1] * k / n[-1] for k in n], ":", color="#888888", label="linear")
    ax3.set_xlabel("functions in the generated TU")
    ax3.set_ylabel("peak RSS, MiB")
    ax3.set_title("Scaling: memory")
    ax3.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main():
    overhead, scaling = b.load("overhead"), b.load("scaling")
    profile, instr = b.load("profile"), b.load("instructions")
    with open(os.path.join(b.ROOT, "bench", "benchmarks-intro.md")) as f:
        lines = [f.read().rstrip(), ""]
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    lines += ["Measured on: %s, %d cores, %s; clang-tidy 19 (Debian)." % (
        cpu or platform.machine(), os.cpu_count(), platform.platform()), ""]
    lines += overhead_section(overhead) + instructions_section(instr)
    lines += profile_section(profile) + scaling_section(scaling)
    lines += ["![Overhead per real-driver TU, and scaling](benchmarks.png)", ""]
    with open(os.path.join(DOCS, "benchmarks.md"), "w") as f:
        f.write("\n".join(lines))
    plot(overhead, scaling, os.path.join(DOCS, "benchmarks.png"))


if __name__ == "__main__":
    main()
