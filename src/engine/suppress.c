#include "engine/suppress.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/options.h"
#include "core/result.h"
#include "rules/checks.h"
#include "util/strbuf.h"

typedef enum {
    DIR_NEXT_LINE,
    DIR_LINE,
    DIR_DISABLE,
    DIR_ENABLE,
    DIR_FILE,
} dir_kind;

/* Longest first, so that "disable" does not take "disable-file". */
/* clang-format off */
static const struct {
    const char *word;
    dir_kind kind;
} keywords[] = {
    {"disable-next-line", DIR_NEXT_LINE},
    {"disable-line",      DIR_LINE},
    {"disable-file",      DIR_FILE},
    {"disable",           DIR_DISABLE},
    {"enable",            DIR_ENABLE},
};
/* clang-format on */

typedef struct {
    dir_kind kind;
    size_t line;       /* where the directive is */
    size_t target;     /* the line it covers (line directives) */
    size_t start, end; /* byte span of the comment */
    bool has_list;     /* a rule list was given (perhaps all unknown) */
    const al_rule_info **rules;
    bool *used; /* per rule, or used[0] when there is no list */
    const char **unused_msg;
    size_t rule_count;
} directive;

/* One rule a directive covers, at one line: the index that finds the
 * directive of a finding by binary search, not by a scan of every directive
 * (100k findings under 100k directives were 10^10 steps). */
typedef struct {
    size_t rule; /* al_rule_index + 1; 0: every rule (a directive without a list) */
    size_t line; /* the line covered (line directives), where it is (ranges), 0 (file) */
    size_t dir;  /* index in dirs */
    int slot;
} cover;

typedef struct {
    cover *items; /* sorted by rule, line, dir, slot; one per rule and directive */
    size_t count;
} cover_index;

struct al_suppress_state {
    directive *dirs;
    size_t count;
    cover_index lines, ranges, files; /* by kind: -line/-next-line, disable/enable, -file */
};

typedef struct {
    al_result *res;
    const al_document *doc;
    const al_options *opts;
    directive *dirs;
    size_t count, cap;
    bool ok;
    const al_rule_info *al001, *al002;
    /* The last rule token looked up: directives mostly repeat one. */
    char last_tok[64];
    const al_rule_info *last_rule;
    bool last_renamed;
    const char *last_since;
} parser;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void report_at(parser *p, const char *code, bool as_note, size_t start, size_t end,
                      const char *msg)
{
    const al_rule_info *r = strcmp(code, "AL001") == 0   ? p->al001
                            : strcmp(code, "AL002") == 0 ? p->al002
                                                         : al_rule_find(code);
    if (!r) return;
    /* A file linted once per kind has its directives judged once, with its
     * body (al_options_set_body_rules). */
    if (p->opts && p->opts->no_body_rules && (r == p->al001 || r == p->al002)) return;
    al_severity sev = al_options_severity(p->opts, r);
    if (as_note && sev != AL_OFF) sev = AL_INFO;
    if (sev == AL_OFF || !msg) return;
    if (!al_result_push(p->res, r, sev, al_source_position(&p->doc->src, start),
                        al_source_position(&p->doc->src, end), msg))
        p->ok = false;
}

static void report(parser *p, const char *code, size_t start, size_t end, const char *msg)
{
    report_at(p, code, false, start, end, msg);
}

/* The directives grow by realloc (the arena adopts them at the end), not by
 * copies left behind in the arena. */
static directive *push_dir(parser *p)
{
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        directive *d = realloc(p->dirs, cap * sizeof *d);
        if (!d) {
            p->ok = false;
            return NULL;
        }
        p->dirs = d;
        p->cap = cap;
    }
    directive *d = &p->dirs[p->count++];
    memset(d, 0, sizeof *d);
    return d;
}

/* Parses the text after "agentlint-": [text, text+len) runs to the end of
 * the comment. start/end is the comment's span, for reports. */
static void parse_directive(parser *p, const char *text, size_t len, size_t start, size_t end,
                            size_t line, size_t target_line)
{
    size_t i = 0;
    int which = -1;
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
        size_t wl = strlen(keywords[k].word);
        if (len >= wl && memcmp(text, keywords[k].word, wl) == 0 &&
            (wl == len || is_space(text[wl]) || text[wl] == ',')) {
            which = (int)k;
            i = wl;
            break;
        }
    }
    if (which < 0) {
        size_t wl = 0;
        while (wl < len && !is_space(text[wl]) && wl < 40)
            wl++;
        al_strbuf w;
        al_strbuf_init(&w);
        al_strbuf_append_quoted(&w, text, wl, 40);
        char *msg = al_arena_printf(
            &p->res->arena,
            "`agentlint-%s` is not a suppression directive, so it suppresses nothing; use "
            "agentlint-disable-next-line, -disable-line, -disable, -enable or -disable-file",
            w.data ? w.data : "");
        al_strbuf_free(&w);
        report(p, "AL002", start, end, msg);
        return;
    }
    directive *d = push_dir(p);
    if (!d) return;
    d->kind = keywords[which].kind;
    d->line = line;
    d->target = d->kind == DIR_NEXT_LINE ? target_line : line;
    d->start = start;
    d->end = end;
    /* Count the tokens first. */
    size_t cap = 0;
    for (size_t j = i; j < len; j++)
        if (!is_space(text[j]) && text[j] != ',' &&
            (j == i || is_space(text[j - 1]) || text[j - 1] == ','))
            cap++;
    /* One allocation for the three arrays: pointers first, then the flags. */
    char *arrays = al_arena_alloc(
        &p->res->arena, (cap + 1) * (sizeof *d->rules + sizeof *d->unused_msg + sizeof *d->used));
    if (!arrays) {
        p->ok = false;
        p->count--;
        return;
    }
    d->rules = (const al_rule_info **)(void *)arrays;
    d->unused_msg = (const char **)(void *)(arrays + (cap + 1) * sizeof *d->rules);
    d->used = (bool *)(arrays + (cap + 1) * (sizeof *d->rules + sizeof *d->unused_msg));
    while (i < len) {
        while (i < len && (is_space(text[i]) || text[i] == ','))
            i++;
        size_t s = i;
        while (i < len && !is_space(text[i]) && text[i] != ',')
            i++;
        if (i == s) break;
        if (i - s == 2 && text[s] == '-' && text[s + 1] == '-') break; /* a reason follows */
        d->has_list = true;
        /* No rule's code or name is this long: no lookup. */
        char tok[sizeof p->last_tok];
        const al_rule_info *r = NULL;
        bool renamed = false;
        const char *since = NULL;
        if (i - s < sizeof tok) {
            memcpy(tok, text + s, i - s);
            tok[i - s] = '\0';
            if (strcmp(tok, p->last_tok) != 0) {
                strcpy(p->last_tok, tok);
                p->last_rule = al_rule_find(tok);
                p->last_renamed =
                    p->last_rule && al_rule_find_renamed(tok, &p->last_since) == p->last_rule;
            }
            r = p->last_rule;
            renamed = p->last_renamed;
            since = p->last_since;
        }
        if (r) {
            d->rules[d->rule_count++] = r;
            if (renamed) {
                /* It works; say what to write instead. */
                char *msg = al_arena_printf(
                    &p->res->arena,
                    "suppression names `%s`, the old code of %s %s (renamed in %s: markdownlint's "
                    "MD codes are other rules); it still works, but write `%s`",
                    tok, r->code, r->name, since, r->code);
                report_at(p, "AL002", true, start, end, msg);
            }
            continue;
        }
        al_strbuf w;
        al_strbuf_init(&w);
        al_strbuf_append_quoted(&w, text + s, i - s, 40);
        char *msg = al_arena_printf(&p->res->arena,
                                    "suppression names `%s`, which is not a rule code or name, so "
                                    "it suppresses nothing for it; see `agentlint --list-rules`",
                                    w.data ? w.data : "");
        al_strbuf_free(&w);
        report(p, "AL002", start, end, msg);
    }
}

/* ---- the Markdown body ---- */

/* Finds needle in the source lines [first, last], from *from on. */
static bool find_in_lines(const al_source *src, size_t first, size_t last, const char *needle,
                          size_t nlen, size_t *from, size_t *at)
{
    if (first < 1 || first > src->line_count) return false;
    if (last > src->line_count) last = src->line_count;
    size_t s = src->line_start[first - 1];
    size_t e = last < src->line_count ? src->line_start[last] : src->len;
    if (*from > s) s = *from;
    for (size_t i = s; i + nlen <= e; i++)
        if (memcmp(src->data + i, needle, nlen) == 0) {
            *at = i;
            *from = i + nlen;
            return true;
        }
    return false;
}

static void body_directives(parser *p)
{
    const al_document *doc = p->doc;
    const al_source *src = &doc->src;
    /* Comments come in file order: each is searched for after the last one
     * found, so that many on one line cost the line's length once (and two
     * alike on a line are two places, not one). */
    size_t from = 0;
    for (size_t c = 0; c < doc->md.comment_count; c++) {
        const al_html_comment *hc = &doc->md.comments[c];
        const char *t = hc->text, *tend = hc->text + hc->len;
        /* Inline HTML has only its paragraph's lines: search as many lines
         * as the comment has, at least. */
        size_t last = hc->line;
        for (size_t q = 0; q < hc->len; q++)
            if (hc->text[q] == '\n') last++;
        if (hc->end_line > last) last = hc->end_line;
        for (;;) {
            const char *open = NULL;
            for (const char *q = t; q + 4 <= tend; q++)
                if (memcmp(q, "<!--", 4) == 0) {
                    open = q;
                    break;
                }
            if (!open) break;
            const char *close = NULL;
            for (const char *q = open + 4; q + 3 <= tend; q++)
                if (memcmp(q, "-->", 3) == 0) {
                    close = q;
                    break;
                }
            if (!close) break;
            t = close + 3;
            const char *inner = open + 4;
            while (inner < close && is_space(*inner))
                inner++;
            if ((size_t)(close - inner) < 10 || memcmp(inner, "agentlint-", 10) != 0) continue;
            /* Locate the comment in the file by its first line. */
            size_t first_len = 0;
            while (open + first_len < close + 3 && open[first_len] != '\n')
                first_len++;
            size_t at;
            if (!find_in_lines(src, hc->line, last, open, first_len, &from, &at)) continue;
            size_t line = al_source_line_of(src, at);
            size_t clen = (size_t)(close + 3 - open);
            size_t end = at + clen <= src->len ? at + clen : at + first_len;
            size_t end_line = line;
            for (const char *q = open; q < close; q++)
                if (*q == '\n') end_line++;
            parse_directive(p, inner + 10, (size_t)(close - inner - 10), at, end, line,
                            end_line + 1);
        }
    }
}

/* ---- the front matter ---- */

static size_t node_start(const al_yaml_node *n, size_t i)
{
    return n->kind == AL_YAML_SEQUENCE ? n->items[i]->start : n->pairs[i].key->start;
}

static size_t node_end(const al_yaml_node *n, size_t i)
{
    if (n->kind == AL_YAML_SEQUENCE) return n->items[i]->end;
    return n->pairs[i].value ? n->pairs[i].value->end : n->pairs[i].key->end;
}

/* Whether off is inside a scalar of the tree at n. Children come in file
 * order without overlapping: the one that may hold off is found by binary
 * search (a scan per comment was quadratic in a front matter of 100k
 * commented lines). */
static bool inside_scalar(const al_yaml_node *n, size_t off, int depth)
{
    if (!n || depth > AL_YAML_MAX_DEPTH + 2) return false;
    if (n->kind == AL_YAML_SCALAR) return off >= n->start && off < n->end;
    if (off < n->start || off >= n->end) return false;
    if (n->kind != AL_YAML_SEQUENCE && n->kind != AL_YAML_MAPPING) return false;
    size_t lo = 0, hi = n->count; /* the first child starting after off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (node_start(n, mid) <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i > 0 && (i == lo || node_end(n, i - 1) > off); i--) {
        if (n->kind == AL_YAML_SEQUENCE ? inside_scalar(n->items[i - 1], off, depth + 1)
                                        : inside_scalar(n->pairs[i - 1].key, off, depth + 1) ||
                                              inside_scalar(n->pairs[i - 1].value, off, depth + 1))
            return true;
    }
    return false;
}

static void yaml_directives(parser *p)
{
    const al_document *doc = p->doc;
    const al_frontmatter *fm = &doc->fm;
    const al_source *src = &doc->src;
    if (fm->status != AL_FM_PRESENT || !fm->close_line) return;
    for (size_t line = fm->open_line + 1; line < fm->close_line; line++) {
        size_t s, e;
        al_source_line_span(src, line, &s, &e);
        for (size_t i = s; i < e; i++) {
            if (src->data[i] != '#' ||
                (i > s && src->data[i - 1] != ' ' && src->data[i - 1] != '\t'))
                continue;
            size_t j = i + 1;
            while (j < e && (src->data[j] == ' ' || src->data[j] == '\t'))
                j++;
            if (e - j < 10 || memcmp(src->data + j, "agentlint-", 10) != 0) continue;
            if (inside_scalar(fm->root, i, 0)) continue;
            size_t k = e;
            while (k > j && is_space(src->data[k - 1]))
                k--;
            parse_directive(p, src->data + j + 10, k - j - 10, i, k, line, line + 1);
            break; /* the rest of the line is the comment */
        }
    }
}

/* ---- matching ---- */

static void mark(directive *d, int slot)
{
    d->used[slot < 0 ? 0 : slot] = true;
}

/* The first or the last cover of rule at line (at or before it when upto). */
static const cover *find_cover(const cover_index *ix, size_t rule, size_t line, bool upto)
{
    size_t want = upto ? line + 1 : line; /* the first cover at or after (rule, want) */
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const cover *c = &ix->items[mid];
        if (c->rule < rule || (c->rule == rule && c->line < want))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (upto) return lo > 0 && ix->items[lo - 1].rule == rule ? &ix->items[lo - 1] : NULL;
    return lo < ix->count && ix->items[lo].rule == rule && ix->items[lo].line == line
               ? &ix->items[lo]
               : NULL;
}

/* Of a cover of the rule itself and one of every rule, the first or the
 * last directive in the file. */
static const cover *either(const cover *a, const cover *b, bool last)
{
    if (!a || !b) return a ? a : b;
    return (a->dir > b->dir) == last ? a : b;
}

/* The directive that suppresses a finding of rule on line, or NULL: a line
 * directive for the line, else the last disable/enable before it (when it
 * disables), else a file directive; the first directive in the file wins. */
static directive *suppressor(struct al_suppress_state *st, const al_rule_info *rule, size_t line,
                             int *slot)
{
    size_t r = al_rule_index(rule) + 1;
    const cover *c = either(find_cover(&st->lines, r, line, false),
                            find_cover(&st->lines, 0, line, false), false);
    if (!c) {
        c = either(find_cover(&st->ranges, r, line, true), find_cover(&st->ranges, 0, line, true),
                   true);
        if (c && st->dirs[c->dir].kind != DIR_DISABLE) c = NULL;
    }
    if (!c)
        c = either(find_cover(&st->files, r, 0, false), find_cover(&st->files, 0, 0, false), false);
    if (!c) return NULL;
    *slot = c->slot;
    return &st->dirs[c->dir];
}

static int compare_covers(const void *pa, const void *pb)
{
    const cover *a = pa, *b = pb;
    if (a->rule != b->rule) return a->rule < b->rule ? -1 : 1;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->dir != b->dir) return a->dir < b->dir ? -1 : 1;
    return (a->slot > b->slot) - (a->slot < b->slot);
}

/* The covers of every directive, by kind; a rule named twice in one
 * directive counts at its first slot. False when out of memory. */
static bool build_index(al_arena *arena, struct al_suppress_state *st)
{
    cover_index *ix[] = {&st->lines, &st->ranges, &st->files};
    size_t n[3] = {0, 0, 0};
    for (size_t i = 0; i < st->count; i++) {
        const directive *d = &st->dirs[i];
        size_t k = d->kind == DIR_LINE || d->kind == DIR_NEXT_LINE ? 0
                   : d->kind == DIR_FILE                           ? 2
                                                                   : 1;
        n[k] += d->has_list ? d->rule_count : 1;
    }
    for (size_t k = 0; k < 3; k++) {
        ix[k]->items = n[k] ? al_arena_alloc_uninit(arena, n[k] * sizeof(cover)) : NULL;
        ix[k]->count = 0;
        if (n[k] && !ix[k]->items) return false;
    }
    for (size_t i = 0; i < st->count; i++) {
        const directive *d = &st->dirs[i];
        size_t k = d->kind == DIR_LINE || d->kind == DIR_NEXT_LINE ? 0
                   : d->kind == DIR_FILE                           ? 2
                                                                   : 1;
        size_t line = k == 0 ? d->target : k == 1 ? d->line : 0;
        if (!d->has_list) ix[k]->items[ix[k]->count++] = (cover){0, line, i, 0};
        for (size_t r = 0; d->has_list && r < d->rule_count; r++)
            ix[k]->items[ix[k]->count++] = (cover){al_rule_index(d->rules[r]) + 1, line, i, (int)r};
    }
    for (size_t k = 0; k < 3; k++) {
        cover_index *x = ix[k];
        if (x->count < 2) continue;
        qsort(x->items, x->count, sizeof *x->items, compare_covers);
        size_t kept = 1;
        for (size_t i = 1; i < x->count; i++) {
            const cover *a = &x->items[kept - 1], *b = &x->items[i];
            if (a->rule == b->rule && a->line == b->line && a->dir == b->dir) continue;
            x->items[kept++] = *b;
        }
        x->count = kept;
    }
    return true;
}

static int compare_dirs(const void *pa, const void *pb)
{
    const directive *a = pa, *b = pb;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    return 0;
}

static const char *dir_word(dir_kind k)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].kind == k) return keywords[i].word;
    return "";
}

static bool is_own_rule(const al_rule_info *r)
{
    return r->code[0] == 'A' && r->code[1] == 'L' &&
           (strcmp(r->code, "AL001") == 0 || strcmp(r->code, "AL002") == 0);
}

typedef struct {
    const char *text;
    size_t len;
} unused_text;

/* An AL001 message, one copy for a run of alike directives (the finding is
 * told from the others by its position, see al_suppress_late). */
static const char *unused_message(al_arena *arena, unused_text *last, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static const char *unused_message(al_arena *arena, unused_text *last, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t len;
    char *msg = al_arena_vprintf(arena, &len, fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    if (last->text && last->len == len && memcmp(last->text, msg, len) == 0) {
        al_arena_unalloc(arena, msg, len + 1);
        return last->text;
    }
    last->text = msg;
    last->len = len;
    return msg;
}

/* Whether a rule ran on this file: one for another kind of file (a
 * directive in a file shared by tools, read once per kind) finds nothing
 * here, which does not make the directive unused. */
static bool rule_ran(const al_document *doc, const al_options *opts, const al_rule_info *info)
{
    const al_rule *rule = (const al_rule *)info; /* the info is an al_rule's first member */
    if (!(rule->kinds & AL_KIND_BIT(doc->kind))) return false;
    return !(opts && opts->no_body_rules && al_rule_is_body_rule(rule));
}

bool al_suppress_apply(al_result *res, const al_document *doc, const al_options *opts)
{
    if (opts && opts->no_inline_suppressions) return true;
    if (doc->input != AL_INPUT_TEXT) return true;
    parser p = {.res = res, .doc = doc, .opts = opts, .ok = true};
    p.al001 = al_rule_find("AL001");
    p.al002 = al_rule_find("AL002");
    size_t before = res->count;
    yaml_directives(&p);
    body_directives(&p);
    if (p.dirs && !al_arena_adopt(&res->arena, p.dirs)) {
        free(p.dirs);
        return false;
    }
    if (!p.ok) return false;
    if (p.count == 0) return true;
    qsort(p.dirs, p.count, sizeof *p.dirs, compare_dirs);
    struct al_suppress_state *st = al_arena_alloc(&res->arena, sizeof *st);
    if (!st) return false;
    st->dirs = p.dirs;
    st->count = p.count;
    if (!build_index(&res->arena, st)) return false;
    res->suppress = st;

    /* Drop what is suppressed (not the AL002 reports just made). */
    size_t kept = 0;
    for (size_t i = 0; i < res->count; i++) {
        al_diagnostic *d = &res->diags[i];
        int slot = 0;
        directive *by = i < before && !is_own_rule(d->rule)
                            ? suppressor(st, d->rule, d->start.line, &slot)
                            : NULL;
        if (by) {
            mark(by, slot);
            continue;
        }
        res->diags[kept++] = *d;
    }
    res->count = kept;

    /* Report what suppressed nothing. */
    unused_text last = {NULL, 0};
    for (size_t i = 0; i < st->count; i++) {
        directive *d = &st->dirs[i];
        if (d->kind == DIR_ENABLE) continue;
        const char *word = dir_word(d->kind);
        if (!d->has_list) {
            if (d->used[0]) continue;
            d->unused_msg[0] = unused_message(
                &res->arena, &last,
                "`agentlint-%s` suppresses nothing: no finding is left for it to hide; "
                "remove it, so that it cannot hide a future finding",
                word);
            report(&p, "AL001", d->start, d->end, d->unused_msg[0]);
            continue;
        }
        for (size_t r = 0; r < d->rule_count; r++) {
            if (d->used[r] || al_options_severity(opts, d->rules[r]) == AL_OFF ||
                is_own_rule(d->rules[r]) || !rule_ran(doc, opts, d->rules[r]))
                continue;
            d->unused_msg[r] = unused_message(
                &res->arena, &last,
                "`agentlint-%s %s` suppresses nothing: there is no %s %s finding %s; remove "
                "%s, so that it cannot hide a future finding",
                word, d->rules[r]->code, d->rules[r]->code, d->rules[r]->name,
                d->kind == DIR_FILE      ? "in this file"
                : d->kind == DIR_DISABLE ? "in its range"
                                         : "on the line it covers",
                d->rule_count > 1 ? "the rule from it" : "it");
            report(&p, "AL001", d->start, d->end, d->unused_msg[r]);
        }
    }
    if (!p.ok) return false;

    /* AL001/AL002 themselves can be suppressed by a directive naming them. */
    bool names_own = false;
    for (size_t i = 0; i < st->count; i++)
        for (size_t r = 0; r < st->dirs[i].rule_count; r++)
            if (is_own_rule(st->dirs[i].rules[r])) names_own = true;
    if (!names_own) return true;
    kept = 0;
    for (size_t i = 0; i < res->count; i++) {
        al_diagnostic *d = &res->diags[i];
        if (is_own_rule(d->rule)) {
            int slot = 0;
            directive *by = suppressor(st, d->rule, d->start.line, &slot);
            if (by && by->has_list) {
                mark(by, slot);
                continue;
            }
        }
        res->diags[kept++] = *d;
    }
    res->count = kept;
    return true;
}

void al_suppress_late(al_result *res)
{
    struct al_suppress_state *st = res->suppress;
    if (!st || res->count == 0) return;
    al_diagnostic *d = &res->diags[res->count - 1];
    int slot = 0;
    directive *by = suppressor(st, d->rule, d->start.line, &slot);
    if (!by) return;
    res->count--;
    int s = slot < 0 ? 0 : slot;
    by->used[s] = true;
    const char *msg = by->unused_msg[s];
    if (!msg) return;
    by->unused_msg[s] = NULL;
    for (size_t i = 0; i < res->count; i++)
        if (res->diags[i].message == msg && res->diags[i].start.offset == by->start) {
            memmove(&res->diags[i], &res->diags[i + 1], (res->count - i - 1) * sizeof *res->diags);
            res->count--;
            break;
        }
}

void al_check_suppressions(al_context *ctx, const al_document *doc)
{
    /* The work is done by al_suppress_apply after every rule has run. */
    (void)ctx;
    (void)doc;
}
