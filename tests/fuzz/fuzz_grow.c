/* libFuzzer target for shapes that only hurt at scale: the input is a small
 * header, a prefix, a unit and a suffix, and the unit is repeated up to
 * 1 MB before the whole pipeline runs on it (see al_fuzz_grow_one in
 * harness.h). Seeds: tests/fuzz/grow-seeds.
 *
 *   AGENTLINT_FUZZ_TARGET=fuzz_grow tests/fuzz/run.sh 300 /tmp/agentlint-grow */
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
    return al_fuzz_grow_one(data, size);
}
