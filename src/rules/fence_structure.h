/* The fence structure an author meant, set against the one CommonMark
 * reads. Shared by BD002 (a block that runs to the end of the file), BD006
 * (a nested block whose closer closes the outer one) and BD007 (a fence
 * glued to text). All of it is read from cmark's blocks and the source
 * lines, never from a count of backticks. */
#ifndef AL_FENCE_STRUCTURE_H
#define AL_FENCE_STRUCTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/document.h"

#define AL_NO_BLOCK ((size_t)-1)

/* An outer block closed early by the closing fence of a block nested in it. */
typedef struct {
    size_t inner_line; /* file line of the nested opener (```elixir) */
    const char *inner; /* that line's fence and info string, trimmed */
    size_t inner_len;
    size_t meant_block;    /* index of the block the outer's intended closer opens */
    size_t meant_line;     /* file line of that closer; 0 when none was found */
    size_t longest_inside; /* longest fence run of the outer's character before it; 0 when not
                              measured */
} al_nested_break;

/* True when block k holds a nested opener and was closed by the fence meant
 * for that nested block. longest_inside is measured only when measure is set
 * (it reads the lines up to the intended closer). */
bool al_find_nested_break(const al_document *doc, size_t k, bool measure, al_nested_break *out);

/* A fence glued to the text before it on a paragraph line. */
typedef struct {
    size_t line;        /* file line */
    size_t offset;      /* byte offset of the backtick run */
    size_t run;         /* its length */
    size_t end;         /* end of the info word */
    bool top_level;     /* the paragraph is not inside a list or quote */
    size_t meant_block; /* index of the block its intended closer opens, or AL_NO_BLOCK */
} al_glued_fence;

/* Calls fn for every glued fence of the body, in order. */
void al_each_glued_fence(const al_document *doc, void (*fn)(const al_glued_fence *, void *),
                         void *arg);

/* The last file line of block b (its closer, or its last content line). */
size_t al_block_last_line(const al_code_block *b);

/* True for an unclosed fence with nothing but white space after its line:
 * it opens an empty block at the end of the file, so nothing is read as
 * code (a fence left over from an edit, or one meant to close a block that
 * something else closed). */
bool al_block_opens_nothing(const al_document *doc, const al_code_block *b);

#endif
