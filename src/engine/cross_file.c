/* Checks across the files of one run: agents with the same name, and
 * skills, commands and agents that name each other (reference §2, §9.1,
 * §9.3). A name counts with and without its plugin prefix (`plugin:name`),
 * so that only names found nowhere in the run are reported.
 *
 * The run is read one file at a time, in its order, so that a driver can
 * print each file as soon as it is linted: what is kept of a file is its
 * names, not its result. A duplicate name is reported on the later file, so
 * the files before it decide it. A reference can point forward: a skill is
 * one by its path alone (al_across_add_path), an agent only by its text, so
 * a check that the files seen so far cannot decide says what it needs. */
#include <stdlib.h>
#include <string.h>

#include "parse/kinds.h"
#include "core/result.h"
#include "rules/checks.h"
#include "spec/skills.h"
#include "engine/suppress.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Per-file halves of the rules: nothing to do until the other files are read. */
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

void al_check_unknown_mcp_server(al_context *ctx, const al_document *doc)
{
    (void)ctx;
    (void)doc;
}

/* A set of byte strings (open addressing), each with an optional value: the
 * first file that used the name, for CC004. */
typedef struct {
    char *key;
    size_t len;
    char *first_path; /* quoted for a message */
    size_t first_line;
} name_slot;

typedef struct {
    name_slot *slots;
    size_t cap, count;
} name_set;

static size_t hash_bytes(const char *s, size_t len)
{
    size_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static name_slot *set_find(const name_set *set, const char *key, size_t len)
{
    if (!set->cap) return NULL;
    for (size_t i = hash_bytes(key, len) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        name_slot *s = &set->slots[i];
        if (!s->key) return s;
        if (s->len == len && memcmp(s->key, key, len) == 0) return s;
    }
}

static bool set_has(const name_set *set, const char *key, size_t len)
{
    const name_slot *s = set_find(set, key, len);
    return s && s->key;
}

/* The slot of key, added when new (*added then true); NULL when out of memory. */
static name_slot *set_add(name_set *set, const char *key, size_t len, bool *added)
{
    if (added) *added = false;
    if ((set->count + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        name_slot *slots = calloc(cap, sizeof *slots);
        if (!slots) return NULL;
        name_set grown = {slots, cap, set->count};
        for (size_t i = 0; i < set->cap; i++)
            if (set->slots[i].key)
                *set_find(&grown, set->slots[i].key, set->slots[i].len) = set->slots[i];
        free(set->slots);
        *set = grown;
    }
    name_slot *s = set_find(set, key, len);
    if (s->key) return s;
    s->key = malloc(len + 1);
    if (!s->key) return NULL;
    memcpy(s->key, key, len);
    s->key[len] = '\0';
    s->len = len;
    set->count++;
    if (added) *added = true;
    return s;
}

static void set_free(name_set *set)
{
    for (size_t i = 0; i < set->cap; i++) {
        free(set->slots[i].key);
        free(set->slots[i].first_path);
    }
    free(set->slots);
}

/* "a:b" (or "b" when a is NULL) in sb, as the key of a name. */
static const char *joined(al_strbuf *sb, const char *a, const char *b)
{
    al_strbuf_clear(sb);
    if (a) {
        al_strbuf_puts(sb, a);
        al_strbuf_putc(sb, ':');
    }
    al_strbuf_puts(sb, b);
    return sb->failed ? NULL : sb->data;
}

static bool add_key(name_set *set, al_strbuf *sb, const char *a, const char *b)
{
    const char *k = joined(sb, a, b);
    return k && set_add(set, k, sb->len, NULL);
}

static bool has_key(const name_set *set, al_strbuf *sb, const char *a, const char *b)
{
    const char *k = joined(sb, a, b);
    return k && set_has(set, k, sb->len);
}

static const char *plugin_label(const char *root)
{
    if (!root) return NULL;
    const char *slash = strrchr(root, '/');
    return slash && slash[1] ? slash + 1 : root;
}

struct al_across {
    name_set skills;            /* skill names, bare and plugin:name */
    name_set project_skills;    /* plugin-root:name of skills Claude Code loads */
    al_near_names *near_skills; /* the same names, for a "did you mean" (CC021) */
    name_set agents;            /* agent names, bare and plugin:name */
    name_set firsts; /* namespace NUL name of the agents checked: the first file of each */
    name_set mcp_servers;       /* MCP server names the run defines */
    size_t skill_count, agent_count;
    unsigned complete; /* AL_ACROSS_SKILLS, AL_ACROSS_AGENTS: every file's were added */
    al_strbuf key;
    bool failed; /* out of memory: checks that need the sets are skipped */
};

al_across *al_across_new(void)
{
    al_across *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    al_strbuf_init(&a->key);
    if (!(a->near_skills = al_near_names_new())) {
        free(a);
        return NULL;
    }
    return a;
}

void al_across_free(al_across *a)
{
    if (!a) return;
    set_free(&a->skills);
    set_free(&a->project_skills);
    al_near_names_free(a->near_skills);
    set_free(&a->agents);
    set_free(&a->firsts);
    set_free(&a->mcp_servers);
    al_strbuf_free(&a->key);
    free(a);
}

static void add_skill(al_across *a, const char *plugin, const char *ident, bool claude_skill)
{
    bool ok = add_key(&a->skills, &a->key, NULL, ident) &&
              al_near_names_add(a->near_skills, ident, strlen(ident)) &&
              (!plugin || (add_key(&a->skills, &a->key, plugin_label(plugin), ident) &&
                           al_near_names_add(a->near_skills, a->key.data, a->key.len)));
    /* a command clashes with a skill Claude Code loads from the same plugin (or the
     * project's .claude/skills), not with other tools' skills (.agents/skills) */
    if (ok && claude_skill) ok = add_key(&a->project_skills, &a->key, plugin ? plugin : "", ident);
    if (!ok) a->failed = true;
    a->skill_count++;
}

void al_across_add(al_across *a, const al_result *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->mcp_defined_count; i++)
        if (!add_key(&a->mcp_servers, &a->key, NULL, r->mcp_defined[i])) a->failed = true;
    if (r->kind == AL_KIND_SKILL && r->ident) add_skill(a, r->plugin, r->ident, r->claude_skill);
    if (r->kind == AL_KIND_AGENT && r->agent_name) {
        if (!add_key(&a->agents, &a->key, NULL, r->agent_name) ||
            (r->plugin && !add_key(&a->agents, &a->key, plugin_label(r->plugin), r->agent_name)))
            a->failed = true;
        a->agent_count++;
    }
}

void al_across_add_path(al_across *a, const al_options *opts, const char *path)
{
    char *root = NULL;
    if (al_kind_resolve(opts, path, &root, NULL, 0) == AL_KIND_SKILL) {
        al_path_ident id = al_path_identity(path, AL_KIND_SKILL, root);
        char *ident = id.ident ? strndup(id.ident, id.ident_len) : NULL;
        if (ident)
            add_skill(a, root, ident, id.claude_skill);
        else if (id.ident)
            a->failed = true;
        free(ident);
    }
    free(root);
}

void al_across_complete(al_across *a, unsigned what)
{
    a->complete |= what;
}

static void report(al_result *r, const al_rule_info *rule, al_severity sev, al_position s,
                   al_position e, char *msg)
{
    if (sev == AL_OFF || !msg) return;
    /* Sorted once when the file's checks are done (al_across_check), not
     * per finding: 100k skills naming nothing were quadratic. */
    if (al_result_push(r, rule, sev, s, e, msg)) al_suppress_late(r);
}

static bool builtin_agent(const char *name)
{
    for (size_t b = 0; b < al_builtin_agent_type_count; b++)
        if (strcmp(al_builtin_agent_types[b], name) == 0) return true;
    return false;
}

/* What r's checks need that is not known yet: 0 when everything is. */
static unsigned needs(al_across *a, const al_result *r)
{
    unsigned need = 0;
    if (!(a->complete & AL_ACROSS_SKILLS)) {
        if (r->kind == AL_KIND_COMMAND && r->ident &&
            !has_key(&a->project_skills, &a->key, r->plugin ? r->plugin : "", r->ident))
            need |= AL_ACROSS_SKILLS;
        if (r->kind == AL_KIND_AGENT)
            for (size_t k = 0; k < r->skill_ref_count; k++)
                if (!has_key(&a->skills, &a->key, NULL, r->skill_refs[k].name))
                    need |= AL_ACROSS_SKILLS;
    }
    if (!(a->complete & AL_ACROSS_AGENTS) &&
        (r->kind == AL_KIND_SKILL || r->kind == AL_KIND_COMMAND) && r->agent_ref.name &&
        !builtin_agent(r->agent_ref.name) && !has_key(&a->agents, &a->key, NULL, r->agent_ref.name))
        need |= AL_ACROSS_AGENTS;
    if (!(a->complete & AL_ACROSS_MCP))
        for (size_t k = 0; k < r->mcp_ref_count; k++)
            if (!has_key(&a->mcp_servers, &a->key, NULL, r->mcp_refs[k].name))
                need |= AL_ACROSS_MCP;
    return need;
}

/* A skill named by its path (`engineering/code-review`,
 * `skills/code-review/SKILL.md`) where its folder name is a skill of the
 * run: that name, in r's arena; else NULL. */
static const char *skill_by_path(al_across *a, al_result *r, const char *ref)
{
    size_t n = strlen(ref);
    if (n > 9 && strcmp(ref + n - 9, "/SKILL.md") == 0) n -= 9;
    while (n > 0 && ref[n - 1] == '/')
        n--;
    size_t start = n;
    while (start > 0 && ref[start - 1] != '/')
        start--;
    if (start == 0 || start == n) return NULL; /* no folder in it */
    char *name = al_arena_strndup(&r->arena, ref + start, n - start);
    return name && has_key(&a->skills, &a->key, NULL, name) ? name : NULL;
}

static void check_references(al_across *a, const al_options *opts, al_result *r)
{
    if (r->kind == AL_KIND_COMMAND && r->ident && a->project_skills.count &&
        has_key(&a->project_skills, &a->key, r->plugin ? r->plugin : "", r->ident)) {
        const al_rule_info *rule = al_rule_find("SK008");
        al_position s = {1, 1, 0};
        report(r, rule, al_options_severity(opts, rule), s, s,
               al_arena_printf(&r->arena,
                               "a skill named \"%s\" exists too, and a skill wins over a "
                               "command of the same name, so `/%s` runs the skill, not "
                               "this command; rename or remove one of them",
                               r->ident, r->ident));
    }
    if ((r->kind == AL_KIND_SKILL || r->kind == AL_KIND_COMMAND) && r->agent_ref.name &&
        a->agent_count && !builtin_agent(r->agent_ref.name) &&
        !has_key(&a->agents, &a->key, NULL, r->agent_ref.name)) {
        const al_rule_info *rule = al_rule_find("SK009");
        report(r, rule, al_options_severity(opts, rule), r->agent_ref.start, r->agent_ref.end,
               al_arena_printf(&r->arena,
                               "`agent: %s` names no agent among the files linted "
                               "together, nor a built-in one (general-purpose, Explore, "
                               "Plan); check the agent's `name`",
                               r->agent_ref.name));
    }
    /* A skill named in `skills:` may come from outside the run: the user's
     * ~/.claude/skills, an installed plugin, a companion repository. Only a
     * name one slip from a skill of the run shows a mistake (docs/rules/CC021.md). */
    if (r->kind == AL_KIND_AGENT && a->skill_count)
        for (size_t k = 0; k < r->skill_ref_count; k++) {
            const al_name_ref *ref = &r->skill_refs[k];
            if (has_key(&a->skills, &a->key, NULL, ref->name)) continue;
            const char *folder = skill_by_path(a, r, ref->name);
            const char *near =
                folder ? folder : al_near_names_find(a->near_skills, ref->name, strlen(ref->name));
            if (!near) continue;
            const al_rule_info *rule = al_rule_find("CC021");
            report(r, rule, al_options_severity(opts, rule), ref->start, ref->end,
                   al_arena_printf(&r->arena,
                                   "skill \"%s\" in `skills` is not among the skills linted "
                                   "together, but \"%s\" is%s: did you mean \"%s\"? Claude Code "
                                   "skips a skill it cannot find with only a debug-log line, so "
                                   "the agent starts without it",
                                   ref->name, near,
                                   folder ? " (a skill is named by its folder, not its path)" : "",
                                   near));
        }
}

/* MC003: a server name an agent uses that no .mcp.json, plugin or agent of
 * the run defines. It may be defined in the user's or local configuration
 * (~/.claude.json), which a repository never holds: a note. */
static void check_mcp_references(al_across *a, const al_options *opts, al_result *r)
{
    const al_rule_info *rule = al_rule_find("MC003");
    for (size_t k = 0; k < r->mcp_ref_count; k++) {
        const al_name_ref *ref = &r->mcp_refs[k];
        if (has_key(&a->mcp_servers, &a->key, NULL, ref->name)) continue;
        report(r, rule, al_options_severity(opts, rule), ref->start, ref->end,
               al_arena_printf(&r->arena,
                               "`mcpServers` names \"%s\", a server no .mcp.json, plugin or "
                               "agent linted together defines; Claude Code looks for it in the "
                               "user's and local configuration (~/.claude.json), so the agent "
                               "gets its tools only where someone defined it there",
                               ref->name));
    }
}

/* CC004: the first file in the run's order keeps the name. Plugin agents
 * are namespaced (`plugin:agent`, sub-agents §2), so two plugins may each
 * ship an agent of the same name. */
static void check_duplicate_name(al_across *a, const al_options *opts, al_result *r)
{
    if (!r->agent_name) return;
    const char *ns = r->plugin ? r->plugin : "";
    al_strbuf *k = &a->key;
    al_strbuf_clear(k);
    al_strbuf_puts(k, ns);
    al_strbuf_putc(k, '\0');
    al_strbuf_puts(k, r->agent_name);
    bool added;
    name_slot *first = k->failed ? NULL : set_add(&a->firsts, k->data, k->len, &added);
    if (!first) {
        a->failed = true;
        return;
    }
    if (added) { /* the path quoted as any user text: a newline in it must not forge output */
        al_strbuf other;
        al_strbuf_init(&other);
        al_strbuf_append_quoted(&other, r->path, strlen(r->path), 4096);
        first->first_path = other.failed ? NULL : other.data;
        if (other.failed) al_strbuf_free(&other);
        first->first_line = r->name_start.line;
        return;
    }
    const al_rule_info *rule = al_rule_find("CC004");
    al_severity sev = al_options_severity(opts, rule);
    if (sev == AL_OFF || !first->first_path) return;
    /* The name quoted as any user text, its secrets masked. */
    al_strbuf name;
    al_strbuf_init(&name);
    al_strbuf_append_quoted(&name, r->agent_name, strlen(r->agent_name), 60);
    char *masked = name.failed ? NULL : al_result_redact(r, name.data, strlen(name.data), NULL);
    char *msg =
        !masked ? NULL
        : r->plugin
            ? al_arena_printf(&r->arena,
                              "agent `%s:%s` is also defined by %s (line %zu): Claude "
                              "Code loads only one agent per id, chosen by "
                              "file-system order; rename one of them",
                              plugin_label(r->plugin), masked, first->first_path, first->first_line)
            : al_arena_printf(&r->arena,
                              "agent name \"%s\" is also used by %s (line %zu): "
                              "Claude Code loads only one agent per name, chosen "
                              "by file-system order; rename one of them",
                              masked, first->first_path, first->first_line);
    free(masked);
    al_strbuf_free(&name);
    report(r, rule, sev, r->name_start, r->name_end, msg);
}

unsigned al_across_check(al_across *a, const al_options *opts, al_result *r)
{
    if (!r) return 0;
    if (!a->failed) {
        unsigned need = needs(a, r);
        if (need) return need;
        check_references(a, opts, r);
        check_mcp_references(a, opts, r);
    }
    check_duplicate_name(a, opts, r);
    al_result_sort(r); /* a look when nothing was added */
    return 0;
}

void al_check_across_files(const al_options *opts, al_result **results, size_t count)
{
    al_across *a = al_across_new();
    if (!a) return;
    for (size_t i = 0; i < count; i++)
        al_across_add(a, results[i]);
    al_across_complete(a, AL_ACROSS_SKILLS | AL_ACROSS_AGENTS | AL_ACROSS_MCP);
    for (size_t i = 0; i < count; i++)
        al_across_check(a, opts, results[i]);
    al_across_free(a);
}
