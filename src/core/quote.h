/* File text quoted into a message: one line of valid UTF-8 whatever it held. */
#ifndef AL_QUOTE_H
#define AL_QUOTE_H

#include <stddef.h>

#include "util/strbuf.h"

/* Appends s, replacing control characters and invalid UTF-8 with escapes
 * (\t, \xNN) and invisible or reordering characters with <U+XXXX>
 * (spec/unicode_text.c), so that a message quoting file content stays on one
 * line, stays valid and shows what is there; at most max_chars characters,
 * then "…". */
void al_strbuf_append_quoted(al_strbuf *sb, const char *s, size_t len, size_t max_chars);

#endif
