/* The result of linting one file: its findings, in file order. */
#include "core/result.h"
#include "util/vec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

al_diagnostic *al_result_push(al_result *res, const al_rule_info *rule, al_severity sev,
                              al_position start, al_position end, const char *message)
{
    if (res->count == res->cap) {
        al_diagnostic *p = al_vec_grow(res->diags, &res->cap, sizeof *p, 16);
        if (!p) return NULL;
        res->diags = p;
    }
    al_diagnostic *d = &res->diags[res->count++];
    d->rule = rule;
    d->severity = sev;
    d->start = start;
    d->end = end;
    d->message = message;
    d->fix = NULL;
    d->fix_refused = NULL;
    return d;
}

static int compare_diags(const void *pa, const void *pb)
{
    const al_diagnostic *a = pa, *b = pb;
    if (a->start.line != b->start.line) return a->start.line < b->start.line ? -1 : 1;
    if (a->start.column != b->start.column) return a->start.column < b->start.column ? -1 : 1;
    int c = strcmp(a->rule->code, b->rule->code);
    if (c) return c;
    if (a->end.offset != b->end.offset) return a->end.offset < b->end.offset ? -1 : 1;
    return strcmp(a->message, b->message);
}

/* Merges the sorted runs [from, mid) and [mid, to) of in into out. */
static void merge_runs(const al_diagnostic *d, const uint32_t *in, uint32_t *out, size_t from,
                       size_t mid, size_t to)
{
    size_t i = from, j = mid, k = from;
    while (i < mid && j < to)
        out[k++] = compare_diags(&d[in[j]], &d[in[i]]) < 0 ? in[j++] : in[i++];
    while (i < mid)
        out[k++] = in[i++];
    while (j < to)
        out[k++] = in[j++];
}

/* Rules report in file order, one rule after another: the findings are a
 * few sorted runs. They are merged (a pass per doubling of runs), by index,
 * then moved once; already sorted, nothing moves. */
void al_result_sort(al_result *res)
{
    size_t n = res->count;
    al_diagnostic *d = res->diags;
    size_t runs = 1;
    for (size_t i = 1; i < n; i++)
        if (compare_diags(&d[i - 1], &d[i]) > 0) runs++;
    if (runs == 1) return;
    uint32_t *idx = n <= UINT32_MAX ? malloc(n * sizeof *idx) : NULL;
    uint32_t *tmp = idx ? malloc(n * sizeof *tmp) : NULL;
    size_t *starts = tmp ? malloc((runs + 1) * sizeof *starts) : NULL;
    if (!starts) { /* short of memory: sorting in place needs none */
        free(idx);
        free(tmp);
        qsort(d, n, sizeof *d, compare_diags);
        return;
    }
    size_t r = 0;
    starts[r++] = 0;
    for (size_t i = 0; i < n; i++) {
        idx[i] = (uint32_t)i;
        if (i > 0 && compare_diags(&d[i - 1], &d[i]) > 0) starts[r++] = i;
    }
    starts[r] = n;
    while (runs > 1) {
        size_t kept = 0;
        for (size_t k = 0; k < runs; k += 2) {
            size_t to = k + 2 <= runs ? starts[k + 2] : n;
            if (k + 1 < runs)
                merge_runs(d, idx, tmp, starts[k], starts[k + 1], to);
            else
                memcpy(tmp + starts[k], idx + starts[k], (n - starts[k]) * sizeof *tmp);
            starts[kept++] = starts[k];
        }
        starts[kept] = n;
        runs = kept;
        uint32_t *swap = idx;
        idx = tmp;
        tmp = swap;
    }
    /* d[i] becomes the old d[idx[i]]: each cycle of the permutation is
     * followed once, with one finding held aside. */
    for (size_t i = 0; i < n; i++) {
        if (idx[i] == i) continue;
        al_diagnostic held = d[i];
        size_t at = i;
        while (idx[at] != i) {
            size_t from = idx[at];
            d[at] = d[from];
            idx[at] = (uint32_t)at;
            at = from;
        }
        d[at] = held;
        idx[at] = (uint32_t)at;
    }
    free(idx);
    free(tmp);
    free(starts);
}

const char *al_result_path(const al_result *res)
{
    return res->path;
}

size_t al_result_count(const al_result *res)
{
    return res ? res->count : 0;
}

const al_diagnostic *al_result_get(const al_result *res, size_t index)
{
    return index < res->count ? &res->diags[index] : NULL;
}

size_t al_result_retain(al_result *res, const bool *keep)
{
    size_t n = 0;
    for (size_t i = 0; i < res->count; i++)
        if (keep[i]) res->diags[n++] = res->diags[i];
    res->count = n;
    return n;
}

const char *al_result_agent_name(const al_result *res)
{
    return res->agent_name;
}

al_file_kind al_result_kind(const al_result *res)
{
    return res->kind;
}

const char *al_result_kind_reason(const al_result *res)
{
    return res->kind_why ? res->kind_why : "";
}

unsigned long long al_result_stage_ns(const al_result *res, al_stage stage)
{
    return stage < AL_STAGE_COUNT ? res->stage_ns[stage] : 0;
}

const char *al_stage_name(al_stage stage)
{
    static const char *const names[AL_STAGE_COUNT] = {"source", "front matter", "markdown",
                                                      "snippets", "rules"};
    return stage < AL_STAGE_COUNT ? names[stage] : "?";
}

void al_result_free(al_result *res)
{
    if (!res) return;
    free(res->diags);
    free(res->secrets);
    free(res->secret_texts);
    free(res->secret_pairs);
    al_arena_free(&res->arena);
    free(res);
}
