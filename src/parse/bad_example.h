/* Code that the file itself marks as a deliberate bad example: a comment such
 * as `# ❌ Bad` or `# Don't` above it in the block, or a label such as
 * "**Wrong:**" right before the block. The rules flagged
 * AL_RULE_SOFTENED_IN_BAD_EXAMPLES in the registry (the Elixir API and
 * snippet rules) say at most a note there, and fix nothing: the example is
 * meant to be wrong. */
#ifndef AL_BAD_EXAMPLE_H
#define AL_BAD_EXAMPLE_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "parse/document.h"

/* What the last look-up in a block found, so that findings on the lines
 * after it do not each read the 100 lines above them again (zeroed before
 * the first; one per document). */
typedef struct {
    const al_code_block *block; /* NULL: nothing known */
    size_t line;                /* the line looked up */
    size_t low;                 /* the lowest line read for it */
    size_t mark_line;           /* the nearest comment mark in [low, line], or 0 */
    int mark;                   /* its kind: 1 bad, -1 good */
} al_bad_example_memo;

/* True when file byte offset lies in Elixir code marked as a bad example;
 * memo remembers the last look-up. */
bool al_in_bad_example_memo(const al_document *doc, size_t offset, al_bad_example_memo *memo);

#endif
