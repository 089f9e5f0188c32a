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
/* The largest input al_fuzz_grow_one builds. */
#define AL_FUZZ_GROW_MAX ((size_t)1 << 20)
/* Builds a large input from a small one and runs al_fuzz_one on it, so that
 * shapes that only hurt at scale (100k items on one line, 100k findings in
 * one block) are in the fuzzer's reach. The input is a 6-byte header, then
 * text: header u16 (little-endian) R, P, U; the text's first P bytes (mod
 * its length) are a prefix, the next U (mod what is left) a unit, the rest
 * a suffix; the unit is repeated 16 R + 1 times, up to AL_FUZZ_GROW_MAX
 * bytes in all. Returns 0; aborts on a broken invariant. */
int al_fuzz_grow_one(const uint8_t *data, size_t len);
/* Frees the shared options. */
void al_fuzz_fini(void);

#endif
