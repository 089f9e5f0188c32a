/* Stage 1 of the pipeline: a file's bytes and its line index.
 *
 * The source does not own the bytes. Every later stage refers to text by
 * byte offset into it; positions (line, code-point column) are computed from
 * offsets only when a diagnostic is made. */
#ifndef AL_SOURCE_H
#define AL_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agentlint/agentlint.h"
#include "util/arena.h"

/* The last position computed, so that positions computed left to right on
 * one long line cost the distance between them, not the line's length;
 * likewise the last offset found by al_source_offset_at (at_*). */
typedef struct {
    size_t line, offset, column;
    size_t at_line, at_column0, at_offset;
} al_source_memo;

/* A code point the hidden-character and control rules look at: one
 * al_hidden_lookup knows, a Unicode tag character (U+E0000-E007F), or a C1
 * control (U+0080-U+009F). */
typedef struct {
    size_t offset;
    uint32_t cp;
} al_source_mark;

typedef struct {
    const char *path;
    const char *data;
    size_t len;
    size_t line_count;          /* a final line without a newline counts; an empty file has 1 */
    size_t *line_start;         /* byte offset of each line's first byte, line_count entries */
    size_t nul_offset;          /* first NUL byte, or len */
    size_t invalid_utf8_offset; /* first byte that is not valid UTF-8, or len */
    size_t cr_offset;           /* first "\r", or len */
    size_t fffd_offset;         /* first U+FFFD REPLACEMENT CHARACTER, or len */
    size_t control_offset;      /* first C0 control byte but tab, "\n", "\r", NUL; or len */
    al_source_memo *memo;       /* may be NULL; written by al_source_position */
    /* The marked code points in text order, as a walk that decodes each byte
     * from 0xC2 up and steps over a byte that does not decode finds them. */
    al_source_mark *marks;
    size_t mark_count;
    /* Where mojibake can start, in text order along the same walk: each
     * U+00C2-U+00F4, the characters Windows-1252 shows for a UTF-8 lead. */
    size_t *mojibake;
    size_t mojibake_count;
} al_source;

/* Builds the line index and finds the first NUL, "\r", other C0 control,
 * U+FFFD and byte that is not UTF-8, the marks and the mojibake candidates, in one pass over the
 * bytes (16 or 8 at a time while they are ASCII without control bytes). Lines
 * end at "\n"; a "\r" before it belongs to the line ending. Returns false
 * when out of memory. */
bool al_source_init(al_source *src, al_arena *arena, const char *path, const char *data,
                    size_t len);

/* The 1-based line holding byte offset. */
size_t al_source_line_of(const al_source *src, size_t offset);
/* Position (line, code-point column, offset) of a byte offset. */
al_position al_source_position(const al_source *src, size_t offset);
/* A line's text without its line ending: [*start, *end). */
void al_source_line_span(const al_source *src, size_t line, size_t *start, size_t *end);
/* Byte offset of a 1-based line and 0-based code-point column on it. */
size_t al_source_offset_at(const al_source *src, size_t line, size_t column0);

#endif
