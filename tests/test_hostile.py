#!/usr/bin/env python3
"""Hostile input and faults at the command line: --fix keeps what
it does not own (section 2), no secret is printed in full (section 3), no
output can be forged (section 4).

usage: test_hostile.py AGENTLINT"""
import json
import os
import subprocess
import sys
import tempfile

AGENTLINT = os.path.abspath(sys.argv[1])
failures = []


def run(args, cwd, stdin=b"", stdout=subprocess.PIPE):
    p = subprocess.run([AGENTLINT] + args, cwd=cwd, input=stdin, stdout=stdout,
                       stderr=subprocess.PIPE)
    out = p.stdout.decode("utf-8", "replace") if p.stdout is not None else ""
    return p.returncode, out, p.stderr.decode("utf-8", "replace")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def read(path):
    with open(path, "rb") as f:
        return f.read()


FIXABLE = "---\nname: a\ndescription: d\ntools: Read, Grep, Read\n---\nBody.\n"
FIXED = "---\nname: a\ndescription: d\ntools: Read, Grep\n---\nBody.\n"


# ---- section 2: --fix keeps what it does not own ----

def fix_keeps(tmp):
    # -o in a missing folder: nothing fixed
    write(f"{tmp}/a.md", FIXABLE)
    rc, out, err = run(["--fix", "-o", "missing/report.txt", "a.md"], tmp)
    check(rc == 2 and read(f"{tmp}/a.md") == FIXABLE.encode(),
          "fix: -o in a missing folder fails before fixing (rc=%d)" % rc)
    check("missing/report.txt" in err, "fix: -o error names the file: " + err)

    # writes to a full standard output are noticed
    write(f"{tmp}/a.md", FIXABLE)
    with open("/dev/full", "wb") as full:
        rc, _, err = run(["--fix", "-"], tmp, stdin=FIXABLE.encode(), stdout=full)
        check(rc == 2 and "standard output" in err, "fix: --fix - > /dev/full exits 2: %d %s" % (rc, err))
        rc, _, err = run(["a.md"], tmp, stdout=full)
        check(rc == 2 and "cannot write" in err, "report > /dev/full exits 2: %d" % rc)
        rc, _, err = run(["--diff", "a.md"], tmp, stdout=full)
        check(rc == 2 and "cannot write" in err, "--diff > /dev/full exits 2: %d" % rc)
    rc, _, err = run(["-o", "/dev/full", "a.md"], tmp)
    check(rc == 2 and "/dev/full" in err, "--output /dev/full exits 2: %d %s" % (rc, err))

    # --fix - over the size limit: exit 2, nothing written, the real size said
    big = b"---\nname: a\n---\n" + b"x" * (20 << 20)
    rc, out, err = run(["--fix", "-"], tmp, stdin=big)
    check(rc == 2 and out == "", "fix: oversize stdin refused (rc=%d, %d bytes out)" % (rc, len(out)))
    check(str(len(big)) in err, "fix: oversize message gives the real size: " + err[:300])
    check("16777217" not in err, "fix: no message gives a wrong size: " + err[:300])
    write(f"{tmp}/big.md", big)
    rc, out, err = run(["big.md"], tmp)
    check("IN002" in out and "16777217" not in out, "IN002 gives no wrong size: " + out[:300])

    # stdin that the configuration ignores is echoed unchanged
    write(f"{tmp}/ign/.agentlint.yml", "ignore: [drafts]\n")
    rc, out, err = run(["--fix", "--stdin-filename", "drafts/x.md", "-"], f"{tmp}/ign",
                       stdin=FIXABLE.encode())
    check(rc == 0 and out == FIXABLE, "fix: ignored stdin echoed unchanged (rc=%d, %r)" % (rc, out))

    # a symlink out of the folder named is linted, not written through
    write(f"{tmp}/outside/o.md", FIXABLE)
    write(f"{tmp}/tree/in.md", FIXABLE)
    os.symlink("../outside/o.md", f"{tmp}/tree/link.md")
    os.makedirs(f"{tmp}/tree/sub")
    os.symlink("../../outside", f"{tmp}/tree/sub/dir")
    rc, out, err = run(["--fix", "tree"], tmp)
    check(read(f"{tmp}/outside/o.md") == FIXABLE.encode(), "fix: no write through a symlink out of the tree")
    check(read(f"{tmp}/tree/in.md") == FIXED.encode(), "fix: the tree's own file fixed")
    check("tree/link.md: not fixed" in err, "fix: the symlink out of the tree is reported: " + err)
    check("tree/link.md:4:" in out, "fix: the symlinked file is still linted: " + out)
    # a symlink inside the tree is followed
    write(f"{tmp}/tree2/real.md", FIXABLE)
    os.symlink("real.md", f"{tmp}/tree2/alias.md")
    run(["--fix", "tree2"], tmp)
    check(read(f"{tmp}/tree2/real.md") == FIXED.encode(), "fix: a symlink inside the tree is fixed")

    # a read-only file is left and reported, even for root
    write(f"{tmp}/ro.md", FIXABLE)
    os.chmod(f"{tmp}/ro.md", 0o444)
    rc, out, err = run(["--fix", "ro.md"], tmp)
    check(read(f"{tmp}/ro.md") == FIXABLE.encode(), "fix: read-only file left")
    check("ro.md: not fixed: the file is read-only" in err, "fix: read-only reported: " + err)
    check("CC012" in out and rc == 1, "fix: the read-only file's findings are those on disk")

    # hard links keep seeing the fixed text
    write(f"{tmp}/h1.md", FIXABLE)
    os.link(f"{tmp}/h1.md", f"{tmp}/h2.md")
    run(["--fix", "h1.md"], tmp)
    check(read(f"{tmp}/h2.md") == FIXED.encode(), "fix: hard link keeps seeing the fixed text")
    check(os.stat(f"{tmp}/h1.md").st_ino == os.stat(f"{tmp}/h2.md").st_ino, "fix: still one inode")

    # owner and group kept (root only: CI runs as root)
    if os.geteuid() == 0:
        write(f"{tmp}/own.md", FIXABLE)
        os.chown(f"{tmp}/own.md", 4321, 8765)
        run(["--fix", "own.md"], tmp)
        st = os.stat(f"{tmp}/own.md")
        check(read(f"{tmp}/own.md") == FIXED.encode() and (st.st_uid, st.st_gid) == (4321, 8765),
              "fix: owner and group kept (%d:%d)" % (st.st_uid, st.st_gid))

    # a name near NAME_MAX can be fixed; no temporary file is left anywhere
    long = "n" * 250 + ".md"
    write(f"{tmp}/long/{long}", FIXABLE)
    rc, out, err = run(["--fix", "long"], tmp)
    check(read(f"{tmp}/long/{long}") == FIXED.encode(), "fix: a 253-byte name is fixed: " + err)
    left = [n for _, _, files in os.walk(tmp) for n in files if "agentlint-" in n]
    check(not left, "fix: temporary files left: %s" % left)


# ---- section 3: no secret printed in full ----

TOKEN = "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cQ"
STRIPE = "sk_live_Zq8Wd3Rt6Yu1Io4Pa7Sd0Fg2"
KEY_LINES = ["MIIEowIBAAKCAQEA1c2Vx9Qm8pZ3Lk7Jh5Gf4Ds2Aq1Wz0Xc9Vb8Nm7Mk6Lj5Hg4F",
             "Fd3Sa2Qw1Er0Ty9Ui8Op7As6Df5Gh4Jk3Lz2Xc1Vb0Nm9Qw8Er7Ty6Ui5Op4As3Df"]
SECRETS = (f"---\nname: {TOKEN}\ndescription: Use it. Triggers on: {TOKEN} now\n"
           f"color: {STRIPE}\nbackground: {TOKEN}\ntools: Read, Read\n---\n"
           f"Body with {TOKEN} here.\n<!-- agentlint-disable {TOKEN} -->\n\n"
           "```elixir\nLogger.warn(\"x\")\n```\n"
           "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(KEY_LINES) +
           "\n-----END RSA PRIVATE KEY-----\n")


def leaks(text):
    """The secrets (or a long piece of one, in any case) found in text."""
    low = text.lower().replace("_", "-")
    found = []
    for secret in [TOKEN, STRIPE] + KEY_LINES:
        s = secret.lower().replace("_", "-")
        if s[:12] in low or s[-12:] in low:
            found.append(secret[:12])
    return found


def no_secret(tmp):
    os.makedirs(tmp)
    write(f"{tmp}/s.md", SECRETS)
    for fmt in ["gcc", "full", "json", "sarif", "github", "checkstyle", "junit"]:
        rc, out, err = run(["-f", fmt, "s.md"], tmp)
        check(rc == 1 and out, "secrets: %s ran (rc=%d)" % (fmt, rc))
        check(not leaks(out + err), "secrets: %s leaks %s" % (fmt, leaks(out + err)))
    # the source lines of --format full are masked, first four characters kept
    rc, out, err = run(["-f", "full", "s.md"], tmp)
    check("2 | name: ghp_" + "*" * (len(TOKEN) - 4) + "\n" in out,
          "secrets: full masks the source line, length kept")
    # messages quoting a value: name-format, invalid-field-value, invalid-suppression
    rc, out, err = run(["-f", "json", "s.md"], tmp)
    diags = json.loads(out)["diagnostics"]
    for code in ["CC003", "CC008", "AL002"]:
        msgs = [d["message"] for d in diags if d["rule"] == code]
        check(msgs and all("****" in m for m in msgs), "secrets: %s message masked: %s" % (code, msgs))
    # a fix's text (FM004 quotes the whole description)
    texts = [e["text"] for d in diags if d["fix"] for e in d["fix"]["edits"]]
    check(any("ghp_****" in t for t in texts), "secrets: JSON fix text masked: %s" % texts)
    # --diff: hunks and context lines, also with the secret rules off
    for extra in [[], ["--ignore", "SEC001,SEC002"], ["--unsafe-fixes"]]:
        rc, out, err = run(["--diff"] + extra + ["s.md"], tmp)
        check(rc == 1 and "+++ b/s.md" in out and "-----BEGIN" in out,
              "secrets: --diff %s shows the hunks (rc=%d)" % (extra, rc))
        check(not leaks(out + err), "secrets: --diff %s leaks %s" % (extra, leaks(out + err)))
    # --fix writes the secret back: the file holds it, only the display is masked
    rc, out, err = run(["--fix", "-"], tmp, stdin=SECRETS.encode())
    check(TOKEN in out and not leaks(err), "secrets: --fix - echoes the file, reports masked")
    rc, out, err = run(["--fix", "s.md"], tmp)
    check(read(f"{tmp}/s.md").decode().count(TOKEN) == 5 and not leaks(out + err),
          "secrets: --fix keeps the file's secret, masks the report")
    # suppressed secret findings still mask
    write(f"{tmp}/sup.md", f"---\nname: a\ndescription: d\nbackground: {TOKEN}\n---\n"
                           "<!-- agentlint-disable-file SEC001 -->\nBody.\n")
    rc, out, err = run(["-f", "full", "sup.md"], tmp)
    check("CC008" in out and not leaks(out), "secrets: a suppressed SEC001 still masks")


# ---- section 4: output that cannot be forged ----

def not_forged(tmp):
    os.makedirs(tmp)
    nl = "evil\n+++ x.md"
    esc = "red\x1b[31m.md"
    body = "---\nname: {}\ndescription: d\ntools: Read, Read\n---\nBody.\n"
    write(f"{tmp}/d/{nl}", body.format("same"))
    write(f"{tmp}/d/{esc}", body.format("same"))
    write(f"{tmp}/d/ok.md", body.format("ok"))
    for fmt in ["gcc", "full", "github"]:
        rc, out, err = run(["-f", fmt, "d"], tmp)
        check("\x1b" not in out + err, "forge: %s prints an escape code raw" % fmt)
        lines = [l for l in out.split("\n") if "CC012" in l]
        check(len(lines) == 3 and all(l.startswith(("d/", "::")) for l in lines),
              "forge: %s has one line per finding: %r" % (fmt, lines))
        check("d/evil\\n+++ x.md" in out and "d/red\\x1B[31m.md" in out,
              "forge: %s escapes the names as ls -b does" % fmt)
    # the duplicate-name message quotes the other file's path escaped, in every format
    for fmt in ["gcc", "full", "json", "sarif", "github", "checkstyle", "junit"]:
        rc, out, err = run(["-f", fmt, "d"], tmp)
        check("\x1b" not in out, "forge: %s: an escape code printed raw" % fmt)
    rc, out, err = run(["-f", "json", "d"], tmp)
    msgs = [d["message"] for d in json.loads(out)["diagnostics"] if d["rule"] == "CC004"]
    check(msgs and all("\n" not in m and "\x1b" not in m and "\\n" in m for m in msgs),
          "forge: CC004 message escapes the path: %s" % msgs)
    # --diff refuses names a diff header cannot carry; the others still shown
    rc, out, err = run(["--diff", "d"], tmp)
    check(rc == 2 and "not shown in the diff" in err, "forge: --diff refuses a crafted name (rc=%d)" % rc)
    check("+++ x.md" not in out and "+++ b/d/ok.md" in out, "forge: --diff header forged: " + out)
    # --format full shows hidden characters by their code
    hidden = ["\u061c", "\u3164", "\ufff9", "\u180e", "\u034f", "\u2029"]
    write(f"{tmp}/h.md", "---\nname: h\ndescription: d\ntools: Read, Frobnicate\n---\n"
                         "Body" + "".join(hidden) + " text \u3164 end.\n")
    rc, out, err = run(["-f", "full", "--select", "ALL", "h.md"], tmp)
    check(not any(h in out for h in hidden), "forge: full prints hidden characters raw")
    for h in hidden:
        check("<U+%04X>" % ord(h) in out, "forge: full shows U+%04X by its code" % ord(h))
    # carets stay under the span after expanded characters
    blocks = out.split("\n\n")
    body = "Body" + "".join(hidden) + " text \u3164 end."
    checked = 0
    for b in blocks:
        ls = b.split("\n")
        head = ls[0].split(":")
        if len(ls) < 4 or head[1] != "6":
            continue
        col = int(head[2])
        shown = "".join("<U+%04X>" % ord(ch) if ch in hidden else ch for ch in body[:col - 1])
        check(ls[3].index("^") == len("6 | ") + len(shown),
              "forge: caret under column %d after hidden characters: %r" % (col, ls[2:4]))
        checked += 1
    check(checked >= 2, "forge: findings on the hidden characters' line: %d" % checked)
    # messages that quote a value show hidden characters by their code too
    write(f"{tmp}/m.md", "---\nname: a\u061c\u3164b\ndescription: d\n"
                         "tools: Re\u3164ad, Read\n---\nBody\n")
    for fmt in ["gcc", "json"]:
        rc, out, err = run(["-f", fmt, "m.md"], tmp)
        check(not any(h in out for h in hidden), "forge: %s message prints hidden characters raw" % fmt)
        check("a<U+061C><U+3164>" in out and "Re<U+3164>ad" in out,
              "forge: %s message shows hidden characters by their code: %s" % (fmt, out))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        fix_keeps(os.path.join(tmp, "fix"))
        no_secret(os.path.join(tmp, "secret"))
        not_forged(os.path.join(tmp, "forge"))
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("test_hostile: ok")


main()
