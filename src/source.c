#include "source.h"

#include <stdlib.h>
#include <string.h>

#include "spec/unicode_text.h"
#include "util/line_index.h"
#include "util/utf8.h"

#define ONES  0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* True when some byte of w is b (exact: any false hit is only a slow path). */
static bool has_byte(uint64_t w, unsigned char b)
{
    uint64_t x = w ^ (ONES * b);
    return ((x - ONES) & ~x & HIGHS) != 0;
}

static bool is_marked(uint32_t cp)
{
    return (cp >= 0xE0000 && cp <= 0xE007F) || al_hidden_lookup(cp);
}

bool al_source_init(al_source *src, al_arena *arena, const char *path, const char *data, size_t len)
{
    src->path = path;
    src->data = data;
    src->len = len;
    src->marks = NULL;
    src->mark_count = 0;
    size_t lines = 1;
    for (const char *p = data; p && (p = memchr(p, '\n', (size_t)(data + len - p))); p++)
        lines++;
    /* A final "\n" does not start another line. */
    if (len > 0 && data[len - 1] == '\n') lines--;
    if (lines == 0) lines = 1;
    src->line_start = al_arena_alloc(arena, lines * sizeof(size_t));
    if (!src->line_start) return false;
    src->line_count = lines;
    src->memo = al_arena_alloc(arena, sizeof *src->memo);
    if (!src->memo) return false;
    src->memo->line = 0; /* none yet */
    src->memo->at_line = 0;
    size_t n = 0;
    src->line_start[n++] = 0;
    size_t nul = len, invalid = len;
    al_source_mark *marks = NULL;
    size_t count = 0, cap = 0;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, data + i, 8);
            if (!(w & HIGHS) && !has_byte(w, '\n') && !has_byte(w, '\0')) {
                i += 8;
                continue;
            }
        }
        unsigned char c = (unsigned char)data[i];
        if (c < 0x80) {
            if (c == '\n' && n < lines)
                src->line_start[n++] = i + 1;
            else if (c == '\0' && nul == len)
                nul = i;
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = al_utf8_decode(data + i, len - i, &cp);
        if (!k) {
            if (invalid == len) invalid = i;
            i++;
            continue;
        }
        if (is_marked(cp)) {
            if (count == cap) {
                size_t ncap = cap ? 2 * cap : 16;
                al_source_mark *m = realloc(marks, ncap * sizeof *m);
                if (!m) {
                    free(marks);
                    return false;
                }
                marks = m;
                cap = ncap;
            }
            marks[count++] = (al_source_mark){i, cp};
        }
        i += k;
    }
    src->nul_offset = nul;
    src->invalid_utf8_offset = invalid;
    if (count) {
        src->marks = al_arena_alloc(arena, count * sizeof *marks);
        if (src->marks) memcpy(src->marks, marks, count * sizeof *marks);
        src->mark_count = src->marks ? count : 0;
    }
    free(marks);
    return count == 0 || src->marks != NULL;
}

size_t al_source_line_of(const al_source *src, size_t offset)
{
    return al_line_index_find(src->line_start, src->line_count, offset) + 1;
}

al_position al_source_position(const al_source *src, size_t offset)
{
    al_position pos;
    if (!src->line_start) { /* a file too large to index */
        pos.line = pos.column = 1;
        pos.offset = 0;
        return pos;
    }
    if (offset > src->len) offset = src->len;
    pos.offset = offset;
    /* The end of a file whose last line ends with "\n" is the start of the
     * line after it (the newline is not a character of the last line). */
    if (offset == src->len && offset > 0 && src->data[offset - 1] == '\n') {
        pos.line = src->line_count + 1;
        pos.column = 1;
        return pos;
    }
    pos.line = al_source_line_of(src, offset);
    size_t start = src->line_start[pos.line - 1];
    al_source_memo *m = src->memo;
    bool boundary = offset == src->len || ((unsigned char)src->data[offset] & 0xC0) != 0x80;
    if (m && m->line == pos.line && m->offset <= offset) {
        /* Counting from a byte that does not continue a character gives
         * the same count as from the line's start. */
        pos.column = m->column + al_utf8_count(src->data + m->offset, offset - m->offset);
    } else if (m && m->line == pos.line && boundary) {
        pos.column = m->column - al_utf8_count(src->data + offset, m->offset - offset);
    } else {
        pos.column = al_utf8_count(src->data + start, offset - start) + 1;
    }
    if (m && boundary) {
        m->line = pos.line;
        m->offset = offset;
        m->column = pos.column;
    }
    return pos;
}

void al_source_line_span(const al_source *src, size_t line, size_t *start, size_t *end)
{
    if (line < 1) line = 1;
    if (line > src->line_count) {
        *start = *end = src->len;
        return;
    }
    size_t s = src->line_start[line - 1];
    size_t e = line < src->line_count ? src->line_start[line] : src->len;
    if (e > s && src->data[e - 1] == '\n') e--;
    if (e > s && src->data[e - 1] == '\r') e--;
    *start = s;
    *end = e;
}

size_t al_source_offset_at(const al_source *src, size_t line, size_t column0)
{
    size_t s, e;
    al_source_line_span(src, line, &s, &e);
    size_t i = s, want = column0;
    al_source_memo *m = src->memo;
    /* libyaml asks left to right along a line: go on from the last answer. */
    if (m && m->at_line == line && m->at_column0 <= column0) {
        i = m->at_offset;
        column0 -= m->at_column0;
    }
    while (i < e && column0 > 0) {
        uint32_t cp;
        size_t n = al_utf8_decode(src->data + i, e - i, &cp);
        i += n ? n : 1;
        column0--;
    }
    if (m && column0 == 0) {
        m->at_line = line;
        m->at_column0 = want;
        m->at_offset = i;
    }
    return i;
}
