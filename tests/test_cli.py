#!/usr/bin/env python3
"""CLI-level tests: every output format parsed by a real parser (SARIF
validated against the 2.1.0 schema), configuration discovery, stdin, --fix
(idempotent, atomic, mode kept), --diff (applies with patch), exit codes and
-j determinism over the agent corpus in tests/data.

usage: test_cli.py AGENTLINT DATA_DIR"""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

AGENTLINT = os.path.abspath(sys.argv[1])
DATA = os.path.abspath(sys.argv[2])
CORPUS = os.path.join(DATA, "agents")
SCHEMA = os.path.join(DATA, "schemas", "sarif-2.1.0.json")
failures = []


def run(args, cwd, stdin=None, env=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    e.update(env or {})
    p = subprocess.run([AGENTLINT] + args, cwd=cwd, input=stdin, capture_output=True, env=e)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


BAD = "---\nname: a\ndescription: d\ntools: Read, Frobnicate, Read, Fro%b\n---\nBody.\n"
# FM004 with a fix; the tool findings show once the YAML parses (a second pass)
COLON = ("---\nname: a\ndescription: Use it. Triggers on: \"x\", 100%, a,b\n"
         "tools: Read, Frobnicate, Read\n---\nBody.\n")
# invalid UTF-8, control characters and XML-forbidden characters in quoted text
NASTY = b"---\nname: a\x01b\ndescription: d \xff\xfe <&>\"'\ntools: Re\x0bad, X\x1b[31m\n---\nBody\n"


def formats(tmp):
    write(os.path.join(tmp, "a b.md"), BAD)
    write(os.path.join(tmp, "nasty.md"), NASTY.decode("latin-1"), "w")
    with open(os.path.join(tmp, "nasty.md"), "wb") as f:
        f.write(NASTY)
    write(os.path.join(tmp, "clean.md"), "---\nname: clean\ndescription: d\n---\nBody.\n")

    rc, out, err = run(["-f", "json", "a b.md", "nasty.md", "clean.md"], tmp)
    check(rc == 1, "json: exit 1 with findings")
    doc = json.loads(out)
    check(doc["version"] == 2 and doc["tool"]["name"] == "agentlint", "json: header")
    check(doc["summary"]["files"] == 3, "json: summary files")
    d0 = [d for d in doc["diagnostics"] if d["rule"] == "CC012"]
    check(d0 and d0[0]["fix"]["safe"] is True and d0[0]["fix"]["edits"], "json: fix object")
    check(all(set(d) >= {"file", "line", "column", "end_line", "end_column", "rule", "name",
                         "severity", "message", "fix"} for d in doc["diagnostics"]), "json: keys")

    rc, out, err = run(["-f", "sarif", "a b.md", "nasty.md", "clean.md"], tmp)
    sarif = json.loads(out)
    import jsonschema  # required: scripts/deps.sh installs python3-jsonschema
    schema = json.load(open(SCHEMA))
    errors = list(jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.FormatChecker()).iter_errors(sarif))
    check(not errors, "sarif: schema-valid (%s)" % [e.message for e in errors[:3]])
    run0 = sarif["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    rc2, listing, _ = run(["--list-rules", "--format", "json"], tmp)
    check(len(rules) == len(json.loads(listing)["rules"]), "sarif: every rule listed")
    check(all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
              and r["defaultConfiguration"]["level"] in ("error", "warning", "note")
              for r in rules), "sarif: rule descriptions")
    check(run0["columnKind"] == "unicodeCodePoints", "sarif: columnKind")
    for res in run0["results"]:
        loc = res["locations"][0]["physicalLocation"]
        check(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", "sarif: relative uri")
        check(set(loc["region"]) == {"startLine", "startColumn", "endLine", "endColumn"},
              "sarif: full region")
        check(res["partialFingerprints"], "sarif: fingerprints")
        check(rules[res["ruleIndex"]]["id"] == res["ruleId"], "sarif: ruleIndex")
    check(any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b.md"
              for r in run0["results"]), "sarif: uri percent-encoded")
    rc, out, _ = run(["-f", "sarif", "clean.md"], tmp)
    check(json.loads(out)["runs"][0]["results"] == [], "sarif: results [] when clean")
    check(rc == 0, "sarif: exit 0 when clean")

    for fmt in ("checkstyle", "junit"):
        rc, out, _ = run(["-f", fmt, "a b.md", "nasty.md", "clean.md"], tmp)
        try:
            root = ET.fromstring(out.encode("utf-8"))
            check(root.tag == ("checkstyle" if fmt == "checkstyle" else "testsuites"),
                  fmt + ": root")
        except ET.ParseError as e:
            check(False, "%s: well-formed XML (%s)" % (fmt, e))

    write(os.path.join(tmp, "c,d:e.md"), BAD)
    rc, out, _ = run(["-f", "github", "a b.md", "nasty.md", "c,d:e.md"], tmp)
    lines = out.splitlines()
    check(all(l.startswith(("::error ", "::warning ", "::notice ")) for l in lines),
          "github: one command per line")
    pct = [l for l in lines if "Fro%25b" in l]
    check(pct and "title=agentlint CC010 unknown-tool::" in pct[0], "github: % escaped in message")
    check([l for l in lines if "file=c%2Cd%3Ae.md,line=4,endLine=4,col=14,endColumn=24," in l],
          "github: property escaping, columns")
    check(all("\r" not in l and "\x1b" not in l.split("::", 2)[1] for l in lines),
          "github: properties clean")

    rc, out, _ = run(["-f", "full", "--color", "never", "a b.md"], tmp)
    check("4 | tools: Read, Frobnicate, Read" in out and "\n  |              ^^^^^^^^^^ " in out,
          "full: caret span")
    check("\x1b[" not in out, "full: no colour with --color never")
    check("(fix available)" in out, "full: fix available")
    rc, out, _ = run(["-f", "full", "--color", "always", "a b.md"], tmp)
    check("\x1b[" in out, "full: colour with --color always")
    rc, out, _ = run(["-f", "full", "a b.md"], tmp, env={"NO_COLOR": "1"})
    check("\x1b[" not in out, "full: NO_COLOR")

    rc, out, _ = run(["-f", "gcc", "a b.md"], tmp)
    check("a b.md:4:14: warning: " in out and "[CC010 unknown-tool]" in out, "gcc: line shape")

    out_file = os.path.join(tmp, "report.json")
    rc, out, _ = run(["-f", "json", "-o", out_file, "a b.md"], tmp)
    check(out == "" and json.load(open(out_file))["diagnostics"], "--output")


def config(tmp):
    root = os.path.join(tmp, "proj")
    write(os.path.join(root, ".agentlint.yml"),
          "rules:\n  unknown-tool: error\nignore: [drafts]\n"
          "overrides:\n  - files: [legacy]\n    rules: {CC010: off}\n"
          "claude-code:\n  tools: [Known]\n")
    body = "---\nname: a\ndescription: d\ntools: Read, Frobnicate, Known\n---\nBody.\n"
    write(os.path.join(root, "agents", "a.md"), body)
    write(os.path.join(root, "drafts", "b.md"), body)
    write(os.path.join(root, "legacy", "c.md"), body)
    write(os.path.join(root, "sub", ".agentlint.yml"), "rules: {CC010: info}\n")
    write(os.path.join(root, "sub", "d.md"), body)
    rc, out, err = run(["-f", "json", "."], root)
    doc = json.loads(out)
    by = {}
    for d in doc["diagnostics"]:
        by.setdefault(d["file"], []).append(d)
    check(doc["summary"]["files"] == 3, "config: ignored folder not linted (%s)" % doc["summary"])
    a = [d for d in by.get("./agents/a.md", []) if d["rule"] == "CC010"]
    check(len(a) == 1 and a[0]["severity"] == "error", "config: rules severity, extra tool")
    check(not [d for d in by.get("./legacy/c.md", []) if d["rule"] == "CC010"], "config: override")
    dd = [d for d in by.get("./sub/d.md", []) if d["rule"] == "CC010"]
    check(dd and dd[0]["severity"] == "note", "config: nearest wins")
    # from another working directory, discovery still starts at the file
    rc, out, _ = run(["-f", "json", os.path.join(root, "agents", "a.md")], tmp)
    check(json.loads(out)["diagnostics"][0]["severity"] == "error", "config: found upward")
    rc, out, _ = run(["--no-config", "-f", "json", "agents/a.md"], root)
    check(len([d for d in json.loads(out)["diagnostics"] if d["rule"] == "CC010"]) == 2,
          "--no-config")
    write(os.path.join(tmp, "other.yml"), "rules: {CC010: off}\n")
    rc, out, _ = run(["--config", os.path.join(tmp, "other.yml"), "-f", "json", "agents/a.md"],
                     root)
    check(not json.loads(out)["diagnostics"], "--config FILE")
    write(os.path.join(tmp, "bad", ".agentlint.yml"), "rules:\n  CC010: error\nfoo: 1\n")
    write(os.path.join(tmp, "bad", "x.md"), body)
    rc, out, err = run(["x.md"], os.path.join(tmp, "bad"))
    check(rc == 2 and ".agentlint.yml:3:1: unknown key `foo`" in err, "config error: exit 2, position")
    # CLI selection
    rc, out, _ = run(["--no-config", "--select", "CC010", "-f", "json", "agents/a.md"], root)
    check({d["rule"] for d in json.loads(out)["diagnostics"]} == {"CC010"}, "--select")
    rc, out, _ = run(["--no-config", "--ignore", "unknown-tool,CC012", "-f", "json", "agents/a.md"],
                     root)
    check(not json.loads(out)["diagnostics"], "--ignore")
    write(os.path.join(root, "agents", "other.md"), body)
    rc, out, _ = run(["--no-config", "--select", "name-matches-filename", "agents/other.md"], root)
    check("CC005" in out, "--select turns on an opt-in rule")
    rc, _, _ = run(["--select", "XX"], root)
    check(rc == 2, "--select unknown: exit 2")


def exit_codes(tmp):
    write(os.path.join(tmp, "warn.md"), "---\nname: a\ndescription: d\ntools: Read, Frob\n---\nB.\n")
    rc, _, _ = run(["--no-config", "warn.md"], tmp)
    check(rc == 1, "exit 1 on warning")
    rc, _, _ = run(["--no-config", "--fail-on", "error", "warn.md"], tmp)
    check(rc == 0, "--fail-on error")
    rc, _, _ = run(["--no-config", "--exit-zero", "warn.md"], tmp)
    check(rc == 0, "--exit-zero")
    rc, _, _ = run(["--no-config", "missing.md"], tmp)
    check(rc == 2, "exit 2 on a missing file")
    rc, _, err = run(["--no-config", "-q", "warn.md"], tmp)
    check(err == "", "-q: no summary")
    rc, out, err = run(["--no-config", "-s", "warn.md"], tmp)
    check(out == "" and err == "" and rc == 1, "-s: nothing printed, status kept")
    rc, _, _ = run(["--bogus"], tmp)
    check(rc == 2, "unknown option: exit 2")


def exact_options(tmp):
    """Long options are never abbreviated: getopt_long alone takes `--fi` for
    `--fix` and rewrites files."""
    write(os.path.join(tmp, "t", "a.md"), COLON)
    rc, out, err = run(["--no-config", "--fi", "t"], tmp)
    with open(os.path.join(tmp, "t", "a.md")) as f:
        check(f.read() == COLON, "--fi changed no file")
    check(rc == 2 and out == "", "--fi: exit 2, nothing linted")
    check(err.startswith("agentlint: unknown option '--fi' (long options are never abbreviated): "
                         "did you mean --fix?\n"), "--fi: named with its suggestion: " + err)
    check(len(err.splitlines()) == 2, "an unknown option costs two lines, not the usage")
    rc, _, err = run(["--no-config", "--f", "t"], tmp)
    check(rc == 2 and "did you mean --format, --fail-on or --fix?" in err, "--f: " + err)
    rc, _, err = run(["--no-config", "--fomat", "json", "t"], tmp)
    check(rc == 2 and "unknown option '--fomat': did you mean --format?" in err, "--fomat: " + err)
    rc, _, err = run(["--no-config", "--form=json", "t"], tmp)
    check(rc == 2 and "'--form'" in err, "--form=json is not --format")
    # a value that looks like an option is a value, and -- ends the options
    rc, _, err = run(["--no-config", "--output", "--fi", "t"], tmp)
    check(rc == 1 and os.path.exists(os.path.join(tmp, "--fi")), "--output takes '--fi' as its file")
    rc, _, err = run(["--no-config", "-q", "--", "--fi"], tmp)
    check(rc == 0 and err == "", "-- ends the options: '--fi' is a file")
    rc, _, err = run(["--no-config", "--unsafe-fixes", "t"], tmp)
    check(rc == 2 and "--unsafe-fixes does nothing alone" in err, "--unsafe-fixes alone: " + err)
    with open(os.path.join(tmp, "t", "a.md")) as f:
        check(f.read() == COLON, "no file changed by refused options")
    rc, _, _ = run(["--no-config", "--unsafe-fixes", "--diff", "t"], tmp)
    check(rc == 1, "--unsafe-fixes with --diff")


def stdin(tmp):
    rc, out, _ = run(["--no-config", "--stdin-filename", "agents/x.md", "-"], tmp,
                     stdin=BAD.encode())
    check("agents/x.md:4:14: warning" in out, "stdin with --stdin-filename")
    rc, out, _ = run(["--no-config", "-"], tmp, stdin=BAD.encode())
    check(out.startswith("-:"), "stdin as -")
    rc, out, err = run(["--no-config", "--fix", "--stdin-filename", "x.md"], tmp,
                       stdin=COLON.encode())
    check(out.startswith("---\nname: a\ndescription: \"Use it.") and "Read, Frobnicate\n" in out,
          "stdin --fix writes the fixed text")
    check("x.md:" in err, "stdin --fix: findings on stderr")


def fixes(tmp):
    d = os.path.join(tmp, "fix")
    path = os.path.join(d, "a.md")
    write(path, COLON)
    os.chmod(path, 0o640)
    rc, out, _ = run(["--no-config", "--diff", "a.md"], d)
    check(rc == 1 and out.startswith("--- a/a.md\n+++ b/a.md\n@@"), "--diff output")
    check(open(path).read() == COLON, "--diff writes nothing")
    check(shutil.which("patch") is not None, "patch is installed (scripts/deps.sh)")
    cp = os.path.join(tmp, "patched")
    os.makedirs(cp, exist_ok=True)
    shutil.copy(path, os.path.join(cp, "a.md"))
    p = subprocess.run(["patch", "-s", "-p1"], cwd=cp, input=out.encode(), capture_output=True)
    check(p.returncode == 0, "--diff applies with patch -p1")
    ino = os.stat(path).st_ino
    rc, out, err = run(["--no-config", "--fix", "a.md"], d)
    fixed = open(path).read()
    check("tools: Read, Frobnicate\n" in fixed and 'description: "Use it.' in fixed, "--fix wrote")
    check(stat.S_IMODE(os.stat(path).st_mode) == 0o640, "--fix keeps the mode")
    check(os.stat(path).st_ino != ino, "--fix replaces the file by rename")
    check(not [f for f in os.listdir(d) if f != "a.md"], "--fix leaves no temporary file")
    check("CC010" in out and "CC012" not in out, "--fix reports what is left")
    import yaml  # required: scripts/deps.sh installs python3-yaml
    try:
        yaml.safe_load(fixed.split("---\n")[1])
    except Exception as e:
        check(False, "fixed front matter parses with PyYAML (%s)" % e)
    rc, out, err = run(["--no-config", "--fix", "a.md"], d)
    check(open(path).read() == fixed and "0 fixes applied" in err, "--fix is idempotent")
    # a symlink is followed, not replaced
    os.symlink("a.md", os.path.join(d, "link.md"))
    write(path, COLON)
    run(["--no-config", "--fix", "link.md"], d)
    check(os.path.islink(os.path.join(d, "link.md")) and open(path).read() == fixed,
          "--fix through a symlink")


# FM004's quoting would let a strict parser reach the broken quote below: a new error
REFUSED = ("---\nname: a\ndescription: Use it for: x\ntools: Read, Read\n"
           "x-note: \"half\n---\nBody.\n")


def refused_fixes(tmp):
    d = os.path.join(tmp, "refused")
    path = os.path.join(d, "r.md")
    write(path, REFUSED)
    rc, out, err = run(["--no-config", "--diff", "r.md"], d)
    check("r.md:3:24: note: fix not applied: the fixed text would get a new error" in err,
          "--diff: a refused fix says why on stderr")
    check("+tools: Read\n" in out and "+description" not in out, "--diff: the good fix stays")
    rc, out, err = run(["--no-config", "--fix", "-f", "json", "r.md"], d)
    doc = json.loads(out)
    fm = [x for x in doc["diagnostics"] if x["rule"] == "FM004"]
    check(fm and fm[0]["fix"] is None and "new error" in (fm[0]["fix_refused"] or ""),
          "json: fix_refused says why, fix is null")
    check(all("fix_refused" in x for x in doc["diagnostics"]), "json: fix_refused on every finding")
    check(open(path).read() == REFUSED.replace("Read, Read", "Read"), "--fix: only the good fix")
    rc, out, err = run(["--no-config", "-f", "full", "--fix", "r.md"], d)
    check("= note: fix not applied: the fixed text would get a new error" in out,
          "full: the refusal is shown under the finding")


def suppressions(tmp):
    p = os.path.join(tmp, "sup.md")
    write(p, "---\nname: a\ndescription: d\ntools: Read, Frob  # agentlint-disable-line CC010\n---\n"
             "<!-- agentlint-disable-next-line CC011 -->\nBody.\n")
    rc, out, _ = run(["--no-config", "sup.md"], tmp)
    check("CC010" not in out and "sup.md:6:1: note:" in out and "AL001" in out,
          "suppression + unused reported")


FORMATS = ("gcc", "full", "json", "sarif", "github", "gitlab", "checkstyle", "junit")


def tree_of(root):
    """Every file under root, by relative path, with its bytes."""
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = fh.read()
    return out


def parallel(tmp):
    """Files are printed in argument order whatever the threads do: every
    format, --diff and --fix give the same bytes with -j 1, 2 and 7 (7
    threads with a window of eight files each, over 154 files, every fourth
    of the corpus: enough to wrap the window, small enough for the
    sanitizers)."""
    check(os.path.isdir(CORPUS), "the corpus is at %s" % CORPUS)
    files = sorted(os.path.relpath(os.path.join(d, f), CORPUS)
                   for d, _, fs in os.walk(CORPUS) for f in fs if f.endswith(".md"))[::4]
    subset = os.path.join(tmp, "subset")
    for f in files:
        os.makedirs(os.path.dirname(os.path.join(subset, f)), exist_ok=True)
        shutil.copyfile(os.path.join(CORPUS, f), os.path.join(subset, f))
    for fmt in FORMATS:
        outs = set()
        for j in ("1", "2", "7"):
            rc, out, err = run(["--no-config", "-j", j, "-f", fmt, "subset"], tmp)
            outs.add((rc, out, err))
        check(len(outs) == 1, "-j 1/2/7 give identical %s output" % fmt)
    outs = set()
    for j in ("1", "2", "7"):
        rc, out, err = run(["--no-config", "-j", j, "--diff", "--unsafe-fixes", "subset"], tmp)
        outs.add((rc, out, err))
    check(len(outs) == 1 and "+++ " in next(iter(outs))[1], "-j 1/2/7 give identical --diff output")
    results = []
    for j in ("1", "2", "7"):
        copy = os.path.join(tmp, "fix-j" + j)
        shutil.copytree(subset, os.path.join(copy, "t"))
        rc, out, err = run(["--no-config", "-j", j, "--fix", "--unsafe-fixes", "t"], copy)
        results.append((rc, out, err, tree_of(os.path.join(copy, "t"))))
    check(all(r == results[0] for r in results), "-j 1/2/7 fix the same files the same way")
    check(results[0][3] != tree_of(subset), "--fix changed the copy")


def across_files(tmp):
    """Checks across files decided while the run streams: references to
    files later in the order (further than the window of files in memory)
    and duplicates reported on the later file."""
    def put(rel, text):
        write(os.path.join(tmp, rel), text)
    # skill-N-ok is one slip from skill-N-okay, which comes later in the run;
    # elsewhere-N is no slip of any skill (a user's or a plugin's, say)
    for i in range(1, 61):
        put(".claude/agents/ag%d.md" % i,
            "---\nname: ag%d\ndescription: Use when %d.\nskills: sk%d, skill-%d-oky, elsewhere-%d\n"
            "---\nBody.\n" % (i, i, i, i, i))
        put(".claude/skills/sk%d/SKILL.md" % i,
            "---\nname: sk%d\ndescription: Use when %d.\nagent: ag%d\n---\nBody.\n" % (i, i, i))
        put(".claude/skills/skill-%d-okay/SKILL.md" % i, "---\ndescription: Use when %d.\n---\nB.\n" % i)
    put(".claude/agents/zdup.md", "---\nname: ag1\ndescription: Again.\n---\nBody.\n")
    for i in range(1, 51):
        put(".claude/commands/c%d.md" % i, "---\ndescription: c%d\nagent: late%d\n---\nBody.\n" % (i, i))
    put(".claude/commands/sk3.md", "---\ndescription: Shadowed.\n---\nBody.\n")
    for i in range(1, 41):
        put("zz/.claude/agents/late%d.md" % i, "---\nname: late%d\ndescription: Late.\n---\nBody.\n" % i)
    for j in ("1", "2"):
        rc, out, _ = run(["--no-config", "-j", j, "--select", "CC004,CC021,SK008,SK009", "."], tmp)
        lines = out.splitlines()
        cc021 = [l for l in lines if "[CC021" in l]
        check(len(cc021) == 60 and all(
            re.search(r'skill "skill-(\d+)-oky" .* did you mean "skill-\1-okay"', l) for l in cc021),
              "-j%s: CC021 for each near miss of a skill (the skills come later in the run): %s"
              % (j, cc021[:2]))
        sk009 = sorted(l.split("/")[-1].split(".md")[0] for l in lines if "[SK009" in l)
        check(sk009 == sorted("c%d" % i for i in range(41, 51)),
              "-j%s: SK009 only for the agents that no later file defines: %s" % (j, sk009))
        check([l for l in lines if "[SK008" in l] ==
              ["./.claude/commands/sk3.md:1:1: warning: a skill named \"sk3\" exists too, and a "
               "skill wins over a command of the same name, so `/sk3` runs the skill, not this "
               "command; rename or remove one of them [SK008 command-shadowed-by-skill]"],
              "-j%s: SK008 for the command a later skill shadows" % j)
        cc004 = [l for l in lines if "[CC004" in l]
        check(len(cc004) == 1 and cc004[0].startswith("./.claude/agents/zdup.md:2:7:")
              and "ag1.md (line 2)" in cc004[0], "-j%s: CC004 on the later file" % j)
    # a skill named by its path: its folder is the name it was meant to be
    sub = os.path.join(tmp, "paths")
    write(os.path.join(sub, ".claude/skills/karpathy-coder/SKILL.md"),
          "---\ndescription: Coding principles.\n---\nB.\n")
    write(os.path.join(sub, ".claude/agents/reviewer.md"),
          "---\nname: reviewer\ndescription: Reviews diffs.\n"
          "skills: engineering/karpathy-coder, skills/karpathy-coder/SKILL.md, other/skill\n"
          "---\nB.\n")
    rc, out, _ = run(["--no-config", "-q", "."], sub)
    cc021 = [l for l in out.splitlines() if "[CC021" in l]
    check(len(cc021) == 2 and all('did you mean "karpathy-coder"' in l and "named by its folder" in l
                                  for l in cc021)
          and cc021[0].startswith("./.claude/agents/reviewer.md:4:9:"),
          "CC021 for a skill of the run named by its path, not for other paths: %r" % cc021)
    # the file's own options (command line, configuration) hold for them too; they
    # were the run's alone before, so --ignore and a configuration could not turn them off
    rc, out, _ = run(["--no-config", "--ignore", "CC021", "."], tmp)
    check("[SK009" in out and "[CC021" not in out, "--ignore CC021 turns the check across files off")
    write(os.path.join(tmp, "zz/.agentlint.yml"), "rules:\n  CC004: off\n")
    write(os.path.join(tmp, "zz/.claude/agents/again.md"), "---\nname: late1\ndescription: d.\n---\nB.\n")
    write(os.path.join(tmp, ".claude/agents/again2.md"), "---\nname: ag2\ndescription: d.\n---\nB.\n")
    rc, out, _ = run(["."], tmp)
    check("again2.md:2:7" in out and "late1.md:2:7" not in out,
          "a configuration that turns CC004 off holds for its files")


def walk(tmp):
    """A file reached twice (a symlink before or after it, a hard link, a
    folder linked, named and also found) is linted once, at its first place
    in the walk; a link into node_modules is followed (the walk skips that
    folder itself). The walk keeps no list of files, so this is decided as
    it goes."""
    body = "# Notes\n"
    for f in ("m/b.md", "m/c.md", "m/d.md", "z/x.md", "hard.md", "node_modules/n.md"):
        write(os.path.join(tmp, "t", f), body)
    t = os.path.join(tmp, "t")
    os.symlink("../m/b.md", os.path.join(t, "z/0link.md"))  # after m/b.md
    os.symlink("m/c.md", os.path.join(t, "0c.md"))          # before m/c.md
    os.symlink("m/d.md", os.path.join(t, "n.md"))           # after m/d.md
    os.link(os.path.join(t, "hard.md"), os.path.join(t, "m/hard2.md"))
    os.symlink("z", os.path.join(t, "a"))                   # the folder z, first as a
    os.symlink("node_modules/n.md", os.path.join(t, "y.md"))

    def listed(args):
        rc, out, err = run(["--no-config", "--show-files"] + args, tmp)
        return [l.split("\t")[0] for l in out.splitlines()], err

    files, err = listed(["t"])
    check(files == ["t/0c.md", "t/a/0link.md", "t/a/x.md", "t/hard.md", "t/m/d.md", "t/y.md"],
          "walk: each file once, at its first place: %r %r" % (files, err))
    files, _ = listed(["t", "t/m/b.md", "t/z/x.md"])
    check(len(files) == 6, "walk: a file named and found is linted once: %r" % files)
    files, _ = listed(["t/m/b.md", "t"])
    check(files[0] == "t/m/b.md" and "t/a/0link.md" not in files and len(files) == 6,
          "walk: a file named first keeps its place: %r" % files)


def walk_kinds(tmp):
    """A file reached through paths of different kinds is linted once per
    kind, each report at the path that gives that kind, its body rules once
    (at the first); the folder it really sits in, which gives only a guess,
    is not linted; a skill reached through a .claude/skills link is the
    loaded skill. Symlink loops, links out of the tree and a folder shared
    by five links: at most once per kind, and the run ends."""
    agent = ("---\nname: reviewer\ndescription: Reviews code.\ntools: [Read, Grep]\n---\n"
             "Token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ here.\n")
    t = os.path.join(tmp, "shared")
    write(os.path.join(t, ".agent-defs", "reviewer.md"), agent)
    for tool in (".claude", ".gemini"):
        os.makedirs(os.path.join(t, tool))
        os.symlink("../.agent-defs", os.path.join(t, tool, "agents"))
    rc, out, err = run(["--no-config", "--show-files", "."], t)
    check(out.splitlines() == ["./.claude/agents/reviewer.md\tagent\tfolder .claude/agents",
                               "./.gemini/agents/reviewer.md\tgemini-agent\tfolder .gemini/agents"],
          "shared folder: once per kind: %r %r" % (out, err))
    rc, out, _ = run(["--no-config", "."], t)
    lines = out.splitlines()
    secrets = [l for l in lines if "[SEC001" in l]
    check(len(secrets) == 1 and secrets[0].startswith("./.claude/agents/reviewer.md:6:"),
          "shared folder: body rules once, at the first path: %r" % lines)
    check(any(l.startswith("./.gemini/agents/reviewer.md:4:") and "[GM005" in l for l in lines),
          "shared folder: the Gemini CLI report at its own path: %r" % lines)
    # --fix leaves a file shared by tools as it is: Gemini CLI's `read_file`
    # would break the agent for Claude Code
    rc, out, err = run(["--no-config", "--fix", "."], t)
    with open(os.path.join(t, ".agent-defs", "reviewer.md")) as f:
        check(f.read() == agent and "./.gemini/agents/reviewer.md: not fixed: the same file is "
              "linted at another path as another kind" in err,
              "shared folder: not fixed: %r" % err)
    # named by its own path (as git lists the files behind a linked folder):
    # linted where the tools read it
    rc, out, _ = run(["--no-config", "--show-files", ".agent-defs/reviewer.md"], t)
    check([l.split("\t")[0] for l in out.splitlines()] ==
          [".claude/agents/reviewer.md", ".gemini/agents/reviewer.md"],
          "shared file named by its own path: %r" % out)
    # the same two paths named: once each
    rc, out, _ = run(["--no-config", "--show-files", ".claude/agents/reviewer.md",
                      ".gemini/agents/reviewer.md", ".claude/agents/reviewer.md"], t)
    check([l.split("\t")[1] for l in out.splitlines()] == ["agent", "gemini-agent"],
          "shared file named by both paths: %r" % out)

    # a Copilot agent kept elsewhere, linked from .github/agents
    c = os.path.join(tmp, "copilot")
    write(os.path.join(c, ".ai", "agents", "triage.md"),
          "---\ndescription: Triage.\ntools: ['read', 'searh']\n---\nBody.\n")
    os.makedirs(os.path.join(c, ".github", "agents"))
    os.symlink("../../.ai/agents/triage.md", os.path.join(c, ".github", "agents", "triage.agent.md"))
    rc, out, _ = run(["--no-config", "."], c)
    check(out.startswith("./.github/agents/triage.agent.md:3:") and "CP005" in out
          and ".ai/" not in out, "Copilot agent through a link: %r" % out)

    # a skill whose folder sorts before .claude, linked from .claude/skills
    k = os.path.join(tmp, "skill")
    write(os.path.join(k, ".ai", "pdf", "SKILL.md"), "---\ndescription: PDF forms.\n---\nBody.\n")
    os.makedirs(os.path.join(k, ".claude", "skills"))
    os.symlink("../../.ai/pdf", os.path.join(k, ".claude", "skills", "pdf"))
    rc, out, err = run(["--no-config", "."], k)
    check(rc == 0 and out == "" and "1 file checked" in err,
          "a skill loaded through .claude/skills: no SK007: %r %r" % (out, err))
    rc, out, _ = run(["--no-config", "--show-files", "."], k)
    check(out.split("\t")[0] == "./.claude/skills/pdf/SKILL.md", "the loaded path: %r" % out)

    # a loop, a link out of the tree, a folder shared by five links
    b = os.path.join(tmp, "bad", "tree")
    write(os.path.join(b, "defs", "a.md"), "---\nname: a\ndescription: d\n---\nBody.\n")
    os.symlink("..", os.path.join(b, "defs", "loop"))
    os.symlink(os.path.join(tmp, "bad"), os.path.join(b, "up"))
    for i in range(5):
        os.symlink("defs", os.path.join(b, "link%d" % i))
    for tool in (".claude", ".gemini", ".opencode"):
        os.makedirs(os.path.join(b, tool))
        os.symlink("../defs", os.path.join(b, tool, "agents"))
    rc, out, err = run(["--no-config", "--show-files", "."], b)
    kinds = sorted(l.split("\t")[1] for l in out.splitlines())
    check(kinds == ["agent", "gemini-agent", "opencode-agent"],
          "loops, links out and five links: once per kind: %r %r" % (out, err))


def plugin_agents(tmp):
    """Plugin agents as Claude Code loads them (reference §7): one without
    front matter, or with a description that runs on into unindented
    <example> lines, still loads, under its file name and with the
    placeholder description "Agent from <plugin> plugin". It is linted as an
    agent of that name, the same whether the folder is walked or the file
    named, and its name clashes like any other."""
    p = os.path.join(tmp, "plugins", "review-kit")
    write(os.path.join(p, ".claude-plugin", "plugin.json"), '{"name": "review-kit"}\n')
    write(os.path.join(p, "agents", "security.md"),
          "# Security reviewer\n\nYou review diffs for injection and leaked secrets.\n")
    write(os.path.join(p, "agents", "deep", "AGENT.md"), "# Deep reviewer\n\nYou read slowly.\n")
    write(os.path.join(p, "agents", "triage.md"),
          "---\nname: triage\ndescription: Use this agent to triage a pull request. Examples:\n\n"
          "<example>\nContext: a new pull request\nuser: \"Triage #12\"\n</example>\n"
          "tools: Read, Grpe\n---\nYou triage.\n")
    write(os.path.join(p, "agents", "x-security.md"),
          "---\nname: security\ndescription: Use for security reviews.\n---\nYou review.\n")
    write(os.path.join(p, "skills", "audit", "SKILL.md"),
          "---\ndescription: Audit a change.\nagent: security\n---\nRun the audit.\n")
    for args in (["plugins"], sorted(os.path.relpath(os.path.join(d, f), tmp)
                                     for d, _, fs in os.walk(p) for f in fs if f.endswith(".md"))):
        rc, out, _ = run(["--no-config"] + args, tmp)
        lines = out.splitlines()
        fm001 = [l for l in lines if "[FM001" in l]
        check(len(fm001) == 2 and all(": warning: no front matter: Claude Code still loads" in l
                                      for l in fm001),
              "plugin agents without front matter: a warning each: %r" % fm001)
        check(any("agents/security.md:1:1:" in l and "loads as `<plugin>:security`" in l
                  and "\"Agent from <plugin> plugin\"" in l for l in fm001)
              and any("agents/deep/AGENT.md:1:1:" in l and "`<plugin>:deep:AGENT`" in l
                      for l in fm001),
              "the FM001 warning names the id Claude Code gives: %r" % fm001)
        check(not any("documentation" in l for l in lines),
              "a plugin agent is never called documentation: %r" % lines)
        fm004 = [l for l in lines if "[FM004" in l]
        check(len(fm004) == 1 and "agents/triage.md:5:1: error:" in fm004[0]
              and "placeholder description" in fm004[0],
              "a run-on description: an error on its first stray line: %r" % fm004)
        check(not any("[CC010" in l for l in lines),
              "the fields of a front matter Claude Code cannot read are not judged: %r" % lines)
        cc004 = [l for l in lines if "[CC004" in l]
        check(len(cc004) == 1 and "x-security.md:2:7" in cc004[0]
              and "agents/security.md (line 1)" in cc004[0],
              "an agent named like a plugin agent's file clashes with it: %r" % cc004)
        check(not any("[SK009" in l for l in lines),
              "a skill's `agent:` finds the agent loaded under its file name: %r" % lines)


def main():
    tmp = tempfile.mkdtemp(prefix="agentlint-cli-")
    try:
        for t in (formats, config, exit_codes, exact_options, stdin, fixes, refused_fixes,
                  suppressions, parallel, across_files, walk, walk_kinds,
                  plugin_agents):
            sub = os.path.join(tmp, t.__name__)
            os.makedirs(sub)
            t(sub)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("all CLI checks passed")


main()
