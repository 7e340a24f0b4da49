#!/usr/bin/env python3
"""Drives a language server through an editor's session and prints what the
editor would show.

The session: initialize (with the client capabilities VS Code's clangd
extension announces for diagnostics, or without relatedInformation),
didOpen FILE and wait for its diagnostics; then for each --edit OLD=>NEW a
full-text didChange and again the diagnostics of that version; then
shutdown and exit. Each diagnostic is printed as one line, its
relatedInformation indented below it:

  version 1: 9:33-9:55 warning [kernel-rtti] clang-tidy: Dynamic_cast needs ...
    related file.cpp:5:8-5:9: ...

Lines and columns are 1-based like a compiler's; a line break in a message
is printed as \\n. Exits non-zero when the server dies, answers with an
error, or takes longer than --timeout.
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
from urllib.parse import quote, unquote, urlparse


def uri_of(path):
    return "file://" + quote(os.path.abspath(path))


def path_of(uri):
    return unquote(urlparse(uri).path)


class Server:
    def __init__(self, argv, env):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params, deadline):
        ident = self.next_id
        self.next_id += 1
        self.send({"id": ident, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == ident and "method" not in m,
                         deadline)

    def wait(self, wanted, deadline):
        """Returns the first message `wanted` accepts, answering the
        server's own requests on the way."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                sys.exit("lsp-session: timed out waiting for the server")
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                sys.exit("lsp-session: the server exited (status %s)"
                         % self.proc.wait())
            if "error" in message:
                sys.exit("lsp-session: server error: %s" % message["error"])
            if "method" in message and "id" in message:
                self.send({"id": message["id"], "result": None})
            if wanted(message):
                return message


def print_diagnostics(version, diagnostics, root):
    def where(path, rng):
        start, end = rng["start"], rng["end"]
        return "%s%d:%d-%d:%d" % (path, start["line"] + 1, start["character"] + 1,
                                  end["line"] + 1, end["character"] + 1)

    if not diagnostics:
        print("version %d: no diagnostics" % version)
    severities = {1: "error", 2: "warning", 3: "information", 4: "hint"}
    for d in sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"],
                                                d["range"]["start"]["character"])):
        print("version %d: %s %s [%s] %s: %s" % (
            version, where("", d["range"]), severities.get(d.get("severity"), "?"),
            d.get("code", ""), d.get("source", ""), d["message"].replace("\n", "\\n")))
        for info in d.get("relatedInformation", []):
            path = os.path.relpath(path_of(info["location"]["uri"]), root)
            print("  related %s: %s" % (where(path + ":", info["location"]["range"]),
                                        info["message"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True, help="server command line, split on spaces")
    parser.add_argument("--root", required=True, help="workspace folder")
    parser.add_argument("--open", required=True, dest="file", help="file to open")
    parser.add_argument("--edit", action="append", default=[], metavar="OLD=>NEW",
                        help="replace the first OLD by NEW and send the new text")
    parser.add_argument("--no-related-information", action="store_true",
                        help="announce no relatedInformation support (as eglot does)")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()

    deadline = time.monotonic() + args.timeout
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(args.root, ".xdg-config"))
    server = Server(args.server.split(), env)
    server.request("initialize", {
        "processId": os.getpid(),
        "rootUri": uri_of(args.root),
        "workspaceFolders": [{"uri": uri_of(args.root), "name": "ws"}],
        "capabilities": {"textDocument": {"publishDiagnostics": {
            "relatedInformation": not args.no_related_information, "versionSupport": True,
            "codeDescriptionSupport": True}}},
    }, deadline)
    server.notify("initialized", {})

    uri = uri_of(args.file)
    with open(args.file) as f:
        text = f.read()
    language = "c" if args.file.endswith(".c") else "cpp"
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": language, "version": 1, "text": text}})

    def diagnostics_of(version):
        message = server.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri and m["params"].get("version") == version,
            deadline)
        print_diagnostics(version, message["params"]["diagnostics"], args.root)

    diagnostics_of(1)
    for version, edit in enumerate(args.edit, start=2):
        old, sep, new = edit.partition("=>")
        if not sep or old not in text:
            sys.exit("lsp-session: cannot apply edit %r" % edit)
        text = text.replace(old, new, 1)
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]})
        diagnostics_of(version)

    server.request("shutdown", None, deadline)
    server.notify("exit", None)
    sys.exit(server.proc.wait(timeout=max(1, deadline - time.monotonic())))


if __name__ == "__main__":
    main()
