/* libFuzzer target: the language server's message reader and dispatcher
 * (see lsp_harness.c).
 *
 *   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAGENTLINT_FUZZ=ON
 *   cmake --build build-fuzz -j2 --target fuzz_lsp
 *   build-fuzz/tests/fuzz/fuzz_lsp -dict=tests/fuzz/lsp.dict -max_len=16384 \
 *       -timeout=2 CORPUS tests/fuzz/lsp_seeds */
#include <stddef.h>
#include <stdint.h>

#include "lsp_harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return al_lsp_fuzz_one(data, size);
}
