#!/usr/bin/env bash
# Scaling: inputs that once took quadratic time (positions on one long line,
# duplicate names compared pairwise, fixes checked pairwise). Each must lint,
# and fix, within the time limit.
set -uo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
list() { # list FILE COUNT NAME-PREFIX(empty: the same name every time)
    { printf -- '---\nname: s\ndescription: d\ntools: '
      for i in $(seq 1 "$2"); do printf '%s%s, ' "${3:-Read}" "${3:+$i}"; done
      printf 'Read\n---\nBody.\n'; } >"$1"
}
list "$dir/unknown.md" 30000 Tool
list "$dir/dup.md" 30000 ""
for f in unknown dup; do
    timeout 20 "$bin" "$dir/$f.md" >/dev/null 2>&1
    [ $? -le 1 ] || fail "$f.md: crash or timeout"
    timeout 30 "$bin" --fix --unsafe-fixes "$dir/$f.md" >/dev/null 2>&1
    [ $? -le 1 ] || fail "$f.md --fix: crash or timeout"
done
grep -q "^tools: Read$" "$dir/dup.md" || fail "dup.md: duplicates not all removed"
echo ok
