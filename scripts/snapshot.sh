#!/usr/bin/env bash
# Every output agentlint gives over the test sets, one file each, for a change
# that must not change output (moving code, merging copies):
#
#   scripts/snapshot.sh build-before/agentlint /tmp/before
#   scripts/snapshot.sh build/agentlint /tmp/after
#   diff -r /tmp/before /tmp/after
#
# Each set (specs, tests/data, tests/kinds, tests/fix_shapes, tests/layout) in
# every format, with --show-files, --statistics, --diff --unsafe-fixes and its
# configuration; --list-rules, every --explain and --help. Nothing is
# written to the tree.
# usage: snapshot.sh AGENTLINT OUTDIR
set -u
[ $# -eq 2 ] || { echo "usage: snapshot.sh AGENTLINT OUTDIR" >&2; exit 2; }
bin=$(readlink -f "$1")
out=$(mkdir -p "$2" && readlink -f "$2") || exit 2
# A folder of files of its own is not emptied: only an earlier snapshot.
if [ -n "$(ls -A "$out")" ] && [ ! -f "$out/.agentlint-snapshot" ]; then
    echo "snapshot.sh: $out holds other files; give an empty or new folder" >&2
    exit 2
fi
find "$out" -mindepth 1 -maxdepth 1 -type f -delete
touch "$out/.agentlint-snapshot"
cd "$(dirname "$0")/.." || exit 2
sets=(specs tests/data tests/kinds tests/fix_shapes tests/layout)
for fmt in gcc full json sarif github gitlab checkstyle junit; do
    for s in "${sets[@]}"; do
        n=$(echo "$s" | tr / _)
        "$bin" --no-config -j2 -f "$fmt" "$s" >"$out/$n.$fmt" 2>"$out/$n.$fmt.err"
        echo "rc=$?" >>"$out/$n.$fmt.err"
    done
done
for s in "${sets[@]}"; do
    n=$(echo "$s" | tr / _)
    "$bin" -j2 --show-files "$s" >"$out/$n.files" 2>&1
    "$bin" -j2 --statistics "$s" >"$out/$n.stats" 2>&1
    "$bin" -j2 --diff --unsafe-fixes "$s" >"$out/$n.diff" 2>&1
    "$bin" -j2 -f json "$s" >"$out/$n.cfg.json" 2>&1
done
"$bin" --list-rules >"$out/list-rules" 2>&1
"$bin" --list-rules -f json >"$out/list-rules.json" 2>&1
for c in $("$bin" --list-rules | awk '{print $1}' | grep -E '^[A-Z]+[0-9]+$'); do
    "$bin" --explain "$c"
done >"$out/explain" 2>&1
"$bin" --help >"$out/help" 2>&1
echo "snapshot: $(ls "$out" | wc -l) files in $out"
