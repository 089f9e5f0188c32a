#!/usr/bin/env python3
"""CI report formats and adoption options (issue 13): SARIF fingerprints,
help, tags and fixes (schema-validated); JUnit as Jenkins' schema and
GitLab read it; GitLab Code Quality against its documented shape; one
severity word; --statistics, --show-files, --exit-non-zero-on-fix,
--color always on the default format, --format auto; baselines.

usage: test_ci_reports.py AGENTLINT SARIF_SCHEMA"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema  # scripts/deps.sh installs python3-jsonschema

AGENTLINT = os.path.abspath(sys.argv[1])
SARIF_SCHEMA = json.load(open(sys.argv[2]))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, cwd, env=None):
    e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    e.update(env or {})
    p = subprocess.run([AGENTLINT, "--no-config"] + args, cwd=cwd, capture_output=True, env=e)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


# Three findings of one rule in one file (unknown tools), a retired tool
# with a fix, a secret, a hidden zero-width character and a note.
AGENT = ("---\nname: a\ndescription: d\ntools: Read, Frob, Grpe, Blarg, MultiEdit\n---\n"
         "Body with a hidden\u200bword.\n\n"
         "token: ghp_R8x2KfQ7mZp4Lw9TbN3vYc6HdJ1sUe5GaXo0\n\n```\nplain\n```\n")
NOTE_ONLY = "---\nname: n\ndescription: d\n---\nBody.\n\n```\nplain\n```\n"

# GitLab Code Quality, as documented (docs.gitlab.com/ci/testing/code_quality/
# #code-quality-report-format): an array of issues with these fields.
GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1},
                                             "end": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def sarif_results(out):
    doc = json.loads(out)
    errors = list(jsonschema.Draft7Validator(
        SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).iter_errors(doc))
    check(not errors, "sarif: schema-valid (%s)" % [e.message for e in errors[:3]])
    return doc["runs"][0]


def sarif(repo):
    fps = []
    for path in ("agents", "./agents", os.path.join(repo, "agents")):
        rc, out, _ = run(["-f", "sarif", path], repo)
        fps.append([r["partialFingerprints"] for r in sarif_results(out)["results"]])
    rc, out, _ = run(["-f", "sarif", "."], os.path.join(repo, "agents"))
    fps.append([r["partialFingerprints"] for r in sarif_results(out)["results"]])
    check(fps[0] and all(f == fps[0] for f in fps),
          "sarif: one fingerprint whatever the path typed (%s)" % fps)
    flat = [list(f.values())[0] for f in fps[0]]
    check(len(set(flat)) == len(flat), "sarif: fingerprints unique per finding")

    # lines moving do not change fingerprints
    p = os.path.join(repo, "agents", "a.md")
    text = open(p).read()
    write(p, text.replace("---\nBody", "---\n\n\nBody"))
    rc, out, _ = run(["-f", "sarif", "agents"], repo)
    moved = [r["partialFingerprints"] for r in sarif_results(out)["results"]]
    check(moved == fps[0], "sarif: fingerprints survive lines moving")
    write(p, text)

    run0 = sarif_results(run(["-f", "sarif", "agents"], repo)[1])
    rules = {r["id"]: r for r in run0["tool"]["driver"]["rules"]}
    check(all(r["help"]["markdown"] and r["help"]["text"] for r in rules.values()),
          "sarif: help.text and help.markdown")
    md, text = rules["CC010"]["help"]["markdown"], rules["CC010"]["help"]["text"]
    check("`" in md and "## " in md and "`" not in text and "## " not in text
          and "Why it matters" in text, "sarif: help.text is plain text")
    md, text = rules["EX001"]["help"]["markdown"], rules["EX001"]["help"]["text"]
    check("```" not in text, "sarif: help.text without code fences")
    for code in ("SEC001", "SEC002", "EN009", "EN010", "EN011", "EN012"):
        props = rules[code]["properties"]
        check("security" in props["tags"] and float(props["security-severity"]) > 0,
              "sarif: %s is a security rule" % code)
    check("security" not in rules["CC010"]["properties"]["tags"]
          and "security-severity" not in rules["CC010"]["properties"]
          and rules["CC010"]["properties"]["tags"], "sarif: CC010 tagged, not security")
    by_rule = {}
    for r in run0["results"]:
        by_rule.setdefault(r["ruleId"], []).append(r)
    check({"CC010", "CC011", "SEC001", "EN010"} <= set(by_rule), "sarif: findings (%s)" % by_rule.keys())
    fix = by_rule["CC011"][0].get("fixes")
    check(fix and fix[0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Edit"
          and fix[0]["artifactChanges"][0]["artifactLocation"]["uri"] == "agents/a.md",
          "sarif: a fix as fixes[].artifactChanges")
    check(all("fixes" not in r for r in by_rule["CC010"] if "did you mean" not in r["message"]["text"]),
          "sarif: no fixes where there is no fix")


def junit(repo):
    rc, out, _ = run(["-f", "junit", "agents/a.md", "agents/note.md"], repo)
    root = ET.fromstring(out.encode("utf-8"))
    # Jenkins' JUnit schema (xunit-plugin junit-10.xsd): testcase takes only
    # name, time, classname, group; testsuite requires name, tests, failures,
    # errors and may have file; testcase children are failure, error,
    # skipped, system-out, system-err.
    suite_attrs = {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
                   "hostname", "id", "package", "file", "log", "url"}
    for suite in root.iter("testsuite"):
        check({"name", "tests", "failures", "errors"} <= set(suite.attrib) <= suite_attrs,
              "junit: testsuite attributes %s" % suite.attrib.keys())
        check(suite.get("file") == suite.get("name"), "junit: testsuite file attribute")
        names = [c.get("name") for c in suite.iter("testcase")]
        check(len(names) == len(set(names)), "junit: unique testcase names in %s" % names)
        for case in suite.iter("testcase"):
            check(set(case.attrib) <= {"name", "time", "classname", "group"},
                  "junit: testcase attributes %s (Jenkins' schema)" % case.attrib.keys())
            check(all(c.tag in ("failure", "error", "skipped", "system-out", "system-err")
                      for c in case), "junit: testcase children")
        fails = sum(1 for c in suite.iter("failure"))
        check(int(suite.get("failures")) == fails, "junit: failures count")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    a = suites["agents/a.md"]
    cc010 = [c for c in a.iter("testcase") if c.get("name").startswith("CC010")]
    check(len(cc010) == 3, "junit: three CC010 findings, three testcases")
    n = suites["agents/note.md"]
    check(n.get("failures") == "0" and n.find("testcase/system-out") is not None,
          "junit: a note is not a failure")
    rc, out, _ = run(["-f", "junit", "agents/note.md"], repo)
    check(rc == 0 and 'failures="0"' in out.split("\n")[1], "junit: only a note, exit 0, failures=0")
    rc, out, _ = run(["-f", "junit", "--fail-on", "note", "agents/note.md"], repo)
    check(rc == 1 and 'failures="1"' in out.split("\n")[1], "junit: --fail-on note makes it a failure")


def gitlab(repo):
    rc, out, _ = run(["-f", "gitlab", "agents/a.md", "agents/note.md"], repo)
    check(rc == 1, "gitlab: exit 1")
    doc = json.loads(out)
    errors = list(jsonschema.Draft7Validator(GITLAB_SCHEMA).iter_errors(doc))
    check(not errors, "gitlab: documented shape (%s)" % [e.message for e in errors[:3]])
    fps = [i["fingerprint"] for i in doc]
    check(len(fps) == len(set(fps)), "gitlab: fingerprint unique per finding")
    sev = {i["check_name"]: i["severity"] for i in doc}
    check(sev.get("SEC001") == "critical" and sev.get("CC010") == "minor"
          and sev.get("CC016", "major") == "major" and "info" in sev.values(),
          "gitlab: severities %s" % sev)
    check(all(i["location"]["path"] in ("agents/a.md", "agents/note.md") for i in doc),
          "gitlab: repository-relative paths")
    rc, out2, _ = run(["-f", "gitlab", os.path.join(repo, "agents")], os.path.join(repo, "agents"))
    check(sorted(i["fingerprint"] for i in json.loads(out2)) == sorted(fps),
          "gitlab: fingerprints independent of the path typed")
    rc, out, _ = run(["-f", "gitlab", "agents/clean.md"], repo)
    check(rc == 0 and json.loads(out) == [], "gitlab: [] when clean")


def severity_word(repo):
    rc, out, err = run(["-f", "json", "agents/note.md"], repo)
    doc = json.loads(out)
    check({d["severity"] for d in doc["diagnostics"]} == {"note"}, "json: severity note")
    check(doc["summary"]["notes"] == 1, "json: summary notes")
    rc, out, _ = run(["agents/note.md"], repo)
    check(": note: " in out, "gcc: note")
    check("1 note" in err, "summary: note")
    for word in ("note", "info"):  # info: the old word, still accepted
        write(os.path.join(repo, "cfg", ".agentlint.yml"), "rules: {CC010: %s}\n" % word)
        write(os.path.join(repo, "cfg", "x.md"), AGENT)
        p = subprocess.run([AGENTLINT, "-f", "json", "x.md"], cwd=os.path.join(repo, "cfg"),
                           capture_output=True)
        d = [x for x in json.loads(p.stdout)["diagnostics"] if x["rule"] == "CC010"]
        check(d and all(x["severity"] == "note" for x in d), "config severity %s" % word)
        rc, _, _ = run(["--fail-on", word, "agents/note.md"], repo)
        check(rc == 1, "--fail-on %s" % word)
    rc, out, _ = run(["--list-rules"], repo)
    defaults = {l.split()[2] for l in out.splitlines()[1:]}
    check(defaults == {"error", "warning", "note", "off"}, "--list-rules: note (%s)" % defaults)


def options(repo):
    rc, out, err = run(["--statistics", "agents"], repo)
    lines = out.splitlines()
    counts = [int(l.split()[0]) for l in lines]
    check(lines and counts == sorted(counts, reverse=True), "--statistics sorted: %s" % lines)
    check(lines[0].split()[1:3] == ["CC010", "unknown-tool"] and counts[0] == 3,
          "--statistics: CC010 first with 3")
    check(rc == 1 and "files checked" in err, "--statistics: exit status and summary kept")
    rc, out, _ = run(["--statistics", "-f", "json", "agents"], repo)
    st = json.loads(out)
    check(st[0]["code"] == "CC010" and st[0]["count"] == 3, "--statistics --format json")

    rc, out, err = run(["--show-files", "agents"], repo)
    check(rc == 0 and out.splitlines() == [
        "agents/a.md\tagent\tfront matter: name, description, tools",
        "agents/clean.md\tagent\tfront matter: name, description",
        "agents/note.md\tagent\tfront matter: name, description"]
          and err == "", "--show-files: %r" % out)
    write(os.path.join(repo, "kinds", ".claude", "agents", "a.md"), NOTE_ONLY)
    write(os.path.join(repo, "kinds", ".claude", "agents", "README.md"), "# Agents\n")
    write(os.path.join(repo, "kinds", ".claude", "skills", "s", "SKILL.md"), NOTE_ONLY)
    rc, out, err = run(["--show-files", "."], os.path.join(repo, "kinds"))
    check(out.splitlines() == ["./.claude/agents/README.md\tdocumentation\tname README*",
                               "./.claude/agents/a.md\tagent\tfolder .claude/agents",
                               "./.claude/skills/s/SKILL.md\tskill\tskills/<dir>/SKILL.md"],
          "--show-files: kinds %r" % out)

    d = os.path.join(repo, "fixme")
    write(os.path.join(d, "f.md"), "---\nname: f\ndescription: d\ntools: Read, MultiEdit\n---\nB.\n")
    rc, _, _ = run(["--fix", "f.md"], d)
    check(rc == 0, "--fix: all fixed, exit 0")
    write(os.path.join(d, "f.md"), "---\nname: f\ndescription: d\ntools: Read, MultiEdit\n---\nB.\n")
    rc, _, _ = run(["--fix", "--exit-non-zero-on-fix", "f.md"], d)
    check(rc == 1, "--exit-non-zero-on-fix: a file changed, exit 1")
    rc, _, _ = run(["--fix", "--exit-non-zero-on-fix", "f.md"], d)
    check(rc == 0, "--exit-non-zero-on-fix: nothing to change, exit 0")

    rc, out, _ = run(["--color", "always", "agents/a.md"], repo)
    check("\x1b[" in out and "\x1b[1magents/a.md:4:14:\x1b[0m" in out, "gcc: --color always")
    rc, out, _ = run(["agents/a.md"], repo)
    check("\x1b[" not in out, "gcc: no colour on a pipe")

    rc, out, _ = run(["--format", "auto", "agents/a.md"], repo, env={"GITHUB_ACTIONS": "true"})
    check(out.startswith("::warning file=agents/a.md,"), "--format auto under GitHub Actions")
    rc, out, _ = run(["--format", "auto", "agents/a.md"], repo)
    check(out.startswith("agents/a.md:4:14: warning:"), "--format auto elsewhere: gcc")


def baseline(repo):
    bl = os.path.join(repo, "baseline.txt")
    rc, out, err = run(["--write-baseline", bl, "agents"], repo)
    check(rc == 0 and out == "" and "recorded in" in err, "--write-baseline: exit 0, nothing left")
    entries = [l.split("\t") for l in open(bl) if not l.startswith("#")]
    check(entries and all(len(e) == 3 and e[1] == "agents/a.md" or e[1] == "agents/note.md"
                          for e in entries), "baseline: rule, file, fingerprint")
    rc, out, err = run(["-f", "sarif", "agents"], repo)
    sfp = sorted(list(r["partialFingerprints"].values())[0] for r in json.loads(out)["runs"][0]["results"])
    check(sorted(e[2].strip() for e in entries) == sfp, "baseline: the SARIF fingerprints")
    for path in ("agents", "./agents", os.path.join(repo, "agents")):
        rc, out, err = run(["--baseline", bl, path], repo)
        check(rc == 0 and out == "" and "baseline entr" not in err,
              "--baseline: nothing new (%s): %s %s" % (path, out, err))
    # a new finding, an old one moved down, one fixed
    p = os.path.join(repo, "agents", "a.md")
    text = open(p).read()
    write(p, text.replace("Body with", "\n\nNew, tools: Grep\n\nBody with")
          .replace("token: ghp_R8x2KfQ7mZp4Lw9TbN3vYc6HdJ1sUe5GaXo0\n", "")
          + "\n```\nmore\n```\n")
    rc, out, err = run(["--baseline", bl, "agents"], repo)
    lines = out.splitlines()
    check(rc == 0 and len(lines) == 1 and "BD003" in lines[0] and ":17:1:" in lines[0],
          "--baseline: only the new finding (%s)" % lines)
    check("1 baseline entry" in err and "match" in err, "--baseline: stale entry noted (%s)" % err)
    rc, _, err = run(["--baseline", os.path.join(repo, "nope.txt"), "agents"], repo)
    check(rc == 2, "--baseline: missing file, exit 2")
    write(os.path.join(repo, "bad.txt"), "CC010 no tabs here\n")
    rc, _, err = run(["--baseline", os.path.join(repo, "bad.txt"), "agents"], repo)
    check(rc == 2 and "bad.txt:1:" in err, "--baseline: malformed line, exit 2 with position")
    write(p, text)


def renamed_codes(repo):
    """MD001-MD0xx became BD (markdownlint's MD codes are other rules); the
    old codes still work everywhere a rule is named, with a note."""
    d = os.path.join(repo, "renamed")
    write(os.path.join(d, "a.md"), NOTE_ONLY)
    rc, out, err = run(["a.md"], d)
    check("[BD003 fence-without-language]" in out and "MD003" not in out, "BD003 reported")
    # configuration
    write(os.path.join(d, "cfg", ".agentlint.yml"), "rules:\n  MD003: off\n")
    write(os.path.join(d, "cfg", "a.md"), NOTE_ONLY)
    p = subprocess.run([AGENTLINT, "a.md"], cwd=os.path.join(d, "cfg"), capture_output=True)
    err = p.stderr.decode()
    check(p.stdout == b"" and ".agentlint.yml:2:3: note: `MD003` is the old code of BD003" in err,
          "config: old code accepted with a note (%s)" % err)
    # --select / --ignore, codes and families
    rc, out, err = run(["--ignore", "MD003", "a.md"], d)
    check(out == "" and "note: `MD003` is the old code of `BD003`" in err, "--ignore MD003: %s" % err)
    write(os.path.join(d, "b.md"), "---\nname: b\ndescription: d\ntools: Read, Grpe\n---\n\n```\nx\n```\n")
    rc, out, err = run(["--select", "MD", "-f", "json", "b.md"], d)
    check({x["rule"] for x in json.loads(out)["diagnostics"]} == {"BD003"}
          and "`MD` is the old code of `BD`" in err, "--select MD: the BD family")
    rc, out, err = run(["--explain", "MD003"], d)
    check(out.startswith("BD003 fence-without-language"), "--explain MD003")
    # suppressions
    write(os.path.join(d, "c.md"), "---\nname: c\ndescription: d\n---\nBody.\n\n"
                                  "<!-- agentlint-disable-next-line MD003 -->\n```\nx\n```\n")
    rc, out, err = run(["c.md"], d)
    check("[BD003" not in out and "c.md:7:1: note: suppression names `MD003`, the old code of BD003" in out
          and rc == 0, "suppression: old code works, with a note (%s)" % out)
    # a baseline written with the old code still matches
    bl = os.path.join(d, "bl.txt")
    run(["--write-baseline", bl, "a.md"], d)
    text = open(bl).read()
    check("BD003\t" in text, "baseline: written with the new code")
    write(bl, text.replace("BD003\t", "MD003\t"))
    rc, out, err = run(["--baseline", bl, "a.md"], d)
    check(out == "" and "baseline entr" not in err, "baseline: old code matches")


def main():
    tmp = tempfile.mkdtemp(prefix="agentlint-ci-")
    try:
        repo = os.path.join(tmp, "repo")
        os.makedirs(os.path.join(repo, ".git"))  # the repository root, for relative paths
        write(os.path.join(repo, "agents", "a.md"), AGENT)
        write(os.path.join(repo, "agents", "note.md"), NOTE_ONLY)
        write(os.path.join(repo, "agents", "clean.md"), "---\nname: c\ndescription: d\n---\nBody.\n")
        for t in (sarif, junit, gitlab, severity_word, options, baseline, renamed_codes):
            t(repo)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("all CI report checks passed")


main()
