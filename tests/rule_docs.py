#!/usr/bin/env python3
"""Every rule's page runs, as ShellCheck runs the examples of its wiki: the
"## Example" section of docs/rules/CODE.md holds whole files, each under a
line that names it, and this test writes them out and lints them.

    Bad, in `.claude/agents/reviewer.md` (line 4):
    Bad, in `.claude/skills/deploy/SKILL.md`:            (another file of the same example)
    Good, in `.claude/agents/reviewer.md`:

Each such line is followed by an indented block, the file's text. The bad
files together must give the rule's findings on exactly the lines named
("(line 4)", "(lines 4 and 7)", "(lines 2, 5 and 9)") of the files that name
lines, and none elsewhere; the good files together must lint clean (no
finding of any rule). An opt-in rule's example turns it on in an
.agentlint.yml of its own.

In a block, bytes the page cannot show are written out: `\\xHH` is the byte
HH, `<U+XXXX>` the character, `<end of file>` ends the file where it stands
(no final newline), and a line `<the line above, repeated to fill N KiB>`
(or MiB) repeats the line before it until the file holds that much. An
example may hold an .agentlint.yml: each runs in a folder of its own that is
a repository's root, so no other configuration applies.

usage: rule_docs.py AGENTLINT DOCS_DIR [CODE...]"""
import json
import os
import re
import subprocess
import sys
import tempfile

AGENTLINT = os.path.abspath(sys.argv[1])
DOCS = sys.argv[2]
ONLY = set(sys.argv[3:])

HEADER = re.compile(r"^(Bad|Good), in `([^`]+)`(?: \((lines? [0-9, and]+)\))?:$")
ESCAPE = re.compile(r"\\x([0-9A-F]{2})|<U\+([0-9A-F]{4,6})>")
REPEAT = re.compile(r"^<the line above, repeated to fill (\d+) (KiB|MiB)>$")
failures = []


def fail(code, what):
    failures.append(f"{code}: {what}")
    print(f"FAIL: {code}: {what}")


def lines_of(spec):
    """'line 4' -> [4]; 'lines 2, 5 and 9' -> [2, 5, 9]"""
    if not spec:
        return []
    return [int(n) for n in re.findall(r"\d+", spec)]


def decode(text):
    """The bytes a block stands for."""
    out = bytearray()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = REPEAT.match(line)
        if m:
            prev = out[out.rstrip(b"\n").rfind(b"\n") + 1:] if out else b"x\n"
            while len(out) < int(m.group(1)) << (20 if m.group(2) == "MiB" else 10):
                out += prev
            continue
        end = line.endswith("<end of file>")
        if end:
            line = line[: -len("<end of file>")]
        pos = 0
        for m in ESCAPE.finditer(line):
            out += line[pos:m.start()].encode("utf-8")
            if m.group(1):
                out.append(int(m.group(1), 16))
            else:
                out += chr(int(m.group(2), 16)).encode("utf-8")
            pos = m.end()
        out += line[pos:].encode("utf-8")
        if end:
            return bytes(out)
        if i < len(lines) - 1:
            out += b"\n"
    return bytes(out)


def example_section(text):
    m = re.search(r"^## Example\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    return m.group(1) if m else None


def parse(code, section):
    """[(kind, path, lines, bytes)] in page order."""
    files = []
    rows = section.split("\n")
    i = 0
    while i < len(rows):
        m = HEADER.match(rows[i])
        i += 1
        if not m:
            continue
        while i < len(rows) and rows[i] == "":
            i += 1
        block = []
        while i < len(rows) and (rows[i].startswith("    ") or rows[i] == ""):
            block.append(rows[i][4:])
            i += 1
        while block and block[-1] == "":
            block.pop()
        if not block:
            fail(code, f"`{m.group(2)}` has no indented block under it")
            continue
        files.append((m.group(1), m.group(2), lines_of(m.group(3)), decode("\n".join(block) + "\n")))
    return files


def lint(code, files):
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, ".git"))  # the root: no configuration above it is read
        for _, path, _, data in files:
            full = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
        p = subprocess.run([AGENTLINT, "-f", "json", "-q", "."],
                           cwd=tmp, capture_output=True)
        if p.returncode not in (0, 1):
            fail(code, f"agentlint exited {p.returncode}: {p.stderr.decode(errors='replace')}")
            return []
        return json.loads(p.stdout)["diagnostics"]


def check(code, page):
    section = example_section(page)
    if section is None:
        fail(code, "no `## Example` section")
        return
    files = parse(code, section)
    bad = [f for f in files if f[0] == "Bad"]
    good = [f for f in files if f[0] == "Good"]
    if not any(f[2] for f in bad):
        fail(code, "no bad file with the line it is reported on (`Bad, in `PATH` (line N):`)")
    if not good:
        fail(code, "no good file (`Good, in `PATH`:`)")
    if bad:
        want = {(os.path.normpath(p), n) for _, p, lines, _ in bad for n in lines}
        found = lint(code, bad)
        got = {(os.path.normpath(d["file"]), d["line"]) for d in found if d["rule"] == code}
        if got != want:
            fail(code, "the bad example is reported on "
                 f"{sorted(got) or 'no line'}, the page says {sorted(want)}")
    if good:
        found = lint(code, good)
        if found:
            fail(code, "the good example is not clean: " + "; ".join(
                f"{d['file']}:{d['line']}: {d['rule']} {d['message']}" for d in found))


codes = []
for name in sorted(os.listdir(DOCS)):
    code, ext = os.path.splitext(name)
    if ext != ".md" or not re.fullmatch(r"[A-Z]+[0-9]+", code) or (ONLY and code not in ONLY):
        continue
    codes.append(code)
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        check(code, f.read())
print(f"rule_docs: {len(codes)} pages, {len(failures)} failures")
sys.exit(1 if failures else 0)
