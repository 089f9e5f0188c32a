#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml run by Debian's pre-commit in a
# throwaway repository: 30 agents, two of them with one name (placed so that
# pre-commit's batches, one per CPU, would separate them without
# require_serial), and a README. The hooks are this repository's own, turned
# into `repo: local` hooks (no network) whose entry is the built binary.
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
# The README, named by pre-commit, is documentation: nothing else is reported.
others=$(grep -v 'CC004 duplicate-name' <<<"$findings")
[ -z "$others" ] || fail "only the duplicate: $others"

# agentlint-fix: a retired tool is renamed; the hook fails because it changed a file.
printf -- '---\nname: old-one\ndescription: Old.\ntools: Read, MultiEdit\n---\nBody.\n' >.claude/agents/old.md
git add .claude/agents/old.md
out=$(pre-commit run agentlint-fix --files .claude/agents/old.md 2>&1); rc=$?
[ "$rc" -ne 0 ] && grep -q "files were modified by this hook" <<<"$out" || fail "agentlint-fix: $out"
grep -q '^tools: Read, Edit$' .claude/agents/old.md || fail "agentlint-fix did not fix: $(cat .claude/agents/old.md)"
git add .claude/agents/old.md
out=$(pre-commit run agentlint-fix --files .claude/agents/old.md 2>&1) || fail "agentlint-fix, second run: $out"
echo "precommit: ok"
