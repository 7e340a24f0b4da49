"""kernel-atomic-context's module-wide analysis in the project runner: the map
step (each translation unit's run writes a summary), the reuse of what an
earlier run found for files whose inputs did not change, and the link step
(tools/kernel-tidy-link) that reports the findings needing another file.

A run keeps, per translation unit, in the summaries folder:
  NAME.ktsum  the summary the check wrote (kernel-atomic-context.SummaryOutput)
  NAME.json   what the runner needs to reuse it: the compile command, the
              tool and its options, the inputs and the .clang-tidy files
              that apply with their sizes and times, clang-tidy's output
              and exit status, and the fix-its it exported
where NAME is a hash of the source file's path.
"""

import hashlib
import json
import os
import subprocess

from kerneltidy.tool import BUILD

DEFAULT_LINK = os.path.join(BUILD, "bin", "kernel-tidy-link")
CACHE_VERSION = 1


def _stamp(path):
    try:
        st = os.stat(path)
        return [st.st_size, st.st_mtime_ns]
    except OSError:
        return None


class SummaryStore:
    """The summaries folder of a run."""

    def __init__(self, folder, command):
        self.folder = os.path.abspath(folder)
        os.makedirs(self.folder, exist_ok=True)
        # The tool's own files: a rebuilt plugin or kernel-tidy invalidates
        # every summary.
        tools = [a[len("--load="):] for a in command if a.startswith("--load=")]
        self.tool = [[t, _stamp(t)] for t in [command[0]] + tools]
        # The options (checks, header filter, configuration file, extra
        # arguments) decide what is reported; the compile database's temporary
        # folder (-p DIR) does not.
        self.options = [a for i, a in enumerate(command[1:], 1)
                        if a != "-p" and command[i - 1] != "-p"]

    def name(self, source):
        return hashlib.sha1(source.encode("utf-8", "surrogateescape")).hexdigest()[:20]

    def summary(self, source):
        return os.path.join(self.folder, self.name(source) + ".ktsum")

    def _record(self, source):
        return os.path.join(self.folder, self.name(source) + ".json")

    def environment(self, source):
        """The environment that makes the check write SOURCE's summary."""
        env = dict(os.environ)
        env["KERNEL_TIDY_SUMMARY_OUTPUT"] = self.summary(source)
        return env

    @staticmethod
    def _configurations(source):
        """The .clang-tidy files clang-tidy may read for SOURCE (those of its
        folder and every folder above), with their stamps."""
        found = []
        folder = os.path.dirname(os.path.abspath(source))
        while True:
            candidate = os.path.join(folder, ".clang-tidy")
            found.append([candidate, _stamp(candidate)])
            parent = os.path.dirname(folder)
            if parent == folder:
                return found
            folder = parent

    def reusable(self, source, entry):
        """What an earlier run recorded for SOURCE, if nothing it read has
        changed since: (stdout, returncode, fixes text); else None."""
        try:
            with open(self._record(source)) as f:
                record = json.load(f)
        except (OSError, ValueError):
            return None
        if (record.get("version") != CACHE_VERSION or record.get("entry") != entry
                or record.get("tool") != self.tool
                or record.get("options") != self.options
                or record.get("configurations") != self._configurations(source)
                or not os.path.isfile(self.summary(source))):
            return None
        inputs = record.get("inputs") or []
        if not inputs or any(_stamp(path) != stamp for path, stamp in inputs):
            return None
        return record["stdout"], record["returncode"], record.get("fixes")

    def remember(self, source, entry, stdout, returncode, fixes):
        """Records a run of SOURCE, with the inputs its summary lists."""
        try:
            with open(self.summary(source)) as f:
                inputs = json.load(f).get("inputs", [])
        except (OSError, ValueError):
            return  # no summary (the file did not build): nothing to reuse
        record = {"version": CACHE_VERSION, "entry": entry, "tool": self.tool,
                  "options": self.options,
                  "configurations": self._configurations(source),
                  "inputs": [[p, _stamp(p)] for p in inputs],
                  "stdout": stdout, "returncode": returncode, "fixes": fixes}
        temporary = self._record(source) + ".tmp"
        with open(temporary, "w") as f:
            json.dump(record, f)
        os.replace(temporary, self._record(source))

    def existing(self, sources):
        return [self.summary(s) for s in sources if os.path.isfile(self.summary(s))]


def link(program, summaries, folder, kernel_database=None):
    """Runs the link step over SUMMARIES; returns (stdout, stderr, status)."""
    listing = os.path.join(folder, "summaries.txt")
    with open(listing, "w") as f:
        f.write("\n".join(summaries) + "\n")
    command = [program, "--summary-list", listing,
               "--export-database", os.path.join(folder, "module.ktdb")]
    if kernel_database:
        command.append("--kernel-database=" + kernel_database)
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, errors="replace")
    return proc.stdout, proc.stderr, proc.returncode
