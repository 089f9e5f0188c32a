/* The language server's fuzzing body, shared by the libFuzzer target
 * (fuzz_lsp.c) and the replay run under ctest (lsp_replay.c). */
#ifndef AL_LSP_FUZZ_HARNESS_H
#define AL_LSP_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Feeds data to the message reader as one client's whole input (in two
 * pieces, split at a point the input chooses), dispatches every message,
 * lints what is left to lint, and checks that every message the server
 * sends is a JSON object. Returns 0; aborts on a broken invariant. */
int al_lsp_fuzz_one(const uint8_t *data, size_t len);

#endif
