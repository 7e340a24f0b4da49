#!/usr/bin/env python3
"""Per check: clang-tidy's --enable-check-profile, summed over the real
drivers and over the generated 10k-function TU, and each check run alone
against the kernel-rtti-only baseline (which also counts the work a check
does at the end of the translation unit, outside the profiled callbacks).

  profile.py [--repeat N]

Writes build/bench/profile.json.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
from collections import defaultdict

import benchlib as b


def check_profile(tus, out):
    """Sums the user+system seconds clang-tidy attributes to each check."""
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for tu in tus:
        subprocess.run(tu.tidy(b.ALL_CHECKS, "--enable-check-profile",
                               "--store-check-profile=" + out),
                       cwd=tu.directory, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
    totals = defaultdict(float)
    for path in glob.glob(os.path.join(out, "*.json")):
        with open(path) as f:
            profile = json.load(f)["profile"]
        for k, v in profile.items():
            if k.endswith(".user") or k.endswith(".sys"):
                totals[k.split(".")[2]] += v
    return dict(totals)


def alone(tus, repeat):
    """CPU seconds of each check run alone, summed over the TUs, and of the
    baseline (kernel-rtti) and of the parse-only run."""
    sums = defaultdict(float)
    for tu in tus:
        configs = {"parse": tu.parse_only()}
        configs.update({c: tu.tidy("-*," + c) for c in b.CHECKS})
        configs["all"] = tu.tidy(b.ALL_CHECKS)
        for c, r in b.measure(configs, tu.directory, repeat).items():
            sums[c] += r["cpu"]
    return dict(sums)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    corpora = {"drivers": b.drivers(), "generated": [b.generated(10000, 100, 1000)]}
    result = {"repeat": a.repeat}
    for name, tus in corpora.items():
        result[name] = {
            "profile": check_profile(tus, os.path.join(b.OUT, "profile-" + name)),
            "alone": alone(tus, a.repeat),
        }
        print(name, json.dumps(result[name], indent=1), flush=True)
    b.save("profile", result)


if __name__ == "__main__":
    main()
