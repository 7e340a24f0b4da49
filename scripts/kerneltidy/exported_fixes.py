"""Reads the fixes clang-tidy exports (--export-fixes=FILE.yaml): for each
diagnostic, the replacements of its message and of each note. The file is
LLVM's YAML for clang::tooling::TranslationUnitDiagnostics, one key per
line; this reads that shape only, line by line, with the standard library
(no YAML package)."""

import json
import re

KEY = re.compile(r"^(?P<indent> *)(?P<item>- )?(?P<key>\w+):\s*(?P<value>.*)$")
HEX_ESCAPE = re.compile(r"\\x([0-9A-Fa-f]{2})")


def scalar(text):
    """A YAML scalar as LLVM writes it: plain, 'single' or "double" quoted."""
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        return json.loads(HEX_ESCAPE.sub(r"\\u00\1", text))
    return text


class Message:
    """A diagnostic's message or a note: where it is, and its replacements."""

    def __init__(self):
        self.text = None
        self.file = None
        self.offset = None
        self.replacements = []  # dicts: file, offset, length, text


def read(text):
    """[(check, message, [notes])] from an exported-fixes file's text."""
    diagnostics = []
    current = None      # the Message keys go to
    section = None      # 'replacements' or 'ranges' while in one
    for line in text.splitlines():
        match = KEY.match(line)
        if not match:
            continue
        key, value = match["key"], scalar(match["value"])
        if key == "DiagnosticName":
            diagnostics.append((value, Message(), []))
            current, section = diagnostics[-1][1], None
        elif not diagnostics:
            continue
        elif key == "Message":
            if match["item"]:
                diagnostics[-1][2].append(Message())
                current = diagnostics[-1][2][-1]
            current.text, section = value, None
        elif key in ("Replacements", "Ranges"):
            section = key.lower() if value != "[]" else None
        elif section == "replacements":
            if match["item"]:
                current.replacements.append({})
            field = {"FilePath": "file", "Offset": "offset", "Length": "length",
                     "ReplacementText": "text"}.get(key)
            if field:
                current.replacements[-1][field] = int(value) if field in ("offset", "length") else value
        elif section is None and key == "FilePath":
            current.file = value
        elif section is None and key == "FileOffset":
            current.offset = int(value)
        elif key in ("Level", "BuildDirectory", "Notes", "DiagnosticMessage"):
            section = None
    return diagnostics
