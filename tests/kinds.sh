#!/usr/bin/env bash
# File kinds (issue 9): the valid tree (one valid file of every kind) lints
# clean as a whole and file by file; each broken/<kind> tree gives exactly its
# golden output (tests/golden/kinds/<kind>.txt); --kind, `kinds:` and the
# skills profile; body rules fire the same in agents, skills and commands.
# To accept a reviewed change of the golden files: UPDATE=1 ctest -R kinds
set -uo pipefail
bin=$1 src=$2
cd "$src/tests/kinds" || exit 1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the valid tree: clean as a whole ...
out=$("$bin" valid 2>"$tmp/err"); rc=$?
[ "$rc" -eq 0 ] && [ -z "$out" ] || fail "valid tree: rc=$rc $out"
grep -q "0 errors, 0 warnings, 0 notes" "$tmp/err" || fail "valid tree: $(cat "$tmp/err")"
# ... and file by file (pre-commit and editors name files one by one)
n=0
while IFS= read -r -d '' f; do
    out=$("$bin" "$f" 2>&1 >/dev/null | grep -v "0 errors, 0 warnings, 0 notes"; "$bin" -q "$f")
    [ -z "$out" ] || fail "$f alone: $out"
    n=$((n + 1))
done < <(find valid -type f \( -name '*.md' -o -name '*.mdc' -o -name '*.json' \) -print0 | sort -z)
[ "$n" -ge 16 ] || fail "only $n valid files"

# every kind of the valid tree is what its path says
"$bin" --format json valid 2>/dev/null | python3 -c '
import json, sys
kinds = {f["file"]: f["kind"] for f in json.load(sys.stdin)["files"]}
want = {
    "valid/.claude/agents/elixir-reviewer.md": "agent",
    "valid/.claude/agents/README.md": "documentation",
    "valid/.claude/skills/elixir-testing/SKILL.md": "skill",
    "valid/.claude/commands/hello.md": "command",
    "valid/.claude-plugin/marketplace.json": "plugin-manifest",
    "valid/plugins/alpha/.claude-plugin/plugin.json": "plugin-manifest",
    "valid/plugins/beta/agents/review/security.md": "agent",
    "valid/plugins/beta/commands/check.md": "command",
    "valid/CLAUDE.md": "memory",
    "valid/AGENTS.md": "memory",
    "valid/.claude/settings.json": "settings",
    "valid/.mcp.json": "mcp-config",
    "valid/plugins/alpha/hooks/hooks.json": "plugin-hooks",
    "valid/docs/guide.md": "documentation",
    "valid/.github/agents/elixir-reviewer.agent.md": "copilot-agent",
    "valid/.github/agents/docs-writer.md": "copilot-agent",
    "valid/.opencode/agents/elixir-reviewer.md": "opencode-agent",
    "valid/.opencode/agent/explainer.md": "opencode-agent",
    "valid/.gemini/agents/elixir-reviewer.md": "gemini-agent",
    "valid/.cursor/agents/elixir-pairing.md": "cursor-agent",
    "valid/.cursor/rules/elixir.mdc": "cursor-rule",
    "valid/.cursor/rules/always.mdc": "cursor-rule",
}
bad = {f: (kinds.get(f), k) for f, k in want.items() if kinds.get(f) != k}
sys.exit("kinds differ (got, want): %r" % bad if bad else 0)
' || fail "kinds of the valid tree"

# --show-files names the .claude/ surface's files by their kinds
out=$("$bin" --show-files valid 2>/dev/null)
for want in "valid/.claude/settings.json	settings" "valid/.mcp.json	mcp-config" \
    "valid/plugins/alpha/hooks/hooks.json	plugin-hooks" "valid/CLAUDE.md	memory"; do
    grep -qF "$want" <<<"$out" || fail "--show-files: no '$want'"
done

# the broken trees: golden output per kind
for d in broken/*/; do
    kind=$(basename "$d")
    golden="$src/tests/golden/kinds/$kind.txt"
    (cd "$d" && "$bin" . 2>/dev/null) >"$tmp/out"
    if [ "${UPDATE:-}" = 1 ]; then
        mkdir -p "$(dirname "$golden")"
        cp "$tmp/out" "$golden"
        continue
    fi
    diff -u "$golden" "$tmp/out" || fail "broken/$kind differs from its golden output"
done

# --kind for stdin and editors; an unknown kind is a usage error
printf -- '---\nname: x\ndescription: d\ntools: Read\n---\nBody.\n' >"$tmp/in.md"
out=$("$bin" --kind skill --stdin-filename notes.md - <"$tmp/in.md" 2>/dev/null)
grep -q "SK003" <<<"$out" || fail "--kind skill: $out"
out=$("$bin" --kind agent --format json - <"$tmp/in.md" 2>/dev/null)
grep -q '"kind": "agent"' <<<"$out" || fail "--kind agent in JSON: $out"
"$bin" --kind robot "$tmp/in.md" >/dev/null 2>"$tmp/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "unknown kind 'robot'" "$tmp/err" || fail "--kind robot: rc=$rc"

# kinds: in .agentlint.yml; an unknown kind stops the run with file:line:col
mkdir -p "$tmp/proj/prompts"
cp "$tmp/in.md" "$tmp/proj/prompts/a.md"
printf 'kinds:\n  "prompts/*.md": skill\n' >"$tmp/proj/.agentlint.yml"
out=$("$bin" "$tmp/proj/prompts/a.md" 2>/dev/null)
grep -q "SK003" <<<"$out" || fail "kinds: glob: $out"
printf 'kinds:\n  "prompts/*.md": robot\n' >"$tmp/proj/.agentlint.yml"
"$bin" "$tmp/proj/prompts/a.md" >/dev/null 2>"$tmp/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "\.agentlint\.yml:2:19: .*unknown kind \`robot\`" "$tmp/err" ||
    fail "unknown kind in config: rc=$rc $(cat "$tmp/err")"

# body rules run the same on every kind: one body as agent, skill, command, docs
mkdir -p "$tmp/b/.claude/agents" "$tmp/b/.claude/skills/s" "$tmp/b/.claude/commands"
body='Use `x`\xe2\x80\x8b here.\n\n```elixir\nLogger.warn("x")\ndef f(, do: 1\n```\n\n```json\n{"a": 1,}\n```\n\ntoken = "ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ"\n'
printf -- "---\nname: a\ndescription: d\n---\n$body" >"$tmp/b/.claude/agents/a.md"
printf -- "---\nname: s\ndescription: d\n---\n$body" >"$tmp/b/.claude/skills/s/SKILL.md"
printf -- "---\ndescription: d\nargument-hint: x\n---\n$body" >"$tmp/b/.claude/commands/c.md"
for f in .claude/agents/a.md .claude/skills/s/SKILL.md .claude/commands/c.md; do
    (cd "$tmp/b" && "$bin" "$f" 2>/dev/null) | sed 's/^[^:]*:\([0-9]*\):[0-9]*: .*\[\([A-Z0-9]*\) .*/\1 \2/' >"$tmp/$(basename "$f").codes"
done
[ -s "$tmp/a.md.codes" ] || fail "no body findings"
for c in EN010 EX001 EXA002 BD005 SEC001; do grep -q "$c" "$tmp/a.md.codes" || fail "body rule $c did not fire"; done
diff "$tmp/a.md.codes" "$tmp/SKILL.md.codes" || fail "body rules differ in a skill"
diff "$tmp/a.md.codes" "$tmp/c.md.codes" || fail "body rules differ in a command"
# a symlinked skill folder is followed once
mkdir -p "$tmp/sl/vendored/pdf" "$tmp/sl/.claude/skills"
printf -- '---\ndescription: d\n---\nB.\n' >"$tmp/sl/vendored/pdf/SKILL.md"
ln -s ../../vendored/pdf "$tmp/sl/.claude/skills/pdf"
(cd "$tmp/sl" && "$bin" . 2>&1 >/dev/null) | grep -q "1 file checked" || fail "symlinked skill folder"
(cd "$tmp/sl" && "$bin" --format json . 2>/dev/null) | grep -q '"kind": "skill"' || fail "symlinked skill kind"

echo "kinds: valid tree clean, broken trees match their golden output"
