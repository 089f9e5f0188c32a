#!/usr/bin/env bash
# Lints every file of the agent corpus (tests/data/agents) in one run: no crash, no sanitizer
# report, exit status 0 or 1, and the number of findings per rule equal to
# the committed tally (so a change in a rule's behaviour shows in review).
# To accept a reviewed change: UPDATE=1 ctest -R corpus_agents
set -uo pipefail
bin=$1 corpus=$2 tally=$3
if [ ! -d "$corpus" ]; then
    echo "corpus not found: $corpus" >&2
    exit 1
fi
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$bin" "$corpus" >"$out" 2>"$err"
rc=$?
if [ "$rc" -gt 1 ]; then
    echo "agentlint exited with $rc over the corpus" >&2
    tail -n 20 "$err" >&2
    exit 1
fi
files=$(find "$corpus" -name '*.md' | wc -l)
grep -q "agentlint: $files files checked" "$err" || { echo "not every file was checked:" >&2; cat "$err" >&2; exit 1; }
actual=$(sed -n 's/.*\[\([A-Z]*[0-9]*\) \([a-z0-9-]*\)\]$/\1 \2/p' "$out" | sort | uniq -c | awk '{printf "%s %s %d\n", $2, $3, $1}')
actual=$(printf '# findings per rule over the corpus (%s files)\n%s\n' "$files" "$actual")
if [ "${UPDATE:-}" = 1 ]; then
    printf '%s\n' "$actual" >"$tally"
    echo "updated $tally"
    exit 0
fi
if ! diff -u "$tally" <(printf '%s\n' "$actual"); then
    echo "the tally changed: review the findings, then UPDATE=1 ctest -R corpus_agents" >&2
    exit 1
fi
echo "corpus: $files files, exit $rc, tally matches"
