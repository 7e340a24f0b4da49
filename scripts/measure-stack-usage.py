#!/usr/bin/env python3
"""Measures kernel-stack-usage's estimates against real frames and stacks.

Frames: every function of the inputs is estimated by the check (run with
FrameLimit=1, so each frame is reported with its estimate) and compiled with
-fstack-usage by clang-19 (plain -O2, and the flags of a Linux x86-64 build)
and by gcc-12 -O2. Which functions the check reports is taken from a run
with FrameLimit=1024, so the page shows the reporting rules (one problem,
one warning) as well as the estimates. The two accuracy targets for
FrameLimit:

  - no function whose real frame exceeds FrameLimit has an estimate under it;
  - fewer than 5% of reported frames are under half of FrameLimit in reality.

Call chains: the chains the check reports with StackLimit=4096 (frames not
reported), each with the real depth of the same path: the frames of the
functions each compiler really calls on it (a `call` or `jmp` in the
caller's assembly), the others being inlined.

With --before PLUGIN, every figure is also given for that build of the
plugin, for a page that shows a change's effect.

Usage: scripts/measure-stack-usage.py [--out PAGE] [--before PLUGIN]
         [--flag F]... [FILE...]
(default inputs: bench/stack-usage/*, test/checks/stack-usage/kernel-stack-usage*;
build the plugin first with scripts/build.sh).
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIDY = "/usr/lib/llvm-19/bin/clang-tidy"
CXXFILT = "llvm-cxxfilt-19"
FRAME_LIMIT = 1024
STACK_LIMIT = 4096

LANG_FLAGS = {
    ".c": ["-std=gnu11"],
    ".cpp": ["-std=gnu++20", "-fno-exceptions", "-fno-rtti",
             "-fno-threadsafe-statics"],
}
# What arch/x86/Makefile and the top-level Makefile pass for x86-64 (6.1,
# clang, no frame pointers, stack protector strong).
KERNEL_FLAGS = ["-O2", "-mno-red-zone", "-mcmodel=kernel", "-fno-PIE",
                "-mstack-alignment=8", "-mno-sse", "-mno-mmx", "-mno-sse2",
                "-mno-3dnow", "-mno-avx", "-mno-80387", "-mskip-rax-setup",
                "-fno-asynchronous-unwind-tables", "-fno-unwind-tables",
                "-fno-strict-aliasing", "-fno-common", "-ffreestanding",
                "-fno-delete-null-pointer-checks", "-fno-jump-tables",
                "-fstack-protector-strong", "-fomit-frame-pointer"]
# name: (compiler, flags)
CONFIGS = {
    "clang -O2": ("clang-19", ["-O2"]),
    "clang kernel": ("clang-19", KERNEL_FLAGS),
    "gcc -O2": ("gcc-12", ["-O2"]),
}

FRAME = re.compile(r"^(.*?):(\d+):(\d+): warning: (?:function '([^']*)'|lambda) "
                   r"has an estimated stack frame of (\d+) bytes")
CHAIN = re.compile(r"^(.*?):(\d+):(\d+): warning: call chain from function "
                   r"'([^']*)' uses an estimated (\d+) bytes")
CHAIN_FRAME = re.compile(r"note: frame #\d+: (?:recursive cycle through )?"
                         r"function '([^']*)'")


def tidy(plugin, path, flags, frame_limit, stack_limit):
    cmd = [TIDY, "--load=" + plugin, "--quiet", "--checks=-*,kernel-stack-usage",
           "--config={CheckOptions: {kernel-stack-usage.FrameLimit: %d, "
           "kernel-stack-usage.StackLimit: %d}}" % (frame_limit, stack_limit),
           path, "--"] + flags
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode < 0 or "Stack dump:" in proc.stderr:
        sys.exit(f"clang-tidy crashed on {path}:\n{proc.stderr}")
    return proc.stdout.splitlines()


def frames(plugin, path, flags, limit):
    """{(line, short name): bytes} of the frames the check reports."""
    result = {}
    for line in tidy(plugin, path, flags, limit, 10**9):
        m = FRAME.match(line)
        if m and os.path.samefile(m.group(1), path):
            key = (int(m.group(2)), m.group(4) or "operator()")
            result[key] = max(result.get(key, 0), int(m.group(5)))
    return result


def chains(plugin, path, flags):
    """{root: (bytes, [function names along the chain])}."""
    result, current = {}, None
    for line in tidy(plugin, path, flags, 10**9, STACK_LIMIT):
        m = CHAIN.match(line)
        if m:
            current = m.group(4)
            result[current] = (int(m.group(5)), [])
            continue
        n = CHAIN_FRAME.search(line)
        if n and current:
            result[current][1].append(n.group(1))
    return result


def compile_su(compiler, path, flags, tmp):
    """(frames, calls) from one compilation, or None when it fails: frames is
    [(line, symbol, bytes)], calls {symbol: set of symbols it calls or jumps
    to}."""
    obj, asm = os.path.join(tmp, "out.o"), os.path.join(tmp, "out.s")
    base = [compiler, "-fstack-usage", "-w", path] + flags
    if subprocess.run(base + ["-c", "-o", obj], capture_output=True).returncode:
        return None
    subprocess.run(base + ["-S", "-o", asm], capture_output=True, check=True)
    rows = []
    with open(os.path.join(tmp, "out.su")) as su:
        for l in su:
            if not l.strip():
                continue
            where, size = l.split("\t")[:2]
            # clang: file:line:symbol; gcc: file:line:column:symbol.
            m = re.match(r"^(.*?):(\d+):(?:\d+:)?(.*)$", where)
            rows.append((int(m.group(2)), m.group(3), int(size)))
    calls, current = {}, None
    with open(asm) as s:
        for l in s:
            label = re.match(r"^([A-Za-z_.$][\w.$]*):", l)
            if label and not label.group(1).startswith(".L"):
                current = calls.setdefault(label.group(1), set())
            op = re.match(r"^\s+(?:call|jmp)q?\s+([A-Za-z_][\w.$]*)", l)
            if op and current is not None:
                current.add(op.group(1))
    return rows, calls


def base_symbol(symbol):
    """GCC's clones (f.isra.0, f.constprop.0, f.part.0) are f."""
    return symbol.split(".")[0]


def demangle(names):
    out = subprocess.run([CXXFILT], input="\n".join(names), text=True,
                         capture_output=True).stdout.splitlines()
    return out if len(out) == len(names) else names


def display_name(demangled):
    """A function's name without return type, parameters or clone suffix, so
    that clang's and gcc's rows meet: `arrayOf<1500>`, `Scoped::~Scoped`,
    `operator()` for a lambda."""
    if "<lambda" in demangled or "{lambda" in demangled or "::$_" in demangled:
        return "operator()"
    # gcc: "void arrayOf() [with int N = 1500]".
    with_args = re.findall(r"= ([^;\]]+)", demangled.split(" [with ", 1)[-1]) \
        if " [with " in demangled else []
    if with_args:
        demangled = demangled.split("(")[0] + "<" + ", ".join(with_args) + ">()"
    name = demangled.split("(")[0] if "operator" not in demangled else \
        demangled[:demangled.index("operator")].split(" ")[-1] + \
        demangled[demangled.index("operator"):].split("(")[0]
    if "operator" not in demangled:
        name = name.split(" ")[-1]
    return base_symbol(name)


def short_name_matches(short, name):
    return (name == short or name.startswith(short + "<")
            or name.endswith("::" + short))


def estimate_for(est, line, name):
    for (eline, short), bytes_ in est.items():
        if eline == line and short_name_matches(short, name):
            return bytes_
    return None


def real_depth(path, compiled):
    """The bytes of the frames a compiler really stacks along a chain."""
    rows, calls = compiled
    size = {}
    for _, symbol, bytes_ in rows:
        key = base_symbol(symbol)
        size[key] = max(size.get(key, 0), bytes_)
    callees = {}
    for symbol, targets in calls.items():
        callees.setdefault(base_symbol(symbol), set()).update(
            base_symbol(t) for t in targets)
    total, frame = size.get(path[0], 0), path[0]
    for name in path[1:]:
        if name in callees.get(frame, ()) and name in size:
            total += size[name]
            frame = name
    return total


def measure(path, extra, plugins):
    """(rows, chain rows) for one input, or None when it does not compile."""
    lang = LANG_FLAGS[os.path.splitext(path)[1]] + extra
    with tempfile.TemporaryDirectory() as tmp:
        compiled = {}
        for config, (compiler, flags) in CONFIGS.items():
            c = compile_su(compiler, path, lang + flags, tmp)
            if c is None:
                return None
            compiled[config] = c
    # FrameLimit=1: every frame is reported, with its estimate.
    est = {p: frames(plugin, path, lang, 1) for p, plugin in plugins.items()}
    rep = {p: frames(plugin, path, lang, FRAME_LIMIT) for p, plugin in plugins.items()}
    # One row per function and line, with the real frame of each compiler.
    real = {}
    for config, (rows, _) in compiled.items():
        names = demangle([s for _, s, _ in rows])
        for (line, _, bytes_), name in zip(rows, names):
            real.setdefault((line, display_name(name)), {})[config] = bytes_
    rows = []
    for (line, name), sizes in sorted(real.items()):
        row = {"line": line, "name": name, "real": sizes}
        for p in plugins:
            row["estimate " + p] = estimate_for(est[p], line, name) or 0
            row["reported " + p] = estimate_for(rep[p], line, name) is not None
        rows.append(row)
    chain_rows = []
    found = {p: chains(plugin, path, lang) for p, plugin in plugins.items()}
    for root in sorted(set().union(*found.values())):
        r = {"root": root}
        for p in plugins:
            r["estimate " + p] = found[p].get(root, (None, []))[0]
        chain_path = next(found[p][root] for p in reversed(list(plugins))
                          if root in found[p])
        for config in ("clang -O2", "gcc -O2"):
            r[config] = real_depth(chain_path[1], compiled[config])
        chain_rows.append(r)
    return rows, chain_rows


def summary(table, plugins):
    lines = ["| compiler, flags | functions | real > limit | estimate <= limit "
             "(missed) | " + " | ".join(f"reported ({p})" for p in plugins) + " | "
             + " | ".join(f"reported, real < limit/2 ({p})" for p in plugins) + " |",
             "|---|---|---|---|" + "---|" * (2 * len(plugins))]
    half = FRAME_LIMIT // 2
    for config in CONFIGS:
        measured = [r for r in table if config in r["real"]]
        over = [r for r in measured if r["real"][config] > FRAME_LIMIT]
        missed = [r for r in over if r["estimate after"] <= FRAME_LIMIT]
        for r in missed:
            print(f"missed ({config}): {r['file']}:{r['line']} {r['name']} real "
                  f"{r['real'][config]} estimate {r['estimate after']}", file=sys.stderr)
        cells = [str(len(measured)), str(len(over)), str(len(missed))]
        small = []
        for p in plugins:
            reported = [r for r in measured if r["reported " + p]]
            cells.append(str(len(reported)))
            few = [r for r in reported if r["real"][config] < half]
            share = 100.0 * len(few) / len(reported) if reported else 0.0
            small.append(f"{len(few)} ({share:.1f}%)")
        lines.append(f"| {config} | " + " | ".join(cells + small) + " |")
    return lines


def reported_cell(row, plugin):
    """yes; `elsewhere` when its frame is over the limit but reported
    elsewhere (in the inlined callees that declare the objects, or in the
    callers it is inlined into); empty otherwise."""
    if row["reported " + plugin]:
        return "yes"
    return "elsewhere" if row["estimate " + plugin] > FRAME_LIMIT else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(
        ROOT, "docs/checks/kernel-stack-usage-accuracy.md"))
    parser.add_argument("--plugin", default=os.path.join(ROOT, "build/lib/libKernelTidy.so"))
    parser.add_argument("--before", help="another build of the plugin to compare")
    parser.add_argument("--flag", action="append", default=[],
                        help="a compiler flag for every input (-I, -D, ...)")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    plugins = {"after": args.plugin}
    if args.before:
        plugins = {"before": args.before, "after": args.plugin}
    extra = args.flag or ["-I", os.path.join(ROOT, "plugin/include"),
                          "-isystem", os.path.join(ROOT, "test/checks/stack-usage/Inputs"),
                          "-isystem", os.path.join(ROOT, "test/checks/Inputs")]
    files = args.files or sorted(
        glob.glob(os.path.join(ROOT, "bench/stack-usage/*.c*"))
        + glob.glob(os.path.join(ROOT, "test/checks/stack-usage/kernel-stack-usage*.c*")))

    table, chain_table, skipped = [], [], []
    for path in files:
        result = measure(path, extra, plugins)
        rel = os.path.relpath(path, ROOT)
        if result is None:
            skipped.append(rel)
            continue
        table += [dict(r, file=rel) for r in result[0]]
        chain_table += [dict(r, file=rel) for r in result[1]]

    names = list(plugins)
    one = len(names) == 1
    label = (lambda p: "") if one else (lambda p: f" ({p})")
    lines = ["# kernel-stack-usage: estimates against real frames\n",
             "Generated by `scripts/measure-stack-usage.py`; do not edit. Each "
             "function is estimated by the check and compiled with "
             "`-fstack-usage` by clang-19, with plain `-O2` and with the flags "
             "of an x86-64 kernel build, and by gcc-12 with `-O2`. The clang "
             "kernel flags:\n",
             "```\n" + " ".join(KERNEL_FLAGS) + "\n```\n",
             "The rule the check follows is in docs/checks/kernel-stack-usage.md: "
             "automatic variables, materialised temporaries and compound "
             "literals by scope, sibling scopes sharing space; by-value "
             "arguments passed in memory by the target's calling convention; "
             "the objects of callees expected to be inlined; plus 80 bytes of "
             "registers, canary and spills. A function is *reported* when the "
             "check warns about its frame with FrameLimit = "
             f"{FRAME_LIMIT}: a large object is reported once, in the function "
             "that declares it, so a caller whose frame is over the limit only "
             "through an inlined callee that is reported itself is not, and "
             "a function likely inlined into every caller is judged in its "
             "callers (*elsewhere* in the table).\n"]
    if not one:
        lines.append("*before* and *after* are two builds of the check: "
                     "*before* the one-problem-one-warning rules (every frame "
                     "over the limit reported, inlined callees counted in "
                     "every caller), *after* with them.\n")
    lines.append(f"Targets, for FrameLimit = {FRAME_LIMIT}: no function whose "
                 "real frame exceeds the limit has an estimate under it (missed "
                 "= 0); fewer than 5% of reported frames are under half the "
                 "limit in reality.\n")
    lines += summary(table, names)
    lines.append("")
    if skipped:
        lines.append("Inputs that do not compile with these flags, not "
                     "measured: " + ", ".join(f"`{s}`" for s in skipped) + ".\n")
    lines.append(f"## Call chains\n\nThe chains the check reports with StackLimit = "
                 f"{STACK_LIMIT}, and the real depth of the same path: the frames "
                 "each compiler really stacks on it (a callee it inlined is in "
                 "its caller's frame). A dash: no chain reported.\n")
    lines.append("| file | root | " + " | ".join(f"estimate{label(p)}" for p in names)
                 + " | real clang -O2 | real gcc -O2 |")
    lines.append("|---|---|" + "---|" * len(names) + "---|---|")
    fmt = lambda v: "-" if v is None else str(v)
    for r in chain_table:
        lines.append(f"| {r['file']} | `{r['root']}` | "
                     + " | ".join(fmt(r["estimate " + p]) for p in names)
                     + f" | {r['clang -O2']} | {r['gcc -O2']} |")
    lines.append("\n## Frames\n\nFunctions that a compiler inlined everywhere "
                 "have no frame of their own and are not listed; a dash: no "
                 "frame from that compiler.\n")
    lines.append("| file | line | function | "
                 + " | ".join(f"estimate{label(p)}" for p in names)
                 + " | clang -O2 | clang kernel | gcc -O2 | "
                 + " | ".join(f"reported{label(p)}" for p in names) + " |")
    lines.append("|---|---|---|" + "---|" * (2 * len(names) + 3))
    for r in table:
        lines.append(f"| {r['file']} | {r['line']} | `{r['name']}` | "
                     + " | ".join(str(r["estimate " + p]) for p in names) + " | "
                     + " | ".join(fmt(r["real"].get(c)) for c in CONFIGS) + " | "
                     + " | ".join(reported_cell(r, p) for p in names) + " |")
    with open(args.out, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(args.out, ROOT)}: {len(table)} functions, "
          f"{len(chain_table)} chains")
    for s in summary(table, names)[2:]:
        print(s)


if __name__ == "__main__":
    main()
