/* Checks across the files of one run: skills, commands and agents that
 * name each other (reference §2, §9.1, §9.3). A name counts with and
 * without its plugin prefix (`plugin:name`), so that only names found
 * nowhere in the run are reported. */
#include <stdlib.h>
#include <string.h>

#include "result.h"
#include "rules/checks.h"
#include "spec/skills.h"
#include "suppress.h"
#include "util/strbuf.h"

/* Per-file halves of the rules: nothing to do until every file is read. */
void al_check_command_shadowed_by_skill(al_context *ctx, const al_document *doc)
{
    (void)ctx;
    (void)doc;
}

void al_check_skill_agent_not_found(al_context *ctx, const al_document *doc)
{
    (void)ctx;
    (void)doc;
}

void al_check_unknown_preloaded_skill(al_context *ctx, const al_document *doc)
{
    (void)ctx;
    (void)doc;
}

typedef struct {
    char **items;
    size_t count, cap;
} name_list;

static bool add_name(name_list *l, const char *a, const char *b)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **p = realloc(l->items, cap * sizeof *p);
        if (!p) return false;
        l->items = p;
        l->cap = cap;
    }
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_printf(&sb, "%s%s%s", a ? a : "", a ? ":" : "", b);
    if (!sb.data) return false;
    l->items[l->count++] = sb.data;
    return true;
}

static int compare_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_name(const name_list *l, const char *name)
{
    return l->count && bsearch(&name, l->items, l->count, sizeof *l->items, compare_str);
}

static void free_names(name_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
}

static const char *plugin_label(const char *root)
{
    if (!root) return NULL;
    const char *slash = strrchr(root, '/');
    return slash && slash[1] ? slash + 1 : root;
}

/* Adds name, and plugin:name for a plugin's file. */
static bool add_both(name_list *l, const al_result *r, const char *name)
{
    return add_name(l, NULL, name) && (!r->plugin || add_name(l, plugin_label(r->plugin), name));
}

static void report(al_result *r, const char *code, al_position s, al_position e, char *msg,
                   const al_options *opts)
{
    const al_rule_info *rule = al_rule_find(code);
    al_severity sev = al_options_severity(opts, rule);
    if (sev == AL_OFF || !msg) return;
    /* Sorted once when every check across files is done, not per finding. */
    if (al_result_push(r, rule, sev, s, e, msg)) al_suppress_late(r);
}

void al_check_references_across_files(const al_options *opts, al_result **results, size_t count)
{
    name_list skills = {0}, agents = {0}, project_skills = {0};
    bool ok = true;
    for (size_t i = 0; i < count && ok; i++) {
        const al_result *r = results[i];
        if (!r) continue;
        if (r->kind == AL_KIND_SKILL && r->ident) {
            ok = add_both(&skills, r, r->ident);
            /* a command clashes with a skill Claude Code loads from the same plugin (or the
             * project's .claude/skills), not with other tools' skills (.agents/skills) */
            if (r->claude_skill)
                ok = ok && add_name(&project_skills, r->plugin ? r->plugin : "", r->ident);
        }
        if (r->kind == AL_KIND_AGENT && r->agent_name)
            ok = ok && add_both(&agents, r, r->agent_name);
    }
    if (!ok) goto done;
    if (skills.count) qsort(skills.items, skills.count, sizeof *skills.items, compare_str);
    if (agents.count) qsort(agents.items, agents.count, sizeof *agents.items, compare_str);
    if (project_skills.count)
        qsort(project_skills.items, project_skills.count, sizeof *project_skills.items,
              compare_str);
    for (size_t i = 0; i < count; i++) {
        al_result *r = results[i];
        if (!r) continue;
        if (r->kind == AL_KIND_COMMAND && r->ident && project_skills.count) {
            al_strbuf key;
            al_strbuf_init(&key);
            al_strbuf_printf(&key, "%s:%s", r->plugin ? r->plugin : "", r->ident);
            if (key.data && has_name(&project_skills, key.data)) {
                al_position s = {1, 1, 0};
                report(r, "SK008", s, s,
                       al_arena_printf(&r->arena,
                                       "a skill named \"%s\" exists too, and a skill wins over a "
                                       "command of the same name, so `/%s` runs the skill, not "
                                       "this command; rename or remove one of them",
                                       r->ident, r->ident),
                       opts);
            }
            al_strbuf_free(&key);
        }
        if ((r->kind == AL_KIND_SKILL || r->kind == AL_KIND_COMMAND) && r->agent_ref.name &&
            agents.count) {
            bool builtin = false;
            for (size_t b = 0; b < al_builtin_agent_type_count; b++)
                builtin = builtin || strcmp(al_builtin_agent_types[b], r->agent_ref.name) == 0;
            if (!builtin && !has_name(&agents, r->agent_ref.name))
                report(r, "SK009", r->agent_ref.start, r->agent_ref.end,
                       al_arena_printf(&r->arena,
                                       "`agent: %s` names no agent among the files linted "
                                       "together, nor a built-in one (general-purpose, Explore, "
                                       "Plan); check the agent's `name`",
                                       r->agent_ref.name),
                       opts);
        }
        if (r->kind == AL_KIND_AGENT && skills.count)
            for (size_t k = 0; k < r->skill_ref_count; k++) {
                const al_name_ref *ref = &r->skill_refs[k];
                if (has_name(&skills, ref->name)) continue;
                report(r, "CC021", ref->start, ref->end,
                       al_arena_printf(&r->arena,
                                       "skill \"%s\" in `skills` is not among the skills linted "
                                       "together; Claude Code skips a missing skill with only a "
                                       "debug-log line, so the agent starts without it; check "
                                       "the skill's folder name",
                                       ref->name),
                       opts);
            }
    }
done:
    free_names(&skills);
    free_names(&agents);
    free_names(&project_skills);
}
