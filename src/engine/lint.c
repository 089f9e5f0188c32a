/* The driver of one file: build the document, run every enabled rule, sort. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "core/options.h"
#include "core/result.h"
#include "engine/redact.h"
#include "rules/surface.h"
#include "engine/suppress.h"
#include "parse/kinds.h"
#include "parse/thread_cache.h"
#include "rules/rule.h"
#include "util/stage_clock.h"

const char *al_severity_name(al_severity sev)
{
    switch (sev) {
    case AL_INFO:
        return "note";
    case AL_WARNING:
        return "warning";
    case AL_ERROR:
        return "error";
    case AL_OFF:
        break;
    }
    return "off";
}

int al_severity_parse(const char *text)
{
    static const char *const names[] = {"off", "note", "warning", "error"};
    for (int i = 0; i < 4; i++)
        if (strcmp(text, names[i]) == 0) return i;
    /* The old word for note (before 0.2.0), still accepted. */
    if (strcmp(text, "info") == 0) return AL_INFO;
    return -1;
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

static void remember_name(al_result *res, const al_document *doc)
{
    const al_yaml_pair *p = doc->agent.name;
    if (doc->kind != AL_KIND_AGENT) return;
    if (!p || p->value->kind != AL_YAML_SCALAR || p->value->text_len == 0) {
        /* a plugin agent without a name Claude Code can read still loads,
         * under its file name (alirezarezvani/claude-skills#977; docs/rules/FM001.md):
         * two such files can clash (anthropics/claude-code#86841) */
        if (doc->plugin_root && doc->input == AL_INPUT_TEXT) {
            res->agent_name = al_plugin_agent_file_id(res->path, doc->plugin_root, &res->arena);
            res->name_start = res->name_end = al_source_position(&doc->src, 0);
        }
        return;
    }
    res->agent_name = al_arena_strndup(&res->arena, p->value->text, p->value->text_len);
    res->name_start = al_source_position(&doc->src, p->value->start);
    res->name_end = al_source_position(&doc->src, p->value->end);
}

static bool remember_ref(al_result *res, const al_document *doc, al_name_ref *ref,
                         const al_yaml_node *node, size_t a, size_t b)
{
    size_t s, e;
    al_scalar_subspan(&doc->src, node, a, b, &s, &e);
    ref->name = al_arena_strndup(&res->arena, node->text + a, b - a);
    ref->start = al_source_position(&doc->src, s);
    ref->end = al_source_position(&doc->src, e);
    return ref->name != NULL;
}

al_path_ident al_path_identity(const char *path, al_file_kind kind, const char *plugin_root)
{
    al_path_ident id = {NULL, 0, false};
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (kind == AL_KIND_SKILL && base != path) {
        const char *dir = base - 1;
        while (dir > path && dir[-1] != '/')
            dir--;
        id.ident = dir;
        id.ident_len = (size_t)(base - 1 - dir);
        id.claude_skill = al_kind_claude_loads_skill(path, plugin_root);
    } else if (kind == AL_KIND_COMMAND) {
        const char *dot = strrchr(base, '.');
        id.ident = base;
        id.ident_len = dot ? (size_t)(dot - base) : strlen(base);
    }
    return id;
}

typedef struct {
    al_result *res;
    const al_document *doc;
    size_t cap;
} mcp_names;

static void add_defined(const al_yaml_node *name, void *ctx)
{
    mcp_names *m = ctx;
    al_result *res = m->res;
    if (res->mcp_defined_count == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 8;
        char **v =
            al_arena_realloc(&res->arena, res->mcp_defined, m->cap * sizeof *v, cap * sizeof *v);
        if (!v) return;
        res->mcp_defined = v;
        m->cap = cap;
    }
    char *copy = al_arena_strndup(&res->arena, name->text, name->text_len);
    if (copy) res->mcp_defined[res->mcp_defined_count++] = copy;
}

static void add_named(const al_yaml_node *name, void *ctx)
{
    mcp_names *m = ctx;
    al_result *res = m->res;
    if (res->mcp_ref_count == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 8;
        al_name_ref *v =
            al_arena_realloc(&res->arena, res->mcp_refs, m->cap * sizeof *v, cap * sizeof *v);
        if (!v) return;
        res->mcp_refs = v;
        m->cap = cap;
    }
    if (remember_ref(res, m->doc, &res->mcp_refs[res->mcp_ref_count], name, 0, name->text_len))
        res->mcp_ref_count++;
}

/* The MCP servers a file defines and an agent names, for MC003. */
static void remember_mcp(al_result *res, const al_document *doc)
{
    mcp_names defined = {res, doc, 0}, named = {res, doc, 0};
    al_mcp_servers_defined(res->path, doc, add_defined, &defined);
    /* a plugin agent's `mcpServers` is ignored whole (PL006 says so) */
    if (doc->kind == AL_KIND_AGENT && !doc->plugin_root)
        al_mcp_servers_named(doc, add_named, &named);
}

/* What checks across files need: the plugin, a skill's or command's name, an
 * agent's `skills:` entries, a skill's `agent:`. */
static void remember_refs(al_result *res, const al_document *doc)
{
    if (doc->plugin_root) res->plugin = al_arena_strdup(&res->arena, doc->plugin_root);
    al_path_ident id = al_path_identity(res->path, doc->kind, doc->plugin_root);
    if (id.ident) res->ident = al_arena_strndup(&res->arena, id.ident, id.ident_len);
    res->claude_skill = id.claude_skill;
    const al_yaml_node *f = doc->input == AL_INPUT_TEXT ? doc->agent.fields : NULL;
    if (!f) return;
    if (doc->kind == AL_KIND_SKILL || doc->kind == AL_KIND_COMMAND) {
        const al_yaml_pair *a = al_yaml_get_pair(f, "agent");
        if (a && a->value->kind == AL_YAML_SCALAR && !al_yaml_is_null(a->value) &&
            a->value->text_len > 0)
            remember_ref(res, doc, &res->agent_ref, a->value, 0, a->value->text_len);
        return;
    }
    const al_yaml_pair *sk = doc->kind == AL_KIND_AGENT ? al_yaml_get_pair(f, "skills") : NULL;
    if (!sk) return;
    const al_yaml_node *v = sk->value;
    size_t n = v->kind == AL_YAML_SEQUENCE ? v->count
               : v->kind == AL_YAML_SCALAR ? v->text_len + 1
                                           : 0;
    if (n == 0 || al_yaml_is_null(v)) return;
    res->skill_refs = al_arena_alloc(&res->arena, n * sizeof *res->skill_refs);
    if (!res->skill_refs) return;
    if (v->kind == AL_YAML_SEQUENCE) {
        for (size_t i = 0; i < v->count; i++)
            if (v->items[i]->kind == AL_YAML_SCALAR && v->items[i]->text_len &&
                remember_ref(res, doc, &res->skill_refs[res->skill_ref_count], v->items[i], 0,
                             v->items[i]->text_len))
                res->skill_ref_count++;
        return;
    }
    /* a comma-separated string */
    const char *t = v->text;
    for (size_t i = 0, from = 0; i <= v->text_len; i++) {
        if (i < v->text_len && t[i] != ',') continue;
        size_t a = from, b = i;
        while (a < b && t[a] == ' ')
            a++;
        while (b > a && t[b - 1] == ' ')
            b--;
        if (b > a && remember_ref(res, doc, &res->skill_refs[res->skill_ref_count], v, a, b))
            res->skill_ref_count++;
        from = i + 1;
    }
}

al_result *al_lint_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                          al_file_origin origin)
{
    al_result *res = calloc(1, sizeof *res);
    if (!res) return NULL;
    /* Most files have a few findings: a small first chunk, since results
     * may be kept until the run ends. */
    al_arena_init_sized(&res->arena, 1024);
    res->path = al_arena_strdup(&res->arena, path ? path : "-");
    if (!res->path) {
        al_result_free(res);
        return NULL;
    }
    /* the thread's arena, kept between files (thread_cache.h) */
    al_arena own_arena;
    al_arena *doc_arena = al_thread_arena_take(&own_arena);
    al_document doc;
    if (!al_document_build(&doc, doc_arena, opts, res->path, data, len, origin)) {
        al_document_free(&doc);
        al_thread_arena_release(doc_arena, &own_arena);
        al_result_free(res);
        return NULL;
    }
    bool timed = opts && opts->timings;
    unsigned long long t = timed ? al_thread_cpu_ns() : 0;
    al_context ctx = {.res = res, .doc = &doc, .rule = NULL, .opts = opts};
    bool body_rules = !(opts && opts->no_body_rules);
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule *rule = &al_rule_table[i];
        if (al_options_severity(opts, &rule->info) == AL_OFF) continue;
        if (!(rule->kinds & AL_KIND_BIT(doc.kind))) continue;
        if (!body_rules && al_rule_is_body_rule(rule)) continue;
        ctx.rule = rule;
        rule->check(&ctx, &doc);
    }
    remember_name(res, &doc);
    remember_refs(res, &doc);
    remember_mcp(res, &doc);
    res->kind = doc.kind;
    res->kind_why = al_arena_strdup(&res->arena, doc.kind_why ? doc.kind_why : "");
    /* Secrets before suppressions: a suppressed finding still masks. */
    bool ok = al_secrets_collect(res, &doc, opts) && al_suppress_apply(res, &doc, opts) &&
              al_secrets_mask_messages(res);
    al_result_sort(res);
    al_stage_lap(timed, &t, &res->stage_ns[AL_STAGE_RULES]);
    for (int s = 0; s < AL_STAGE_RULES; s++)
        res->stage_ns[s] = doc.stage_ns[s];
    al_document_free(&doc);
    al_thread_arena_release(doc_arena, &own_arena);
    if (!ok) {
        al_result_free(res);
        return NULL;
    }
    return res;
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
