/* Fixes in the language server: quick-fix titles, fix-all, and the
 * smallest edit turning one text into another. */
#ifndef AL_LSP_FIXES_H
#define AL_LSP_FIXES_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "lsp/documents.h"

/* "Fix CC011 retired-tool: replace `MultiEdit` with `Edit`", or "Unsafe fix
 * ... (may change the meaning): ..." (malloc'd; NULL when out of memory). */
char *lsp_fix_title(const lsp_document *doc, const al_diagnostic *d);
/* The document's text with every safe fix applied (malloc'd), or NULL when
 * nothing changes; *applied gets the number of fixes. */
char *lsp_fix_all_text(const lsp_document *doc, size_t *out_len, size_t *applied);
/* The common prefix and suffix of a and b, in bytes, cut at character
 * starts and never between \r and \n, so that the middle is one edit with
 * exact positions. */
void lsp_changed_span(const char *a, size_t alen, const char *b, size_t blen, size_t *prefix,
                      size_t *suffix);

#endif
