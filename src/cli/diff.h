/* A unified diff of two texts, for --diff (readable by git apply and patch -p1). */
#ifndef AL_DIFF_H
#define AL_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "agentlint/agentlint.h"

/* Writes "--- a/path", "+++ b/path" and the hunks (3 lines of context).
 * Writes nothing when the texts are equal. Every line shown has the secrets
 * of each of the nmask results masked (al_result_redact); the diff is
 * computed on the real texts. A control character a terminal would act on
 * (ESC, BEL, CSI...) or a byte that is not UTF-8 is shown escaped (\x1B,
 * <U+009B>, \xFF), so that showing the diff cannot drive the terminal;
 * returns true when one was (those lines no longer apply as a patch). */
bool al_write_unified_diff(FILE *out, const char *path, const char *a, size_t alen, const char *b,
                           size_t blen, const al_result *const *masks, size_t nmask);

/* For --fix and --diff: one line per finding whose fix was rolled back,
 * "path:line:col: note: fix not applied: why [CODE name]". */
void al_write_refused_fixes(FILE *out, const al_result *res);

#endif
