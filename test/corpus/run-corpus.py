#!/usr/bin/env python3
"""Runs every kernel-* check over a prepared corpus and sorts each finding
into expected (reviewed, true), known false (a false positive with its
reproducer) or unexpected.

  run-corpus.py --tree TREE --out DIR --expect FILE
                [--known-false FILE --reproducers DIR]
                [--controls DIR --control-dir REL] [--subset FILE]
                --clang-tidy PROGRAM --plugin LIB [-j N]

TREE is a tree that prepare-kernel.sh or prepare-dkms.sh prepared: its
compile_commands.json, and optionally roots.txt (`LABEL PATH` lines: a file
under PATH is named LABEL/REST in keys; files under TREE are named relative
to it) and status.txt (packages that did not build, reported as such).
Compile commands written for GCC lose what clang rejects, as
scripts/kernel-tidy-project does. The positive controls (C files with known
mistakes) are copied into TREE/REL and compiled with the flags of a sibling
module there.

A finding is keyed `PATH: [CHECK] MESSAGE` (a line number in MESSAGE read
as `line N`); an entry of the expectations or
known-false file matches it in that form or with the finding's place,
`PATH:LINE:COL: [CHECK] MESSAGE` (for two findings of one message in one
file that are triaged differently, and for the controls). A known-false
entry is `REPRODUCER: KEY`, REPRODUCER a file of --reproducers.

DIR receives the cleaned compile database, each TU's clang-tidy output
(tu/), findings.txt (every finding with its verdict, sorted, one a line:
easy to diff between runs) and summary.txt (what is printed).

The run fails on a compiler error or crash, on an unexpected finding and on
an expected one that is missing. Known false findings do not fail it; those
no longer reported are listed, to be removed from the known-false file. With
--subset (fnmatch patterns of TU paths, one a line) only matching TUs run,
and only expected findings in those TUs' own files are required.
"""
import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

import gcc_flags

DIAGNOSTIC = re.compile(
    r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<level>warning|error): "
    r"(?P<message>.*?)(?: \[(?P<check>[\w.,+-]+)\])?$")
VERDICTS = ("expected", "known-false", "unexpected")
# A line number a message quotes ("kmap_atomic(page) at line 489") moves
# with the code, like the finding's own: keys read it as "line N".
LINE_IN_MESSAGE = re.compile(r"\bline \d+\b")


class Names:
    """Paths as keys name them: LABEL/REST under a root, relative to the
    tree under it, absolute elsewhere."""

    def __init__(self, tree):
        self.roots = []
        listing = os.path.join(tree, "roots.txt")
        if os.path.exists(listing):
            with open(listing) as f:
                for line in f:
                    label, path = line.split(None, 1)
                    self.roots.append((os.path.realpath(path.strip()), label + "/"))
        self.roots.append((os.path.realpath(tree), ""))
        self.roots.sort(key=lambda r: -len(r[0]))

    def __call__(self, path):
        real = os.path.realpath(path)
        for root, label in self.roots:
            if real.startswith(root + os.sep):
                return label + os.path.relpath(real, root)
        return real


def add_controls(tree, controls, control_dir, entries):
    """Copies the controls into TREE/CONTROL_DIR (only when they changed: the
    tree is a shared cache); returns their compile commands, each a copy of
    a module's command there with the file swapped."""
    model = next(e for e in entries
                 if e["file"].endswith(".c") and "/%s/" % control_dir in e["file"]
                 and "-DMODULE" in e.get("command", " ".join(e.get("arguments", []))))
    model_rel = os.path.relpath(model["file"], model["directory"])
    stem = os.path.splitext(model_rel)[0]
    added = []
    for name in sorted(os.listdir(controls)):
        if not name.endswith(".c"):
            continue
        target = os.path.join(tree, control_dir, name)
        with open(os.path.join(controls, name)) as f:
            text = f.read()
        if not os.path.exists(target) or open(target).read() != text:
            with open(target + ".tmp", "w") as f:
                f.write(text)
            os.replace(target + ".tmp", target)
        new_stem = os.path.splitext(os.path.join(control_dir, name))[0]
        command = model["command"].replace(stem, new_stem).replace(
            os.path.basename(stem).replace("-", "_"),
            os.path.basename(new_stem).replace("-", "_"))
        added.append({"directory": model["directory"], "file": target, "command": command})
    return added


def clean_database(entries, args):
    """Writes compile_commands.json into ARGS.out without the options the
    clang of ARGS.clang_tidy rejects; returns the extra arguments clang-tidy
    needs for GCC command lines."""
    with open(os.path.join(args.out, "compile_commands.json"), "w") as f:
        json.dump([gcc_flags.clean_entry(e, args.clang_tidy, args.plugin) for e in entries],
                  f, indent=1)
    return gcc_flags.EXTRA_ARGS


def run_one(args, extra, names, entry):
    rel = names(entry["file"])
    cmd = [args.clang_tidy, "--load=" + args.plugin, "--quiet",
           "--checks=-*,kernel-*", "--header-filter=" + args.header_filter,
           "--extra-arg=-Wno-error", "-p", args.out, entry["file"]]
    cmd[1:1] = ["--extra-arg=" + a for a in extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    with open(os.path.join(args.out, "tu", rel.replace("/", "__") + ".txt"), "w") as f:
        f.write(proc.stdout + proc.stderr)
    return rel, proc.returncode, proc.stdout + proc.stderr


def collect(results, names, directory_of):
    """Findings (place key -> file key) and problems from clang-tidy runs."""
    findings, problems = {}, []
    for rel, rc, text in results:
        errors = [l for l in text.splitlines()
                  if DIAGNOSTIC.match(l) and DIAGNOSTIC.match(l)["level"] == "error"]
        # clang-tidy exits 0 with warnings; anything else is a compiler
        # error, a crash or a refusal to run.
        if errors or rc != 0:
            problems.append("%s: clang-tidy exit %d\n  %s" % (
                rel, rc, "\n  ".join(errors or text.splitlines()[-5:])))
        for line in text.splitlines():
            m = DIAGNOSTIC.match(line)
            if m and m["level"] == "warning" and m["check"]:
                path = names(os.path.join(directory_of[rel], m["file"]))
                tail = ": [%s] %s" % (m["check"], LINE_IN_MESSAGE.sub("line N", m["message"]))
                findings["%s:%s:%s%s" % (path, m["line"], m["col"], tail)] = path + tail
    return findings, problems


def read_entries(paths, with_reproducer):
    """Entries of expectations (KEY) or known-false (REPRODUCER: KEY) files,
    as {key: reproducer or None}."""
    entries = {}
    for path in paths or []:
        with open(path) as f:
            lines = [l.strip() for l in f]
        for line in lines:
            if not line or line.startswith("#"):
                continue
            reproducer = None
            if with_reproducer:
                reproducer, line = line.split(": ", 1)
            entries[line] = reproducer
    return entries


def triage(findings, expected, known_false):
    """The verdict of each finding (place key -> (verdict, reproducer)),
    and the entries that matched nothing."""
    verdicts, used = {}, set()
    for place, key in findings.items():
        for candidate in (place, key):
            if candidate in expected:
                verdicts[place] = ("expected", None)
            elif candidate in known_false:
                verdicts[place] = ("known-false", known_false[candidate])
            else:
                continue
            used.add(candidate)
            break
        else:
            verdicts[place] = ("unexpected", None)
    unused_expected = sorted(set(expected) - used)
    unused_false = sorted(set(known_false) - used)
    return verdicts, unused_expected, unused_false


def entry_path(entry):
    return re.match(r"^(.*?)(?::\d+:\d+)?: \[", entry).group(1)


def per_check(verdicts):
    counts = Counter((place.split(" [", 1)[1].split("]", 1)[0], v)
                     for place, (v, _) in verdicts.items())
    lines = []
    for check in sorted({c for c, _ in counts}):
        n = {v: counts[(check, v)] for v in VERDICTS}
        total = sum(n.values())
        lines.append("  %-26s %4d findings: %d expected, %d known false, %d unexpected"
                     " (%d%% false)" % (check, total, n["expected"], n["known-false"],
                                        n["unexpected"], 100 * n["known-false"] // total))
    return lines


def report(args, counts, verdicts, problems, missing, fixed, status):
    n = Counter(v for v, _ in verdicts.values())
    lines = ["corpus: %d translation units, %d of them positive controls"
             % (counts["tus"], counts["controls"])]
    if status:
        lines.append("corpus: %d of %d packages built"
                     % (sum(s.endswith(" built") for s in status), len(status)))
    lines += ["corpus: not built: " + s for s in status if " not built: " in s]
    lines.append("corpus: %d findings: %d expected, %d known false, %d unexpected"
                 % (len(verdicts), n["expected"], n["known-false"], n["unexpected"]))
    lines += per_check(verdicts)
    lines += ["error: " + p for p in problems]
    lines += ["unexpected finding: " + p for p, (v, _) in sorted(verdicts.items())
              if v == "unexpected"]
    lines += ["missing finding: " + k for k in missing]
    lines += ["known false no longer reported (remove it from %s): %s"
              % (", ".join(os.path.basename(k) for k in args.known_false), k) for k in fixed]
    ok = not (problems or missing or n["unexpected"])
    lines.append("corpus: " + ("PASS" if ok else "FAIL"))
    return lines, ok


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tree", required=True)
    p.add_argument("--out", required=True)
    # Both may be given more than once (the wide corpus adds its own files
    # to the hw_random corpus's).
    p.add_argument("--expect", required=True, action="append")
    p.add_argument("--known-false", action="append")
    p.add_argument("--reproducers")
    p.add_argument("--controls")
    p.add_argument("--control-dir", default="drivers/char/hw_random")
    p.add_argument("--subset")
    p.add_argument("--clang-tidy", required=True)
    p.add_argument("--plugin", required=True)
    # The kernel's own headers are real code nobody here wrote too: their
    # inline functions are checked as well.
    p.add_argument("--header-filter", default=".*")
    p.add_argument("-j", type=int, default=os.cpu_count() or 1)
    args = p.parse_args()
    args.tree = os.path.realpath(args.tree)
    args.out = os.path.abspath(args.out)
    return args


def select(entries, names, subset):
    if not subset:
        return entries
    with open(subset) as f:
        patterns = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    return [e for e in entries if any(fnmatch.fnmatch(names(e["file"]), p) for p in patterns)]


def check_reproducers(args, known_false):
    """Known-false entries whose reproducer file does not exist."""
    return ["%s: no reproducer %s in %s" % (k, r, args.reproducers)
            for k, r in sorted(known_false.items())
            if not os.path.isfile(os.path.join(args.reproducers or "", r))]


def main():
    args = parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(os.path.join(args.out, "tu"))
    names = Names(args.tree)
    with open(os.path.join(args.tree, "compile_commands.json")) as f:
        entries = select(json.load(f), names, args.subset)
    controls = []
    if args.controls:
        controls = add_controls(args.tree, args.controls, args.control_dir, entries)
    entries += controls
    extra = clean_database(entries, args)
    directory_of = {names(e["file"]): e["directory"] for e in entries}

    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = list(pool.map(lambda e: run_one(args, extra, names, e), entries))
    findings, problems = collect(results, names, directory_of)
    expected = read_entries(args.expect, False)
    known_false = read_entries(args.known_false, True)
    problems += check_reproducers(args, known_false)
    verdicts, unused_expected, fixed = triage(findings, expected, known_false)
    analysed = set(directory_of)
    missing = [k for k in unused_expected if not args.subset or entry_path(k) in analysed]
    status = []
    if os.path.exists(os.path.join(args.tree, "status.txt")):
        with open(os.path.join(args.tree, "status.txt")) as f:
            status = [l.strip() for l in f]

    with open(os.path.join(args.out, "findings.txt"), "w") as f:
        for place in sorted(verdicts):
            verdict, reproducer = verdicts[place]
            f.write("%s %s%s\n" % (verdict, reproducer + " " if reproducer else "", place))
    lines, ok = report(args, {"tus": len(entries), "controls": len(controls)},
                       verdicts, problems, missing, fixed, status)
    with open(os.path.join(args.out, "summary.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
