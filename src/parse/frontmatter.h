/* Stage 2 of the pipeline: find the front matter and parse it with libyaml.
 *
 * Front matter starts at line 1 with "---" (after an optional byte-order
 * mark) and ends at the next line that is "---" or "...". Its YAML becomes an
 * al_yaml_node tree whose offsets are file offsets. Nothing here reports: it
 * records what it found, and the rules decide what to say. */
#ifndef AL_FRONTMATTER_H
#define AL_FRONTMATTER_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/source.h"
#include "util/arena.h"
#include "parse/yaml_tree.h"

typedef enum {
    AL_FM_ABSENT,       /* no front matter anywhere near the top */
    AL_FM_NOT_AT_START, /* a front-matter block, but after blank lines or text */
    AL_FM_UNTERMINATED, /* opened on line 1, never closed */
    AL_FM_PRESENT,      /* delimited; see parse_ok for the YAML */
} al_fm_status;

typedef struct {
    const al_yaml_node *key; /* the second use */
    const al_yaml_node *first;
} al_yaml_duplicate;

typedef struct {
    al_fm_status status;
    size_t open_line;                  /* line of the opening "---" */
    size_t close_line;                 /* line of the closing "---" or "...", 0 if none */
    size_t content_start, content_end; /* the YAML text, byte offsets */
    size_t body_start;                 /* first byte after the front matter */
    size_t dashes_line; /* unterminated: a line of 4+ dashes that was probably meant to close */

    /* YAML parse, for AL_FM_PRESENT. */
    bool parse_ok;
    const al_yaml_node *root;  /* NULL when the YAML is empty or did not parse */
    const char *error_problem; /* libyaml's words, when !parse_ok */
    const char *error_context;
    size_t error_offset;         /* where libyaml stopped */
    size_t error_context_offset; /* where the construct it was reading began */
    bool too_deep;               /* nesting beyond AL_YAML_MAX_DEPTH; tree dropped */

    /* When strict parsing failed only because of an unquoted ": " inside a
     * value, which Claude Code's reader tolerates, the fields are read the
     * lenient way Claude Code does: one `key: value` per line at the left
     * margin. root then holds that reading and lenient is true. */
    bool lenient;
    /* Not when a line at the left margin is no `key: value` line (the
     * pasted `<example>` lines of a description that runs on unindented):
     * Claude Code cannot read that front matter either (v2.1.259), so
     * nothing is read and this is that line. */
    size_t stray_line;

    al_yaml_duplicate *duplicates;
    size_t duplicate_count;
} al_frontmatter;

#define AL_YAML_MAX_DEPTH 64

/* Where a text's front matter is, without parsing it (offsets; SIZE_MAX
 * where there is none). al_frontmatter_parse finds it so; the kind decision
 * reads the keys of a file's first bytes through it. */
typedef struct {
    al_fm_status status;
    size_t open_at;   /* the opening "---" line's first byte */
    size_t close_at;  /* the closing line's first byte (PRESENT, NOT_AT_START) */
    size_t dashes_at; /* UNTERMINATED: a line of 4+ dashes probably meant to close, or SIZE_MAX */
    size_t content_start, content_end; /* the YAML text */
    size_t body_start;
} al_fm_span;

void al_frontmatter_locate(const char *data, size_t len, al_fm_span *out);

/* Finds and parses the front matter. Returns false only when out of memory. */
bool al_frontmatter_parse(al_frontmatter *fm, const al_source *src, al_arena *arena);

/* When strict YAML rejected the block, reads it line by line instead
 * (`key: value` at the left margin, as the lenient reading above), the way a
 * tool with its own line reader does: Cursor reads `.mdc` rules so, and
 * documents `globs: *.ts, *.tsx` unquoted, which YAML takes for an alias.
 * Returns false only when out of memory. */
bool al_frontmatter_read_lines(al_frontmatter *fm, const al_source *src, al_arena *arena);

/* True for a line that is a front-matter delimiter: "---" plus optional
 * trailing spaces (or "..." when closing). */
bool al_frontmatter_is_delimiter(const char *line, size_t len, bool closing);

/* Frees a thread's cached libyaml parser (thread_cache.h); NULL is fine. */
void al_frontmatter_parser_free(void *parser);

#endif
