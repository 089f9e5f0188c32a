#include "parse/source.h"

#include <stdlib.h>
#include <string.h>

#include "spec/unicode_text.h"
#include "util/line_index.h"
#include "util/utf8.h"
#include "util/vec.h"

#define ONES  0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* A high bit in each byte of w that is not ASCII or is a control byte
 * (below 0x20): NUL, "\n", "\r", the other C0 controls (and tab, which only
 * costs the slow path). The lowest such bit is exact (a borrow only runs
 * upwards), so on a little-endian machine it tells the first byte to look
 * at. */
static uint64_t special_bytes(uint64_t w)
{
    return (w & HIGHS) | ((w - ONES * 0x20) & ~w & HIGHS);
}

static bool is_marked(uint32_t cp)
{
    return (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0x80 && cp <= 0x9F) || al_hidden_lookup(cp);
}

static bool push_copy(al_vec *v, const void *item)
{
    void *slot = al_vec_push(v);
    if (slot) memcpy(slot, item, v->size);
    return slot != NULL;
}

bool al_source_init(al_source *src, al_arena *arena, const char *path, const char *data, size_t len)
{
    src->path = path;
    src->data = data;
    src->len = len;
    src->marks = NULL;
    src->mark_count = 0;
    src->mojibake = NULL;
    src->mojibake_count = 0;
    src->memo = al_arena_alloc(arena, sizeof *src->memo);
    if (!src->memo) return false;
    /* The line index grows in place at the arena's end: nothing else is
     * allocated from the arena during the walk. */
    size_t cap = len / 32 + 16, n = 0;
    size_t *lines = al_arena_realloc(arena, NULL, 0, cap * sizeof *lines);
    if (!lines) return false;
    lines[n++] = 0;
    size_t nul = len, invalid = len, cr = len, fffd = len, control = len;
    al_vec marks = AL_VEC_INIT(sizeof(al_source_mark));
    al_vec mojibake = AL_VEC_INIT(sizeof(size_t));
    bool ok = true;
    size_t i = 0;
    while (i < len && ok) {
        /* ASCII without control bytes, 16 then 8 bytes at a time */
        if (len - i >= 16) {
            uint64_t w[2];
            memcpy(w, data + i, 16);
            if (!special_bytes(w[0]) && !special_bytes(w[1])) {
                i += 16;
                continue;
            }
        }
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, data + i, 8);
            uint64_t m = special_bytes(w);
            if (!m) {
                i += 8;
                continue;
            }
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += (size_t)__builtin_ctzll(m) >> 3; /* to the first byte to look at */
#endif
        }
        unsigned char c = (unsigned char)data[i];
        if (c < 0x80) {
            if (c == '\n') {
                /* a final "\n" does not start another line */
                if (i + 1 < len) {
                    if (n == cap) {
                        size_t *grown = al_arena_realloc(arena, lines, cap * sizeof *lines,
                                                         2 * cap * sizeof *lines);
                        if (!grown) {
                            ok = false;
                            break;
                        }
                        lines = grown;
                        cap *= 2;
                    }
                    lines[n++] = i + 1;
                }
            } else if (c == '\r') {
                if (cr == len) cr = i;
            } else if (c == '\0') {
                if (nul == len) nul = i;
            } else if (c < 0x20 && c != '\t') {
                if (control == len) control = i;
            }
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
        /* where Windows-1252 mojibake can start: the lead byte of a UTF-8
         * sequence read as Windows-1252 (0xC2-0xF4 are U+00C2-U+00F4 there) */
        if (cp >= 0xC2 && cp <= 0xF4) ok = push_copy(&mojibake, &i);
        if (cp == 0xFFFD && fffd == len) fffd = i;
        if (is_marked(cp)) ok = ok && push_copy(&marks, &(al_source_mark){i, cp});
        i += k;
    }
    src->line_start =
        ok ? al_arena_realloc(arena, lines, cap * sizeof *lines, n * sizeof *lines) : NULL;
    src->line_count = n;
    src->nul_offset = nul;
    src->invalid_utf8_offset = invalid;
    src->cr_offset = cr;
    src->fffd_offset = fffd;
    src->control_offset = control;
    src->marks = al_vec_finish(&marks, arena, &ok);
    src->mark_count = ok ? marks.count : 0;
    src->mojibake = al_vec_finish(&mojibake, arena, &ok);
    src->mojibake_count = ok ? mojibake.count : 0;
    return ok && src->line_start;
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
