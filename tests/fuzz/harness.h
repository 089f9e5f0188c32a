/* The fuzzing harness body, shared by the libFuzzer target (fuzz_lint.c)
 * and the plain replay driver run under ctest (replay.c).
 *
 * al_fuzz_one() lints one input the way the command line would and checks
 * every invariant we promise on any bytes; a broken invariant abort()s with
 * a message on stderr, so that libFuzzer and ctest both see it. */
#ifndef AL_FUZZ_HARNESS_H
#define AL_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Sets up the shared options (once); returns 0. */
int al_fuzz_init(void);
/* Lints data with both origins, checks positions and fixes, applies the
 * fixes until nothing is left (re-linting each pass), and writes every
 * report format to memory. Returns 0; aborts on a broken invariant. */
int al_fuzz_one(const uint8_t *data, size_t len);
/* Frees the shared options. */
void al_fuzz_fini(void);

#endif
