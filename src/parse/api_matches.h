/* Stage 6 of the pipeline: uses of deprecated and removed Elixir-ecosystem APIs.
 *
 * Every entry of spec/elixir_api.c (and of its HEEx-attribute table) is matched once per
 * document: on the tokens of each Elixir block (snippets.h), never inside strings or comments,
 * and in the text of ~H/~L sigils and ```heex blocks. Whether a match is reported, and how
 * severely, depends on the target versions in the options: the EXA001-EXA003 rules decide. */
#ifndef AL_API_MATCHES_H
#define AL_API_MATCHES_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/markdown.h"
#include "parse/snippets.h"
#include "parse/source.h"
#include "spec/elixir_api.h"
#include "util/arena.h"

typedef struct {
    const al_api_entry *entry;
    size_t start, end; /* file byte offsets */
    bool clean;        /* the span is exactly the entry's text: its fix may rewrite it */
} al_api_match;

typedef struct {
    al_api_match *items; /* in the order found: HEEx first, then block by block */
    size_t count;
} al_api_matches;

/* Returns false only when out of memory. */
bool al_api_matches_find(al_api_matches *out, const al_source *src, const al_markdown *md,
                         const al_snippets *snippets, al_arena *arena);

#endif
