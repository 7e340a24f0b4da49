#!/usr/bin/env python3
"""Runs the kernel-* checks on a C file as if it were a module built with
kbuild and GCC against Debian's kernel headers: the reproducers of the
corpora's false positives compile against the real 6.1 headers with the real
flags.

  tidy-kbuild.py --cache DIR --headers HEADERS --clang-tidy PROGRAM
                 --plugin LIB FILE

The compile command is that of a one-line module built once with kbuild in
HEADERS (gcc-12, as Debian's kernel is built) and kept in
DIR/kbuild-template-VERSION.json; the file takes its place, and the options
clang rejects go as scripts/kernel-tidy-project removes them. Prints
clang-tidy's output and exits with its status.
"""
import argparse
import fcntl
import json
import os
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gcc_flags  # noqa: E402 (test/corpus/gcc_flags.py)

TEMPLATE_SOURCE = "#include <linux/module.h>\nMODULE_LICENSE(\"GPL\");\n"


def build_template(headers):
    """The compile command kbuild runs for a module's C file, as arguments,
    with the file's path replaced by {file}."""
    with tempfile.TemporaryDirectory(prefix="kt-template.") as work:
        with open(os.path.join(work, "kt_template.c"), "w") as f:
            f.write(TEMPLATE_SOURCE)
        with open(os.path.join(work, "Kbuild"), "w") as f:
            f.write("obj-m := kt_template.o\n")
        subprocess.run(["make", "-s", "-C", headers, "M=" + work, "kt_template.o"],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(work, ".kt_template.o.cmd")) as f:
            command = f.readline().split(" := ", 1)[1]
    source = os.path.join(work, "kt_template.c")
    arguments = shlex.split(command)
    # The compiler's command ends where objtool's begins.
    arguments = arguments[:arguments.index(";")] if ";" in arguments else arguments
    return [("{file}" if a == source else a) for a in arguments if not a.startswith("-Wp,")]


def template(cache, headers):
    """The kept template, built under a lock on first use."""
    version = os.path.basename(os.path.realpath(headers))
    path = os.path.join(cache, "kbuild-template-%s.json" % version)
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, ".lock-kbuild-template"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(path):
            with open(path + ".tmp", "w") as f:
                json.dump(build_template(headers), f)
            os.replace(path + ".tmp", path)
    with open(path) as f:
        return json.load(f)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", required=True)
    p.add_argument("--headers", required=True)
    p.add_argument("--clang-tidy", required=True)
    p.add_argument("--plugin", required=True)
    p.add_argument("file")
    args = p.parse_args()
    source = os.path.abspath(args.file)
    arguments = [source if a == "{file}" else a for a in template(args.cache, args.headers)]
    entry = gcc_flags.clean_entry({"directory": args.headers, "file": source,
                                   "arguments": arguments}, args.clang_tidy, args.plugin)
    with tempfile.TemporaryDirectory(prefix="kt-reproducer.") as db:
        with open(os.path.join(db, "compile_commands.json"), "w") as f:
            json.dump([entry], f)
        extra = gcc_flags.EXTRA_ARGS + ["-Wno-error"]
        proc = subprocess.run(
            [args.clang_tidy, "--load=" + args.plugin, "--quiet", "--checks=-*,kernel-*",
             "-p", db] + ["--extra-arg=" + a for a in extra] + [source],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sys.stdout.write(proc.stdout)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
