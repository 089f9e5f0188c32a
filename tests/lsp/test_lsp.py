#!/usr/bin/env python3
"""Protocol test of `agentlint lsp`: a client speaking LSP over pipes.

Every method the server offers, positions in each encoding after non-ASCII
and astral characters, configuration and names across files, cancellation
and debouncing, malformed input, and the exit statuses.

Usage: test_lsp.py AGENTLINT
"""
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

AGENTLINT = os.path.abspath(sys.argv[1])
FAILURES = []

BROKEN = (
    "---\n"
    "name: reviewer\n"
    "description: Reviews code\n"
    "tools: é😀, MultiEdit\n"
    "model: claude-3-opus-20240229\n"
    "---\n"
    "Body ✓ text.\n"
)


def check(cond, what):
    if not cond:
        FAILURES.append(what)
        print("FAIL:", what, flush=True)


class Client:
    def __init__(self, cwd=None):
        self.proc = subprocess.Popen([AGENTLINT, "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.buf = b""
        self.pending = []  # messages read while waiting for another
        self.next_id = 100

    def raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    @staticmethod
    def frame(msg):
        body = json.dumps(msg).encode() if not isinstance(msg, bytes) else msg
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def send(self, msg):
        self.raw(self.frame(msg))

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params=None, wait=True):
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.response(self.next_id) if wait else self.next_id

    def _read_one(self, timeout):
        deadline = time.time() + timeout
        while True:
            head_end = self.buf.find(b"\r\n\r\n")
            if head_end >= 0:
                head = self.buf[:head_end].decode()
                length = int(head.split(":")[1])
                if len(self.buf) >= head_end + 4 + length:
                    body = self.buf[head_end + 4:head_end + 4 + length]
                    self.buf = self.buf[head_end + 4 + length:]
                    return json.loads(body)
            left = deadline - time.time()
            if left <= 0:
                return None
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if not r:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buf += chunk

    def wait_for(self, pred, timeout=10):
        for i, m in enumerate(self.pending):
            if pred(m):
                return self.pending.pop(i)
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = self._read_one(deadline - time.time())
            if m is None:
                return None
            if pred(m):
                return m
            self.pending.append(m)
        return None

    def forget(self, uri):
        """Drops the diagnostics of uri read so far (a newer set replaces them)."""
        self.pending = [m for m in self.pending
                        if not (m.get("method") == "textDocument/publishDiagnostics" and
                                m["params"]["uri"] == uri)]

    def response(self, rid, timeout=10):
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m, timeout)

    def diagnostics(self, uri, timeout=10, version=None):
        def pred(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            p = m["params"]
            return p["uri"] == uri and (version is None or p.get("version") == version)
        m = self.wait_for(pred, timeout)
        return m["params"]["diagnostics"] if m else None

    def diagnostics_where(self, uri, pred, timeout=10):
        """The first diagnostics of uri for which pred holds (None if none comes)."""
        m = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                          m["params"]["uri"] == uri and pred(m["params"]["diagnostics"]),
                          timeout)
        return m["params"]["diagnostics"] if m else None

    def initialize(self, root=None, encodings=None, options=None, watch=False, resolve=False):
        caps = {}
        if resolve:
            caps["textDocument"] = {"codeAction": {"resolveSupport": {"properties": ["edit"]}}}
        if encodings:
            caps["general"] = {"positionEncodings": encodings}
        if watch:
            caps["workspace"] = {"didChangeWatchedFiles": {"dynamicRegistration": True}}
        params = {"processId": None, "capabilities": caps,
                  "rootUri": "file://" + root if root else None}
        if options is not None:
            params["initializationOptions"] = options
        r = self.request("initialize", params)
        self.notify("initialized", {})
        return r

    def open(self, path, text, version=1):
        uri = "file://" + path
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": version, "text": text}})
        return uri

    def close_and_wait(self, timeout=10):
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None

    def shutdown(self):
        r = self.request("shutdown")
        check(r is not None and r.get("result", 1) is None and "error" not in r,
              "shutdown answers null")
        self.notify("exit", None)
        return self.close_and_wait()


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def by_code(diags, code):
    return [d for d in diags if d["code"] == code]


def apply_edits(text, edits, enc="utf-16"):
    """Applies TextEdits (positions in enc) to text, last first."""
    lines = text.splitlines(keepends=True)

    def offset(pos):
        if pos["line"] >= len(lines):
            return len(text)
        start = sum(len(l) for l in lines[:pos["line"]])
        line = lines[pos["line"]].rstrip("\r\n")
        units = 0
        for i, ch in enumerate(line):
            if units >= pos["character"]:
                return start + i
            units += {"utf-16": utf16_len(ch), "utf-8": len(ch.encode()), "utf-32": 1}[enc]
        return start + len(line)

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for s, e, t in spans:
        text = text[:s] + t + text[e:]
    return text


def expected_char(line, prefix_to, enc):
    prefix = line[:prefix_to]
    return {"utf-16": utf16_len(prefix), "utf-8": len(prefix.encode()),
            "utf-32": len(prefix)}[enc]


# ---- tests ----

def test_lifecycle_and_errors(tmp):
    c = Client(tmp)
    # Before initialize: a request is refused, a notification dropped.
    r = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.md"},
                                         "position": {"line": 0, "character": 0}})
    check(r and r["error"]["code"] == -32002, "request before initialize: -32002")
    c.open(tmp + "/early.md", BROKEN)
    init = c.initialize()
    caps = init["result"]["capabilities"]
    check(caps["positionEncoding"] == "utf-16", "UTF-16 by default")
    check(caps["textDocumentSync"]["openClose"] and caps["textDocumentSync"]["change"] in (1, 2),
          "document sync capability")
    check("source.fixAll.agentlint" in caps["codeActionProvider"]["codeActionKinds"],
          "fixAll kind offered")
    check(caps["hoverProvider"] is True, "hover offered")
    check(init["result"]["serverInfo"]["name"] == "agentlint", "serverInfo")
    # The early didOpen was dropped: the document is not open.
    r = c.request("textDocument/hover", {"textDocument": {"uri": "file://" + tmp + "/early.md"},
                                         "position": {"line": 0, "character": 0}})
    check(r and r["error"]["code"] == -32602, "notification before initialize was dropped")
    r = c.request("initialize", {"capabilities": {}})
    check(r and "error" in r, "second initialize refused")
    r = c.request("textDocument/definition", {})
    check(r and r["error"]["code"] == -32601, "unknown method: -32601")
    c.notify("$/setTrace", {"value": "off"})  # unknown notification: ignored
    r = c.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.md"}})
    check(r and r["error"]["code"] == -32602, "hover without position: -32602")
    r = c.request("textDocument/codeAction", {"range": "bad"})
    check(r and r["error"]["code"] == -32602, "codeAction with a bad range: -32602")
    # Malformed JSON: a parse error with id null, then the server goes on.
    c.raw(c.frame(b'{"jsonrpc": "2.0", "id": 5, "method": '))
    r = c.wait_for(lambda m: m.get("error", {}).get("code") == -32700)
    check(r is not None and r["id"] is None, "malformed JSON: -32700, id null")
    c.raw(c.frame(b"[1, 2, 3]"))
    r = c.wait_for(lambda m: m.get("error", {}).get("code") == -32600)
    check(r is not None, "a non-object message: -32600")
    c.raw(c.frame(b'{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}'))
    r = c.wait_for(lambda m: m.get("error", {}).get("code") == -32600)
    check(r is not None, "an object id: -32600")
    # Headers: missing Content-Length, a bad one, then a good message.
    c.raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}")
    c.raw(b"Content-Length: abc\r\n\r\n{}")
    c.raw(b"Content-Length: 5\r\nContent-Length: 7\r\n\r\n{}")
    rid = c.request("textDocument/definition", {}, wait=False)
    r = c.response(rid)
    check(r and r["error"]["code"] == -32601, "serving after bad headers")
    # Too large: over 64 MiB is dropped, the next message is served.
    big = b"Content-Length: %d\r\n\r\n" % (64 * 1024 * 1024 + 1)
    c.raw(big)
    chunk = b" " * (1024 * 1024)
    for _ in range(64):
        c.raw(chunk)
    c.raw(b" ")
    r = c.wait_for(lambda m: m.get("method") == "window/logMessage" and
                   "larger" in m["params"]["message"])
    check(r is not None, "a message over the limit is logged and dropped")
    rid = c.request("textDocument/definition", {}, wait=False)
    r = c.response(rid, timeout=30)
    check(r and r["error"]["code"] == -32601, "serving after a message over the limit")
    # Shutdown, then a request is refused, exit status 0.
    r = c.request("shutdown")
    check(r and r["result"] is None, "shutdown answers null")
    r = c.request("textDocument/definition", {})
    check(r and r["error"]["code"] == -32600, "request after shutdown refused")
    c.notify("exit", None)
    check(c.close_and_wait() == 0, "exit after shutdown: status 0")

    # exit without shutdown: status 1.
    c = Client(tmp)
    c.initialize()
    c.notify("exit", None)
    check(c.close_and_wait() == 1, "exit without shutdown: status 1")
    # End of input without exit (the client died): ends, status 1.
    c = Client(tmp)
    c.initialize()
    c.raw(b"Content-Length: 40\r\n\r\n{\"jsonrpc\"")  # cut in the middle
    check(c.close_and_wait() == 1, "client disconnect mid-message: exits 1")
    c = Client(tmp)
    check(c.close_and_wait() == 1, "no input at all: exits 1")


def test_positions(tmp):
    path = tmp + "/.claude/agents/reviewer.md"
    line = BROKEN.splitlines()[3]
    for enc, offered in (("utf-16", None), ("utf-16", ["utf-16"]), ("utf-8", ["utf-16", "utf-8"]),
                         ("utf-32", ["utf-32", "utf-16"])):
        c = Client(tmp)
        init = c.initialize(encodings=offered, options={"workspaceLint": False})
        check(init["result"]["capabilities"]["positionEncoding"] == enc,
              f"encoding {enc} chosen from {offered}")
        uri = c.open(path, BROKEN)
        diags = c.diagnostics(uri)
        check(diags is not None, f"{enc}: diagnostics published")
        if diags is None:
            c.shutdown()
            continue
        for d in diags:
            check(d["source"] == "agentlint" and d["severity"] in (1, 2, 3) and
                  isinstance(d["code"], str) and d["message"], f"{enc}: diagnostic fields {d}")
        me = by_code(diags, "CC011")
        col = line.index("MultiEdit")
        check(len(me) == 1 and me[0]["range"]["start"] == {"line": 3, "character":
              expected_char(line, col, enc)} and me[0]["range"]["end"] ==
              {"line": 3, "character": expected_char(line, col + 9, enc)},
              f"{enc}: CC011 after é and an astral character: {me}")
        unk = by_code(diags, "CC010")
        check(len(unk) == 1 and unk[0]["range"]["end"]["character"] ==
              expected_char(line, line.index(","), enc), f"{enc}: CC010 ends after 😀: {unk}")
        check(by_code(diags, "CC016") and by_code(diags, "CC016")[0]["severity"] == 1,
              f"{enc}: an error is severity 1")
        check(me and me[0]["severity"] == 2, f"{enc}: a warning is severity 2")
        # Hover on the last code unit of MultiEdit, in this encoding.
        r = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {
            "line": 3, "character": expected_char(line, col + 8, enc)}})
        check(r and r["result"] and "CC011" in r["result"]["contents"]["value"],
              f"{enc}: hover on the finding")
        check(c.shutdown() == 0, f"{enc}: clean exit")


def test_sync_actions_hover(tmp):
    path = tmp + "/.claude/agents/reviewer.md"
    c = Client(tmp)
    c.initialize(options={"workspaceLint": False, "debounceMs": 150})
    uri = c.open(path, BROKEN)
    diags = c.diagnostics(uri, version=1)
    check(diags is not None and by_code(diags, "CC011"), "didOpen publishes")

    # Code actions on the tools line: a preferred safe fix for CC011.
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 5}},
        "context": {"diagnostics": []}})
    actions = r["result"]
    check(not any(a["kind"] == "quickfix" for a in actions),
          "no quick fix outside a finding's range")
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 3, "character": 13}, "end": {"line": 3, "character": 13}},
        "context": {"diagnostics": by_code(diags, "CC011")}})
    actions = r["result"]
    qf = [a for a in actions if a["kind"] == "quickfix"]
    check(len(qf) == 1 and qf[0].get("isPreferred") is True and "CC011" in qf[0]["title"],
          f"one preferred quick fix for CC011: {qf}")
    check(qf and qf[0]["diagnostics"][0] == by_code(diags, "CC011")[0],
          "the quick fix names the published diagnostic")
    fixed = apply_edits(BROKEN, qf[0]["edit"]["changes"][uri]) if qf else ""
    check("tools: é😀, Edit\n" in fixed, f"the quick fix renames MultiEdit: {fixed!r}")
    check(any(a["kind"] == "source.fixAll.agentlint" for a in actions),
          "fixAll offered alongside")

    # The unsafe fix of the retired model: titled so, not preferred.
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 4, "character": 10}, "end": {"line": 4, "character": 10}},
        "context": {"diagnostics": [], "only": ["quickfix"]}})
    qf = r["result"]
    check(len(qf) == 1 and qf[0]["title"].lower().startswith("unsafe") and
          not qf[0].get("isPreferred"), f"unsafe quick fix titled so: {qf}")
    check(all(a["kind"] == "quickfix" for a in qf), "only: quickfix honoured")

    # fixAll: the same text as `agentlint --fix` on standard input.
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    fa = r["result"]
    check(len(fa) == 1 and fa[0]["kind"] == "source.fixAll.agentlint", f"fixAll action: {fa}")
    cli = subprocess.run([AGENTLINT, "--no-config", "--stdin-filename", path, "--fix", "-"],
                         input=BROKEN.encode(), capture_output=True)
    if fa:
        got = apply_edits(BROKEN, fa[0]["edit"]["changes"][uri])
        check(got == cli.stdout.decode(), f"fixAll equals --fix: {got!r} vs {cli.stdout!r}")

    # Hover: the explanation on a finding, null elsewhere.
    r = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": 4, "character": 9}})
    h = r["result"]
    check(h and h["contents"]["kind"] == "markdown" and "CC018" in h["contents"]["value"] and
          "## " in h["contents"]["value"], "hover shows the rule explanation")
    check(h and h["range"]["start"]["line"] == 4, "hover range is the finding's")
    r = c.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": 6, "character": 0}})
    check(r["result"] is None, "hover away from findings: null")

    # didChange burst: debounced into one publish for the last version.
    text = BROKEN
    for v in range(2, 7):
        text = text.replace("Body", "Body!", 1)
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v},
                                            "contentChanges": [{"text": text}]})
    diags = c.diagnostics(uri, version=6)
    check(diags is not None, "the burst's last version is published")
    stale = [m for m in c.pending if m.get("method") == "textDocument/publishDiagnostics" and
             m["params"].get("version") in (2, 3, 4, 5)]
    check(not stale, f"no publish for versions inside the burst: {stale}")

    # Incremental change: MultiEdit -> Edit by a range edit after the astral character.
    line = BROKEN.splitlines()[3]
    s = utf16_len(line[:line.index("MultiEdit")])
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 7},
                                        "contentChanges": [{"range": {
                                            "start": {"line": 3, "character": s},
                                            "end": {"line": 3, "character": s + 9}},
                                            "text": "Edit"}]})
    c.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    diags = c.diagnostics(uri, version=7)
    check(diags is not None and not by_code(diags, "CC011") and by_code(diags, "CC010"),
          f"incremental change applied: {diags}")
    # A request sees the latest text even inside the debounce delay.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 8},
                                        "contentChanges": [{"text": BROKEN}]})
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 3, "character": s}, "end": {"line": 3, "character": s}},
        "context": {"diagnostics": []}})
    check(any("CC011" in a["title"] for a in r["result"]),
          "codeAction right after didChange sees the new text")

    # $/cancelRequest for a queued request: RequestCancelled.
    c.next_id += 1
    rid = c.next_id
    hover = {"jsonrpc": "2.0", "id": rid, "method": "textDocument/hover",
             "params": {"textDocument": {"uri": uri}, "position": {"line": 3, "character": s}}}
    cancel = {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": rid}}
    c.raw(c.frame(hover) + c.frame(cancel))
    r = c.response(rid)
    check(r and r.get("error", {}).get("code") == -32800, f"cancelled request: -32800 ({r})")
    # Cancelling a request already answered is harmless.
    c.notify("$/cancelRequest", {"id": 1})

    # Requests are answered in order.
    ids = [c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {
        "line": i % 7, "character": 0}}, wait=False) for i in range(20)]
    got = []
    while len(got) < 20:
        m = c.wait_for(lambda m: "id" in m and "method" not in m)
        if m is None:
            break
        got.append(m["id"])
    check(got == ids, "responses in request order")

    # didClose clears the diagnostics.
    c.forget(uri)
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    diags = c.diagnostics(uri)
    check(diags == [], "didClose publishes an empty list")
    # A document that is not an agent (no front matter) gets a note at most.
    uri2 = c.open(tmp + "/README.md", "# Project\n\nText.\n")
    diags = c.diagnostics(uri2)
    check(diags is not None and all(d["severity"] == 3 for d in diags),
          "a Markdown file that is not an agent gets notes only")
    # Suppressions apply.
    uri3 = c.open(tmp + "/.claude/agents/quiet.md", BROKEN.replace(
        "MultiEdit\n", "MultiEdit  # agentlint-disable-line CC011\n"))
    diags = c.diagnostics(uri3)
    check(diags is not None and not by_code(diags, "CC011"), "suppression honoured")
    check(c.shutdown() == 0, "clean exit")


def test_resolve(tmp):
    """Fix-all's edit computed in codeAction/resolve when the client can."""
    path = tmp + "/.claude/agents/reviewer.md"
    c = Client(tmp)
    init = c.initialize(resolve=True, options={"workspaceLint": False})
    check(init["result"]["capabilities"]["codeActionProvider"].get("resolveProvider") is True,
          "resolveProvider offered")
    uri = c.open(path, BROKEN)
    c.diagnostics(uri)
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll.agentlint"]}})
    fa = r["result"]
    check(len(fa) == 1 and "edit" not in fa[0] and "data" in fa[0], f"fixAll unresolved: {fa}")
    if len(fa) == 1:
        r = c.request("codeAction/resolve", fa[0])
        cli = subprocess.run([AGENTLINT, "--no-config", "--stdin-filename", path, "--fix", "-"],
                             input=BROKEN.encode(), capture_output=True)
        got = apply_edits(BROKEN, r["result"]["edit"]["changes"][uri]) if r.get("result") else None
        check(got == cli.stdout.decode(), f"resolved fixAll equals --fix: {got!r}")
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"text": BROKEN + "x\n"}]})
        r = c.request("codeAction/resolve", fa[0])
        check(r.get("error", {}).get("code") == -32602, "resolving a stale action is refused")
    # CRLF line ends and astral characters around the fixes: fixAll still equals --fix.
    crlf = BROKEN.replace("tools: é😀, MultiEdit", "tools: Read, MultiEdit, Read, Read # 😀").replace(
        "\n", "\r\n")
    uri2 = c.open(tmp + "/.claude/agents/crlf.md", crlf)
    c.diagnostics(uri2)
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri2},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    fa = r["result"]
    r = c.request("codeAction/resolve", fa[0]) if fa else {}
    cli = subprocess.run([AGENTLINT, "--no-config", "--stdin-filename", tmp + "/.claude/agents/crlf.md",
                          "--fix", "-"], input=crlf.encode(), capture_output=True)
    got = apply_edits(crlf, r["result"]["edit"]["changes"][uri2]) if r.get("result") else None
    check(got == cli.stdout.decode() and got != crlf, f"fixAll on CRLF text equals --fix: {got!r}")
    r = c.request("codeAction/resolve", {"title": "x"})
    check(r.get("error", {}).get("code") == -32602, "resolving a foreign action: -32602")
    check(c.shutdown() == 0, "clean exit")


def test_config_and_workspace(tmp):
    ws = os.path.join(tmp, "ws")
    agents = os.path.join(ws, ".claude", "agents")
    os.makedirs(agents)
    with open(os.path.join(agents, "a.md"), "w") as f:
        f.write("---\nname: twin\ndescription: First\n---\nBody\n")
    later = os.path.join(agents, "b.md")
    with open(later, "w") as f:
        f.write("---\nname: twin\ndescription: Second\n---\nBody\n")
    cfg = os.path.join(ws, ".agentlint.yml")
    with open(cfg, "w") as f:
        f.write("rules:\n  CC011: error\n")

    c = Client(ws)
    c.initialize(root=ws, watch=True)
    reg = c.wait_for(lambda m: m.get("method") == "client/registerCapability")
    check(reg is not None and reg["params"]["registrations"][0]["method"] ==
          "workspace/didChangeWatchedFiles", "file watchers registered")
    if reg:
        c.send({"jsonrpc": "2.0", "id": reg["id"], "result": None})
    uri = c.open(later, "---\nname: twin\ndescription: Second\ntools: MultiEdit\n---\nBody\n")
    diags = c.diagnostics(uri)
    check(diags and by_code(diags, "CC011")[0]["severity"] == 1,
          "the configuration found from the document's path applies")
    # Once the folder is scanned (before or after the first lint), the
    # duplicate name shows.
    if not by_code(diags, "CC004"):
        diags = c.diagnostics_where(uri, lambda d: by_code(d, "CC004"))
    check(diags is not None and len(by_code(diags, "CC004")) == 1 and
          "a.md" in by_code(diags, "CC004")[0]["message"] and
          by_code(diags, "CC004")[0]["range"]["start"]["line"] == 1,
          f"duplicate name across the workspace: {diags}")
    # Renaming it in the editor clears it at once.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                        "contentChanges": [{"text": "---\nname: other\n"
                                                            "description: Second\n---\nBody\n"}]})
    diags = c.diagnostics(uri, version=2)
    check(diags is not None and not by_code(diags, "CC004"), "renamed: no duplicate")
    # The first file renamed on disk and the client tells: back to the name twin, no clash.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                        "contentChanges": [{"text": "---\nname: twin\n"
                                                            "description: Second\n---\nBody\n"}]})
    diags = c.diagnostics(uri, version=3)
    check(diags is not None and by_code(diags, "CC004"), "named twin again: duplicate")
    with open(os.path.join(agents, "a.md"), "w") as f:
        f.write("---\nname: first\ndescription: First\n---\nBody\n")
    c.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": "file://" + os.path.join(agents, "a.md"), "type": 2}]})
    diags = c.diagnostics(uri)
    check(diags is not None and not by_code(diags, "CC004"), "a watched file's rename counts")
    # The configuration changes on disk: reloaded.
    with open(cfg, "w") as f:
        f.write("rules:\n  CC004: off\n  CC011: info\n")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                        "contentChanges": [{"text": "---\nname: twin\n"
                                                            "description: Second\ntools: MultiEdit"
                                                            "\n---\nBody\n"}]})
    diags = c.diagnostics(uri, version=4)
    check(diags is not None and by_code(diags, "CC011")[0]["severity"] == 1,
          "the configuration is cached until told")
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + cfg, "type": 2}]})
    diags = c.diagnostics(uri, version=4)
    check(diags is not None and by_code(diags, "CC011")[0]["severity"] == 3,
          f"configuration reloaded on didChangeWatchedFiles: {diags}")
    # A broken configuration is shown to the user.
    with open(cfg, "w") as f:
        f.write("rules:\n  CC011: loud\n")
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + cfg, "type": 2}]})
    m = c.wait_for(lambda m: m.get("method") == "window/showMessage")
    check(m is not None and ".agentlint.yml:2:" in m["params"]["message"],
          f"a bad configuration is shown with its position: {m}")
    diags = c.diagnostics(uri, version=4)
    check(diags is not None and by_code(diags, "CC011")[0]["severity"] == 2,
          "linted without a broken configuration")
    with open(cfg, "w") as f:
        f.write("ignore: [\".claude/agents/b.md\"]\n")
    c.forget(uri)
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + cfg, "type": 2}]})
    diags = c.diagnostics(uri, version=4)
    check(diags == [], "an ignored file gets no diagnostics")
    # A .agentlint.yml that is a folder is shown too, not skipped (issue 14).
    os.remove(cfg)
    os.mkdir(cfg)
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://" + cfg, "type": 2}]})
    m = c.wait_for(lambda m: m.get("method") == "window/showMessage")
    check(m is not None and "a folder, not a configuration file" in m["params"]["message"],
          f"a folder named .agentlint.yml is shown: {m}")
    os.rmdir(cfg)
    with open(cfg, "w") as f:
        f.write("ignore: [\".claude/agents/b.md\"]\n")
    check(c.shutdown() == 0, "clean exit")

    # The setting that turns the workspace scan off.
    os.remove(cfg)
    c = Client(ws)
    c.initialize(root=ws, options={"workspaceLint": False})
    uri = c.open(later, "---\nname: first\ndescription: Second\n---\nBody\n")
    diags = c.diagnostics(uri)
    time.sleep(0.5)
    more = c.diagnostics(uri, timeout=0.5)
    check(diags is not None and not by_code(diags, "CC004") and
          (more is None or not by_code(more, "CC004")), "workspaceLint false: no scan")
    c.notify("workspace/didChangeConfiguration", {"settings": {"agentlint": {
        "workspaceLint": True}}})
    diags = c.diagnostics_where(uri, lambda d: by_code(d, "CC004"))
    check(diags is not None, "turned on by didChangeConfiguration")
    check(c.shutdown() == 0, "clean exit")


SETTINGS = (
    "{\n"
    "  \"hooks\": {\n"
    "    \"PreToolUze\": [\n"
    "      {\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"echo hi\"}]}\n"
    "    ]\n"
    "  }\n"
    "}\n"
)


def test_claude_surface(tmp):
    """A settings.json opened in the editor: its misspelt hook event, at its
    place, with the quick fix that renames it; a memory file and an
    .mcp.json publish too."""
    c = Client(tmp)
    c.initialize(options={"workspaceLint": False})
    os.makedirs(os.path.join(tmp, ".claude"), exist_ok=True)
    uri = c.open(os.path.join(tmp, ".claude", "settings.json"), SETTINGS)
    diags = c.diagnostics(uri, version=1)
    hk = by_code(diags or [], "HK001")
    check(len(hk) == 1, f"settings.json: the misspelt event is reported: {diags}")
    if hk:
        check(hk[0]["range"]["start"] == {"line": 2, "character": 4},
              f"at the key: {hk[0]['range']}")
        r = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 2, "character": 8}, "end": {"line": 2, "character": 8}},
            "context": {"diagnostics": hk}})
        qf = [a for a in r["result"] if a["kind"] == "quickfix"]
        check(len(qf) == 1 and qf[0].get("isPreferred") is True, f"one preferred quick fix: {qf}")
        fixed = apply_edits(SETTINGS, qf[0]["edit"]["changes"][uri]) if qf else ""
        check('"PreToolUse": [' in fixed and "PreToolUze" not in fixed,
              f"the quick fix renames the event: {fixed!r}")
    uri = c.open(os.path.join(tmp, "CLAUDE.md"), "# Notes\n\nSee @docs/missing.md for more.\n")
    diags = c.diagnostics(uri, version=1)
    check(diags is not None and by_code(diags, "MM001"), f"CLAUDE.md: the import: {diags}")
    uri = c.open(os.path.join(tmp, ".mcp.json"),
                 '{"mcpServers": {"docs": {"url": "https://mcp.example.com/mcp"}}}\n')
    diags = c.diagnostics(uri, version=1)
    check(diags is not None and by_code(diags, "CC020"), f".mcp.json: the server: {diags}")
    check(c.shutdown() == 0, "clean exit")


def main():
    tmp = tempfile.mkdtemp(prefix="agentlint-lsp-")
    try:
        os.makedirs(os.path.join(tmp, ".claude", "agents"))
        for t in (test_lifecycle_and_errors, test_positions, test_sync_actions_hover,
                  test_resolve, test_config_and_workspace, test_claude_surface):
            print("--", t.__name__, flush=True)
            t(tmp)
    finally:
        shutil.rmtree(tmp)
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
