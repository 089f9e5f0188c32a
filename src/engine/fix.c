/* Applying a result's fixes to the buffer it came from.
 *
 * Fixes are taken in the order of their first edit; a fix is taken whole or
 * not at all, and not when one of its edits overlaps an edit already taken
 * (two insertions at the same point count as overlapping, since their order
 * would be arbitrary). What is skipped is left for the next pass: the caller
 * lints the new text and applies again. */
#include "engine/fix.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t start, end;
    const char *text;
} span;

static bool overlaps(const span *a, const span *b)
{
    if (a->start == a->end && b->start == b->end) return a->start == b->start;
    if (a->start == a->end) return a->start > b->start && a->start < b->end;
    if (b->start == b->end) return b->start > a->start && b->start < a->end;
    return a->start < b->end && b->start < a->end;
}

static size_t fix_first(const al_fix *f)
{
    size_t m = (size_t)-1;
    for (size_t i = 0; i < f->edit_count; i++)
        if (f->edits[i].start.offset < m) m = f->edits[i].start.offset;
    return m;
}

typedef struct {
    const al_fix *fix;
    size_t diag; /* the index of the (first) diagnostic carrying it */
    size_t first, order;
} candidate;

static int compare_candidates(const void *pa, const void *pb)
{
    const candidate *a = pa, *b = pb;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

static int compare_spans(const void *pa, const void *pb)
{
    const span *a = pa, *b = pb;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    return a->end < b->end ? -1 : a->end > b->end;
}

static int compare_by_fix(const void *pa, const void *pb)
{
    const candidate *a = pa, *b = pb;
    if (a->fix != b->fix) return (uintptr_t)a->fix < (uintptr_t)b->fix ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* Whether s overlaps one of the n taken spans, sorted by (start, end) and
 * pairwise not overlapping, so that their ends do not decrease either: only
 * the spans from the first one ending at or after s starts, up to the first
 * one starting after s ends, can overlap it. */
static bool overlaps_taken(const span *s, const span *taken, size_t n)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (taken[mid].end < s->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t t = lo; t < n && taken[t].start <= s->end; t++)
        if (overlaps(s, &taken[t])) return true;
    return false;
}

bool al_fix_is_applicable(const al_fix *fix, bool unsafe)
{
    return fix && fix->edit_count > 0 && (fix->safe || unsafe);
}

char *al_apply_fixes(const al_result *res, const char *data, size_t len, bool unsafe,
                     size_t *out_len, size_t *applied)
{
    return al_fix_apply_selected(res, data, len, unsafe, NULL, NULL, out_len, applied, NULL);
}

char *al_fix_apply_selected(const al_result *res, const char *data, size_t len, bool unsafe,
                            al_fix_filter keep, void *arg, size_t *out_len, size_t *applied,
                            size_t *taken_diags)
{
    size_t n = al_result_count(res), nfix = 0, nedit = 0;
    if (applied) *applied = 0;
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (al_fix_is_applicable(d->fix, unsafe) && (!keep || keep(d, i, arg))) {
            nfix++;
            nedit += d->fix->edit_count;
        }
    }
    candidate *cands = calloc(nfix ? nfix : 1, sizeof *cands);
    span *taken = calloc(nedit ? nedit : 1, sizeof *taken);
    if (!cands || !taken) {
        free(cands);
        free(taken);
        return NULL;
    }
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (!al_fix_is_applicable(d->fix, unsafe) || (keep && !keep(d, i, arg))) continue;
        cands[c].fix = d->fix;
        cands[c].diag = i;
        cands[c].first = fix_first(d->fix);
        cands[c].order = c;
        c++;
    }
    /* The same fix object attached twice is one fix: sorted by object, the
     * copies are neighbours; the earliest is kept. */
    qsort(cands, c, sizeof *cands, compare_by_fix);
    size_t u = 0;
    for (size_t i = 0; i < c; i++)
        if (u == 0 || cands[u - 1].fix != cands[i].fix) cands[u++] = cands[i];
    c = u;
    qsort(cands, c, sizeof *cands, compare_candidates);
    size_t ntaken = 0, nfixes = 0;
    for (size_t i = 0; i < c; i++) {
        const al_fix *f = cands[i].fix;
        bool ok = true;
        for (size_t e = 0; ok && e < f->edit_count; e++) {
            span s = {f->edits[e].start.offset, f->edits[e].end.offset, f->edits[e].text};
            if (s.end < s.start || s.end > len || !s.text) ok = false;
            if (ok && overlaps_taken(&s, taken, ntaken)) ok = false;
            /* edits of one fix must not overlap each other either */
            for (size_t e2 = 0; ok && e2 < e; e2++) {
                span s2 = {f->edits[e2].start.offset, f->edits[e2].end.offset, NULL};
                if (overlaps(&s, &s2)) ok = false;
            }
        }
        if (!ok) continue;
        for (size_t e = 0; e < f->edit_count; e++) {
            span s = {f->edits[e].start.offset, f->edits[e].end.offset, f->edits[e].text};
            /* kept sorted; fixes come in order, so this is mostly an append */
            size_t at = ntaken;
            while (at > 0 && compare_spans(&taken[at - 1], &s) > 0)
                at--;
            memmove(taken + at + 1, taken + at, (ntaken - at) * sizeof *taken);
            taken[at] = s;
            ntaken++;
        }
        if (taken_diags) taken_diags[nfixes] = cands[i].diag;
        nfixes++;
    }
    size_t size = len;
    for (size_t t = 0; t < ntaken; t++)
        size = size - (taken[t].end - taken[t].start) + strlen(taken[t].text);
    char *out = malloc(size + 1);
    if (!out) {
        free(cands);
        free(taken);
        return NULL;
    }
    size_t at = 0, o = 0;
    for (size_t t = 0; t < ntaken; t++) {
        memcpy(out + o, data + at, taken[t].start - at);
        o += taken[t].start - at;
        size_t tl = strlen(taken[t].text);
        memcpy(out + o, taken[t].text, tl);
        o += tl;
        at = taken[t].end;
    }
    memcpy(out + o, data + at, len - at);
    o += len - at;
    out[o] = '\0';
    free(cands);
    free(taken);
    if (out_len) *out_len = o;
    if (applied) *applied = nfixes;
    return out;
}
