#!/usr/bin/env python3
"""Linear time on hostile shapes.

Each shape is built at a small and a ten times larger size and linted; the
larger must take about ten times as long, not a hundred (a ratio measured in
this one run, so a slow or shared machine does not matter much). Before the
fixes each shape was quadratic or worse: 20 s to minutes at 100k.

Usage: scaling.py AGENTLINT [--small]
  --small: sizes 3k/30k instead of 10k/100k (for sanitizer builds).
"""
import os
import subprocess
import sys
import tempfile
import time

LIMIT = 30.0  # linear gives about 10, quadratic about 100
FLOOR = 0.05  # seconds: below this the small run is noise
TIMEOUT = 120


def front(extra, body="Body.\n"):
    return "---\nname: s\ndescription: d\n" + extra + "---\n" + body


STARS = "*a" * 14 + "*b"


# Each shape: n -> (file text, config text or None, stdin name or None).
SHAPES = {
    # one flow list of n items on one line (a position per node)
    "flow-list": lambda n: (front("x: [" + ", ".join("a%d" % i for i in range(n)) + "]\n"), None, None),
    # n aliases on one line
    "aliases": lambda n: (front("x: &a v\ny: [" + ", ".join(["*a"] * n) + "]\n"), None, None),
    # n retired tools (the replacement looked up per entry)
    "retired-tools": lambda n: (front("tools: " + ", ".join(["MultiEdit"] * n) + "\n"), None, None),
    # n suppression comments on one line, as an HTML block and inline
    "suppressions": lambda n: (front("", "Body.\n" + "<!-- agentlint-disable-line CC011 -->" * n + "\n"), None, None),
    "inline-suppressions": lambda n: (
        front("", "Body" + " x <!-- agentlint-disable-line CC011 -->" * n + "\n"), None, None),
    # n findings in one elixir block, on n lines and on one line
    "elixir-findings": lambda n: (front("", "```elixir\n" + "Logger.warn(1)\n" * n + "```\n"), None, None),
    "elixir-one-line": lambda n: (
        front("", "```elixir\nx = [" + ", ".join(["\u201ca\u201d"] * n) + "]\n```\n"), None, None),
    # the same in SARIF (fingerprints hashed the line per finding, and
    # counted earlier alike ones pairwise)
    "sarif-one-line": lambda n: (
        front("", "```elixir\nx = [" + ", ".join(["\u201ca\u201d"] * n) + "]\n```\n"), None, None),
    # n front-matter lines, each with a suppression comment (each comment
    # looked for the scalar it might sit in among every node)
    "yaml-suppressions": lambda n: (
        front("".join("k%d: v # agentlint-disable-line CC011\n" % i for i in range(n))), None, None),
    # n skills that name no skill linted together (the file was sorted
    # again after each finding across files)
    "missing-skills": lambda n: (
        front("skills: [" + ", ".join("s%d" % i for i in range(n)) + "]\n"), None, None),
    # a configuration nested n deep (stops at the cap)
    "config-depth": lambda n: (front(""), "rules: " + "[" * n + "\n", None),
    # globs that backtracked: a long name, a deep path
    "glob-name": lambda n: (front(""), 'ignore: ["%s"]\n' % STARS, "a" * n + ".md"),
    "glob-depth": lambda n: (front(""), 'ignore: ["%sx.md"]\n' % ("**/" * 12), "d/" * (n // 2) + "agent.md"),
}

# Other files of the run, linted with the shape's file (its folder is
# linted): relative path -> text.
OTHER_FILES = {"missing-skills": {".claude/skills/x/SKILL.md": front("")}}

# Options beyond -q.
EXTRA_ARGS = {"sarif-one-line": ["-f", "sarif"]}

# Shapes whose run is an error by design (exit 2).
EXPECT_RC = {"config-depth": 2}


def run(binary, work, shape, n):
    text, config, stdin_name = SHAPES[shape](n)
    folder = os.path.join(work, "%s-%d" % (shape, n))
    os.makedirs(folder)
    if config is not None:
        with open(os.path.join(folder, ".agentlint.yml"), "w") as f:
            f.write(config)
    if stdin_name:
        cmd = [binary, "-q"] + EXTRA_ARGS.get(shape, []) + ["--stdin-filename", os.path.join(folder, stdin_name), "-"]
        data = text.encode()
    else:
        path = os.path.join(folder, "agent.md")
        with open(path, "w") as f:
            f.write(text)
        for rel, other in OTHER_FILES.get(shape, {}).items():
            os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
            with open(os.path.join(folder, rel), "w") as f:
                f.write(other)
        if shape in OTHER_FILES:
            path = folder
        cmd = [binary, "-q"] + EXTRA_ARGS.get(shape, []) + [path]
        data = None
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT
    took = time.perf_counter() - t0
    want = EXPECT_RC.get(shape, None)
    if (want is not None and p.returncode != want) or (want is None and p.returncode > 1):
        return None, "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-300:])
    return took, None


def main():
    binary = sys.argv[1]
    small = 3000 if "--small" in sys.argv[2:] else 10000
    large = small * 10
    failed = []
    with tempfile.TemporaryDirectory() as work:
        base_dir = os.path.join(work, "base")
        os.makedirs(base_dir)
        base_file = os.path.join(base_dir, "agent.md")
        with open(base_file, "w") as f:
            f.write(front(""))
        base = min(
            (lambda t0: (subprocess.run([binary, "-q", base_file], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL), time.perf_counter() - t0)[1])(
                time.perf_counter()) for _ in range(3))
        for k, shape in enumerate(SHAPES):
            ratio, why = None, None
            for attempt in range(2):  # once more if the machine was busy
                ts, why = run(binary, os.path.join(work, "a%d" % attempt), shape, small)
                if why:
                    break
                tl, why = run(binary, os.path.join(work, "a%d" % attempt), shape, large)
                if why:
                    break
                ratio = max(tl - base, 0.0) / max(ts - base, FLOOR)
                print("%-20s %6d: %.3f s  %6d: %.3f s  ratio %.1f" % (shape, small, ts, large, tl, ratio))
                if ratio <= LIMIT:
                    break
            if why:
                failed.append("%s: %s" % (shape, why))
            elif ratio > LIMIT:
                failed.append("%s: ten times the input took %.0f times as long" % (shape, ratio))
    for f in failed:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
