#!/usr/bin/env python3
"""Hostile input and faults at the command line (issue 14): --fix keeps what
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


def main():
    with tempfile.TemporaryDirectory() as tmp:
        fix_keeps(os.path.join(tmp, "fix"))
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("test_hostile: ok")


main()
