/* The fix loop (al_fix_buffer): lint, apply the fixes, lint again, with a
 * guard that rolls back a pass that makes the file worse, until the text no
 * longer changes: one run leaves nothing that a second run would fix.
 *
 * Users run --fix over a whole tree without reading the diff, so every pass
 * is checked against the text before it: no new error-severity finding, the
 * front matter still parses if it did, and every front-matter key that no
 * edit of the pass touched keeps its value (the node trees are compared, so
 * a value that reads the same in another style is the same). A pass that
 * fails is undone, and the fix to blame is found by halving its fixes (each
 * half tried alone on the same text, a few lints even among thousands of
 * fixes); it is refused for good (matched again in later passes by rule
 * and edits, since positions move), so that one bad fix does not hold back
 * the good ones. When two halves are each fine alone, the first is kept and
 * the loop goes on.
 *
 * The loop ends when a pass changes nothing. Its budgets (passes, trial
 * lints) only stop a text that keeps changing: the fixes still left then
 * are marked as not applied, with the reason, rather than left for a
 * second run to find. */
#include <stdlib.h>
#include <string.h>

#include "core/quote.h"
#include "core/result.h"
#include "engine/fix.h"
#include "parse/frontmatter.h"
#include "parse/source.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/vec.h"

/* Passes that change the text, and passes rolled back, at most each. */
#define MAX_FIX_PASSES 16
/* Lints spent finding the fix to blame for failed passes, at most. */
#define MAX_TRIALS 128

typedef struct {
    char *key; /* what identifies the fix across passes */
    char *reason;
    unsigned text; /* the text it was refused on (fixer.text) */
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
    const bool *subset; /* NULL: every fix not refused; else the diagnostics marked */
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
    if (sel->subset) return sel->subset[i];
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
        if (!q || !same_node(p->value, q->value)) {
            /* The key as YAML read it may hold escapes' control characters:
             * quoted like any text in a message. */
            al_strbuf_puts(why, q ? "the value of `" : "the key `");
            al_strbuf_append_quoted(why, p->key->text, p->key->text_len, 60);
            al_strbuf_printf(why, "` (line %zu), which no edit touches, would %s", line,
                             q ? "change" : "be lost");
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
    unsigned text; /* counts the texts kept: which one data is */
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
    f->text++;
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
    f->refused.items[f->refused.count].text = f->text;
    f->refused.count++;
    return true;
}

/* Applies exactly the fixes batch[0..n) to the current text (those of them
 * that do not overlap); *tried and f->taken say which were applied. */
static bool try_subset(fixer *f, const size_t *batch, size_t n, attempt *a, al_strbuf *why,
                       size_t *tried)
{
    bool *subset = calloc(al_result_count(f->res) + 1, sizeof *subset);
    if (!subset) {
        f->oom = true;
        memset(a, 0, sizeof *a);
        *tried = 0;
        return false;
    }
    for (size_t k = 0; k < n; k++)
        subset[batch[k]] = true;
    selection sel = {&f->refused, f->data, subset, false};
    f->trials++;
    bool bad = try_fixes(f, &sel, a, why, tried);
    free(subset);
    return bad;
}

/* After a failed pass of the fixes batch[0..n) (why: the reason), finds
 * the fix to blame by halving: the half that fails alone holds it, down
 * to one fix, which is refused. When both halves are fine alone (only
 * together do they fail), the first is kept. Returns false when nothing
 * changed (out of trials, or out of memory). */
static bool narrow_down(fixer *f, const size_t *batch, size_t n, al_strbuf *why, size_t *applied)
{
    size_t *b = malloc((n ? n : 1) * sizeof *b);
    if (!b) {
        f->oom = true;
        return false;
    }
    memcpy(b, batch, n * sizeof *b);
    bool progress = false;
    while (!f->oom) {
        if (n == 1) {
            if (!refuse(f, b[0], why->data ? why->data : "it would make the file worse"))
                f->oom = true;
            progress = !f->oom;
            break;
        }
        if (n == 0 || f->trials + 2 > MAX_TRIALS) break;
        size_t half = n / 2, tried = 0;
        attempt first, second;
        al_strbuf why1;
        al_strbuf_init(&why1);
        if (try_subset(f, b, half, &first, &why1, &tried)) {
            memcpy(b, f->taken, tried * sizeof *b); /* the fixes applied: the culprit's among them */
            n = tried;
            al_strbuf_free(why);
            *why = why1;
            continue;
        }
        al_strbuf_free(&why1);
        if (f->oom) break;
        al_strbuf why2;
        al_strbuf_init(&why2);
        if (try_subset(f, b + half, n - half, &second, &why2, &tried)) {
            attempt_free(&first);
            memcpy(b, f->taken, tried * sizeof *b);
            n = tried;
            al_strbuf_free(why);
            *why = why2;
            continue;
        }
        al_strbuf_free(&why2);
        /* Each half is fine alone: keep one that changes the text. */
        attempt *keep = first.applied ? &first : second.applied ? &second : NULL;
        if (keep && !f->oom) {
            *applied += keep_attempt(f, keep);
            progress = true;
        }
        attempt_free(&first);
        attempt_free(&second);
        break;
    }
    free(b);
    return progress;
}

/* Forgets the refusals made on an earlier text: a fix that made that text
 * worse may be fine on this one (the error it brought is there anyway, or
 * gone), and a second run would apply it. Returns whether any was. */
static bool forget_stale_refusals(fixer *f)
{
    size_t kept = 0;
    for (size_t i = 0; i < f->refused.count; i++) {
        refusal *r = &f->refused.items[i];
        if (r->text == f->text) {
            f->refused.items[kept++] = *r;
            continue;
        }
        free(r->key);
        free(r->reason);
    }
    bool forgot = kept < f->refused.count;
    f->refused.count = kept;
    return forgot;
}

/* Marks the findings of the final text whose fixes were refused, and,
 * when the loop stopped on a budget (not converged), those whose fixes are
 * still left: a second run must not find them silently. */
static bool mark_refused(fixer *f, bool converged)
{
    if (f->refused.count == 0 && converged) return true;
    for (size_t i = 0; i < f->res->count; i++) {
        al_diagnostic *d = &f->res->diags[i];
        if (!al_fix_is_applicable(d->fix, f->unsafe)) continue;
        char *key = fix_key(d, f->data);
        if (!key) return false;
        const refusal *r = find_refusal(&f->refused, key);
        free(key);
        const char *reason = r ? r->reason
                             : !converged
                                 ? "the fixes were still changing the text when the limit of "
                                   "passes was reached; run --fix again, and check the result"
                                 : NULL;
        if (!reason) continue;
        d->fix_refused = al_arena_strdup(&f->res->arena, reason);
        if (!d->fix_refused) return false;
        d->fix = NULL;
    }
    return true;
}

al_result *al_fix_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                         al_file_origin origin, bool unsafe, char **out, size_t *out_len,
                         size_t *applied)
{
    fixer f = {opts, path, origin, unsafe, NULL, len, NULL, {NULL, 0, 0}, NULL, 0, 0, false};
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
    bool converged = false;
    for (int pass = 0, failed = 0; !f.oom && pass < MAX_FIX_PASSES && failed < MAX_FIX_PASSES;) {
        selection all = {&f.refused, f.data, NULL, false};
        al_strbuf why;
        al_strbuf_init(&why);
        attempt a;
        size_t n = 0;
        bool bad = try_fixes(&f, &all, &a, &why, &n);
        if (!bad) {
            al_strbuf_free(&why);
            if (f.oom) break;
            if (!a.applied) { /* nothing more applies */
                /* ... unless a fix refused on an earlier text applies now:
                 * tried again on this one (the budgets bound it). */
                if (forget_stale_refusals(&f)) continue;
                converged = true;
                break;
            }
            total += keep_attempt(&f, &a);
            pass++;
            continue;
        }
        failed++;
        /* f.taken holds the n fixes of the failed pass. */
        bool moved = !f.oom && narrow_down(&f, f.taken, n, &why, &total);
        al_strbuf_free(&why);
        if (!moved) break;
    }
    if (!f.oom && !mark_refused(&f, converged)) f.oom = true;
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
