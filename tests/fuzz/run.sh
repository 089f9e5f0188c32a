#!/usr/bin/env bash
# Builds the libFuzzer target with clang and runs it: 2 processes (the
# machine is shared), crashes/timeouts/leaks saved under WORK/artifacts and
# the run continuing past them. Usage: tests/fuzz/run.sh [SECONDS] [WORK]
# AGENTLINT_FUZZ_TARGET=fuzz_grow fuzzes the large shapes (inputs grown to
# 1 MB, seeds in tests/fuzz/grow-seeds); AGENTLINT_FUZZ_MAX_LEN sets the
# largest raw input (default 4096; up to 1048576).
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-600}
work=${2:-/tmp/agentlint-fuzz}
mkdir -p "$work/corpus" "$work/artifacts"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAGENTLINT_FUZZ=ON -DAGENTLINT_TESTS=OFF >/dev/null
target=${AGENTLINT_FUZZ_TARGET:-fuzz_lint}
case $target in
fuzz_lint) seeds=(tests/fuzz/seeds tests/fuzz/regressions) timeout=2 ;;
# a 1 MB input takes a second or two under ASan when linear, minutes when not
fuzz_grow) seeds=(tests/fuzz/grow-seeds) timeout=30 ;;
*) echo "AGENTLINT_FUZZ_TARGET: fuzz_lint or fuzz_grow" >&2; exit 2 ;;
esac
cmake --build build-fuzz -j2 --target "$target" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec build-fuzz/tests/fuzz/"$target" -fork=2 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -dict=tests/fuzz/agentlint.dict -max_len=${AGENTLINT_FUZZ_MAX_LEN:-4096} -timeout=$timeout -rss_limit_mb=2048 \
    -max_total_time="$secs" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
    "$work/corpus" "${seeds[@]}"
