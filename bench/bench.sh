#!/usr/bin/env bash
# Speed of agentlint against a bare cmark + libyaml parse of the same files.
# Usage: bench/bench.sh [DIR] [COPIES]   (default: tests/data/agents, 10 copies)
# Prints files/s and MB/s for both, on one core, best of 5 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-tests/data/agents}
copies=${2:-10}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DAGENTLINT_TESTS=OFF >/dev/null
cmake --build build-bench -j2 >/dev/null
cc -O2 -o build-bench/bare_parse bench/bare_parse.c $(pkg-config --cflags --libs libcmark yaml-0.1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do mkdir -p "$work/$i"; cp -r "$src"/. "$work/$i/"; done
mapfile -t files < <(find "$work" -name '*.md' | sort)
bytes=$(cat "${files[@]}" | wc -c)
n=${#files[@]}

best() { # best wall time of 5 runs, in seconds
    local best=999999 t
    TIMEFORMAT=%R
    for _ in 1 2 3 4 5; do
        t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -n1)
        best=$(echo "$t $best" | awk '{print ($1 < $2) ? $1 : $2}')
    done
    echo "$best"
}
report() {
    awk -v name="$1" -v t="$2" -v n="$n" -v b="$bytes" 'BEGIN {
        if (t < 0.001) t = 0.001;
        printf "%-22s %7.3f s  %9.0f files/s  %7.1f MB/s\n", name, t, n / t, b / t / 1e6 }'
}
echo "$n files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')"
t_bare=$(best build-bench/bare_parse "${files[@]}")
t_one=$(best sh -c 'build-bench/agentlint -j1 "$@" || [ $? -le 1 ]' sh "${files[@]}")
t_all=$(best sh -c 'build-bench/agentlint "$@" || [ $? -le 1 ]' sh "${files[@]}")
report "cmark+libyaml (bare)" "$t_bare"
report "agentlint -j1" "$t_one"
report "agentlint -j$(nproc)" "$t_all"
awk -v a="$t_one" -v b="$t_bare" 'BEGIN { if (b < 0.001) b = 0.001; printf "agentlint -j1 / bare, one core each: %.2fx\n", a / b }'
