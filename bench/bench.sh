#!/usr/bin/env bash
# Speed and memory of agentlint against a bare cmark + libyaml parse of the same files
# (the parse floor), in one run, side by side.
#
# Usage: bench/bench.sh [DIR] [COPIES] [CCLINT]
#   DIR     the agent files (default: tests/data/agents)
#   COPIES  the set is copied this many times for the large run (default: 10)
#   CCLINT  path of a cclint executable to time on the large set too (optional;
#           `npm install @carlrannaberg/cclint` puts one in node_modules/.bin)
#
# Prints, for the set and for the set x COPIES: wall time (best of 5), files/s,
# MB/s, peak RSS (GNU time), CPU time over the floor and -jN/-j1 throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-tests/data/agents}
copies=${2:-10}
cclint=${3:-}
[ -z "$cclint" ] || cclint=$(readlink -f "$cclint") # run from the set's folder
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DAGENTLINT_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
cc -O2 -o build-bench/bare_parse bench/bare_parse.c $(pkg-config --cflags --libs libcmark yaml-0.1)
bin=build-bench/agentlint
ncpu=$(nproc)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The files sit in .claude/agents, where both tools look for agents (cclint
# only lints what it finds under its working folder's .claude/agents).
mkdir -p "$work/one/.claude/agents"
cp -r "$src"/. "$work/one/.claude/agents/"
for i in $(seq 1 "$copies"); do
    mkdir -p "$work/many/.claude/agents/$i"
    cp -r "$src"/. "$work/many/.claude/agents/$i/"
done

# best of 5 runs of a command, in seconds: wall (elapsed) or cpu (user + sys)
best() {
    local what=$1 best=999999 t
    shift
    for _ in 1 2 3 4 5; do
        t=$(/usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -n1)
        case $what in
        wall) t=$(echo "$t" | awk '{print $1}') ;;
        cpu) t=$(echo "$t" | awk '{print $2 + $3}') ;;
        esac
        best=$(echo "$t $best" | awk '{print ($1 < $2) ? $1 : $2}')
    done
    echo "$best"
}
# peak resident set size of one run, in MB
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n1 | awk '{printf "%.1f", $1 / 1024}'; }
# agentlint exits 1 when it finds something: that is a successful run here
lint() { "$bin" -q "$@" || [ $? -le 1 ]; }
export -f lint
export bin

row() { # NAME SECONDS PEAK_MB
    awk -v name="$1" -v t="$2" -v n="$n" -v b="$bytes" -v m="$3" 'BEGIN {
        if (t < 0.001) t = 0.001;
        printf "| %s | %.3f s | %.0f | %.1f | %s MB |\n", name, t, n / t, b / t / 1e6, m }'
}

table() { # DIR LABEL
    local dir=$1 label=$2
    mapfile -t files < <(find "$dir" -name '*.md' | sort)
    n=${#files[@]}
    bytes=$(cat "${files[@]}" | wc -c)
    local floor one all cpu_floor cpu_one
    floor=$(best wall build-bench/bare_parse "${files[@]}")
    cpu_floor=$(best cpu build-bench/bare_parse "${files[@]}")
    one=$(best wall bash -c 'lint -j1 "$@"' bash "$dir")
    cpu_one=$(best cpu bash -c 'lint -j1 "$@"' bash "$dir")
    all=$(best wall bash -c "lint -j$ncpu \"\$@\"" bash "$dir")
    echo "## $label: $n files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')"
    echo
    echo "| | wall | files/s | MB/s | peak RSS |"
    echo "|---|---:|---:|---:|---:|"
    row "cmark + libyaml (floor)" "$floor" "$(peak build-bench/bare_parse "${files[@]}")"
    row "agentlint -j1" "$one" "$(peak "$bin" -q -j1 "$dir")"
    row "agentlint -j$ncpu" "$all" "$(peak "$bin" -q -j"$ncpu" "$dir")"
    if [ -n "$cclint" ]; then
        local tc
        # `cclint agents` in the folder: the same agent files, nothing else
        tc=$(best wall bash -c 'cd "$1" && "$0" agents --quiet || true' "$cclint" "$dir")
        row "cclint" "$tc" "$(peak bash -c 'cd "$1" && "$0" agents --quiet || true' "$cclint" "$dir")"
        awk -v a="$all" -v c="$tc" 'BEGIN { printf "\ncclint / agentlint -j'"$ncpu"', wall: %.2fx\n", c / a }'
    fi
    echo
    awk -v a="$cpu_one" -v b="$cpu_floor" 'BEGIN { if (b < 0.001) b = 0.001;
        printf "one core, CPU time / floor: %.2fx\n", a / b }'
    awk -v a="$one" -v b="$all" -v j="$ncpu" 'BEGIN { if (b < 0.001) b = 0.001;
        printf "-j%d / -j1 throughput: %.2fx\n\n", j, a / b }'
}

table "$work/one" "set"
table "$work/many" "set x $copies"
