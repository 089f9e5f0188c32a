#!/usr/bin/env bash
# A repository's real layout (tests/layout): specs/ with a valid agent, one
# with `descripton:`, one without `description`, one without front matter
# and a README; a plain agents/ folder; a skill with references/ and
# examples/ (one holding a fenced agent example at its top); Copilot
# instructions, prompts and an agent reached through a link; .claude/rules;
# fixtures, templates and docs; a folder shared by symlinks between Claude
# Code and Gemini CLI. The whole tree gives its golden output
# (tests/golden/layout.txt), each file its golden kind and reason
# (tests/golden/layout-files.txt), and each file named alone (as pre-commit
# and editors name them) gives exactly the findings the whole run gave it,
# a shared file named by its own path those of the paths the tools read.
# To accept a reviewed change of the golden files: UPDATE=1 ctest -R layout
set -uo pipefail
bin=$1 src=$2
cd "$src/tests/layout" || exit 1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -L .claude/agents ] && [ -L .gemini/agents ] && [ -L .github/agents/triage.agent.md ] ||
    fail "the symlinks of tests/layout are missing (a checkout without symlinks?)"

"$bin" --no-config . >"$tmp/all" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "whole tree: exit $rc: $(cat "$tmp/err")"
"$bin" --no-config --show-files . >"$tmp/files" 2>"$tmp/err" || fail "--show-files: $(cat "$tmp/err")"
if [ "${UPDATE:-}" = 1 ]; then
    cp "$tmp/all" "$src/tests/golden/layout.txt"
    cp "$tmp/files" "$src/tests/golden/layout-files.txt"
    echo "updated tests/golden/layout.txt and layout-files.txt"
    exit 0
fi
diff -u "$src/tests/golden/layout.txt" "$tmp/all" || fail "the whole tree differs from its golden output"
diff -u "$src/tests/golden/layout-files.txt" "$tmp/files" || fail "the kinds differ from their golden list"

# Each file named alone: the same findings, in the same order, as in the
# whole run (no check across files finds anything in this tree).
n=0
while IFS=$'\t' read -r path kind why; do
    "$bin" --no-config "$path" >"$tmp/one" 2>/dev/null
    grep -F -- "$path:" "$tmp/all" | grep -E "^$(printf '%s' "$path" | sed 's/[.[\*^$]/\\&/g'):[0-9]+:" >"$tmp/want"
    diff -u "$tmp/want" "$tmp/one" || fail "$path ($kind) named alone differs from the whole run"
    kind_alone=$("$bin" --no-config --show-files "$path" | cut -f2)
    [ "$kind_alone" = "$kind" ] || fail "$path: $kind_alone alone, $kind in the tree"
    n=$((n + 1))
done <"$tmp/files"
[ "$n" -ge 25 ] || fail "only $n files"

# A shared file named by its own path (as git lists it, and pre-commit names
# it) is linted where the tools read it: the same findings as the walk's.
"$bin" --no-config .agent-defs/elixir-expert.md >"$tmp/one" 2>/dev/null
grep -E '^\./\.(claude|gemini)/agents/elixir-expert\.md:' "$tmp/all" | sed 's|^\./||' >"$tmp/want"
diff -u "$tmp/want" "$tmp/one" || fail "the shared file named by its own path"
"$bin" --no-config .ai/agents/triage.md >"$tmp/one" 2>/dev/null
grep -E '^\./\.github/agents/triage\.agent\.md:' "$tmp/all" | sed 's|^\./||' >"$tmp/want"
diff -u "$tmp/want" "$tmp/one" || fail "the linked Copilot agent named by its own path"

# The shared file is linted once per kind, the file it links to not at all.
grep -q '^\./\.claude/agents/elixir-expert\.md	agent	' "$tmp/files" || fail "the Claude Code path"
grep -q '^\./\.gemini/agents/elixir-expert\.md	gemini-agent	' "$tmp/files" || fail "the Gemini CLI path"
grep -q '^\./\.agent-defs/' "$tmp/files" && fail "the shared folder's own path was linted too"
grep -q '^\./\.ai/' "$tmp/files" && fail "the Copilot agent's own path was linted as a guess"
echo "layout: $n files, whole tree and each file alone match"
