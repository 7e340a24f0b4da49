#!/usr/bin/env python3
"""Runs every kernel-* check over the real-driver corpus and compares the
findings with a reviewed expectations file.

  run-corpus.py --tree LINUX --out DIR --expect FILE --controls DIR
                --clang-tidy PROGRAM --plugin LIB [-j N]

LINUX is a tree prepared by prepare-kernel.sh. The positive controls (C files
with known mistakes) are copied into drivers/char/hw_random/ and compiled
with the flags of a sibling driver; DIR receives the compile database with
them added, one output file per translation unit and findings.txt.

A finding is keyed as `PATH: [CHECK] MESSAGE` (no line: Debian's point
releases move lines); positive controls, which the project owns, are keyed
with their line and column too. The run fails on any compiler error or
crash, on any finding the expectations do not list, and on any expected
finding that is missing. Exit status 0 when the findings are exactly the
expected ones, 1 otherwise.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

DIAGNOSTIC = re.compile(
    r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<level>warning|error): "
    r"(?P<message>.*?)(?: \[(?P<check>[\w.,+-]+)\])?$")
CONTROL_DIR = "drivers/char/hw_random"


def add_controls(tree, controls, entries):
    """Copies the controls into the tree; returns their compile commands,
    each a copy of a hw_random module's command with the file swapped."""
    model = next(e for e in entries
                 if e["file"].endswith(".c") and "/hw_random/" in e["file"]
                 and "-DMODULE" in e["command"])
    model_rel = os.path.relpath(model["file"], model["directory"])
    stem = os.path.splitext(model_rel)[0]
    added = []
    for name in sorted(os.listdir(controls)):
        if not name.endswith(".c"):
            continue
        shutil.copy(os.path.join(controls, name), os.path.join(tree, CONTROL_DIR, name))
        rel = os.path.join(CONTROL_DIR, name)
        new_stem = os.path.splitext(rel)[0]
        command = model["command"].replace(stem, new_stem).replace(
            os.path.basename(stem).replace("-", "_"),
            os.path.basename(new_stem).replace("-", "_"))
        added.append({"directory": model["directory"], "file": os.path.join(tree, rel),
                      "command": command})
    return added


def run_one(args, out, entry):
    rel = os.path.relpath(entry["file"], args.tree)
    cmd = [args.clang_tidy, "--load=" + args.plugin, "--quiet",
           "--checks=-*,kernel-*", "--header-filter=" + args.header_filter,
           "--extra-arg=-Wno-error", "-p", out, entry["file"]]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    log = os.path.join(out, "tu", rel.replace("/", "__") + ".txt")
    with open(log, "w") as f:
        f.write(proc.stdout + proc.stderr)
    return rel, proc.returncode, proc.stdout + proc.stderr


def key(tree, m):
    path = os.path.relpath(os.path.normpath(os.path.join(tree, m["file"])), tree)
    where = path
    if os.path.basename(path).startswith("kt-control"):
        where = "%s:%s:%s" % (path, m["line"], m["col"])
    return "%s: [%s] %s" % (where, m["check"], m["message"])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tree", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--expect", required=True)
    p.add_argument("--controls", required=True)
    p.add_argument("--clang-tidy", required=True)
    p.add_argument("--plugin", required=True)
    # The kernel's own headers are real code nobody here wrote too: their
    # inline functions are checked as well.
    p.add_argument("--header-filter", default=".*")
    p.add_argument("-j", type=int, default=os.cpu_count() or 1)
    args = p.parse_args()
    args.tree = os.path.abspath(args.tree)
    out = args.out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "tu"))

    with open(os.path.join(args.tree, "compile_commands.json")) as f:
        entries = json.load(f)
    controls = add_controls(args.tree, args.controls, entries)
    entries += controls
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)

    findings, problems = {}, []
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for rel, rc, text in pool.map(lambda e: run_one(args, out, e), entries):
            errors = [l for l in text.splitlines() if DIAGNOSTIC.match(l) and
                      DIAGNOSTIC.match(l)["level"] == "error"]
            # clang-tidy exits 0 with warnings; anything else is a compiler
            # error, a crash or a refusal to run.
            if errors or rc != 0:
                problems.append("%s: clang-tidy exit %d\n  %s" % (
                    rel, rc, "\n  ".join(errors or text.splitlines()[-5:])))
            for line in text.splitlines():
                m = DIAGNOSTIC.match(line)
                if m and m["level"] == "warning" and m["check"]:
                    findings.setdefault(key(args.tree, m), line)

    with open(os.path.join(out, "findings.txt"), "w") as f:
        f.write("".join(k + "\n" for k in sorted(findings)))
    with open(args.expect) as f:
        expected = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    unexpected = sorted(set(findings) - expected)
    missing = sorted(expected - set(findings))

    print("corpus: %d translation units, %d of them positive controls; "
          "%d findings, %d expected" % (len(entries), len(controls),
                                         len(findings), len(expected)))
    for text in problems:
        print("error: " + text)
    for k in unexpected:
        print("unexpected finding: " + k)
    for k in missing:
        print("missing finding: " + k)
    ok = not (problems or unexpected or missing)
    print("corpus: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
