#!/usr/bin/env python3
"""Scaffolds a new rule: the registry row, the check function's declaration
and empty body, and the docs page, each where it belongs. What is left to
write is marked TODO; the rule_docs test fails until the page's examples
are real and the check reports them (docs/contributing.md).

usage: scripts/new-rule.py CODE NAME --file FILE --summary TEXT
                           [--severity error|warning|note] [--kinds MASK] [--opt-in]

  CODE       the stable code, a family prefix and a number (BD008)
  NAME       kebab-case (fence-in-heading)
  --file     the rules file it goes in, in src/rules (fence_rules.c); made
             when it does not exist yet
  --summary  one line, no final period, as --list-rules shows it
  --severity the default severity (default: warning)
  --kinds    the kinds of file it runs on, a C expression of rules/rule.h's
             masks (AL_KINDS_MARKDOWN, AL_KIND_BIT(AL_KIND_AGENT), ...);
             default: every kind
  --opt-in   off unless turned on (--enable, `rules:` in .agentlint.yml)

Exit status: 0 done, 2 a wrong argument or a rule that exists already
(nothing is changed then)."""
import argparse
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SEVERITIES = {"error": "AL_ERROR", "warning": "AL_WARNING", "note": "AL_INFO"}


def die(msg):
    print(f"new-rule: {msg}", file=sys.stderr)
    sys.exit(2)


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def write(rel, text):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def registry_row(a, fn):
    sev = SEVERITIES[a.severity]
    on = "false" if a.opt_in else "true"
    code = (c_string(a.code) + ",").ljust(8)
    name = (c_string(a.name) + ",").ljust(30)
    if a.kinds:
        return (f"    RK({code} {name} {(sev + ',').ljust(11)} {on}, {a.kinds}, "
                f"{c_string(a.summary)}, {fn}),\n")
    return (f"    R({code}  {name} {(sev + ',').ljust(11)} {(on + ',').ljust(6)} "
            f"{c_string(a.summary)}, {fn}),\n")


def add_row(registry, a, fn):
    """After the family's last row, or at the end of the table for a new family."""
    family = re.match(r"[A-Z]+", a.code).group(0)
    lines = registry.splitlines(keepends=True)
    row = re.compile(r'\s*(?:R|RK|RF|RUN)\("' + family + r'\d+"')
    last = max((i for i, l in enumerate(lines) if row.match(l)), default=None)
    if last is None:
        end = next(i for i, l in enumerate(lines) if l.startswith("};"))
        lines[end:end] = [f"    /* {family}: TODO: what the family is */\n", registry_row(a, fn)]
    else:
        lines.insert(last + 1, registry_row(a, fn))
    return "".join(lines)


def add_prototype(checks, file, fn):
    proto = f"void {fn}(al_context *ctx, const al_document *doc);\n"
    lines = checks.splitlines(keepends=True)
    head = next((i for i, l in enumerate(lines) if l.startswith(f"/* {file}")), None)
    if head is None:
        end = max(i for i, l in enumerate(lines) if l.startswith("#endif"))
        lines[end:end] = [f"/* {file} */\n", proto, "\n"]
    else:
        i = head + 1
        while i < len(lines) and lines[i].strip():
            i += 1
        lines.insert(i, proto)
    return "".join(lines)


def check_function(a, fn):
    return f"""
/* {a.code} {a.name}: TODO: what it looks for, and the source that says it is
 * wrong (docs/sources.md, or the row of the src/spec table it compares with). */
void {fn}(al_context *ctx, const al_document *doc)
{{
    /* TODO: read doc (rules/rule.h, parse/document.h) and report with
     * al_report(ctx, start, end, "what is wrong: why it matters; how to fix it"). */
    (void)ctx;
    (void)doc;
}}
"""


def doc_page(a):
    return f"""## What it finds
TODO: what {a.name} reports, and where the finding points.

## Why it matters
TODO: what goes wrong in the tool that reads the file, and where that is
documented.

## Example
Bad, in `TODO/path.md` (line 1):

    TODO: the whole file, reported on the line named above

Good, in `TODO/path.md`:

    TODO: the whole file, fixed: it must lint clean
"""


def main():
    p = argparse.ArgumentParser(prog="new-rule.py", add_help=True)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--file", required=True)
    p.add_argument("--summary", required=True)
    p.add_argument("--severity", default="warning", choices=sorted(SEVERITIES))
    p.add_argument("--kinds")
    p.add_argument("--opt-in", action="store_true")
    try:
        a = p.parse_args()
    except SystemExit as e:
        sys.exit(2 if e.code else 0)
    if not re.fullmatch(r"[A-Z]{2,4}[0-9]{3}", a.code):
        die(f"{a.code}: a code is 2 to 4 capitals and 3 digits (BD008)")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", a.name):
        die(f"{a.name}: a name is kebab-case (fence-in-heading)")
    if not re.fullmatch(r"[a-z][a-z0-9_]*\.c", a.file) or "/" in a.file:
        die(f"{a.file}: the file is a name in src/rules, like fence_rules.c")
    if not a.summary or a.summary.endswith(".") or "\n" in a.summary:
        die("the summary is one line without a final period")
    fn = "al_check_" + a.name.replace("-", "_")
    registry = read("src/rules/registry.c")
    checks = read("src/rules/checks.h")
    if f'"{a.code}"' in registry or f'"{a.name}"' in registry:
        die(f"{a.code} or {a.name} is in src/rules/registry.c already")
    if fn + "(" in checks:
        die(f"{fn} is declared in src/rules/checks.h already")
    page = f"docs/rules/{a.code}.md"
    if os.path.exists(os.path.join(ROOT, page)):
        die(f"{page} exists already")

    rules_file = f"src/rules/{a.file}"
    new_file = not os.path.exists(os.path.join(ROOT, rules_file))
    if new_file:
        cmake = read("src/rules/CMakeLists.txt")
        marker = "  ${CMAKE_BINARY_DIR}/explanations.c)"
        if marker not in cmake:
            die("src/rules/CMakeLists.txt: the source list does not end as expected")
        source = (f"/* TODO: what the rules of this file are about. */\n"
                  f'#include "rules/checks.h"\n')
    else:
        source = read(rules_file)

    write("src/rules/registry.c", add_row(registry, a, fn))
    write("src/rules/checks.h", add_prototype(checks, a.file, fn))
    write(rules_file, source.rstrip("\n") + "\n" + check_function(a, fn))
    if new_file:
        write("src/rules/CMakeLists.txt", cmake.replace(marker, f"  {a.file}\n{marker}"))
    write(page, doc_page(a))
    print(f"""new-rule: {a.code} {a.name}: a row in src/rules/registry.c, {fn} in {rules_file}
and src/rules/checks.h, the page {page}{', and ' + a.file + ' in src/rules/CMakeLists.txt' if new_file else ''}.
Next (docs/contributing.md): write the check, the page (its examples are run by
the rule_docs test), a test that fires and one that stays silent in
tests/test_rules_*.c, and any fact it needs as a table row in src/spec.""")


main()
