#!/usr/bin/env python3
"""Configuration search: a .agentlint.yml that is a folder, a FIFO,
a symbolic link loop or a link to nothing is reported (exit 2), not skipped;
--config FIFO does not block; the search stops at the repository's root;
-v/--show-settings says which configuration each file uses.

usage: test_config_search.py AGENTLINT"""
import os
import subprocess
import sys
import tempfile

AGENTLINT = os.path.abspath(sys.argv[1])
failures = []
AGENT = "---\nname: a\ndescription: d\ntools: Frobnicate\n---\nBody.\n"


def run(args, cwd):
    try:
        p = subprocess.run([AGENTLINT] + args, cwd=cwd, capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        return None, "", "timed out"
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    with tempfile.TemporaryDirectory(prefix="agentlint-config-") as tmp:
        # above everything: a configuration that turns CC010 off
        write(os.path.join(tmp, ".agentlint.yml"), "rules: {CC010: off}\n")
        # unusable configurations, each nearer to its agent than the good one
        cases = {
            "folder": lambda p: os.makedirs(p),
            "fifo": lambda p: os.mkfifo(p),
            "loop": lambda p: os.symlink(".agentlint.yml", p),
            "dangling": lambda p: os.symlink("missing.yml", p),
        }
        said = {
            "folder": "a folder, not a configuration file",
            "fifo": "a FIFO, not a configuration file",
            "loop": "symbolic links",
            "dangling": "a symbolic link to nothing",
        }
        for name, make in cases.items():
            d = os.path.join(tmp, name)
            write(os.path.join(d, "agent.md"), AGENT)
            make(os.path.join(d, ".agentlint.yml"))
            rc, out, err = run(["agent.md"], d)
            check(rc == 2 and ".agentlint.yml: " in err and said[name] in err,
                  "%s .agentlint.yml reported, exit 2 (rc %s, %r)" % (name, rc, err))
        # --config naming a FIFO or a folder: reported at once, exit 2
        for name in ("fifo", "folder"):
            rc, out, err = run(["--config", os.path.join(tmp, name, ".agentlint.yml"), "agent.md"],
                               os.path.join(tmp, "folder"))
            check(rc == 2 and said[name] in err, "--config %s: exit 2 (rc %s, %r)" % (name, rc, err))

        # the search stops at the repository's root (a folder holding .git)
        repo = os.path.join(tmp, "repo")
        write(os.path.join(repo, "agents", "deep", "agent.md"), AGENT)
        os.makedirs(os.path.join(repo, ".git"))
        rc, out, err = run(["-f", "json", "agents/deep/agent.md"], repo)
        check("CC010" in out, "the configuration above the repository is not used (%r)" % out)
        # a .git file (a worktree, a submodule) marks a root too
        wt = os.path.join(tmp, "worktree")
        write(os.path.join(wt, "agent.md"), AGENT)
        write(os.path.join(wt, ".git"), "gitdir: /elsewhere\n")
        rc, out, err = run(["-f", "json", "agent.md"], wt)
        check("CC010" in out, "a .git file marks the root (%r)" % out)
        # the repository's own configuration is found, and --config reaches out
        write(os.path.join(repo, ".agentlint.yml"), "rules: {CC010: info}\n")
        rc, out, err = run(["agents/deep/agent.md"], repo)
        check("note: unknown tool" in out, "the repository's configuration is used (%r)" % out)
        rc, out, err = run(["--config", os.path.join(tmp, ".agentlint.yml"), "agents/deep/agent.md"],
                           repo)
        check("CC010" not in out, "--config FILE outside the repository (%r)" % out)

        # -v / --show-settings: which configuration each file uses
        rc, out, err = run(["-v", "agents/deep/agent.md"], repo)
        check("agentlint: agents/deep/agent.md uses %s" % os.path.join(repo, ".agentlint.yml") in err,
              "-v names the configuration (%r)" % err)
        rc, out, err = run(["--show-settings", "agent.md"], wt)
        check("agentlint: agent.md uses no configuration file" in err,
              "--show-settings says none (%r)" % err)
        write(os.path.join(repo, ".agentlint.yml"), "ignore: [deep]\n")
        rc, out, err = run(["-v", "agents/deep/agent.md"], repo)
        check("agents/deep/agent.md is ignored by %s" % os.path.join(repo, ".agentlint.yml") in err,
              "-v says a file is ignored (%r)" % err)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all configuration search checks passed")
    return 0


sys.exit(main())
