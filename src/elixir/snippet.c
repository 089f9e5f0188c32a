/* Snippet checking: iex sessions, typographic characters, fragments. See snippet.h and
 * docs/elixir-snippets.md. */
#include "elixir/snippet.h"

#include "elixir/lexer.h"
#include "elixir/syntax.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TYPO_PASSES 8

/* ----- small helpers --------------------------------------------------------------------- */

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static bool word_eq(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n != m) return false;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != w[i]) return false;
    return true;
}

bool ex_info_is_elixir(const char *info, size_t len)
{
    static const char *const names[] = {"elixir", "ex", "exs", "iex"};
    size_t a = 0, b;
    if (!info) return false;
    while (a < len && (info[a] == ' ' || info[a] == '\t'))
        a++;
    b = a;
    while (b < len && info[b] != ' ' && info[b] != '\t' && info[b] != '{' && info[b] != ',')
        b++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (word_eq(info + a, b - a, names[i])) return true;
    return false;
}

/* Message text: blocks that grow, so that a message never moves. */
struct ex_message_block {
    ex_message_block *next;
    size_t used, size;
    char text[];
};

void ex_diag_list_free(ex_diag_list *list)
{
    if (!list) return;
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
    void *b;
    while ((b = ex_diag_list_take_block(list)))
        free(b);
}

void *ex_diag_list_take_block(ex_diag_list *list)
{
    ex_message_block *b = list->messages;
    if (b) list->messages = b->next;
    for (size_t i = 0; i < sizeof list->recent / sizeof list->recent[0]; i++)
        list->recent[i] = NULL;
    return b;
}

static ex_diag *diag_push(ex_diag_list *out)
{
    if (out->count == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 8;
        ex_diag *items = realloc(out->items, cap * sizeof *items);
        if (!items) return NULL;
        out->items = items;
        out->cap = cap;
    }
    ex_diag *d = &out->items[out->count++];
    memset(d, 0, sizeof *d);
    d->message = "";
    return d;
}

/* Keeps a NUL-terminated message (its first EX_DIAG_MESSAGE_MAX bytes): one copy of a message
 * alike to one of the last few, as a block with 100k typographic quotes has. NULL when out of
 * memory. */
static const char *keep_message(ex_diag_list *out, const char *message)
{
    size_t n = strnlen(message, EX_DIAG_MESSAGE_MAX);
    size_t slots = sizeof out->recent / sizeof out->recent[0];
    for (size_t i = 0; i < slots; i++)
        if (out->recent[i] && strncmp(out->recent[i], message, n) == 0 && out->recent[i][n] == '\0')
            return out->recent[i];
    ex_message_block *b = out->messages;
    if (!b || b->size - b->used < n + 1) {
        size_t size = b && b->size < (1u << 20) ? b->size * 2 : b ? b->size : 4096;
        ex_message_block *nb = malloc(sizeof *nb + size);
        if (!nb) return NULL;
        nb->next = b;
        nb->used = 0;
        nb->size = size;
        out->messages = b = nb;
    }
    char *copy = b->text + b->used;
    memcpy(copy, message, n);
    copy[n] = '\0';
    b->used += n + 1;
    out->recent[out->recent_next++ % slots] = copy;
    return copy;
}

/* ----- iex prompts ------------------------------------------------------------------------ */

size_t ex_iex_prompt_len(const char *s, size_t n, bool dots)
{
    const char *word = dots ? "..." : "iex";
    size_t p = 3;
    if (n < 4 || memcmp(s, word, 3) != 0) return 0;
    if (s[p] == '(') {
        p++;
        while (p < n && s[p] != ')' && s[p] != '\n' && p < 40)
            p++;
        if (p >= n || s[p] != ')') return 0;
        p++;
        /* A named node's prompt: iex(node1@host)1> */
        while (p < n && s[p] >= '0' && s[p] <= '9' && p < 48)
            p++;
    }
    return p < n && s[p] == '>' ? p + 1 : 0;
}

typedef struct {
    size_t start, end; /* line without its newline */
    size_t content;    /* after indentation (and prompt when matched) */
} line_info;

static void line_at(const char *text, size_t len, size_t pos, line_info *li)
{
    size_t e = pos;
    while (e < len && text[e] != '\n')
        e++;
    li->start = pos;
    li->end = e;
    size_t c = pos;
    while (c < e && (text[c] == ' ' || text[c] == '\t'))
        c++;
    li->content = c;
}

bool ex_snippet_is_iex(const char *text, size_t len)
{
    size_t pos = 0;
    line_info li;
    while (text && pos < len) {
        line_at(text, len, pos, &li);
        if (ex_iex_prompt_len(text + li.content, li.end - li.content, false)) return true;
        pos = li.end + 1;
    }
    return false;
}

/* ----- checking one piece of code ---------------------------------------------------------- */

/* Where the checked code came from: buffer line k (1-based) starts at line_orig[k-1] in the
 * snippet and is snippet line first_line + k - 1. NULL line_orig: the code is the snippet. */
typedef struct {
    const size_t *line_orig;
    const size_t *line_buf; /* buffer offset of each buffer line */
    size_t nlines;
    size_t first_line; /* snippet line of buffer line 1 */
    size_t snippet_len;
} origin_map;

static size_t map_offset(const origin_map *m, size_t off)
{
    if (!m->line_orig) return off;
    size_t lo = 0, hi = m->nlines;
    while (hi - lo > 1) { /* last line starting at or before off */
        size_t mid = (lo + hi) / 2;
        if (m->line_buf[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    size_t r = m->line_orig[lo] + (off - m->line_buf[lo]);
    return r > m->snippet_len ? m->snippet_len : r;
}

typedef struct {
    size_t off, len;
    const char *repl;
} typo_seen;

typedef struct {
    ex_diag_list *out;
    const origin_map *map;
    size_t line_base;
    typo_seen *seen; /* typographic characters already reported (checked-code offsets) */
    size_t nseen, capseen;
    size_t fresh;    /* found in this pass */
    size_t skip_off; /* partner quote already reported in this pass */
    const char *code;
    size_t len;
    bool oom;
} typo_ctx;

static int add_typo(typo_ctx *tc, size_t start, size_t end, size_t line, const char *repl,
                    const char *message)
{
    if (tc->nseen == tc->capseen) {
        size_t cap = tc->capseen ? tc->capseen * 2 : 16;
        typo_seen *s = realloc(tc->seen, cap * sizeof *s);
        if (!s) {
            tc->oom = true;
            return 1;
        }
        tc->seen = s;
        tc->capseen = cap;
    }
    tc->seen[tc->nseen].off = start;
    tc->seen[tc->nseen].len = end - start;
    tc->seen[tc->nseen].repl = repl ? repl : "";
    tc->nseen++;
    tc->fresh++;
    ex_diag *d = diag_push(tc->out);
    if (!d) {
        tc->oom = true;
        return 1;
    }
    d->kind = EX_DIAG_TYPOGRAPHIC;
    d->start = map_offset(tc->map, start);
    d->end = map_offset(tc->map, end);
    d->line = line + tc->map->first_line - 1 + tc->line_base - 1;
    if (!(d->message = keep_message(tc->out, message))) {
        tc->oom = true;
        return 1;
    }
    strncpy(d->replacement, repl ? repl : "", sizeof d->replacement - 1);
    return 0;
}

/* A smart opening quote in code means a string: its closing partner later on the same line is
 * part of the same mistake even though, once the opener is fixed, it sits inside the string. */
static int add_partner_quote(typo_ctx *tc, const ex_typo *ty)
{
    bool dbl = ty->cp == 0x201C || ty->cp == 0x201E;
    if (!dbl && ty->cp != 0x2018) return 0;
    const unsigned char *s = (const unsigned char *)tc->code;
    for (size_t p = ty->end; p < tc->len && s[p] != '\n'; p++) {
        if (s[p] != 0xE2 || p + 2 >= tc->len || s[p + 1] != 0x80) continue;
        uint32_t cp = 0x2000 + ((uint32_t)(s[p + 2] & 0x3F));
        if (dbl ? (cp == 0x201D || cp == 0x201C) : cp == 0x2019) {
            char msg[320];
            const char *repl = NULL;
            ex_typographic_info(cp, NULL, &repl);
            tc->skip_off = p;
            return add_typo(tc, p, p + 3, ty->line, repl,
                            ex_typographic_message(cp, msg, sizeof msg));
        }
    }
    return 0;
}

static int collect_typo(void *ctx, const ex_typo *ty)
{
    typo_ctx *tc = ctx;
    if (tc->skip_off == ty->start && ty->start != SIZE_MAX) return 0; /* added as a partner */
    if (add_typo(tc, ty->start, ty->end, ty->line, ty->replacement, ty->message)) return 1;
    return add_partner_quote(tc, ty);
}

/* A line that only elides code: "...", "…", or a comment starting with "..." / "…". */
static bool is_elision_line(const char *s, size_t n)
{
    size_t p = 0;
    while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
        p++;
    if (p < n && s[p] == '#') {
        p++;
        while (p < n && (s[p] == ' ' || s[p] == '\t'))
            p++;
        return (n - p >= 3 && memcmp(s + p, "...", 3) == 0) ||
               (n - p >= 3 && memcmp(s + p, "\xE2\x80\xA6", 3) == 0);
    }
    size_t q = p;
    if (n - p >= 3 && (memcmp(s + p, "...", 3) == 0 || memcmp(s + p, "\xE2\x80\xA6", 3) == 0))
        q = p + 3;
    else
        return false;
    while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
        q++;
    return q == n || s[q] == '#';
}

/* Does the comment on line `line` (1-based) start with "..." or "…", as in `x -> # ...`? */
static bool line_elides_body(const char *code, size_t len, size_t line)
{
    size_t pos = 0;
    for (size_t l = 1; l < line && pos < len; pos++)
        l += code[pos] == '\n';
    size_t e = pos;
    while (e < len && code[e] != '\n')
        e++;
    const char *hash = memchr(code + pos, '#', e - pos);
    return hash && is_elision_line(hash, (size_t)(code + e - hash));
}

/* First elision line in [from_line, to_line] (1-based lines of code), or 0. */
static size_t find_elision(const char *code, size_t len, size_t from_line, size_t to_line)
{
    size_t line = 1, pos = 0;
    while (pos <= len && line <= to_line) {
        size_t e = pos;
        while (e < len && code[e] != '\n')
            e++;
        if (line >= from_line && is_elision_line(code + pos, e - pos)) return line;
        line++;
        pos = e + 1;
        if (e >= len) break;
    }
    return 0;
}

static size_t count_lines(const char *code, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += code[i] == '\n';
    return n;
}

static int add_syntax_diag(ex_diag_list *out, const ex_syntax_error *se, const char *code,
                           size_t len, const origin_map *map, size_t line_base)
{
    size_t delta = map->first_line - 1 + line_base - 1;
    size_t elided = 0;
    if (se->code == EX_SYN_MISSING_TERMINATOR)
        elided = find_elision(code, len, se->outer_line, count_lines(code, len));
    else if (se->code == EX_SYN_UNEXPECTED_CLOSER)
        elided = find_elision(code, len, 1, se->line);
    else if (se->code == EX_SYN_MISMATCHED_CLOSER)
        /* An elision hides missing code, not a wrong closer: `%{"a" => b)` is an
         * error unless code is elided between the opener and the closer. */
        elided = find_elision(code, len, se->related_line ? se->related_line : 1, se->line);
    else if (se->code == EX_SYN_EMPTY_CLAUSE && line_elides_body(code, len, se->outer_line))
        elided = se->outer_line;
    ex_diag *d = diag_push(out);
    if (!d) return -1;
    d->start = map_offset(map, se->start);
    d->end = map_offset(map, se->end);
    if (d->end < d->start) d->end = d->start;
    d->line = se->line + delta;
    d->related_line = se->related_line ? se->related_line + delta : 0;
    if (elided) {
        d->kind = EX_DIAG_FRAGMENT;
        /* %.240s leaves room for the explanation; truncation only shortens a long hint */
        char message[EX_DIAG_MESSAGE_MAX + 1];
        snprintf(message, sizeof message, "incomplete excerpt (code elided on line %zu): %.240s",
                 elided + delta, se->message);
        d->message = keep_message(out, message);
    } else {
        d->kind = EX_DIAG_SYNTAX;
        d->message = keep_message(out, se->message);
    }
    return d->message ? 0 : -1;
}

static int check_code(const char *code, size_t len, const origin_map *map, size_t line_base,
                      ex_diag_list *out)
{
    typo_ctx tc;
    ex_syntax_error se;
    char *patched = NULL;
    const char *cur = code;
    size_t delta = map->first_line - 1 + line_base - 1;
    int rc = 0;
    memset(&tc, 0, sizeof tc);
    tc.out = out;
    tc.map = map;
    tc.line_base = line_base;
    for (int pass = 0; pass < MAX_TYPO_PASSES; pass++) {
        tc.fresh = 0;
        tc.skip_off = SIZE_MAX;
        tc.code = cur;
        tc.len = len;
        if (ex_syntax_check(cur, len, delta, collect_typo, &tc, &se) != 0) {
            rc = -1;
            break;
        }
        if (tc.fresh == 0) break;
        if (!patched) {
            patched = malloc(len ? len : 1);
            if (!patched) {
                rc = -1;
                break;
            }
            memcpy(patched, code, len);
        }
        /* Patch the characters found in this pass with their ASCII text padded by spaces, so
         * that offsets do not move, and check again: "smart" quotes then open and close strings
         * as the author meant, and the next pass sees what this one could not. */
        for (size_t i = tc.nseen - tc.fresh; i < tc.nseen; i++) {
            const typo_seen *ts = &tc.seen[i];
            size_t r = strlen(ts->repl);
            memset(patched + ts->off, ' ', ts->len);
            memcpy(patched + ts->off, ts->repl, r <= ts->len ? r : ts->len);
        }
        cur = patched;
        if (pass == MAX_TYPO_PASSES - 1) se.code = EX_SYN_NONE; /* give up quietly */
    }
    if (rc == 0 && tc.oom) rc = -1;
    if (rc == 0 && se.code != EX_SYN_NONE) rc = add_syntax_diag(out, &se, cur, len, map, line_base);
    free(patched);
    free(tc.seen);
    return rc;
}

/* ----- iex sessions ------------------------------------------------------------------------ */

typedef struct {
    char *buf;
    size_t len, cap;
    size_t *line_orig, *line_buf;
    size_t nlines, capl;
} expr_buf;

static int expr_add_line(expr_buf *x, const char *text, size_t from, size_t to)
{
    size_t need = x->len + (to - from) + 1;
    if (need > x->cap) {
        size_t cap = x->cap ? x->cap : 256;
        while (cap < need)
            cap *= 2;
        char *b = realloc(x->buf, cap);
        if (!b) return -1;
        x->buf = b;
        x->cap = cap;
    }
    if (x->nlines == x->capl) {
        size_t cap = x->capl ? x->capl * 2 : 16;
        size_t *a = realloc(x->line_orig, cap * sizeof *a);
        if (!a) return -1;
        x->line_orig = a;
        size_t *b = realloc(x->line_buf, cap * sizeof *b);
        if (!b) return -1;
        x->line_buf = b;
        x->capl = cap;
    }
    if (x->nlines > 0) x->buf[x->len++] = '\n';
    x->line_orig[x->nlines] = from;
    x->line_buf[x->nlines] = x->len;
    x->nlines++;
    memcpy(x->buf + x->len, text + from, to - from);
    x->len += to - from;
    return 0;
}

static int check_expr(expr_buf *x, size_t first_line, size_t snippet_len, size_t line_base,
                      ex_diag_list *out)
{
    origin_map m = {x->line_orig, x->line_buf, x->nlines, first_line, snippet_len};
    int rc = 0;
    bool blank = true;
    for (size_t i = 0; i < x->len && blank; i++)
        blank = x->buf[i] == ' ' || x->buf[i] == '\t' || x->buf[i] == '\n' || x->buf[i] == '\r';
    if (x->nlines > 0 && !blank) rc = check_code(x->buf, x->len, &m, line_base, out);
    x->len = 0;
    x->nlines = 0;
    return rc;
}

static int check_iex(const char *text, size_t len, size_t line_base, ex_diag_list *out)
{
    expr_buf x;
    line_info li;
    size_t pos = 0, line = 1, first = 0;
    int rc = 0;
    memset(&x, 0, sizeof x);
    while (rc == 0 && pos < len) {
        line_at(text, len, pos, &li);
        size_t n = li.end - li.content;
        size_t iex = ex_iex_prompt_len(text + li.content, n, false);
        size_t dots = iex ? 0 : ex_iex_prompt_len(text + li.content, n, true);
        size_t to = li.end;
        if (to > li.content && text[to - 1] == '\r') to--;
        if (iex) {
            rc = check_expr(&x, first, len, line_base, out);
            first = line;
            if (rc == 0) rc = expr_add_line(&x, text, li.content + iex, to);
        } else if (dots && x.nlines > 0) {
            rc = expr_add_line(&x, text, li.content + dots, to);
        } else if (x.nlines > 0) {
            rc = check_expr(&x, first, len, line_base, out);
        }
        pos = li.end + 1;
        line++;
    }
    if (rc == 0) rc = check_expr(&x, first, len, line_base, out);
    free(x.buf);
    free(x.line_orig);
    free(x.line_buf);
    return rc;
}

int ex_check_snippet(const char *text, size_t len, size_t line_base, ex_diag_list *out)
{
    if (!out) return -1;
    if (!text) len = 0;
    if (line_base == 0) line_base = 1;
    if (text && ex_snippet_is_iex(text, len)) return check_iex(text, len, line_base, out);
    origin_map m = {NULL, NULL, 0, 1, len};
    return check_code(text ? text : "", len, &m, line_base, out);
}
