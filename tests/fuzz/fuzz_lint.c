/* libFuzzer target: the whole pipeline on any bytes (see harness.c).
 *
 *   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAGENTLINT_FUZZ=ON
 *   cmake --build build-fuzz -j2 --target fuzz_lint
 *   build-fuzz/tests/fuzz/fuzz_lint -dict=tests/fuzz/agentlint.dict \
 *       -max_len=65536 -timeout=2 -rss_limit_mb=2048 CORPUS tests/fuzz/seeds */
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return al_fuzz_init();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return al_fuzz_one(data, size);
}
