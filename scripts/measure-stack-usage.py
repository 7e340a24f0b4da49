#!/usr/bin/env python3
"""Measures kernel-stack-usage's frame estimates against real frames.

Every function of the inputs is estimated by the check (run with FrameLimit=0,
so each non-empty frame is reported with its estimate) and compiled by clang-19
with -fstack-usage, once with plain -O2 and once with the flags a Linux x86-64
build uses. The table of estimate, real sizes and ratio goes to a Markdown
page, with the two accuracy targets evaluated for FrameLimit:

  - no function whose real frame exceeds FrameLimit goes unreported;
  - fewer than 5% of reported frames are under half of FrameLimit in reality.

Usage: scripts/measure-stack-usage.py [--out PAGE] [--flag F]... [FILE...]
(default inputs: bench/stack-usage/*, test/checks/stack-usage/kernel-stack-usage*,
test/examples/*.cpp; build the plugin first with scripts/build.sh).
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLANG = "clang-19"
TIDY = "/usr/lib/llvm-19/bin/clang-tidy"
CXXFILT = "llvm-cxxfilt-19"
FRAME_LIMIT = 1024

LANG_FLAGS = {
    ".c": ["-std=gnu11"],
    ".cpp": ["-std=gnu++20", "-fno-exceptions", "-fno-rtti",
             "-fno-threadsafe-statics"],
}
# What arch/x86/Makefile and the top-level Makefile pass for x86-64 (6.1,
# clang, no frame pointers, stack protector strong).
CONFIGS = {
    "O2": ["-O2"],
    "kernel": ["-O2", "-mno-red-zone", "-mcmodel=kernel", "-fno-PIE",
               "-mstack-alignment=8", "-mno-sse", "-mno-mmx", "-mno-sse2",
               "-mno-3dnow", "-mno-avx", "-mno-80387", "-mskip-rax-setup",
               "-fno-asynchronous-unwind-tables", "-fno-unwind-tables",
               "-fno-strict-aliasing", "-fno-common", "-ffreestanding",
               "-fno-delete-null-pointer-checks", "-fno-jump-tables",
               "-fstack-protector-strong", "-fomit-frame-pointer"],
}

WARNING = re.compile(r"^(.*?):(\d+):(\d+): warning: (?:function '([^']*)'|lambda) "
                     r"has an estimated stack frame of (\d+) bytes")


def estimates(path, flags):
    """{(line, short name): bytes} from the check."""
    cmd = [TIDY, "--load=" + os.path.join(ROOT, "build/lib/libKernelTidy.so"),
           "--quiet", "--checks=-*,kernel-stack-usage",
           "--config={CheckOptions: {kernel-stack-usage.FrameLimit: 0, "
           "kernel-stack-usage.StackLimit: 1000000000}}",
           path, "--"] + flags
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode < 0 or "Stack dump:" in proc.stderr:
        sys.exit(f"clang-tidy crashed on {path}:\n{proc.stderr}")
    out = proc.stdout
    result = {}
    for line in out.splitlines():
        m = WARNING.match(line)
        if m and os.path.samefile(m.group(1), path):
            key = (int(m.group(2)), m.group(4) or "operator()")
            result[key] = max(result.get(key, 0), int(m.group(5)))
    return result


def real_frames(path, flags):
    """[(line, demangled name, bytes)] from clang-19 -fstack-usage, or None
    when the file does not compile."""
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, "out.o")
        proc = subprocess.run([CLANG, "-c", "-fstack-usage", "-w", path, "-o",
                               obj] + flags, capture_output=True, text=True)
        if proc.returncode != 0:
            return None
        with open(os.path.join(tmp, "out.su")) as su:
            rows = [l.rstrip("\n").split("\t") for l in su if l.strip()]
    names = [r[0].rsplit(":", 1)[1] for r in rows]
    demangled = subprocess.run([CXXFILT], input="\n".join(names), text=True,
                               capture_output=True).stdout.splitlines()
    frames = []
    for row, name in zip(rows, demangled):
        line = int(row[0].rsplit(":", 2)[1])
        frames.append((line, name, int(row[1])))
    return frames


def short_name_matches(short, demangled):
    return (demangled == short or demangled.startswith(short + "(")
            or ("::" + short + "(") in demangled
            or demangled.startswith(short + "<") or (" " + short + "<") in demangled
            or (" " + short + "(") in demangled)


def measure(path, extra):
    ext = os.path.splitext(path)[1]
    lang = LANG_FLAGS[ext] + extra
    est = estimates(path, lang)
    per_config = {c: real_frames(path, lang + f) for c, f in CONFIGS.items()}
    if any(v is None for v in per_config.values()):
        return None
    rows = {}
    for config, frames in per_config.items():
        for line, name, size in frames:
            rows.setdefault((line, name), {})[config] = size
    result = []
    for (line, name), sizes in sorted(rows.items()):
        guess = 0
        for (eline, short), bytes_ in est.items():
            if eline == line and short_name_matches(short, name):
                guess = bytes_
        result.append((line, name, guess, sizes.get("O2"), sizes.get("kernel")))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(
        ROOT, "docs/checks/kernel-stack-usage-accuracy.md"))
    parser.add_argument("--flag", action="append", default=[],
                        help="a compiler flag for every input (-I, -D, ...)")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    extra = args.flag or ["-isystem", os.path.join(ROOT, "test/checks/stack-usage/Inputs"), "-isystem", os.path.join(ROOT, "test/checks/Inputs")]
    files = args.files or sorted(
        glob.glob(os.path.join(ROOT, "bench/stack-usage/*.c*"))
        + glob.glob(os.path.join(ROOT, "test/checks/stack-usage/kernel-stack-usage*.c*"))
        + glob.glob(os.path.join(ROOT, "test/examples/*.cpp")))

    table, skipped = [], []
    for path in files:
        rows = measure(path, extra)
        rel = os.path.relpath(path, ROOT)
        if rows is None:
            skipped.append(rel)
            continue
        table += [(rel,) + r for r in rows]

    half = FRAME_LIMIT // 2
    lines = []
    summary = []
    for config, idx in (("O2", 4), ("kernel", 5)):
        measured = [r for r in table if r[idx] is not None]
        missed = [r for r in measured if r[idx] > FRAME_LIMIT and r[3] <= FRAME_LIMIT]
        reported = [r for r in measured if r[3] > FRAME_LIMIT]
        small = [r for r in reported if r[idx] < half]
        share = 100.0 * len(small) / len(reported) if reported else 0.0
        summary.append(
            f"| {config} | {len(measured)} | "
            f"{sum(1 for r in measured if r[idx] > FRAME_LIMIT)} | {len(missed)} | "
            f"{len(reported)} | {len(small)} ({share:.1f}%) |")
        for r in missed:
            print(f"missed ({config}): {r[0]}:{r[1]} {r[2]} real {r[idx]} "
                  f"estimate {r[3]}", file=sys.stderr)
        for r in small:
            print(f"over-reported ({config}): {r[0]}:{r[1]} {r[2]} real "
                  f"{r[idx]} estimate {r[3]}", file=sys.stderr)

    lines.append("# kernel-stack-usage: estimates against real frames\n")
    lines.append("Generated by `scripts/measure-stack-usage.py`; do not edit. "
                 "Each function is estimated by the check and compiled by "
                 "clang-19 with `-fstack-usage`, with plain `-O2` and with "
                 "the flags of an x86-64 kernel build:\n")
    lines.append("```\n" + " ".join(CONFIGS["kernel"]) + "\n```\n")
    lines.append("The rule the check follows (docs/checks/kernel-stack-usage.md): "
                 "automatic variables, materialised temporaries and compound "
                 "literals with their size and alignment, sibling scopes "
                 "sharing space; by-value arguments passed in memory in the "
                 "caller (aggregates over 16 bytes twice, non-trivial classes "
                 "once, 8 bytes per argument beyond six registers); the objects "
                 "of callees expected to be inlined; plus 80 bytes of "
                 "registers, canary and spills.\n")
    lines.append(f"Targets, for FrameLimit = {FRAME_LIMIT}: no function whose "
                 "real frame exceeds the limit goes unreported (missed = 0); "
                 "fewer than 5% of reported frames are under half the limit "
                 "in reality.\n")
    lines.append("| flags | functions | real > limit | missed | reported "
                 "| reported, real < limit/2 |")
    lines.append("|---|---|---|---|---|---|")
    lines += summary
    lines.append("")
    if skipped:
        lines.append("Inputs that do not compile with these flags, not "
                     "measured: " + ", ".join(f"`{s}`" for s in skipped) + ".\n")
    lines.append("Functions that the compiler inlined everywhere have no "
                 "frame of their own and are not listed.\n")
    lines.append("| file | line | function | estimate | real -O2 | real kernel "
                 "| estimate / real kernel |")
    lines.append("|---|---|---|---|---|---|---|")
    for f, line, name, est, o2, kern in table:
        ratio = f"{est / kern:.2f}" if kern else "-"
        fmt = lambda v: "-" if v is None else str(v)
        lines.append(f"| {f} | {line} | `{name}` | {est} | {fmt(o2)} | "
                     f"{fmt(kern)} | {ratio} |")
    with open(args.out, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(args.out, ROOT)}: {len(table)} functions")
    for s in summary:
        print(s)


if __name__ == "__main__":
    main()
