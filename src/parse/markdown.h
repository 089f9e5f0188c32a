/* Stage 4 of the pipeline: the Markdown body, parsed once by cmark.
 *
 * The body is handed to cmark in place (no copy); line numbers are mapped
 * back to file lines. What rules need is collected into flat arrays: code
 * blocks, headings, HTML comments. The cmark tree stays alive with the
 * document, so block contents are not copied either. */
#ifndef AL_MARKDOWN_H
#define AL_MARKDOWN_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/source.h"
#include "util/arena.h"

typedef struct {
    bool fenced;         /* false for an indented code block */
    char fence_char;     /* '`' or '~' */
    size_t fence_len;    /* 3 or more */
    size_t open_line;    /* file line of the opening fence (first line if indented) */
    size_t close_line;   /* file line of the closing fence; 0 when never closed */
    size_t end_line;     /* last file line of the block */
    size_t fence_offset; /* byte offset of the opening fence's first character */
    const char *info;    /* the info string, trimmed ("" when none) */
    size_t info_len;
    const char *lang; /* its first word */
    size_t lang_len;
    const char *content; /* the code, as cmark gives it (container prefixes removed) */
    size_t content_len;
    size_t content_line; /* file line of the content's first line */
    /* Offset in content of each content line's first byte (line_count of
     * them; NULL when out of memory), so that mapping an offset costs a
     * binary search, not a walk from the block's start. */
    const size_t *line_starts;
    size_t line_count;
} al_code_block;

typedef struct {
    int level;
    size_t line;
} al_heading;

/* An HTML block or inline HTML that holds a comment ("<!-- ... -->"). */
typedef struct {
    size_t line, end_line;
    const char *text;
    size_t len;
} al_html_comment;

typedef struct {
    void *cmark_root; /* the cmark document, in the arena given to al_markdown_parse */
    size_t body_start;
    size_t first_line; /* file line of the body's first line */
    bool blank;        /* only whitespace */
    al_code_block *blocks;
    size_t block_count;
    al_heading *headings;
    size_t heading_count;
    al_html_comment *comments;
    size_t comment_count;
    /* The paragraphs (cmark nodes) whose lines hold three backticks in a
     * row, in document order: the only places a fence can be glued to text,
     * so the rules that look for one need not walk the tree again. */
    void **fence_paragraphs;
    size_t fence_paragraph_count;
} al_markdown;

bool al_markdown_parse(al_markdown *md, const al_source *src, size_t body_start, al_arena *arena);
void al_markdown_free(al_markdown *md);

/* Maps a byte offset inside block->content to a file byte offset. */
size_t al_code_block_file_offset(const al_source *src, const al_code_block *block,
                                 size_t content_offset);

#endif
