#!/usr/bin/env bash
# Builds agentlint (release) and lints the given files, by default specs/*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/deps.sh"
cmake -S . -B build-run -DCMAKE_BUILD_TYPE=Release -DAGENTLINT_TESTS=OFF >/dev/null
cmake --build build-run -j"$(nproc)" >/dev/null
if [ "$#" -eq 0 ]; then set -- specs/*.md; fi
exec ./build-run/agentlint "$@"
