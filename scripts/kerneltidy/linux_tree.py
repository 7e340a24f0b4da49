"""Prepares part of Debian's linux-source-6.1 as a configured, partly built
kernel tree with a compile database, for tools that analyse the kernel's own
files (the kernel database, scripts/generate-kernel-database):

    python3 -m kerneltidy.linux_tree TREE --extract drivers/char \\
        --enable COMPILE_TEST --build drivers/char/hw_random/ --compdb drivers/char

1. extracts the files every configuration needs (Kconfig, Makefiles and
   Kbuild files everywhere, x86, headers, scripts, tools, kernel/) and the
   directories asked for;
2. configures x86_64 with LLVM=-19: defconfig, then the options asked for
   (scripts/config -e/-d), then olddefconfig; `make prepare`;
3. builds the targets (make -k: an object that does not build with this
   configuration is left out; make is incremental);
4. writes TREE/compile_commands.json for the directories asked for, with
   the kernel's scripts/clang-tools/gen_compile_commands.py.

A stamp records what was prepared: a second run with the same arguments does
nothing; a run that only asks for other targets or directories keeps the
extracted, configured tree and builds incrementally.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys

TARBALL = "/usr/src/linux-source-6.1.tar.xz"
# The tarball's top directory.
TOP = "linux-source-6.1"
# What configuring for x86_64 and `make prepare` need, whatever is built.
ALWAYS_EXTRACTED = ["Makefile", "Kconfig", "Kbuild", "*/Kconfig*", "*/Makefile*",
                    "*/Kbuild*", "arch/x86", "include", "scripts", "tools", "kernel",
                    "certs", "usr", "security/selinux/include"]
EXTRACTED_STAMP = ".kt-extracted"
TREE_STAMP = ".kt-tree"
PREPARED_STAMP = ".kt-prepared"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tree", help="where the tree goes (replaced when its stamp differs)")
    parser.add_argument("--tarball", default=TARBALL)
    parser.add_argument("--extract", nargs="*", default=[], metavar="PATH",
                        help="directories or files to extract besides the always needed ones")
    parser.add_argument("--enable", nargs="*", default=[], metavar="OPTION")
    parser.add_argument("--disable", nargs="*", default=[], metavar="OPTION")
    parser.add_argument("--build", nargs="*", default=[], metavar="TARGET",
                        help="make targets: dir/, dir/file.o, or dir/*.o for the objects "
                             "dir/Makefile builds into the kernel in dir itself")
    parser.add_argument("--compdb", nargs="*", default=[], metavar="DIR",
                        help="directories whose built files go into compile_commands.json")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--build-log", help="make's errors go here (default: TREE/../build.log)")
    parser.add_argument("--log-name", default="linux-tree", help="prefix of progress messages")
    return parser.parse_args(argv)


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def stamps(args):
    """What the extracted tree, the configured tree and the whole preparation
    depend on, each including the one before."""
    st = os.stat(args.tarball)
    extracted = {"tarball": [args.tarball, st.st_size, int(st.st_mtime)],
                 "extract": args.extract}
    tree = dict(extracted, script=sha256_of(os.path.abspath(__file__)),
                enable=args.enable, disable=args.disable)
    prepared = dict(tree, build=args.build, compdb=args.compdb)
    return [json.dumps(s, sort_keys=True) for s in (extracted, tree, prepared)]


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


class Tree:
    def __init__(self, args):
        self.args = args
        self.path = os.path.realpath(args.tree)
        self.make = ["make", "-s", "LLVM=-19", "-j%d" % args.jobs]

    def log(self, message):
        print("%s: %s" % (self.args.log_name, message), file=sys.stderr, flush=True)

    def run(self, command, **kwargs):
        subprocess.run(command, cwd=self.path, check=True, **kwargs)

    def extract_more(self, previous, wanted):
        """Extracts into a tree extracted from the same tarball what it
        lacks, if it lacks only some of the directories asked for (stamps
        PREVIOUS and WANTED); returns whether it did."""
        try:
            before, after = json.loads(previous), json.loads(wanted)
        except (TypeError, ValueError):
            return False
        if before.get("tarball") != after["tarball"] or not set(before.get("extract", [])) <= set(
                after["extract"]):
            return False
        missing = [p for p in after["extract"] if p not in before["extract"]]
        self.log("extracting %s from %s" % (", ".join(missing), self.args.tarball))
        subprocess.run(["tar", "-xJf", self.args.tarball, "-C", self.path, "--strip-components=1",
                        "--wildcards"] + ["%s/%s" % (TOP, p) for p in missing], check=True)
        return True

    def extract(self):
        parent = os.path.dirname(self.path)
        os.makedirs(parent, exist_ok=True)
        shutil.rmtree(self.path, ignore_errors=True)
        shutil.rmtree(os.path.join(parent, TOP), ignore_errors=True)
        paths = ALWAYS_EXTRACTED + self.args.extract
        self.log("extracting %s (Kconfig/Makefiles everywhere, x86, headers, scripts, "
                 "tools, kernel, %s)" % (self.args.tarball, ", ".join(self.args.extract)))
        # A pattern naming a directory extracts all of it; `*` matches `/`.
        subprocess.run(["tar", "-xJf", self.args.tarball, "-C", parent, "--wildcards"]
                       + ["%s/%s" % (TOP, p) for p in paths], check=True)
        os.rename(os.path.join(parent, TOP), self.path)

    def configure(self):
        self.log("configuring (defconfig, %s)" % ", ".join(
            ["+" + o for o in self.args.enable] + ["-" + o for o in self.args.disable]))
        self.run(self.make + ["defconfig"], stdout=subprocess.DEVNULL)
        options = []
        for flag, names in (("-e", self.args.enable), ("-d", self.args.disable)):
            for name in names:
                options += [flag, name]
        if options:
            self.run(["scripts/config"] + options)
        self.run(self.make + ["olddefconfig"], stdout=subprocess.DEVNULL)
        self.log("make prepare")
        self.run(self.make + ["prepare"], stdout=subprocess.DEVNULL)

    def builtin_objects(self, directory):
        """The objects DIRECTORY/Makefile builds into the kernel in that
        directory itself (obj-y), under the configuration."""
        makefile = ("include include/config/auto.conf\n"
                    "include %s/Makefile\n"
                    "print-objects: ; @echo $(filter %%.o,$(obj-y))\n" % directory)
        out = subprocess.run(["make", "-s", "-f", "-", "print-objects", "obj=" + directory,
                              "src=" + directory, "srctree=."], cwd=self.path,
                             input=makefile, capture_output=True, text=True, check=True)
        return [os.path.join(directory, o) for o in out.stdout.split()]

    def targets(self):
        targets = []
        for t in self.args.build:
            if t.endswith("/*.o"):
                targets += self.builtin_objects(t[:-len("/*.o")])
            else:
                targets.append(t)
        return targets

    def build(self):
        targets = self.targets()
        if not targets:
            return
        log_path = self.args.build_log or os.path.join(os.path.dirname(self.path), "build.log")
        self.log("building %d targets" % len(targets))
        with open(log_path, "w") as log:
            result = subprocess.run(self.make + ["-k"] + targets, cwd=self.path,
                                    stdout=subprocess.DEVNULL, stderr=log)
        if result.returncode:
            self.log("some objects did not build (see %s)" % log_path)

    def compile_database(self):
        if not self.args.compdb:
            return
        self.run([sys.executable, "scripts/clang-tools/gen_compile_commands.py", "-d", ".",
                  "-o", "compile_commands.json"] + self.args.compdb)


class TreeError(Exception):
    """What preparing needs is missing."""


def prepare(args):
    if not os.path.isfile(args.tarball):
        raise TreeError("%s is not installed (scripts/deps.sh corpus installs linux-source-6.1)"
                        % args.tarball)
    extracted_stamp, tree_stamp, prepared_stamp = stamps(args)
    tree = Tree(args)
    if read(os.path.join(tree.path, PREPARED_STAMP)) == prepared_stamp:
        return
    if read(os.path.join(tree.path, TREE_STAMP)) != tree_stamp:
        previous = read(os.path.join(tree.path, EXTRACTED_STAMP))
        if previous != extracted_stamp and not tree.extract_more(previous, extracted_stamp):
            tree.extract()
            write(os.path.join(tree.path, EXTRACTED_STAMP), extracted_stamp)
        tree.configure()
        write(os.path.join(tree.path, TREE_STAMP), tree_stamp)
    tree.build()
    tree.compile_database()
    write(os.path.join(tree.path, PREPARED_STAMP), prepared_stamp)


def main(argv):
    prepare(parse_args(argv))


if __name__ == "__main__":
    main(sys.argv[1:])
