/* The driver of one file: build the document, run every enabled rule, sort. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/options.h"
#include "core/result.h"
#include "engine/cross_file.h"
#include "engine/redact.h"
#include "engine/suppress.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "rules/surface.h"
#include "util/stage_clock.h"
#include "util/thread_cache.h"

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
                         const al_list_entry *entry)
{
    ref->name = al_arena_strndup(&res->arena, entry->text, entry->len);
    ref->start = al_source_position(&doc->src, entry->start);
    ref->end = al_source_position(&doc->src, entry->end);
    return ref->name != NULL;
}

typedef struct {
    al_result *res;
    const al_document *doc;
} skill_refs;

static bool add_skill_ref(void *arg, const al_list_entry *entry)
{
    skill_refs *r = arg;
    if (entry->len > 0 &&
        remember_ref(r->res, r->doc, &r->res->skill_refs[r->res->skill_ref_count], entry))
        r->res->skill_ref_count++;
    return true;
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
    al_list_entry whole = {name->text, name->text_len, 0, 0, name};
    al_scalar_subspan(&m->doc->src, name, 0, name->text_len, &whole.start, &whole.end);
    if (remember_ref(res, m->doc, &res->mcp_refs[res->mcp_ref_count], &whole)) res->mcp_ref_count++;
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
        const al_yaml_node *v = a ? a->value : NULL;
        if (v && v->kind == AL_YAML_SCALAR && !al_yaml_is_null(v) && v->text_len > 0) {
            al_list_entry whole = {v->text, v->text_len, 0, 0, v};
            al_scalar_subspan(&doc->src, v, 0, v->text_len, &whole.start, &whole.end);
            remember_ref(res, doc, &res->agent_ref, &whole);
        }
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
    /* a list, or a comma-separated string */
    skill_refs refs = {res, doc};
    al_split_list(&doc->src, v, 0, add_skill_ref, &refs);
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
        if (rule->flags & AL_RULE_RUN_LEVEL) continue; /* found by the engine below */
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
