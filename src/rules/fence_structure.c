#include "rules/fence_structure.h"

#include <cmark.h>
#include <string.h>

/* How far to look for the fence meant to close a block: the blocks of one
 * template, not the whole file (this also keeps the rules linear). */
enum { MAX_BLOCKS_AHEAD = 64, MAX_LINES_SCANNED = 5000 };

size_t al_block_last_line(const al_code_block *b)
{
    if (b->close_line) return b->close_line;
    size_t last = b->content_line ? b->content_line - 1 : b->open_line;
    for (size_t i = 0; i < b->content_len; i++)
        if (b->content[i] == '\n') last++;
    if (b->content_len && b->content[b->content_len - 1] != '\n') last++;
    return last < b->open_line ? b->open_line : last;
}

bool al_block_opens_nothing(const al_document *doc, const al_code_block *b)
{
    if (!b->fenced || b->close_line) return false;
    const al_source *src = &doc->src;
    size_t s, e;
    al_source_line_span(src, b->open_line, &s, &e);
    for (size_t i = e; i < src->len; i++)
        if (src->data[i] != ' ' && src->data[i] != '\t' && src->data[i] != '\n' &&
            src->data[i] != '\r')
            return false;
    return true;
}

/* The run of ch that starts a line after container markers and spaces. */
static size_t fence_run(const char *s, size_t len, char ch)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '>'))
        i++;
    size_t n = 0;
    while (i + n < len && s[i + n] == ch)
        n++;
    return n;
}

/* A content line that opens a fence with an info string: up to three spaces,
 * at least min_len fence characters, then an info string (for backticks one
 * without a backtick, as CommonMark requires). */
static bool is_nested_opener(const char *s, size_t len, char ch, size_t min_len, size_t *start,
                             size_t *end)
{
    size_t i = 0;
    while (i < len && i < 3 && s[i] == ' ')
        i++;
    size_t n = 0;
    while (i + n < len && s[i + n] == ch)
        n++;
    if (n < min_len || n < 3) return false;
    size_t j = i + n;
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    size_t e = len;
    while (e > j && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    if (e == j) return false;
    if (ch == '`' && memchr(s + j, '`', e - j)) return false;
    *start = i;
    *end = e;
    return true;
}

/* The first block opened after after_line by a bare fence of character ch.
 * With skip_paired, closed blocks with an info string before it are skipped
 * (nested blocks of a template that still pair up); an unclosed one
 * swallows the rest, so the search stops there. */
static size_t next_bare_block(const al_document *doc, size_t after_line, char ch, bool skip_paired)
{
    size_t lo = 0, hi = doc->md.block_count;
    while (lo < hi) { /* blocks are in document order */
        size_t mid = lo + (hi - lo) / 2;
        if (doc->md.blocks[mid].open_line <= after_line)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t j = lo; j < doc->md.block_count && j < lo + MAX_BLOCKS_AHEAD; j++) {
        const al_code_block *b = &doc->md.blocks[j];
        if (!b->fenced) continue;
        if (b->fence_char == ch && b->info_len == 0) return j;
        if (!skip_paired || !b->close_line) break;
    }
    return AL_NO_BLOCK;
}

bool al_find_nested_break(const al_document *doc, size_t k, bool measure, al_nested_break *out)
{
    const al_code_block *b = &doc->md.blocks[k];
    if (!b->fenced || !b->close_line) return false;
    memset(out, 0, sizeof *out);
    out->meant_block = AL_NO_BLOCK;
    const char *p = b->content, *end = b->content + b->content_len;
    size_t line = b->content_line;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t s, e;
        if (is_nested_opener(p, len, b->fence_char, b->fence_len, &s, &e)) {
            out->inner_line = line;
            out->inner = p + s;
            out->inner_len = e - s;
            break;
        }
        line++;
        p = nl ? nl + 1 : end;
    }
    if (!out->inner_line) return false;

    out->meant_block = next_bare_block(doc, b->close_line, b->fence_char, true);
    if (out->meant_block == AL_NO_BLOCK) return true;
    out->meant_line = doc->md.blocks[out->meant_block].open_line;
    /* The longer outer fence must be longer than every fence of the same
     * character up to its intended closer, or one of them closes it again. */
    if (!measure || out->meant_line - b->open_line > MAX_LINES_SCANNED) return true;
    const al_source *src = &doc->src;
    for (size_t l = b->open_line + 1; l < out->meant_line; l++) {
        size_t s, e;
        al_source_line_span(src, l, &s, &e);
        size_t run = fence_run(src->data + s, e - s, b->fence_char);
        if (run >= 3 && run > out->longest_inside) out->longest_inside = run;
    }
    return true;
}

/* ------------------------------------------------------- glued fences */

static bool is_info_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '+' || c == '#' || c == '.';
}

/* Backtick runs of exactly n in [s, e), counted before and after at. */
static void count_runs(const char *s, size_t len, size_t at, size_t n, size_t *before,
                       size_t *after)
{
    *before = *after = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] != '`') {
            i++;
            continue;
        }
        size_t r = 0;
        while (i + r < len && s[i + r] == '`')
            r++;
        if (r == n && i != at) {
            if (i < at)
                (*before)++;
            else
                (*after)++;
        }
        i += r;
    }
}

/* The backtick run of s that starts at or after i, as [*at, *at + *len);
 * false when there is none. A backslash escapes the run's first backtick. */
static bool next_tick_run(const char *s, size_t len, size_t i, size_t *at, size_t *n)
{
    while (i < len && s[i] != '`')
        i++;
    if (i >= len) return false;
    size_t r = 0;
    while (i + r < len && s[i + r] == '`')
        r++;
    if (i > 0 && s[i - 1] == '\\') {
        i++;
        r--;
    }
    *at = i;
    *n = r;
    return true;
}

/* True when the backtick run at `at` is code, or the run before it is a
 * literal backtick: the run is the mistyped closer of an inline code span
 * (`npm install```), not a fence glued to text. Code spans are paired as
 * CommonMark pairs them: an opener and the next run of the same length. */
static bool in_malformed_span(const char *s, size_t len, size_t at)
{
    enum { NONE, PAIRED, LITERAL } before = NONE;
    bool no_closer[65] = {false}; /* no run of this length is left after the scan point */
    size_t i = 0, p, n;
    while (next_tick_run(s, len, i, &p, &n) && p < at) {
        if (n == 0) {
            i = p + 1;
            continue;
        }
        /* spans of 65 or more backticks do not occur: literal, unsearched */
        size_t q = 0, m = 0;
        bool closed = false;
        if (n <= 64 && !no_closer[n]) {
            for (size_t j = p + n; next_tick_run(s, len, j, &q, &m); j = q + (m ? m : 1))
                if (m == n) {
                    closed = true;
                    break;
                }
            if (!closed) no_closer[n] = true;
        }
        if (!closed) {
            before = LITERAL;
            i = p + n;
            continue;
        }
        if (q >= at) return true; /* the run sits inside a code span */
        before = PAIRED;
        i = q + m;
    }
    return before == LITERAL;
}

static void glued_in_paragraph(const al_document *doc, cmark_node *para,
                               void (*fn)(const al_glued_fence *, void *), void *arg)
{
    const al_source *src = &doc->src;
    size_t first = doc->md.first_line + (size_t)cmark_node_get_start_line(para) - 1;
    size_t last = doc->md.first_line + (size_t)cmark_node_get_end_line(para) - 1;
    if (last < first || last > src->line_count) return;
    size_t ps, pe, ls, le, candidates = 0;
    al_source_line_span(src, first, &ps, &le);
    al_source_line_span(src, last, &ls, &pe);
    for (size_t line = first; line <= last; line++) {
        al_source_line_span(src, line, &ls, &le);
        const char *s = src->data;
        /* The info word (if any) ends the line; the backtick run is glued
         * before it. */
        size_t e = le;
        while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
            e--;
        size_t w = e;
        while (w > ls && is_info_char(s[w - 1]))
            w--;
        size_t r = w;
        while (r > ls && s[r - 1] == '`')
            r--;
        size_t run = w - r;
        if (run < 3 || r == ls || s[r - 1] == ' ' || s[r - 1] == '\t') continue;
        /* A run that closes or opens a code span of the paragraph is code.
         * (Counting is linear in the paragraph: bound the candidates.) */
        if (++candidates > 16) return;
        size_t before, after;
        count_runs(s + ps, pe - ps, r - ps, run, &before, &after);
        if (before % 2 || after) continue;
        if (in_malformed_span(s + ps, pe - ps, r - ps)) continue;
        bool top = cmark_node_get_type(cmark_node_parent(para)) == CMARK_NODE_DOCUMENT;
        al_glued_fence g = {line, r, run, e, top, next_bare_block(doc, line, '`', false)};
        fn(&g, arg);
    }
}

void al_each_glued_fence(const al_document *doc, void (*fn)(const al_glued_fence *, void *),
                         void *arg)
{
    /* only paragraphs with three backticks in a row (al_markdown_parse) */
    for (size_t i = 0; i < doc->md.fence_paragraph_count; i++)
        glued_in_paragraph(doc, doc->md.fence_paragraphs[i], fn, arg);
}
