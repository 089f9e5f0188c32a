#!/usr/bin/env python3
"""Differential test: agentlint's Elixir checker against Elixir's own parser.

Extracts every ```elixir block (elixir/ex/exs/iex) of the corpus with libcmark, adds broken
variants of each block generated deterministically (an `end`, a closing bracket, a closing quote or
a heredoc's closing quotes dropped; the block cut short), asks Elixir (Code.string_to_quoted/2, one
VM for everything, iex blocks read as doctests) and agentlint for a verdict on each, and enforces:

  * 0 agentlint SYNTAX/TYPOGRAPHIC errors on snippets Elixir accepts;
  * >= 99 % of the snippets Elixir rejects caught (FRAGMENT verdicts are listed apart);
  * >= 95 % of the caught ones reported on Elixir's line or on a line Elixir's message names;
  * no SYNTAX error in the seeds' blocks.

Where Elixir 1.14 (the local oracle) differs from current Elixir, agentlint follows current
Elixir; such snippets are listed in differential_allowlist.tsv with a reason.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

MD_SUFFIXES = (".md", ".cheatmd", ".markdown")


def markdown_files(root):
    out = []
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            if f.endswith(MD_SUFFIXES):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


def read_index(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                rows.append(parts)
    return rows


# ----- broken variants ----------------------------------------------------------------------

def drop_end(lines):
    idx = [i for i, l in enumerate(lines) if l.strip() == "end"]
    if not idx:
        return None
    i = idx[len(idx) // 2]
    return lines[:i] + lines[i + 1:]


def drop_close(lines):
    text = "\n".join(lines)
    pos = [i for i, c in enumerate(text) if c in ")]}"]
    if not pos:
        return None
    p = pos[len(pos) // 2]
    return (text[:p] + text[p + 1:]).split("\n")


def drop_quote(lines):
    idx = [i for i, l in enumerate(lines) if l.count('"') >= 2 and '"""' not in l]
    if not idx:
        return None
    i = idx[len(idx) // 2]
    l = lines[i]
    p = l.rfind('"')
    return lines[:i] + [l[:p] + l[p + 1:]] + lines[i + 1:]


def drop_heredoc_close(lines):
    idx = [i for i, l in enumerate(lines) if l.strip() == '"""']
    if not idx:
        return None
    i = idx[-1]
    return lines[:i] + lines[i + 1:]


def cut_short(lines):
    body = [l for l in lines if l.strip()]
    if len(body) < 4:
        return None
    return lines[: len(lines) // 2]


MUTATIONS = [("end", drop_end), ("close", drop_close), ("quote", drop_quote),
             ("heredoc", drop_heredoc_close), ("cut", cut_short)]


def add_variants(workdir, rows):
    """Writes variants of every non-iex block; returns their index rows."""
    out = []
    for row in rows:
        bid, path, line, iex = row[:4]
        if iex == "1":
            continue
        with open(os.path.join(workdir, bid + ".ex"), encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        trailing_nl = text.endswith("\n")
        lines = text[:-1].split("\n") if trailing_nl else text.split("\n")
        for name, fn in MUTATIONS:
            new = fn(list(lines))
            if new is None or new == lines:
                continue
            vid = "%s.%s" % (bid, name)
            with open(os.path.join(workdir, vid + ".ex"), "w", encoding="utf-8",
                      errors="surrogateescape") as f:
                f.write("\n".join(new) + ("\n" if trailing_nl else ""))
            out.append([vid, path, line, iex, name])
    return out


# ----- verdicts -------------------------------------------------------------------------------

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write("command failed: %s\n%s\n" % (" ".join(cmd), r.stderr))
        sys.exit(2)
    return r.stdout


def oracle_verdicts(args, index, workdir):
    out = run([args.elixir, args.oracle, index, workdir])
    verdicts = {}
    for line in out.splitlines():
        parts = line.split("\t", 3)
        if len(parts) >= 2 and parts[1] == "ok":
            verdicts[parts[0]] = ("ok", 0, "")
        elif len(parts) == 4:
            verdicts[parts[0]] = ("error", int(parts[2]), parts[3])
    return verdicts


def agentlint_verdicts(args, index, workdir):
    out = run([args.tool, "batch", index, workdir])
    verdicts = {}
    for line in out.splitlines():
        parts = line.split("\t", 4)
        if len(parts) < 5:
            continue
        verdicts.setdefault(parts[0], []).append((parts[1], int(parts[2]), int(parts[3]), parts[4]))
    return verdicts


def load_allowlist(path):
    allow = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    key, _, reason = line.rstrip("\n").partition("\t")
                    allow[key] = reason
    return allow


def key_of(row, corpus):
    rel = os.path.relpath(row[1], corpus)
    k = "%s:%s" % (rel, row[2])
    return k + (":" + row[4] if len(row) > 4 else "")


def named_lines(msg):
    return {int(n) for n in re.findall(r"line (\d+)", msg)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--elixir", default="elixir")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--allowlist")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    t0 = time.time()

    if os.path.exists(args.workdir):
        shutil.rmtree(args.workdir)
    blocks = os.path.join(args.workdir, "blocks")
    seeds = os.path.join(args.workdir, "seeds")
    os.makedirs(blocks)
    os.makedirs(seeds)

    files = markdown_files(args.corpus)
    if not files:
        sys.exit("no Markdown files under %s" % args.corpus)
    run([args.extract, blocks] + files)
    index = os.path.join(blocks, "index.tsv")
    originals = read_index(index)
    variants = add_variants(blocks, originals)
    with open(index, "a", encoding="utf-8") as f:
        for v in variants:
            f.write("\t".join(v) + "\n")
    rows = read_index(index)

    oracle = oracle_verdicts(args, index, blocks)
    mine = agentlint_verdicts(args, index, blocks)
    allow = load_allowlist(args.allowlist)
    by_id = {r[0]: r for r in rows}

    accepted = rejected = caught = line_ok = 0
    false_pos, missed, fragments, bad_lines, allowed = [], [], [], [], []
    variant_total = 0
    for row in rows:
        bid = row[0]
        if "." in bid:  # a variant: only variants of blocks Elixir accepts count
            if oracle.get(bid.split(".")[0], ("?",))[0] != "ok":
                continue
            variant_total += 1
        if bid not in oracle or bid not in mine:
            sys.exit("no verdict for %s" % bid)
        key = key_of(row, args.corpus)
        ov = oracle[bid]
        diags = mine[bid]
        errors = [d for d in diags if d[0] in ("syntax", "typographic")]
        frags = [d for d in diags if d[0] == "fragment"]
        if key in allow:
            allowed.append((key, allow[key], ov, diags))
            continue
        if ov[0] == "ok":
            accepted += 1
            if errors or frags:
                false_pos.append((key, bid, (errors or frags)[0]))
            continue
        rejected += 1
        if not errors:
            (fragments if frags else missed).append((key, bid, ov, frags[0] if frags else None))
            continue
        caught += 1
        want = {ov[1]} | named_lines(ov[2])
        if any(d[1] in want or (d[2] and d[2] in want) for d in errors):
            line_ok += 1
        else:
            bad_lines.append((key, bid, ov, errors[0]))

    # seeds: every block must be free of SYNTAX errors
    seed_files = sorted(os.path.join(args.seeds, f) for f in os.listdir(args.seeds)
                        if f.endswith((".txt", ".md")))
    run([args.extract, seeds] + seed_files)
    seed_index = os.path.join(seeds, "index.tsv")
    seed_rows = read_index(seed_index)
    seed_mine = agentlint_verdicts(args, seed_index, seeds)
    seed_bad = [(r, d) for r in seed_rows for d in seed_mine.get(r[0], []) if d[0] == "syntax"]

    rejected_scored = rejected - len(fragments)
    caught_pct = 100.0 * caught / rejected_scored if rejected_scored else 100.0
    line_pct = 100.0 * line_ok / caught if caught else 100.0

    print("Elixir differential test (oracle: %s)" % run([args.elixir, "--version"]).strip().splitlines()[-1])
    print("  corpus blocks: %d (%d iex), broken variants of accepted blocks: %d"
          % (len(originals), sum(1 for r in originals if r[3] == "1"), variant_total))
    print("  accepted by Elixir: %d   agentlint errors on them: %d" % (accepted, len(false_pos)))
    print("  rejected by Elixir: %d   fragment-policy (listed apart): %d" % (rejected, len(fragments)))
    print("  caught: %d/%d = %.2f %%   missed: %d" % (caught, rejected_scored, caught_pct, len(missed)))
    print("  line matches Elixir's line or a line it names: %d/%d = %.2f %%" % (line_ok, caught, line_pct))
    print("  allowlisted (Elixir 1.14 differs from current Elixir): %d" % len(allowed))
    print("  seeds: %d blocks, %d with SYNTAX errors" % (len(seed_rows), len(seed_bad)))
    print("  time: %.1f s" % (time.time() - t0))

    def show(title, items, limit=40):
        if not items:
            return
        print("\n%s (%d):" % (title, len(items)))
        for it in items[:limit]:
            print("  " + " | ".join(str(x) for x in it))

    show("FALSE POSITIVES (Elixir accepts)", false_pos)
    show("MISSED (Elixir rejects, agentlint silent)", missed, 1000 if args.verbose else 40)
    show("Fragment-policy cases (Elixir rejects, agentlint says FRAGMENT)", fragments,
         1000 if args.verbose else 15)
    show("Line mismatches", bad_lines, 1000 if args.verbose else 40)
    show("Allowlisted", allowed, 1000)
    show("Seed blocks with SYNTAX errors", seed_bad)

    failures = []
    if false_pos:
        failures.append("agentlint flags %d snippets Elixir accepts" % len(false_pos))
    if caught_pct < 99.0:
        failures.append("caught %.2f %% < 99 %%" % caught_pct)
    if line_pct < 95.0:
        failures.append("line match %.2f %% < 95 %%" % line_pct)
    if seed_bad:
        failures.append("%d seed blocks have SYNTAX errors" % len(seed_bad))
    unused = set(allow) - {a[0] for a in allowed}
    if unused:
        failures.append("stale allowlist entries: %s" % ", ".join(sorted(unused)))
    if failures:
        print("\nFAIL: " + "; ".join(failures))
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
