#!/usr/bin/env python3
"""Files the run writes and the files around them (issue 23): no write
outside the folder named, whatever is swapped in between the walk and the
write; no rewrite cut by a signal; no output written over an input; no file
dropped when the tree changes during the run; fixes that converge in one
run; every write checked; nothing a terminal would act on printed raw.

The races and signals are driven, not raced: agentlint_hooked (the command
line built with its test points, src/cli/test_hook.h) stops itself at the
step named in AGENTLINT_TEST_STOP_AT, the test changes the files or sends a
signal there, then lets it go on.

usage: test_file_safety.py AGENTLINT AGENTLINT_HOOKED"""
import os
import resource
import signal
import subprocess
import sys
import tempfile

AGENTLINT = os.path.abspath(sys.argv[1])
HOOKED = os.path.abspath(sys.argv[2])
failures = []

FIXABLE = "---\nname: {}\ndescription: d\ntools: Read, Grep, Read\n---\nBody.\n"
FIXED = "---\nname: {}\ndescription: d\ntools: Read, Grep\n---\nBody.\n"


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


def run(args, cwd, stdin=b"", stdout=subprocess.PIPE, exe=None, env=None, preexec_fn=None,
        timeout=60):
    p = subprocess.run([exe or AGENTLINT] + args, cwd=cwd, input=stdin, stdout=stdout,
                       stderr=subprocess.PIPE, env=env, preexec_fn=preexec_fn, timeout=timeout)
    out = p.stdout.decode("utf-8", "replace") if p.stdout is not None else ""
    return p.returncode, out, p.stderr.decode("utf-8", "replace")


def run_stopping(args, cwd, points, at_stop):
    """Runs agentlint_hooked, which stops at each test point named in points;
    at_stop(k, pid) acts at the k-th stop (0, 1, ...), then it goes on.
    Returns (status as subprocess gives it, stdout, stderr, stops)."""
    env = dict(os.environ, AGENTLINT_TEST_STOP_AT=points)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([HOOKED] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=out, stderr=err)
        stops = 0
        while True:
            _, status = os.waitpid(p.pid, os.WUNTRACED)
            if not os.WIFSTOPPED(status):
                break
            at_stop(stops, p.pid)
            stops += 1
            os.kill(p.pid, signal.SIGCONT)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (p.returncode, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"), stops)


# ---- a file or folder swapped for a symlink between the walk and the write ----

def swaps(tmp):
    abs_out = f"{tmp}/outside"

    def setup(name):
        root = f"{tmp}/{name}"
        write(f"{abs_out}/o.md", FIXABLE.format("o"))
        write(f"{root}/tree/a.md", FIXABLE.format("a"))
        write(f"{root}/tree/sub/b.md", FIXABLE.format("b"))
        return root

    def swap_file(target):
        def act(k, pid):
            if k == 0:  # tree/a.md is the first file read
                os.replace(f"{root}/tree/a.md", f"{root}/a.saved")
                os.symlink(target, f"{root}/tree/a.md")
        return act

    # a file swapped for a relative and for an absolute symlink out of the tree
    for name, target in [("rel", "../../outside/o.md"), ("abs", f"{abs_out}/o.md")]:
        root = setup(name)
        rc, out, err, stops = run_stopping(["--fix", "tree"], root, "read", swap_file(target))
        check(stops == 2, "swap %s: stopped before each read (%d)" % (name, stops))
        check(read(f"{abs_out}/o.md") == FIXABLE.format("o").encode(),
              "swap %s: the file outside the tree was written" % name)
        check(rc == 2 and "tree/a.md: not fixed: its path now leads out of the folder" in err,
              "swap %s: the refused write is reported, exit 2 (rc=%d): %s" % (name, rc, err))
        check(read(f"{root}/tree/sub/b.md") == FIXED.format("b").encode(),
              "swap %s: the other file is still fixed" % name)

    # a folder on the path swapped for a symlink out of the tree
    root = setup("dir")
    write(f"{abs_out}/sub/b.md", FIXABLE.format("ob"))

    def swap_dir(k, pid):
        if k == 1:  # before tree/sub/b.md is read
            os.replace(f"{root}/tree/sub", f"{root}/sub.saved")
            os.symlink("../../outside/sub", f"{root}/tree/sub")
    rc, out, err, _ = run_stopping(["--fix", "tree"], root, "read", swap_dir)
    check(read(f"{abs_out}/sub/b.md") == FIXABLE.format("ob").encode(),
          "swap dir: the file outside the tree was written")
    check(rc == 2 and "tree/sub/b.md: not fixed" in err,
          "swap dir: refused and reported (rc=%d): %s" % (rc, err))

    # swapped after the read: the identity check before the rename refuses it
    root = setup("late")

    def swap_late(k, pid):
        if k == 0:
            os.replace(f"{root}/tree/a.md", f"{root}/a.saved")
            os.symlink("../../outside/o.md", f"{root}/tree/a.md")
    rc, out, err, stops = run_stopping(["--fix", "tree"], root, "before-rename", swap_late)
    check(read(f"{abs_out}/o.md") == FIXABLE.format("o").encode(),
          "swap before rename: the file outside the tree was written")
    check(os.path.islink(f"{root}/tree/a.md") and "tree/a.md: not fixed: the file changed" in err,
          "swap before rename: the symlink left, the change reported: %s" % err)

    # symlinks that stay inside the tree are still followed, absolute ones too
    root = f"{tmp}/inside"
    write(f"{root}/tree/real.md", FIXABLE.format("real"))
    write(f"{root}/tree/deep/x.md", FIXABLE.format("x"))
    os.symlink(f"{root}/tree/real.md", f"{root}/tree/a-abs.md")
    os.symlink("deep/x.md", f"{root}/tree/b-rel.md")
    rc, out, err = run(["--fix", "tree"], root)
    check(read(f"{root}/tree/real.md") == FIXED.format("real").encode() and
          read(f"{root}/tree/deep/x.md") == FIXED.format("x").encode() and rc == 0,
          "inside: symlinks inside the tree are followed (rc=%d): %s" % (rc, err))
    check(os.path.islink(f"{root}/tree/a-abs.md"), "inside: the symlink stays a symlink")

    # a link to a file fixed (replaced: a new inode) before the walk reaches
    # the link is still known as that file: linted once, no change said
    root = f"{tmp}/late-link"
    for n in range(40):
        write(f"{root}/tree/f{n:02}.md", FIXABLE.format("f%d" % n))
    os.symlink("f00.md", f"{root}/tree/zz-link.md")
    rc, out, err = run(["--fix", "-j", "1", "tree"], root)
    check(rc == 0 and "changed while" not in err and "40 files checked" in err,
          "late link: the replaced file is known by its link (rc=%d): %s" % (rc, err))
    check(read(f"{root}/tree/f00.md") == FIXED.format("f0").encode(), "late link: fixed once")

    # a file named on the command line is where its path leads
    write(f"{root}/named.md", FIXABLE.format("named"))
    os.symlink(f"{root}/named.md", f"{root}/tree-link.md")
    rc, out, err = run(["--fix", "tree-link.md"], root)
    check(read(f"{root}/named.md") == FIXED.format("named").encode(),
          "named: a symlink named itself is followed: " + err)


# ---- a rewrite in place under SIGINT, SIGTERM, SIGHUP ----

def signals(tmp):
    os.makedirs(tmp)
    # the old text is longer: a cut between the write and the truncation
    # leaves the new text followed by the old one's tail
    old = FIXABLE.format("h") + "Long old text.\n" * 20000
    new = FIXED.format("h") + "Long old text.\n" * 20000
    for sig in [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]:
        for jobs in ["1", "4"]:
            write(f"{tmp}/h1.md", old)
            for k in range(2, 6):  # more files, for the threads to lint
                write(f"{tmp}/z{k}.md", FIXABLE.format("z%d" % k))
            if os.path.exists(f"{tmp}/h2.md"):
                os.unlink(f"{tmp}/h2.md")
            os.link(f"{tmp}/h1.md", f"{tmp}/h2.md")

            def interrupt(k, pid):
                os.kill(pid, sig)
            rc, out, err, stops = run_stopping(["--fix", "-j", jobs, "."], tmp, "in-place",
                                               interrupt)
            text = read(f"{tmp}/h2.md")
            check(stops == 1, "signal %s: stopped in the rewrite (%d)" % (sig.name, stops))
            check(text in (old.encode(), new.encode()),
                  "signal %s -j %s: the file is neither old nor new (%d bytes; old %d, new %d)"
                  % (sig.name, jobs, len(text), len(old), len(new)))
            check(text == new.encode(), "signal %s -j %s: the rewrite was finished" % (sig.name, jobs))
            check(rc == -sig, "signal %s -j %s: the run ends by the signal (rc=%d)"
                  % (sig.name, jobs, rc))
            left = [n for n in os.listdir(tmp) if "agentlint-" in n]
            check(not left, "signal %s: temporary files left: %s" % (sig.name, left))
    # an ignored SIGHUP (nohup) stays ignored: the run goes on to the end
    write(f"{tmp}/n.md", FIXABLE.format("n"))
    p = subprocess.run(["sh", "-c", 'trap "" HUP; exec "$0" --fix n.md & pid=$!; '
                        'kill -HUP $pid; wait $pid', AGENTLINT], cwd=tmp, capture_output=True)
    check(p.returncode in (0, 1) and read(f"{tmp}/n.md") == FIXED.format("n").encode(),
          "nohup: an ignored SIGHUP stays ignored (rc=%d)" % p.returncode)


# ---- outputs never written over inputs ----

def outputs(tmp):
    t = f"{tmp}/t"
    for n in ["a", "b", "z"]:
        write(f"{t}/{n}.md", FIXABLE.format(n))
    cases = [
        (["-o", "a.md", "."], "-o a.md: that is one of the files to lint"),
        (["--output", "a.md", "."], "-o a.md: that is one of the files to lint"),
        (["--write-baseline", "b.md", "."], "--write-baseline b.md: that is one of the files"),
        (["--fix", "-o", "z.md", "a.md", "z.md"], "-o z.md: that is one of the files"),
        (["-o", "r.txt", "--write-baseline", "r.txt", "a.md"], "the same file as -o"),
        (["-o", "r.txt", "--baseline", "r.txt", "a.md"], "the same file as -o"),
    ]
    write(f"{t}/r.txt", "# agentlint baseline\n")
    for args, says in cases:
        before = {n: read(f"{t}/{n}.md") for n in ["a", "b", "z"]}
        rc, out, err = run(args, t)
        check(rc == 2 and says in err, "outputs %s: usage error (rc=%d): %s" % (args, rc, err))
        check(all(read(f"{t}/{n}.md") == before[n] for n in before),
              "outputs %s: a linted file was changed" % args)
    check(read(f"{t}/r.txt") == b"# agentlint baseline\n", "outputs: --baseline file kept")
    # the same file under another name: a hard link, a symlink
    os.link(f"{t}/a.md", f"{tmp}/hard.md")
    os.symlink(f"{t}/b.md", f"{tmp}/soft.txt")
    for name in ["hard.md", "soft.txt"]:
        rc, out, err = run(["-o", f"../{name}", "."], t)
        check(rc == 2 and "that is one of the files to lint" in err,
              "outputs: -o %s (the same file) refused (rc=%d): %s" % (name, rc, err))
    # a report the run creates inside the tree is not linted and drops nothing
    for opt in ["-o", "--write-baseline"]:
        rc, out, err = run([opt, "out.md", "."], t)
        check(rc in (0, 1) and "3 files checked" in err,
              "outputs: %s out.md in the tree: the three files checked (rc=%d): %s"
              % (opt, rc, err))
        report = read(f"{t}/out.md").decode()
        check(opt != "-o" or ("z.md" in report and "out.md" not in report),
              "outputs: the report covers z.md and not itself: " + report)
        os.unlink(f"{t}/out.md")
    # a device is fine, twice
    rc, out, err = run(["-o", "/dev/null", "--write-baseline", "/dev/null", "a.md"], t)
    check(rc == 0 and "recorded in /dev/null" in err,
          "outputs: /dev/null twice is fine (rc=%d): %s" % (rc, err))


# ---- a walk that changes between the count and the lint ----

def walk_changes(tmp):
    t = f"{tmp}/w"
    for n in ["b", "c", "d"]:
        write(f"{t}/{n}.md", FIXABLE.format(n))

    def add_file(k, pid):
        write(f"{t}/a.md", FIXABLE.format("a"))  # sorts first: every file moves one place

    rc, out, err, stops = run_stopping(["."], t, "counted", add_file)
    check(stops == 1, "walk: stopped after the count (%d)" % stops)
    check(rc == 2 and "the files changed while they were linted: 3 found before, 4 now" in err,
          "walk: a file added between the walks is reported (rc=%d): %s" % (rc, err))
    check("d.md" in out, "walk: the last file is still linted: " + out)
    os.unlink(f"{t}/a.md")

    def remove_file(k, pid):
        os.unlink(f"{t}/c.md")

    rc, out, err, _ = run_stopping(["."], t, "counted", remove_file)
    check(rc == 2 and "3 found before, 2 now" in err,
          "walk: a file removed between the walks is reported (rc=%d): %s" % (rc, err))
    write(f"{t}/c.md", FIXABLE.format("c"))

    def rename_file(k, pid):
        os.rename(f"{t}/c.md", f"{t}/cc.md")

    rc, out, err, _ = run_stopping(["."], t, "counted", rename_file)
    check(rc == 2 and "3 found before, 3 now, not the same names" in err,
          "walk: a file renamed between the walks is reported (rc=%d): %s" % (rc, err))
    # unchanged: nothing said
    rc, out, err, _ = run_stopping(["."], t, "counted", lambda k, pid: None)
    check(rc == 1 and "changed while" not in err, "walk: no change, no message: " + err)


# ---- fixes converge in one run ----

def converge(tmp):
    os.makedirs(tmp)
    # 80 fixes, then one that the guard refuses (it would make the YAML invalid)
    text = ("---\nname: r\ntools: " + ", ".join(["Read"] * 80) +
            "\ndescription: Use it for: x\nx-note: \"half\n---\nBody.\n")
    write(f"{tmp}/r.md", text)
    rc, out, err = run(["--no-config", "--fix", "r.md"], tmp)
    once = read(f"{tmp}/r.md")
    check(b"tools: Read\n" in once, "converge: every duplicate removed in one run: %r" % once[:80])
    rc, out, err = run(["--no-config", "--fix", "r.md"], tmp)
    check(read(f"{tmp}/r.md") == once and "0 fixes applied" in err,
          "converge: a second run changes nothing: " + err)
    # a 9 MB file with CRLF line endings: every line converted, none left mixed
    big = ("---\r\nname: crlf\r\ndescription: d\r\n---\r\n" +
           "A line of the prompt.\r\n" * 400000).encode()
    write(f"{tmp}/crlf.md", big)
    mixed = ("---\r\nname: mixed\r\ndescription: d\r\n---\r\n" +
             "CRLF line.\r\nLF line.\n" * 20000).encode()
    write(f"{tmp}/mixed.md", mixed)
    rc, out, err = run(["--no-config", "--fix", "crlf.md", "mixed.md"], tmp)
    for name, data in [("crlf.md", big), ("mixed.md", mixed)]:
        got = read(f"{tmp}/{name}")
        check(b"\r" not in got and got == data.replace(b"\r\n", b"\n"),
              "converge: %s: every CRLF converted (%d CR left)" % (name, got.count(b"\r")))
    rc, out, err = run(["--no-config", "--fix", "crlf.md", "mixed.md"], tmp)
    check("0 fixes applied" in err, "converge: CRLF files: a second run changes nothing: " + err)


# ---- reports spilled to a temporary file ----

def limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def spills(tmp):
    os.makedirs(f"{tmp}/tmpdir")
    # --fix - reports on stderr, after the fixes' messages: the report waits
    # in a temporary file
    text = ("---\nname: a\ndescription: d\ntools: " +
            ", ".join("Frob%d" % i for i in range(400)) + "\n---\nBody.\n").encode()
    seen = []

    def look(k, pid):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                seen.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
            except OSError:
                pass
    env_tmp = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = f"{tmp}/tmpdir"
    try:
        env = dict(os.environ, AGENTLINT_TEST_STOP_AT="spool")
        with open(f"{tmp}/in.md", "wb") as f:
            f.write(text)
        with open(f"{tmp}/in.md", "rb") as stdin, tempfile.TemporaryFile() as o, \
                tempfile.TemporaryFile() as e:
            p = subprocess.Popen([HOOKED, "--fix", "--stdin-filename", "a.md", "-"], cwd=tmp,
                                 env=env, stdin=stdin, stdout=o, stderr=e)
            _, status = os.waitpid(p.pid, os.WUNTRACED)
            if os.WIFSTOPPED(status):
                look(0, p.pid)
                os.kill(p.pid, signal.SIGCONT)
                _, status = os.waitpid(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
        check(any(s.startswith(f"{tmp}/tmpdir/agentlint-") for s in seen),
              "spill: the report waits in $TMPDIR: %s" % seen)
    finally:
        if env_tmp is None:
            del os.environ["TMPDIR"]
        else:
            os.environ["TMPDIR"] = env_tmp
    # $TMPDIR unusable: /tmp instead, the report whole
    env = dict(os.environ, TMPDIR=f"{tmp}/missing")
    rc, out, err = run(["--fix", "--stdin-filename", "a.md", "-"], tmp, stdin=text, env=env)
    check(rc == 1 and err.count("CC010") == 400, "spill: $TMPDIR missing, /tmp used (rc=%d)" % rc)
    # the temporary file cannot hold the report (a full disk): said, exit 2
    rc, out, err = run(["--fix", "--stdin-filename", "a.md", "-"], tmp, stdin=text,
                       preexec_fn=limit_file_size)
    check(rc == 2 and "the report could not be kept in a temporary file" in err,
          "spill: a failed spill is reported, exit 2 (rc=%d): %s" % (rc, err[-300:]))
    check(out == text.decode(), "spill: the fixed text still goes to stdout")


# ---- every write of the information commands checked ----

def checked_writes(tmp):
    os.makedirs(tmp)
    write(f"{tmp}/a.md", FIXABLE.format("a"))
    commands = [["--version"], ["--help"], ["--list-rules"], ["--list-rules", "-f", "json"],
                ["--explain", "EN013"], ["--show-files", "."]]
    for args in commands:
        with open("/dev/full", "wb") as full:
            rc, _, err = run(args, tmp, stdout=full)
        check(rc == 2 and "cannot write to standard output" in err,
              "writes: %s > /dev/full exits 2 (rc=%d): %s" % (args, rc, err))
        p = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", AGENTLINT] + args, cwd=tmp,
                           capture_output=True)
        check(p.returncode == 2 and b"cannot write to standard output" in p.stderr,
              "writes: %s with stdout closed exits 2 (rc=%d): %s" % (args, p.returncode, p.stderr))
    # stdout closed during --fix: the report (an unknown tool is left) cannot
    # land in a file the run opens (the temporary file would get descriptor 1)
    write(f"{tmp}/a.md", FIXABLE.format("a").replace("Grep", "Frob"))
    p = subprocess.run(["sh", "-c", 'exec "$0" --fix a.md >&-', AGENTLINT], cwd=tmp,
                       capture_output=True)
    check(p.returncode == 2 and b"cannot write the report" in p.stderr and
          read(f"{tmp}/a.md") == FIXED.format("a").replace("Grep", "Frob").encode(),
          "writes: --fix with stdout closed: fixed, the report's loss said (rc=%d): %s"
          % (p.returncode, p.stderr))


# ---- --baseline that is not a regular file ----

def baseline_kinds(tmp):
    os.makedirs(tmp)
    write(f"{tmp}/a.md", FIXABLE.format("a"))
    os.mkfifo(f"{tmp}/fifo")
    os.makedirs(f"{tmp}/folder")
    for name, says in [("fifo", "a FIFO, not a baseline file"),
                       ("folder", "a folder, not a baseline file"),
                       ("/dev/null", "a device, not a baseline file")]:
        try:
            rc, out, err = run(["--baseline", name, "a.md"], tmp, timeout=10)
        except subprocess.TimeoutExpired:
            rc, err = None, "hung"
        check(rc == 2 and says in err, "baseline %s refused (rc=%s): %s" % (name, rc, err))


# ---- nothing a terminal would act on, printed raw ----

def terminal(tmp):
    os.makedirs(tmp)
    text = ("---\nname: a\ndescription: \"d\\e]0;pwned\\a\"\ntools: Read, Read\n---\n"
            "Body \x1b[2J text \x07 and \u009b31m c1 \x1b]52;c;ZXZpbA==\x07.\n")
    write(f"{tmp}/e.md", text)
    raw = ["\x1b", "\x07", "\u009b"]
    rc, out, err = run(["--diff", "e.md"], tmp)
    check(not any(c in out + err for c in raw), "terminal: --diff prints control characters raw")
    check("-tools: Read, Read" in out and "\\x1B[2J" in out and "<U+009B>31m" in out,
          "terminal: --diff shows them escaped: " + out)
    check("note: the diff shows control characters" in err, "terminal: --diff says so: " + err)
    for fmt in ["gcc", "full", "github"]:
        rc, out, err = run(["-f", fmt, "e.md"], tmp)
        check(not any(c in out + err for c in raw), "terminal: %s prints control characters raw" % fmt)
    rc, out, err = run(["-f", "full", "e.md"], tmp)
    check("6 | Body <U+001B>[2J text <U+0007> and <U+009B>31m" in out,
          "terminal: full shows control characters by their code: " + out)
    lines = [l for l in out.split("\n") if l.startswith("e.md:6:")]
    check(len(lines) >= 3 and all("EN013" in l for l in lines),
          "terminal: EN013 on the body's controls: %s" % lines)
    check("e.md:3:14: warning: the value of `description` holds ESC" in out,
          "terminal: EN013 on the escaped value: " + out)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        swaps(os.path.join(tmp, "swaps"))
        signals(os.path.join(tmp, "signals"))
        outputs(os.path.join(tmp, "outputs"))
        walk_changes(os.path.join(tmp, "walk"))
        converge(os.path.join(tmp, "converge"))
        spills(os.path.join(tmp, "spills"))
        checked_writes(os.path.join(tmp, "writes"))
        baseline_kinds(os.path.join(tmp, "baseline"))
        terminal(os.path.join(tmp, "terminal"))
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("test_file_safety: ok")


main()
