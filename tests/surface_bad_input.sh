#!/usr/bin/env bash
# Bad input in the .claude/ surface never wins: JSON with comments and a
# trailing comma, a repeated key, nesting 10,000 deep, a 50 MB settings file,
# bytes that are not UTF-8, a hooks file that is a folder and one that is a
# FIFO, an import cycle of 1,000 files, links to /etc/passwd and out of the
# repository. Each gives a clear finding or message, in bounded time and
# memory, and the good files of the tree are still linted.
# Usage: surface_bad_input.sh AGENTLINT PEAK_RSS [--sanitized]
# (--sanitized: the sanitizers' shadow memory makes the peak meaningless)
set -uo pipefail
bin=$1 peak=$2 sanitized=${3:-}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$dir" || exit 1
git init -q . 2>/dev/null || mkdir .git

mkdir -p .claude/agents a/.claude b/.claude c/.claude d/.claude e/.claude \
    p1/.claude-plugin p1/hooks p2/.claude-plugin p2/hooks/hooks.json ring docs
printf -- '---\nname: good\ndescription: A good agent.\ntools: Read, MultiEdit\n---\nYou are good.\n' >.claude/agents/good.md
printf '{\n  // allow the tests\n  "permissions": {"allow": ["Bash(mix test *)"]}\n}\n' >a/.claude/settings.json
printf '{\n  "permissions": {"allow": ["Bash(mix test *)",]}\n}\n' >b/.claude/settings.json
printf '{\n  "model": "opus",\n  "model": "sonnet"\n}\n' >c/.claude/settings.json
{ printf '{"hooks": '; head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'; printf '}\n'; } >d/.claude/settings.json
printf '{"model": "op\xff\xfeus", "permisions": {}}\n' >e/.claude/settings.json
mkdir -p f/.claude
{ printf '{"permissions": {"allow": ['; yes '"Bash(x)",' | head -n 5000000 | tr -d '\n'; printf '"Read"]}}\n'; } >f/.claude/settings.json
size=$(wc -c <f/.claude/settings.json)
[ "$size" -gt 50000000 ] || fail "the big settings file is only $size bytes"
echo '{"name": "p1"}' >p1/.claude-plugin/plugin.json
echo '{"name": "p2"}' >p2/.claude-plugin/plugin.json
mkfifo p1/hooks/hooks.json
for i in $(seq 0 999); do printf '# ring %d\n\n@f%d.md\n' "$i" $(((i + 1) % 1000)) >ring/f$i.md; done
printf '# Guide\n' >docs/guide.md
printf '# Project\n\n@ring/f0.md\n\nSee [the guide](docs/guide.md), [passwords](/etc/passwd), [root](/etc/passwd#root), [shadow](../../../../../etc/shadow#x) and [gone](../outside/gone.md).\n' >CLAUDE.md

out=$(timeout 120 "$bin" . 2>stderr); rc=$?
cat stderr >&2
[ "$rc" -eq 2 ] || fail "exit status $rc, expected 2 (the FIFO and the folder)"
has() { grep -q -- "$1" <<<"$out" || fail "missing: $1"; }
has "a/.claude/settings.json:2:3: error: settings.json has a comment.*\[JS001 invalid-json\]"
has "b/.claude/settings.json:2:47: error: settings.json is not valid JSON: trailing comma.*\[JS001"
has "c/.claude/settings.json:2:3: warning: key \"model\" appears again on line 3.*\[JS002"
has "d/.claude/settings.json:1:.*more than 512 levels deep.*\[JS001"
has "e/.claude/settings.json:1:.*\[EN001 invalid-utf8\]"
has "e/.claude/settings.json:1:.*\[ST001 unknown-setting\]"
has "f/.claude/settings.json:1:1: error: .*over the .*-byte limit.*\[IN002 file-too-large\]"
has "CLAUDE.md:3:1: warning: .*more than 4 hops deep.*\[MM003 import-too-deep\]"
has "CLAUDE.md:5:.*link \`../outside/gone.md\`.*\[LK001 broken-link\]"
has ".claude/agents/good.md:4:.*\[CC011 retired-tool\]"
grep -q "p1/hooks/hooks.json: not a regular file" stderr || fail "the FIFO hooks file is not reported"
grep -q "p2/hooks/hooks.json: a folder" stderr || fail "the folder hooks file is not reported"
# /etc/passwd exists and is never read or shown; only the guide's link is fine
grep -q "passwd\|shadow" <<<"$out" && fail "a link out of the repository was reported or read: $out"
grep -q "root:" <<<"$out" && fail "a file out of the repository was read"
n=$(grep -c "MM003" <<<"$out")
[ "$n" -eq 1 ] || fail "$n import findings for one import"

# bounded memory: the whole tree (a 50 MB file read to its limit) under 200 MB
kb=$("$peak" "$bin" . | awk '{print $1}')
[ -n "$sanitized" ] || [ "${kb:-999999}" -lt 200000 ] || fail "peak memory ${kb} KiB"
echo "surface bad input: every file handled, peak ${kb} KiB, exit $rc"
