#!/usr/bin/env bash
# The command line of the core issue: exit statuses, directory walking, order
# of output, documentation files, --explain and --list-rules.
set -uo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$dir/agents/sub" "$dir/agents/.git" "$dir/agents/node_modules"
printf -- '---\nname: b-agent\ndescription: B.\ntools: Read, Grpe\n---\nBody.\n' >"$dir/agents/b.md"
printf -- '---\nname: a-agent\ndescription: A.\n---\nBody.\n' >"$dir/agents/a.md"
printf -- '---\nname: c-agent\ndescription: C.\nmodel: sonet\n---\nBody.\n' >"$dir/agents/sub/c.md"
printf '# About these agents\n' >"$dir/agents/README.md"
printf 'not markdown\n' >"$dir/agents/notes.txt"
printf -- '---\nname: hidden\n---\n' >"$dir/agents/.git/x.md"
printf -- '---\nname: dep\n---\n' >"$dir/agents/node_modules/x.md"

# clean file: exit 0, no output
out=$("$bin" "$dir/agents/a.md" 2>/dev/null); rc=$?
[ "$rc" -eq 0 ] && [ -z "$out" ] || fail "clean file: rc=$rc out=$out"

# directory: sorted walk, .git and node_modules skipped, README documentation (body rules only)
out=$("$bin" "$dir/agents" 2>"$dir/err"); rc=$?
[ "$rc" -eq 1 ] || fail "directory: rc=$rc"
expected="$dir/agents/b.md:4:14: warning: unknown tool \`Grpe\` in \`tools\`: did you mean \`Grep\`? As written, Claude Code drops it from the list [CC010 unknown-tool]
$dir/agents/sub/c.md:4:8: warning: unknown model \`sonet\`: did you mean \`sonnet\`? Claude Code does not recognise this value [CC017 unknown-model]"
[ "$out" = "$expected" ] || { diff <(echo "$expected") <(echo "$out"); fail "directory output"; }
grep -q "agentlint: 4 files checked: 0 errors, 2 warnings, 0 notes" "$dir/err" || fail "summary: $(cat "$dir/err")"

# documentation: a README beside the agents is clean, even when named (as pre-commit names files)
out=$("$bin" "$dir/agents/README.md" 2>/dev/null) || fail "README named explicitly must be clean: $out"
[ -z "$out" ] || fail "README named explicitly: $out"
out=$("$bin" "$dir/agents" 2>/dev/null | grep -c note); [ "$out" -eq 0 ] || fail "note count"
mkdir "$dir/docs"; printf '# Docs\n' >"$dir/docs/guide.md"
"$bin" "$dir/docs" >/dev/null 2>&1 || fail "a directory with only documentation must exit 0"

# argument order is kept; a missing file is exit 2 and the others still reported
out=$("$bin" "$dir/agents/sub/c.md" "$dir/nope.md" "$dir/agents/b.md" 2>"$dir/err"); rc=$?
[ "$rc" -eq 2 ] || fail "missing file: rc=$rc"
[ "$(echo "$out" | head -1 | cut -d: -f1)" = "$dir/agents/sub/c.md" ] || fail "order: $out"
echo "$out" | grep -q "b.md" || fail "other files not linted"
grep -q "nope.md: No such file or directory" "$dir/err" || fail "missing file message"

# the same file twice, or named and found in its directory: linted once
out=$("$bin" "$dir/agents/b.md" "$dir/agents" "$dir/agents/b.md" 2>"$dir/err")
[ "$(grep -c 'b.md' <<<"$out")" -eq 1 ] || fail "duplicate path linted twice: $out"
grep -q "CC004" <<<"$out" && fail "a file clashed with itself"
grep -q "4 files checked" "$dir/err" || fail "dedupe count: $(cat "$dir/err")"

# usage errors
"$bin" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no arguments must exit 2"
"$bin" --no-such-option x >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option must exit 2"
"$bin" --explain no-such-rule >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown rule must exit 2"

# --explain by code and by name; --list-rules has every rule
"$bin" --explain CC010 | grep -q "^## Example" || fail "--explain CC010"
[ "$("$bin" --explain unknown-tool)" = "$("$bin" --explain cc010)" ] || fail "--explain by name"
n=$("$bin" --list-rules | tail -n +2 | wc -l)
[ "$n" -ge 29 ] || fail "--list-rules lists $n rules"
"$bin" --version | grep -q "^agentlint [0-9]" || fail "--version"

# --show-files: each file with its kind; a newline in a name is escaped, not a new line
mkdir -p "$dir/show/.claude/agents"
printf -- '---\nname: a\ndescription: b\n---\nx\n' >"$dir/show/.claude/agents/$(printf 'x\nfake.md')"
out=$("$bin" --show-files "$dir/show")
[ "$(wc -l <<<"$out")" -eq 1 ] || fail "--show-files: one line per file: $out"
grep -qF 'x\nfake.md	agent' <<<"$out" || fail "--show-files escaping or kind: $out"
# a configuration or baseline error names its path escaped: an escape code in a
# folder name does not reach the terminal
cfgdir="$dir/$(printf 'c\033[31mred')"
mkdir -p "$cfgdir"
printf 'rules: [\n' >"$cfgdir/.agentlint.yml"
printf -- '---\nname: a\ndescription: b\n---\nx\n' >"$cfgdir/a.md"
err=$("$bin" "$cfgdir/a.md" 2>&1 >/dev/null); rc=$?
[ "$rc" -eq 2 ] || fail "bad configuration: rc=$rc"
grep -qF 'c\x1B[31mred/.agentlint.yml:2:1: invalid YAML' <<<"$err" || fail "configuration error path not escaped: $err"
grep -q $'\033' <<<"$err" && fail "raw escape code in a configuration error: $err"
printf 'X\033Y\tf\tabc\n' >"$cfgdir/baseline"
err=$("$bin" --no-config --baseline "$cfgdir/baseline" "$dir/agents/a.md" 2>&1 >/dev/null)
grep -qF 'red/baseline:1: note: no rule `X\x1BY`' <<<"$err" || fail "baseline note not escaped: $err"
grep -q $'\033' <<<"$err" && fail "raw escape code in a baseline note: $err"
# --timings: the same findings on standard output, each stage's CPU time on standard error
plain=$("$bin" "$dir/agents" 2>/dev/null)
timed=$("$bin" --timings "$dir/agents" 2>"$dir/err")
[ "$plain" = "$timed" ] || fail "--timings changed the findings"
for stage in "walk, configuration" "read" "source" "front matter" "markdown" "snippets" "rules" "output" "total"; do
    grep -q "^agentlint: $stage .* s .* %$" "$dir/err" || fail "--timings: no $stage row: $(cat "$dir/err")"
done
grep -q "^agentlint: total .* 100.0 %$" "$dir/err" || fail "--timings: total is not 100 %"
"$bin" "$dir/agents" 2>&1 >/dev/null | grep -q "CPU time" && fail "timings printed without --timings"
echo "cli: ok"
