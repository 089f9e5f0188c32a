#!/usr/bin/env bash
# Builds the libFuzzer target with clang and runs it: 2 processes (the
# machine is shared), crashes/timeouts/leaks saved under WORK/artifacts and
# the run continuing past them. Usage: tests/fuzz/run.sh [SECONDS] [WORK]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-600}
work=${2:-/tmp/agentlint-fuzz}
mkdir -p "$work/corpus" "$work/artifacts"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAGENTLINT_FUZZ=ON -DAGENTLINT_TESTS=OFF >/dev/null
cmake --build build-fuzz -j2 --target fuzz_lint >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec build-fuzz/tests/fuzz/fuzz_lint -fork=2 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -dict=tests/fuzz/agentlint.dict -max_len=${AGENTLINT_FUZZ_MAX_LEN:-4096} -timeout=2 -rss_limit_mb=2048 \
    -max_total_time="$secs" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
    "$work/corpus" tests/fuzz/seeds tests/fuzz/regressions
