#!/usr/bin/env python3
"""Diagnostics latency of `agentlint lsp` on a 1 MB agent document.

Usage: bench/lsp_latency.py AGENTLINT [CORPUS_DIR] [ROUNDS]
  (default corpus: tests/data/agents; 20 rounds)

Builds one agent file of ~1 MB (a front matter, then the bodies of corpus
agents, Elixir blocks included), pinned to one core (taskset) when
available, and measures from the moment the client has written a message
to the moment it has read the publishDiagnostics for it:
  - didOpen of the whole document,
  - didChange with the full text (debounce set to 0),
  - didChange with one incremental edit (debounce 0),
  - codeAction (a request that needs the lint current) after a change.
Prints the median and the worst of ROUNDS rounds for each, as wall time
and as the server's CPU time for it (/proc/PID/schedstat, which does not
count time spent waiting for a busy CPU). Not a test.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

agentlint = os.path.abspath(sys.argv[1])
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "agents")
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def build_document(target=1_000_000):
    bodies = []
    paths = sorted(os.path.join(d, n) for d, _, names in os.walk(corpus) for n in names
                   if n.endswith(".md"))
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end > 0:
                text = text[end + 5:]
        bodies.append(text)
    head = ("---\nname: big-agent\ndescription: A very long agent, for the benchmark\n"
            "tools: Read, MultiEdit, Grep\nmodel: sonnet\n---\n")
    out, size, i = [head], len(head), 0
    while size < target and bodies:
        out.append(bodies[i % len(bodies)])
        size += len(bodies[i % len(bodies)].encode())
        i += 1
    return "".join(out)


class Client:
    def __init__(self):
        cmd = [agentlint, "lsp"]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0"] + cmd
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.id = 0

    def cpu_ns(self):
        try:
            with open(f"/proc/{self.p.pid}/schedstat") as f:
                return int(f.read().split()[0])
        except OSError:
            return 0

    def send(self, m):
        b = json.dumps(m).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
        self.p.stdin.flush()

    def recv(self):
        h = b""
        while not h.endswith(b"\r\n\r\n"):
            c = self.p.stdout.read(1)
            if not c:
                raise SystemExit("server ended")
            h += c
        n = int(h.split(b":")[1].split(b"\r")[0])
        return json.loads(self.p.stdout.read(n))

    def until(self, pred):
        while True:
            m = self.recv()
            if pred(m):
                return m

    def request(self, method, params):
        self.id += 1
        self.send({"jsonrpc": "2.0", "id": self.id, "method": method, "params": params})
        rid = self.id
        return self.until(lambda m: m.get("id") == rid and "method" not in m)


def main():
    text = build_document()
    size = len(text.encode())
    lines = text.count("\n")
    uri = "file:///tmp/agentlint-bench/.claude/agents/big-agent.md"
    c = Client()
    c.request("initialize", {"capabilities": {}, "initializationOptions": {
        "debounceMs": 0, "workspaceLint": False}})
    c.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def published(version):
        return lambda m: (m.get("method") == "textDocument/publishDiagnostics" and
                          m["params"].get("version") == version)

    times = {"didOpen": [], "didChange full": [], "didChange incremental": [],
             "codeAction after change": []}
    cpu = {k: [] for k in times}
    ndiag = 0
    version = 0
    for r in range(rounds):
        version += 1
        t, u = time.perf_counter(), c.cpu_ns()
        c.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": version, "text": text}}})
        m = c.until(published(version))
        times["didOpen"].append(time.perf_counter() - t)
        cpu["didOpen"].append((c.cpu_ns() - u) / 1e9)
        ndiag = len(m["params"]["diagnostics"])

        version += 1
        t, u = time.perf_counter(), c.cpu_ns()
        c.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]}})
        c.until(published(version))
        times["didChange full"].append(time.perf_counter() - t)
        cpu["didChange full"].append((c.cpu_ns() - u) / 1e9)

        version += 1
        t, u = time.perf_counter(), c.cpu_ns()
        c.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": lines // 2, "character": 0},
                                          "end": {"line": lines // 2, "character": 0}},
                                "text": "x"}]}})
        c.until(published(version))
        times["didChange incremental"].append(time.perf_counter() - t)
        cpu["didChange incremental"].append((c.cpu_ns() - u) / 1e9)

        version += 1
        c.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": lines // 2, "character": 0},
                                          "end": {"line": lines // 2, "character": 1}},
                                "text": ""}]}})
        t, u = time.perf_counter(), c.cpu_ns()
        c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 30}},
            "context": {"diagnostics": []}})
        times["codeAction after change"].append(time.perf_counter() - t)
        cpu["codeAction after change"].append((c.cpu_ns() - u) / 1e9)
        c.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {
            "textDocument": {"uri": uri}}})
    c.request("shutdown", None)
    c.send({"jsonrpc": "2.0", "method": "exit"})
    c.p.wait()
    print(f"document: {size / 1e6:.2f} MB, {lines} lines, {ndiag} diagnostics; {rounds} rounds")
    for k, v in times.items():
        w = cpu[k]
        print(f"{k:24s} wall: median {statistics.median(v) * 1000:6.1f} ms, "
              f"worst {max(v) * 1000:6.1f} ms;  server CPU: median "
              f"{statistics.median(w) * 1000:6.1f} ms, worst {max(w) * 1000:6.1f} ms")


main()
