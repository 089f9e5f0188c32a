#!/usr/bin/env python3
"""Property test of --fix: fixes never make a file worse.

Over copies (in a temporary folder) of every real file the tests have (the
agent corpus, the Elixir guides), specs/ and the crafted shapes of
tests/fix_shapes, for `--fix` and for `--fix --unsafe-fixes`:
  (a) no file gains an error-severity finding (counted per rule);
  (b) front matter that parsed (PyYAML) still parses, and every key that no
      changed line touches keeps its value; front matter that only Claude
      Code's lenient reader accepted and that parses after the fix keeps, in
      every key, the value the lenient reader loaded (the FM004 fix must
      quote exactly that text) unless the key's line was changed by an
      unsafe fix;
  (c) a second run changes no byte;
  (d) no temporary file is left.

usage: fix_property.py AGENTLINT DIR..."""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml  # python3-yaml (scripts/deps.sh)

AGENTLINT = os.path.abspath(sys.argv[1])
SOURCES = [os.path.abspath(d) for d in sys.argv[2:]]
failures = []


def fail(what):
    failures.append(what)
    print("FAIL:", what)


def front_matter(text):
    """(first line index, lines) of the YAML between the delimiters, or None."""
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff").rstrip("\r")
    if not re.fullmatch(r"---[ \t]*", first):
        return None
    for i in range(1, len(lines)):
        if re.fullmatch(r"(---|\.\.\.)[ \t]*", lines[i].rstrip("\r")):
            return 1, lines[1:i]
    return None


def strict(fm_lines):
    """(ok, {key: (value, first line, last line)}, error) with PyYAML."""
    text = "\n".join(fm_lines) + "\n"
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        return False, None, str(e).split("\n")[0]
    keys = {}
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value not in keys:
                keys[k.value] = (data.get(k.value), k.start_mark.line, v.end_mark.line)
    return True, keys, None


def lenient(fm_lines):
    """The reading of src/parse/frontmatter.c: one `key: value` per line at the margin."""
    keys = {}
    for i, line in enumerate(fm_lines):
        line = line.rstrip("\r")
        m = re.match(r"([A-Za-z0-9_-]+):( |$)", line)
        if not m or line.startswith("-"):
            continue
        v = line[m.end():].lstrip(" ").rstrip(" \t")
        if len(v) >= 2 and v[0] in "\"'" and v[-1] == v[0]:
            v = v[1:-1]
        elif len(v) >= 2 and v[0] == "[" and v[-1] == "]":
            continue  # a flow list: compared by (b) only when it parsed
        keys.setdefault(m.group(1), (v, i, i))
    return keys


def read_tree(root):
    files = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, root)] = f.read()
    return files


def lint(root):
    p = subprocess.run([AGENTLINT, "--no-config", "-f", "json", "."], cwd=root,
                       capture_output=True)
    if p.returncode > 1:
        fail("lint exited %d: %s" % (p.returncode, p.stderr.decode()[-500:]))
        return {}
    errors = {}
    for d in json.loads(p.stdout)["diagnostics"]:
        if d["severity"] == "error":
            key = (os.path.normpath(d["file"]), d["rule"])
            errors[key] = errors.get(key, 0) + 1
    return errors


def changed_lines(a, b):
    """Line indexes of a that differ in b."""
    out = set()
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, _, _ in sm.get_opcodes():
        if op != "equal":
            out.update(range(i1, max(i2, i1 + 1)))
    return out


def check_mode(work, extra):
    mode = " ".join(["--fix"] + extra)
    before = read_tree(work)
    errors_before = lint(work)
    p = subprocess.run([AGENTLINT, "--no-config", "-q", "--fix"] + extra + ["."], cwd=work,
                       capture_output=True)
    if p.returncode > 1:
        fail("%s exited %d: %s" % (mode, p.returncode, p.stderr.decode()[-500:]))
    after = read_tree(work)
    errors_after = lint(work)
    # (d) nothing left behind, nothing lost
    if set(after) != set(before):
        fail("%s: files appeared or vanished: %s" % (mode, sorted(set(after) ^ set(before))[:5]))
    # (a) no new error
    for (path, rule), n in sorted(errors_after.items()):
        if n > errors_before.get((path, rule), 0):
            fail("%s: %s gained %s errors (%d -> %d)" %
                 (mode, path, rule, errors_before.get((path, rule), 0), n))
    changed = 0
    fm_checked = 0
    for path in sorted(before):
        if path not in after or before[path] == after[path]:
            continue
        changed += 1
        try:
            tb, ta = before[path].decode("utf-8"), after[path].decode("utf-8")
        except UnicodeDecodeError:
            continue
        fb, fa = front_matter(tb), front_matter(ta)
        if not fb:
            continue
        if not fa:
            fail("%s: %s lost its front matter" % (mode, path))
            continue
        ok_b, keys_b, _ = strict(fb[1])
        ok_a, keys_a, err_a = strict(fa[1])
        if not ok_b:
            if not ok_a:
                continue
            keys_b = lenient(fb[1])
        elif not ok_a:
            fail("%s: %s: front matter no longer parses: %s" % (mode, path, err_a))
            continue
        fm_checked += 1
        touched = changed_lines([l.rstrip("\r") for l in fb[1]], [l.rstrip("\r") for l in fa[1]])
        for key, (value, first, last) in keys_b.items():
            if not ok_b and value == "":
                continue  # the lenient reader does not read the lines below a bare key
            hit = any(first <= i <= last for i in touched)
            if hit and (ok_b or extra):
                continue  # the fix's own target
            got = keys_a.get(key)
            if got is None:
                fail("%s: %s: key %r (untouched) is gone" % (mode, path, key))
            elif (got[0] if ok_b else str(got[0])) != value:
                fail("%s: %s: key %r changed: %r -> %r" % (mode, path, key, value, got[0]))
    # (c) a second run changes nothing
    p = subprocess.run([AGENTLINT, "--no-config", "-q", "--fix"] + extra + ["."], cwd=work,
                       capture_output=True)
    again = read_tree(work)
    moved = [k for k in after if again.get(k) != after[k]]
    if moved:
        fail("%s: a second run changed %d files: %s" % (mode, len(moved), moved[:5]))
    if set(again) != set(after):
        fail("%s: the second run left files: %s" % (mode, sorted(set(again) ^ set(after))[:5]))
    print("%s: %d files, %d changed, %d changed front matters compared, %d errors before, "
          "%d after" % (mode, len(before), changed, fm_checked, sum(errors_before.values()),
                        sum(errors_after.values())))


def main():
    tmp = tempfile.mkdtemp(prefix="agentlint-fixprop-")
    try:
        for extra in ([], ["--unsafe-fixes"]):
            work = os.path.join(tmp, "unsafe" if extra else "safe")
            for i, src in enumerate(SOURCES):
                shutil.copytree(src, os.path.join(work, "%d-%s" % (i, os.path.basename(src))))
            check_mode(work, extra)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failures" % len(failures))
        sys.exit(1)


main()
