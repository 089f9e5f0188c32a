#!/usr/bin/env bash
# Builds agentlint with -Werror under AddressSanitizer and UndefinedBehaviorSanitizer
# and runs the whole test suite with ctest. Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/deps.sh"
# The Python modules the tests use come from Debian's packages: use Debian's
# python3 even when another one (pyenv, a venv) comes first in PATH.
py=()
if [ -x /usr/bin/python3 ]; then py=(-DPython3_EXECUTABLE=/usr/bin/python3); fi
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DAGENTLINT_WERROR=ON -DAGENTLINT_SANITIZE=ON "${py[@]}" >/dev/null
cmake --build build-test -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
