"""Prints each entry of a compilation database as its file, relative to the
module's directory, then the flags (on the first line only)."""
import json
import os
import sys

for i, entry in enumerate(json.load(open(sys.argv[1]))):
    name = os.path.relpath(entry["file"], entry["directory"])
    flags = " ".join(entry["arguments"][1:7]) if i == 0 else ""
    print(("%s %s" % (name, flags)).strip())
