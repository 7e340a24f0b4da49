"""What the benchmark scripts share: the translation units of each corpus,
the commands that parse or check one, and a measurement of a command.

A measurement is the child's CPU time (user + system, from wait4) and its
peak resident set: on a shared, noisy machine CPU time varies far less than
wall-clock time, and a run is repeated with the configurations interleaved
so that a slow moment hits all of them alike; the median is kept.
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("KT_BUILD_DIR", os.path.join(ROOT, "build"))
OUT = os.path.join(BUILD, "bench")
PLUGIN = os.path.join(BUILD, "lib", "libKernelTidy.so")
CLANG = "/usr/lib/llvm-19/bin/clang"
CLANG_TIDY = "/usr/lib/llvm-19/bin/clang-tidy"

ALL_CHECKS = "-*,kernel-*"
# clang-tidy needs one enabled check; kernel-rtti's matchers (dynamic_cast,
# typeid) cost next to nothing, so this run is clang-tidy's own cost:
# parsing, its diagnostic machinery and one AST traversal by the matchers.
BASE_CHECKS = "-*,kernel-rtti"
CHECKS = ("kernel-atomic-context", "kernel-exceptions", "kernel-floating-point",
          "kernel-rtti", "kernel-stack-usage", "kernel-userspace-runtime")


class TU:
    """One translation unit: its file, working directory and compiler
    arguments (without the compiler, the source, -c, -o and dependency
    output)."""

    def __init__(self, name, file, directory, args):
        self.name, self.file, self.directory, self.args = name, file, directory, args

    def parse_only(self):
        return [CLANG, "-fsyntax-only", *self.args, "-Wno-error", self.file]

    def tidy(self, checks, *extra):
        return [CLANG_TIDY, "--load=" + PLUGIN, "--quiet", "--checks=" + checks,
                *extra, self.file, "--", *self.args, "-Wno-error"]


def from_database(db_path, root, only=None):
    with open(db_path) as f:
        entries = json.load(f)
    tus = []
    for e in entries:
        argv = e.get("arguments") or shlex.split(e["command"])
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        if only and not only(path):
            continue
        args, skip = [], False
        for a in argv[1:]:
            if skip:
                skip = False
            elif a == "-o":
                skip = True
            elif a == "-c" or a.startswith(("-Wp,-MMD", "-Wp,-MD")) or \
                    os.path.normpath(os.path.join(e["directory"], a)) == path:
                continue
            else:
                args.append(a)
        tus.append(TU(os.path.relpath(path, root), path, e["directory"], args))
    return sorted(tus, key=lambda t: t.name)


CORPUS_CACHE = os.environ.get("KT_CORPUS_CACHE") or os.path.join(
    os.path.expanduser("~"), ".cache", "kernel-tidy")


def drivers():
    """The real-driver corpus of test/corpus/, prepared (once) in the corpus
    cache the tests share."""
    tree = os.path.join(OUT, "linux")
    os.makedirs(OUT, exist_ok=True)
    subprocess.run([os.path.join(ROOT, "test", "corpus", "prepare-kernel.sh"),
                    CORPUS_CACHE, tree], check=True)
    # The database names the cache's real paths; TU names are relative to it.
    tree = os.path.realpath(tree)
    return from_database(os.path.join(tree, "compile_commands.json"), tree)


def dkms():
    """The Debian DKMS modules of test/dkms-corpus/, prepared (once) in the
    corpus cache; their GCC command lines lose what clang rejects, as
    kernel-tidy-project's do."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from kerneltidy import compile_flags
    tree = os.path.join(OUT, "dkms")
    os.makedirs(OUT, exist_ok=True)
    subprocess.run([os.path.join(ROOT, "test", "dkms-corpus", "prepare-dkms.sh"),
                    CORPUS_CACHE, tree], check=True, stdout=subprocess.DEVNULL)
    tree = os.path.realpath(tree)
    tus = from_database(os.path.join(tree, "compile_commands.json"), tree)
    removed = compile_flags.GCC_ONLY_FLAGS + compile_flags.OUTPUT_FLAGS
    for tu in tus:
        tu.args = compile_flags.without(tu.args, removed) + list(compile_flags.DEFAULT_EXTRA_ARGS)
    return tus


def reference_module():
    out = os.path.join(OUT, "module-db")
    subprocess.run([os.path.join(ROOT, "test", "entropy-driver", "compile-commands.sh"), out],
                   check=True, stdout=subprocess.DEVNULL)
    return from_database(os.path.join(out, "compile_commands.json"),
                         os.path.join(ROOT, "test", "entropy-driver"))


def generated(functions, chain_depth, lock_regions, name=None):
    os.makedirs(os.path.join(OUT, "gen"), exist_ok=True)
    name = name or "gen-%d" % functions
    path = os.path.join(OUT, "gen", name + ".c")
    subprocess.run(["python3", os.path.join(ROOT, "bench", "gen_tu.py"),
                    "--functions", str(functions), "--chain-depth", str(chain_depth),
                    "--lock-regions", str(lock_regions), path], check=True)
    return TU(name, path, os.path.dirname(path), [])


def run(cmd, cwd):
    """Runs cmd once; returns (cpu seconds, wall seconds, peak RSS in MiB,
    exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return (usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024.0,
            os.waitstatus_to_exitcode(status))


def measure(configs, cwd, repeat):
    """configs: {name: command}. Runs each `repeat` times, interleaved;
    returns {name: {cpu, wall, rss (medians), status (worst)}}."""
    samples = {name: [] for name in configs}
    for _ in range(repeat):
        for name, cmd in configs.items():
            samples[name].append(run(cmd, cwd))
    return {name: {"cpu": statistics.median(s[0] for s in runs),
                   "wall": statistics.median(s[1] for s in runs),
                   "rss": statistics.median(s[2] for s in runs),
                   "status": max(abs(s[3]) for s in runs)}
            for name, runs in samples.items()}


def save(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=1)


def load(name):
    with open(os.path.join(OUT, name + ".json")) as f:
        return json.load(f)
