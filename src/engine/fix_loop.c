/* The fix loop (al_fix_buffer): lint, apply the fixes, lint again, with a
 * guard that rolls back a pass that makes the file worse.
 *
 * Users run --fix over a whole tree without reading the diff, so every pass
 * is checked against the text before it: no new error-severity finding, the
 * front matter still parses if it did, and every front-matter key that no
 * edit of the pass touched keeps its value (the node trees are compared, so
 * a value that reads the same in another style is the same). A pass that
 * fails is undone; its fixes are then tried one at a time on the same text,
 * and those that fail alone are refused for good (matched again in later
 * passes by rule and edits, since positions move), so that one bad fix does
 * not hold back the good ones. */
#include <stdlib.h>
#include <string.h>

#include "core/result.h"
#include "engine/fix.h"
#include "parse/frontmatter.h"
#include "parse/source.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/vec.h"

#define MAX_FIX_PASSES 8
/* Fixes tried alone after failed passes, at most: each costs a lint. */
#define MAX_SINGLE_TRIALS 64

typedef struct {
    char *key; /* what identifies the fix across passes */
    char *reason;
} refusal;

typedef struct {
    refusal *items;
    size_t count, cap;
} refusals;

typedef struct {
    size_t start, end;
} touched;

static void refusals_free(refusals *r)
{
    for (size_t i = 0; i < r->count; i++) {
        free(r->items[i].key);
        free(r->items[i].reason);
    }
    free(r->items);
}

/* The rule and, per edit, the bytes replaced and the replacement: the same
 * fix found again after other fixes moved the text. */
static char *fix_key(const al_diagnostic *d, const char *data)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_puts(&sb, d->rule->code);
    for (size_t e = 0; e < d->fix->edit_count; e++) {
        const al_edit *ed = &d->fix->edits[e];
        al_strbuf_putc(&sb, '\x1e');
        al_strbuf_append(&sb, data + ed->start.offset, ed->end.offset - ed->start.offset);
        al_strbuf_putc(&sb, '\x1f');
        al_strbuf_puts(&sb, ed->text);
    }
    if (sb.failed || !sb.data) {
        al_strbuf_free(&sb);
        return NULL;
    }
    return sb.data;
}

typedef struct {
    const refusals *refused;
    const char *data;
    size_t only; /* (size_t)-1: every fix not refused; else just this diagnostic's */
    bool oom;
} selection;

static const refusal *find_refusal(const refusals *r, const char *key)
{
    for (size_t i = 0; i < r->count; i++)
        if (strcmp(r->items[i].key, key) == 0) return &r->items[i];
    return NULL;
}

static bool keep_fix(const al_diagnostic *d, size_t i, void *arg)
{
    selection *sel = arg;
    if (sel->only != (size_t)-1) return i == sel->only;
    if (sel->refused->count == 0) return true;
    char *key = fix_key(d, sel->data);
    if (!key) {
        sel->oom = true;
        return false;
    }
    bool keep = !find_refusal(sel->refused, key);
    free(key);
    return keep;
}

/* ---- what "worse" means ---- */

typedef struct {
    al_arena arena;
    al_source src;
    al_frontmatter fm;
} fm_reading;

static bool read_front_matter(fm_reading *r, const char *data, size_t len)
{
    al_arena_init(&r->arena);
    return al_source_init(&r->src, &r->arena, "", data, len) &&
           al_frontmatter_parse(&r->fm, &r->src, &r->arena);
}

static void reading_free(fm_reading *r)
{
    al_arena_free(&r->arena);
}

static bool parses(const al_frontmatter *fm)
{
    return fm->status == AL_FM_PRESENT && fm->parse_ok;
}

/* A plain scalar that YAML resolves to something other than a string. */
static bool typed_plain(const al_yaml_node *n)
{
    bool b;
    long long i;
    return n->style == AL_YAML_PLAIN && !n->tag &&
           (al_yaml_is_null(n) || al_yaml_is_bool(n, &b) || al_yaml_is_int(n, &i));
}

static bool same_node(const al_yaml_node *a, const al_yaml_node *b)
{
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case AL_YAML_SCALAR:
        if (typed_plain(a) != typed_plain(b)) return false;
        return a->text_len == b->text_len && memcmp(a->text, b->text, a->text_len) == 0;
    case AL_YAML_ALIAS:
        return strcmp(a->anchor ? a->anchor : "", b->anchor ? b->anchor : "") == 0;
    case AL_YAML_SEQUENCE:
        if (a->count != b->count) return false;
        for (size_t i = 0; i < a->count; i++)
            if (!same_node(a->items[i], b->items[i])) return false;
        return true;
    case AL_YAML_MAPPING:
        if (a->count != b->count) return false;
        for (size_t i = 0; i < a->count; i++)
            if (!same_node(a->pairs[i].key, b->pairs[i].key) ||
                !same_node(a->pairs[i].value, b->pairs[i].value))
                return false;
        return true;
    }
    return false;
}

static bool is_touched(size_t start, size_t end, const touched *t, size_t nt)
{
    for (size_t i = 0; i < nt; i++)
        if (t[i].start <= end && start <= t[i].end) return true;
    return false;
}

/* The first top-level key that no edit touched and whose value differs
 * (or is gone) after; writes why to *why. */
static bool changed_untouched_key(const fm_reading *before, const fm_reading *after,
                                  const touched *t, size_t nt, al_strbuf *why)
{
    const al_yaml_node *rb = before->fm.root, *ra = after->fm.root;
    if (!rb || rb->kind != AL_YAML_MAPPING) return false;
    for (size_t i = 0; i < rb->count; i++) {
        const al_yaml_pair *p = &rb->pairs[i];
        if (p->key->kind != AL_YAML_SCALAR) continue;
        if (is_touched(p->key->start, p->value->end, t, nt)) continue;
        /* The lenient reading sees only a key's own line: an empty value
         * there may stand for lines below that it does not read. */
        if (before->fm.lenient && p->value->kind == AL_YAML_SCALAR && p->value->text_len == 0)
            continue;
        size_t line = al_source_line_of(&before->src, p->key->start);
        const al_yaml_pair *q =
            ra && ra->kind == AL_YAML_MAPPING ? al_yaml_get_pair(ra, p->key->text) : NULL;
        if (!q) {
            al_strbuf_printf(why, "the key `%s` (line %zu), which no edit touches, would be lost",
                             p->key->text, line);
            return true;
        }
        if (!same_node(p->value, q->value)) {
            al_strbuf_printf(why,
                             "the value of `%s` (line %zu), which no edit touches, would change",
                             p->key->text, line);
            return true;
        }
    }
    return false;
}

/* Why the text after (linted as ra) is worse than before (linted as rb),
 * written to why; false when it is not worse. The edits applied, in
 * before's offsets, are t. */
static bool worse(const al_result *rb, const char *db, size_t lb, const al_result *ra,
                  const char *da, size_t la, const touched *t, size_t nt, al_strbuf *why, bool *oom)
{
    size_t nrules = al_rule_count();
    size_t *errors = calloc(nrules, sizeof *errors);
    if (!errors) {
        *oom = true;
        return false;
    }
    for (size_t i = 0; i < al_result_count(rb); i++) {
        const al_diagnostic *d = al_result_get(rb, i);
        if (d->severity == AL_ERROR) errors[al_rule_index(d->rule)]++;
    }
    const al_diagnostic *new_error = NULL;
    for (size_t i = 0; i < al_result_count(ra) && !new_error; i++) {
        const al_diagnostic *d = al_result_get(ra, i);
        if (d->severity != AL_ERROR) continue;
        size_t *n = &errors[al_rule_index(d->rule)];
        if (*n == 0)
            new_error = d;
        else
            (*n)--;
    }
    free(errors);
    if (new_error) {
        al_strbuf_printf(why, "the fixed text would get a new error, %s %s on line %zu: %s",
                         new_error->rule->code, new_error->rule->name, new_error->start.line,
                         new_error->message);
        return true;
    }
    fm_reading before, after;
    bool ok_b = read_front_matter(&before, db, lb);
    bool ok_a = read_front_matter(&after, da, la);
    bool bad = false;
    if (!ok_b || !ok_a) {
        *oom = true;
    } else if (parses(&before.fm) && !parses(&after.fm)) {
        bad = true;
        if (after.fm.status != AL_FM_PRESENT)
            al_strbuf_puts(why, "the front matter would no longer be delimited by `---` lines");
        else
            al_strbuf_printf(why, "the front matter would no longer parse as YAML (line %zu: %s)",
                             al_source_line_of(&after.src, after.fm.error_offset),
                             after.fm.error_problem ? after.fm.error_problem : "nested too deep");
    } else if (before.fm.status == AL_FM_PRESENT && (parses(&before.fm) || before.fm.lenient)) {
        bad = changed_untouched_key(&before, &after, t, nt, why);
    }
    reading_free(&before);
    reading_free(&after);
    return bad && !why->failed;
}

/* ---- the loop ---- */

typedef struct {
    const al_options *opts;
    const char *path;
    al_file_origin origin;
    bool unsafe;
    char *data; /* the current text and its lint */
    size_t len;
    al_result *res;
    refusals refused;
    size_t *taken; /* room for one index per diagnostic of res */
    size_t trials;
    bool oom;
} fixer;

/* The outcome of applying some fixes to the current text. */
typedef struct {
    char *data;
    size_t len;
    al_result *res;
    size_t applied;
} attempt;

static void attempt_free(attempt *a)
{
    free(a->data);
    al_result_free(a->res);
    memset(a, 0, sizeof *a);
}

/* Applies the fixes sel picks to the current text and lints the outcome into
 * *a (a->applied == 0: nothing applied). Returns true when it is worse, with
 * the reason in why; then *a is freed. f->taken gets the diagnostics whose
 * fixes were applied. */
static bool try_fixes(fixer *f, selection *sel, attempt *a, al_strbuf *why, size_t *tried)
{
    memset(a, 0, sizeof *a);
    size_t applied = 0, nlen = 0;
    char *next = al_fix_apply_selected(f->res, f->data, f->len, f->unsafe, keep_fix, sel, &nlen,
                                       &applied, f->taken);
    *tried = applied;
    if (!next || sel->oom) {
        free(next);
        f->oom = true;
        return false;
    }
    if (applied == 0 || (nlen == f->len && memcmp(next, f->data, nlen) == 0)) {
        free(next);
        return false;
    }
    al_result *nres = al_lint_buffer(f->opts, f->path, next, nlen, f->origin);
    size_t nt = 0;
    for (size_t k = 0; k < applied; k++)
        nt += al_result_get(f->res, f->taken[k])->fix->edit_count;
    touched *t = malloc((nt + 1) * sizeof *t);
    if (!nres || !t) {
        free(t);
        free(next);
        al_result_free(nres);
        f->oom = true;
        return false;
    }
    nt = 0;
    for (size_t k = 0; k < applied; k++) {
        const al_fix *fx = al_result_get(f->res, f->taken[k])->fix;
        for (size_t e = 0; e < fx->edit_count; e++) {
            t[nt].start = fx->edits[e].start.offset;
            t[nt].end = fx->edits[e].end.offset;
            nt++;
        }
    }
    a->data = next;
    a->len = nlen;
    a->res = nres;
    a->applied = applied;
    bool bad = worse(f->res, f->data, f->len, nres, next, nlen, t, nt, why, &f->oom);
    free(t);
    if (bad || f->oom) attempt_free(a);
    return bad;
}

/* Makes a the current text; returns the number of fixes it applied. */
static size_t keep_attempt(fixer *f, attempt *a)
{
    size_t n = a->applied;
    free(f->data);
    al_result_free(f->res);
    f->data = a->data;
    f->len = a->len;
    f->res = a->res;
    memset(a, 0, sizeof *a);
    size_t *taken = realloc(f->taken, (al_result_count(f->res) + 1) * sizeof *taken);
    if (!taken)
        f->oom = true;
    else
        f->taken = taken;
    return n;
}

static bool refuse(fixer *f, size_t diag, const char *reason)
{
    if (f->refused.count == f->refused.cap) {
        refusal *p = al_vec_grow(f->refused.items, &f->refused.cap, sizeof *p, 4);
        if (!p) return false;
        f->refused.items = p;
    }
    char *key = fix_key(al_result_get(f->res, diag), f->data);
    char *why = strdup(reason);
    if (!key || !why) {
        free(key);
        free(why);
        return false;
    }
    f->refused.items[f->refused.count].key = key;
    f->refused.items[f->refused.count].reason = why;
    f->refused.count++;
    return true;
}

/* After a failed pass of n fixes: each alone on the same text. Those that
 * fail alone are refused (the next pass goes on without them); when none
 * does, the combination was the trouble, and the first fix that is good
 * alone is kept so that the loop moves on. Returns false when nothing
 * changed (no refusal, nothing kept). */
static bool try_each_alone(fixer *f, const size_t *batch, size_t n, size_t *applied)
{
    attempt first_good = {0};
    size_t refused_before = f->refused.count;
    size_t *taken_save = f->taken;
    size_t one_taken[1];
    f->taken = one_taken;
    for (size_t k = 0; k < n && f->trials < MAX_SINGLE_TRIALS && !f->oom; k++, f->trials++) {
        selection one = {&f->refused, f->data, batch[k], false};
        al_strbuf why;
        al_strbuf_init(&why);
        attempt a;
        size_t tried;
        if (try_fixes(f, &one, &a, &why, &tried)) {
            if (!refuse(f, batch[k], why.data ? why.data : "it would make the file worse"))
                f->oom = true;
        } else if (a.applied && !first_good.applied) {
            first_good = a;
        } else {
            attempt_free(&a);
        }
        al_strbuf_free(&why);
    }
    f->taken = taken_save;
    if (f->refused.count > refused_before || f->oom || !first_good.applied) {
        attempt_free(&first_good);
        return f->refused.count > refused_before;
    }
    *applied += keep_attempt(f, &first_good);
    return true;
}

/* Marks the findings of the final text whose fixes were refused. */
static bool mark_refused(fixer *f)
{
    if (f->refused.count == 0) return true;
    for (size_t i = 0; i < f->res->count; i++) {
        al_diagnostic *d = &f->res->diags[i];
        if (!al_fix_is_applicable(d->fix, f->unsafe)) continue;
        char *key = fix_key(d, f->data);
        if (!key) return false;
        const refusal *r = find_refusal(&f->refused, key);
        free(key);
        if (!r) continue;
        d->fix_refused = al_arena_strdup(&f->res->arena, r->reason);
        if (!d->fix_refused) return false;
        d->fix = NULL;
    }
    return true;
}

al_result *al_fix_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                         al_file_origin origin, bool unsafe, char **out, size_t *out_len,
                         size_t *applied)
{
    fixer f = {opts, path, origin, unsafe, NULL, len, NULL, {NULL, 0, 0}, NULL, 0, false};
    size_t total = 0;
    *out = NULL;
    if (out_len) *out_len = 0;
    if (applied) *applied = 0;
    f.data = malloc(len + 1);
    if (!f.data) return NULL;
    if (len) memcpy(f.data, data, len);
    f.data[len] = '\0';
    f.res = al_lint_buffer(opts, path, f.data, len, origin);
    if (f.res) f.taken = malloc((al_result_count(f.res) + 1) * sizeof *f.taken);
    if (!f.res || !f.taken) f.oom = true;
    for (int pass = 0, failed = 0; !f.oom && pass < MAX_FIX_PASSES && failed < MAX_FIX_PASSES;) {
        selection all = {&f.refused, f.data, (size_t)-1, false};
        al_strbuf why;
        al_strbuf_init(&why);
        attempt a;
        size_t n = 0;
        bool bad = try_fixes(&f, &all, &a, &why, &n);
        if (bad && n == 1 &&
            !refuse(&f, f.taken[0], why.data ? why.data : "it makes the file worse"))
            f.oom = true;
        al_strbuf_free(&why);
        if (f.oom) break;
        if (!bad) {
            if (!a.applied) break; /* nothing more applies */
            total += keep_attempt(&f, &a);
            pass++;
            continue;
        }
        failed++;
        /* f.taken holds the n fixes of the failed pass. */
        if (n > 1 && !try_each_alone(&f, f.taken, n, &total)) break;
    }
    if (!f.oom && !mark_refused(&f)) f.oom = true;
    free(f.taken);
    refusals_free(&f.refused);
    if (f.oom) {
        free(f.data);
        al_result_free(f.res);
        return NULL;
    }
    *out = f.data;
    if (out_len) *out_len = f.len;
    if (applied) *applied = total;
    return f.res;
}
