#!/usr/bin/env python3
"""Run size (issue 11): ten times the files take about ten times as long and
no more memory.

The agent files of tests/data are copied into a small run and one ten times
larger (by file count); each is linted with the JSON report (whose closing
parts come last) and with --diff. The larger must take at most LIMIT times
as long (linear gives about 10), and its peak resident memory must stay
within SLACK of the small run's: files are printed and freed as they are
done, so memory does not grow with their number. Both ratios are measured in
this one run, so a slow or shared machine does not matter much.

The small run's memory is mostly the program itself, so a cost per file
that is small beside a file's text (a path kept per file) hides in that
slack. A third pair of runs takes many tiny files, with long paths, against
a few of them: there the only thing that could grow is what is kept per
file, and the bound is tight (MANY_SLACK_MB; a list of the paths alone
would take about 5 MB). A fourth puts 10,000 files without front matter in
one folder, against 1,000: each is judged by its neighbours, which must be
read once per folder (linear), not once per file (quadratic: 100x).

Usage: scaling_files.py AGENTLINT PEAK_RSS DATA_DIR [--sanitized]
  --sanitized: a fifth of the files, and no memory check (AddressSanitizer
  keeps freed memory in quarantine, so resident memory grows with any work).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

LIMIT = 13.0      # time ratio, 10x the files
SLACK_MB = 3.0    # peak RSS of the large run over the small one's
SLACK_RATIO = 1.3
TIMEOUT = 300
MANY = 30000      # tiny files in the third pair of runs (and FEW)
FEW = 300
MANY_SLACK_MB = 2.0
FLAT = 10000      # files in one folder (and a tenth of them)
TINY = "# Notes\n\nA page of notes beside the agents, nothing to report.\n"


def make_run(src, root, copies, every):
    files = sorted(os.path.relpath(os.path.join(d, f), src)
                   for d, _, fs in os.walk(src) for f in fs if f.endswith(".md"))[::every]
    for c in range(copies):
        for f in files:
            dst = os.path.join(root, "c%03d" % c, f)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(os.path.join(src, f), dst)
    return len(files) * copies


def make_tiny(root, count):
    """count tiny Markdown files, 100 to a folder, each path ~170 bytes."""
    for i in range(count):
        d = os.path.join(root, "a-folder-of-notes-with-a-long-descriptive-name-%04d" % (i // 100))
        if i % 100 == 0:
            os.makedirs(d)
        name = "notes-about-the-agents-with-a-long-and-descriptive-file-name-%06d.md" % i
        with open(os.path.join(d, name), "w") as f:
            f.write(TINY)


def make_flat(root, count):
    """count tiny Markdown files without front matter in one folder: each
    is judged by its neighbours (are they agents?), which must be looked at
    once for the folder, not once per file."""
    os.makedirs(root)
    for i in range(count):
        with open(os.path.join(root, "note-%06d.md" % i), "w") as f:
            f.write(TINY)


def measure(peak_rss, args):
    """Best wall time of three runs and the peak RSS (MB), through peak_rss
    (a child of Python would count Python's memory as its own)."""
    best, rss = None, 0.0
    for _ in range(3):
        t = time.perf_counter()
        out = subprocess.run([peak_rss] + args, capture_output=True, text=True,
                             timeout=TIMEOUT).stdout.split()
        elapsed = time.perf_counter() - t
        if len(out) != 2 or out[1] not in ("0", "1"):
            sys.exit("%s failed: %s" % (" ".join(args), out))
        best = elapsed if best is None else min(best, elapsed)
        rss = max(rss, int(out[0]) / 1024.0)
    return best, rss


def main():
    agentlint = os.path.abspath(sys.argv[1])
    peak_rss = os.path.abspath(sys.argv[2])
    src = os.path.join(os.path.abspath(sys.argv[3]), "agents")
    sanitized = "--sanitized" in sys.argv[4:]
    every = 5 if sanitized else 1  # under the sanitizers: 123 and 1,230 files
    tmp = tempfile.mkdtemp(prefix="agentlint-files-")
    failures = 0
    try:
        small = os.path.join(tmp, "small")
        large = os.path.join(tmp, "large")
        n_small = make_run(src, small, 1, every)
        n_large = make_run(src, large, 10, every)
        for what in (["-f", "json"], ["--diff"]):
            ts, ms = measure(peak_rss, [agentlint, "--no-config", "-j2"] + what + [small])
            tl, ml = measure(peak_rss, [agentlint, "--no-config", "-j2"] + what + [large])
            ratio = tl / max(ts, 0.01)
            print("%-10s %5d files %.3f s %5.1f MB | %6d files %.3f s %5.1f MB | time x%.1f"
                  % (" ".join(what), n_small, ts, ms, n_large, tl, ml, ratio))
            if ratio > LIMIT:
                print("FAIL: %s: 10x the files took %.1fx the time" % (" ".join(what), ratio))
                failures += 1
            if not sanitized and ml > ms * SLACK_RATIO + SLACK_MB:
                print("FAIL: %s: peak memory grew from %.1f MB to %.1f MB with 10x the files"
                      % (" ".join(what), ms, ml))
                failures += 1
        if not sanitized:
            few = os.path.join(tmp, "few")
            many = os.path.join(tmp, "many")
            make_tiny(few, FEW)
            make_tiny(many, MANY)
            args = [agentlint, "--no-config", "-j2", "-f", "json"]
            _, ms = measure(peak_rss, args + [few])
            _, ml = measure(peak_rss, args + [many])
            print("tiny files %5d files %5.1f MB | %6d files %5.1f MB"
                  % (FEW, ms, MANY, ml))
            if ml > ms + MANY_SLACK_MB:
                print("FAIL: peak memory grew from %.1f MB to %.1f MB with %d times the files:"
                      " something is kept per file" % (ms, ml, MANY // FEW))
                failures += 1
            flat_few = os.path.join(tmp, "flat-few")
            flat_many = os.path.join(tmp, "flat-many")
            make_flat(flat_few, FLAT // 10)
            make_flat(flat_many, FLAT)
            ts, ms = measure(peak_rss, args + [flat_few])
            tl, ml = measure(peak_rss, args + [flat_many])
            ratio = tl / max(ts, 0.01)
            print("one folder %5d files %.3f s %5.1f MB | %6d files %.3f s %5.1f MB | time x%.1f"
                  % (FLAT // 10, ts, ms, FLAT, tl, ml, ratio))
            if ratio > LIMIT:
                print("FAIL: one folder of 10x the files took %.1fx the time: the look at a "
                      "file's neighbours is not linear" % ratio)
                failures += 1
            if ml > ms + MANY_SLACK_MB:
                print("FAIL: peak memory grew from %.1f MB to %.1f MB in one folder of 10x the "
                      "files" % (ms, ml))
                failures += 1
    finally:
        shutil.rmtree(tmp)
    if failures:
        sys.exit(1)
    print("run size: linear time%s" % ("" if sanitized else ", flat memory"))


main()
