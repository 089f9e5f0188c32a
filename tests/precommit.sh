#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml run by Debian's pre-commit in a
# throwaway repository: 30 agents, two of them with one name (placed so that
# pre-commit's batches, one per CPU, would separate them without
# require_serial), and a README; a file of each other kind the hooks cover
# (skill, command, rule, spec, plugin, Copilot, Gemini CLI, Cursor), and
# READMEs and docs pages with agent-like front matter that must get no
# finding. The hooks are this repository's own, turned into `repo: local`
# hooks (no network) whose entry is the built binary.
# usage: precommit.sh AGENTLINT SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (scripts/deps.sh)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export PRE_COMMIT_HOME="$dir/cache" GIT_CONFIG_NOSYSTEM=1 HOME="$dir"
repo="$dir/repo"
mkdir -p "$repo/.claude/agents"
cd "$repo" || exit 1
git init -q . && git config user.email t@example.org && git config user.name test

for i in $(seq -w 0 29); do
    name="agent-$i"
    [ "$i" = 29 ] && name="agent-00" # the duplicate, as far from its twin as can be
    printf -- '---\nname: %s\ndescription: Agent %s.\ntools: Read, Grep\n---\nBody.\n' "$name" "$i" \
        >".claude/agents/agent-$i.md"
done
printf '# Our agents\n\nOne file per agent.\n' >.claude/agents/README.md
# One file of each other kind the hooks' files: cover, each with one finding
# that shows it was linted as that kind; README and docs pages beside them,
# with agent-like front matter, get no agent finding.
mkdir -p .claude/skills/pdf/references .claude/commands .claude/rules specs docs/agents \
    plugins/p/.claude-plugin plugins/p/agents .github/agents .github/prompts .gemini/agents .cursor/rules
printf -- '---\nname: pdf\ndescription: Fill PDF forms.\nuser-invokable: true\n---\nBody.\n' >.claude/skills/pdf/SKILL.md
printf -- '---\nname: not-an-agent\ndescription: A reference page.\ntools: Read\n---\nBody.\n' >.claude/skills/pdf/references/forms.md
printf -- '---\ndescription: Deploy.\nallowed-tools: Bash, MultiEdit\n---\nDeploy.\n' >.claude/commands/deploy.md
printf -- '---\nglobs: "lib/**/*.ex"\n---\nUse Ecto.\n' >.claude/rules/ecto.md
printf -- '---\nname: spec-a\ndescription: Reviews code.\ntools: Read\n---\nBody.\n' >specs/a.md
printf -- '---\nname: spec-b\ndescripton: Reviews code.\ntools: Read, MultiEdit\n---\nBody.\n' >specs/b.md
printf '# Specs\n\n---\nname: x\ndescription: y\n---\n' >specs/README.md
printf -- '---\nname: guide\ndescription: A guide page.\ntools: Read\n---\nText.\n' >docs/agents/guide.md
printf '{"name": "Bad Name"}\n' >plugins/p/.claude-plugin/plugin.json
printf -- '---\nname: helper\ndescription: Helps.\nmodel: sonet\n---\nBody.\n' >plugins/p/agents/helper.md
printf -- '---\ndescription: Reviews.\ninfer: false\n---\nBody.\n' >.github/agents/rev.agent.md
printf -- '---\nmode: agent\n---\nDo it.\n' >.github/prompts/do.prompt.md
printf -- '---\nname: g\ndescription: G.\ncolor: red\n---\nBody.\n' >.gemini/agents/g.md
printf -- '---\ndescription: d\nglobz: "*.ex"\n---\nRule.\n' >.cursor/rules/ex.mdc

# The manifest's hooks as local hooks: same fields, the entry's program
# replaced by the built binary.
python3 - "$src/.pre-commit-hooks.yaml" "$bin" >.pre-commit-config.yaml <<'EOF' || fail "manifest"
import sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
for h in hooks:
    assert h.get("require_serial") is True, h["id"] + ": require_serial"
    h["entry"] = h["entry"].replace("agentlint", sys.argv[2], 1)
    h.pop("description", None)
print(yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, sort_keys=False))
EOF
git add -A && git commit -qm init || fail "git commit"

out=$(pre-commit run agentlint --all-files 2>&1); rc=$?
[ "$rc" -ne 0 ] || fail "the duplicate name must fail the hook: $out"
findings=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note):' <<<"$out")
grep -q '^\.claude/agents/agent-29\.md:2:7: warning: .*\[CC004 duplicate-name\]' <<<"$findings" ||
    fail "the duplicate name, across pre-commit's batches: $out"
# Every kind is linted as what it is (its finding on the right file) ...
for want in '^\.claude/skills/pdf/SKILL\.md:4:1: .*\[SK001 ' '^\.claude/commands/deploy\.md:3:.*\[CC011 ' \
    '^\.claude/rules/ecto\.md:2:1: .*\[CR002 ' '^specs/b\.md:1:1: error: .*\[CC006 ' \
    '^specs/b\.md:4:.*\[CC011 ' '^plugins/p/\.claude-plugin/plugin\.json:1:.*\[PL003 ' \
    '^plugins/p/agents/helper\.md:4:.*\[CC017 ' '^\.github/agents/rev\.agent\.md:3:1: .*\[CP004 ' \
    '^\.github/prompts/do\.prompt\.md:2:1: .*\[CP004 ' '^\.gemini/agents/g\.md:4:1: .*\[GM002 ' \
    '^\.cursor/rules/ex\.mdc:3:1: .*\[CU001 '; do
    grep -q "$want" <<<"$findings" || fail "no finding matching $want: $out"
done
# ... and the READMEs, a skill's reference page and a docs page get no
# finding at all, whatever their front matter.
grep -E '^(\.claude/agents/README|specs/README|\.claude/skills/pdf/references/forms|docs/agents/guide)\.md:' \
    <<<"$findings" && fail "a README or docs file got a finding"
n=$(grep -c . <<<"$findings")
[ "$n" -eq 13 ] || fail "13 findings expected, got $n: $findings"

# agentlint-fix: a retired tool is renamed; the hook fails because it changed a file.
printf -- '---\nname: old-one\ndescription: Old.\ntools: Read, MultiEdit\n---\nBody.\n' >.claude/agents/old.md
git add .claude/agents/old.md
out=$(pre-commit run agentlint-fix --files .claude/agents/old.md 2>&1); rc=$?
[ "$rc" -ne 0 ] && grep -q "files were modified by this hook" <<<"$out" || fail "agentlint-fix: $out"
grep -q '^tools: Read, Edit$' .claude/agents/old.md || fail "agentlint-fix did not fix: $(cat .claude/agents/old.md)"
git add .claude/agents/old.md
out=$(pre-commit run agentlint-fix --files .claude/agents/old.md 2>&1) || fail "agentlint-fix, second run: $out"
echo "precommit: ok"
