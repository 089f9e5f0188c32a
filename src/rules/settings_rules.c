/* Rules about settings files (ST): .claude/settings.json and
 * .claude/settings.local.json. The keys, their types and scopes are in
 * spec/claude_settings.c; tool names come from spec/claude_code.c, the
 * table agents' `tools` use.
 *
 * What Claude Code does (docs:settings "Fix a broken settings file"): a
 * value the schema rejects is a Settings Error and the whole file is
 * skipped (silently under -p); a malformed permission rule or an unknown
 * hook event is a Settings Warning and only that entry is dropped; an
 * unknown key is ignored without a word (docs:debug-your-config). */
#define _GNU_SOURCE /* strndup */
#include <stdlib.h>
#include <string.h>

#include "parse/json_tree.h"
#include "rules/checks.h"
#include "rules/surface.h"
#include "spec/claude_code.h"
#include "spec/claude_settings.h"
#include "util/strbuf.h"
#include "util/suggest.h"

static const al_yaml_node *settings_root(const al_document *doc)
{
    return doc->kind == AL_KIND_SETTINGS ? al_json_root(doc) : NULL;
}

static bool is_local_file(al_context *ctx)
{
    const char *path = al_context_path(ctx);
    size_t n = strlen(path), k = strlen("settings.local.json");
    return n >= k && strcmp(path + n - k, "settings.local.json") == 0;
}

static const char *quoted(al_context *ctx, const al_yaml_node *n)
{
    return al_quote(ctx, n->text, n->text_len);
}

/* ---- ST001 unknown-setting ---- */

static void unknown_key(al_context *ctx, const al_yaml_node *k, const al_setting_key *table,
                        size_t count, const char *where)
{
    al_suggester s;
    al_suggest_begin(&s, k->text, k->text_len);
    for (size_t i = 0; i < count; i++)
        al_suggest_consider(&s, table[i].key);
    const char *best = al_suggest_result(&s);
    al_pending *p = al_report(
        ctx, k->start, k->end,
        "`%s` is not a key of %s: Claude Code ignores it without a word%s%s%s", quoted(ctx, k),
        where, best ? "; did you mean `" : "", best ? best : "", best ? "`?" : "");
    if (best) al_fix_rename(ctx, p, k, best);
}

void al_check_unknown_setting(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *root = settings_root(doc);
    if (!root) return;
    for (size_t i = 0; i < root->count; i++) {
        const al_yaml_node *k = root->pairs[i].key;
        if (al_setting_key_find(al_setting_keys, al_setting_key_count, k->text, k->text_len))
            continue;
        const al_setting_misplaced *m = al_setting_misplaced_find(k->text, k->text_len);
        if (m)
            al_report(ctx, k->start, k->end,
                      "Claude Code does not read `%s` from a settings file, so it has no effect: "
                      "%s",
                      quoted(ctx, k), m->advice);
        else
            unknown_key(ctx, k, al_setting_keys, al_setting_key_count, "the settings file");
    }
    const al_yaml_node *perms = al_yaml_get(root, "permissions");
    if (!perms || perms->kind != AL_YAML_MAPPING) return;
    for (size_t i = 0; i < perms->count; i++) {
        const al_yaml_node *k = perms->pairs[i].key;
        if (!al_setting_key_find(al_permission_keys, al_permission_key_count, k->text, k->text_len))
            unknown_key(ctx, k, al_permission_keys, al_permission_key_count, "`permissions`");
    }
}

/* ---- ST002 invalid-setting-value ---- */

static bool all_strings(const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SEQUENCE) return false;
    for (size_t i = 0; i < v->count; i++)
        if (!al_value_is_string(v->items[i])) return false;
    return true;
}

/* What the value should be, or NULL when it is right. */
static const char *type_problem(al_setting_type type, const al_yaml_node *v)
{
    double d;
    switch (type) {
    case AL_SET_BOOL:
        return al_value_is_bool(v, NULL) ? NULL : "true or false";
    case AL_SET_STRING:
        return al_value_is_string(v) ? NULL : "a string";
    case AL_SET_NUMBER:
        return al_value_is_number(v, NULL) ? NULL : "a number";
    case AL_SET_INTEGER:
        return al_value_is_number(v, &d) && d == (double)(long long)d ? NULL : "a whole number";
    case AL_SET_STRINGS:
        return all_strings(v) ? NULL : "an array of strings";
    case AL_SET_ARRAY:
        return v->kind == AL_YAML_SEQUENCE ? NULL : "an array";
    case AL_SET_OBJECT:
    case AL_SET_HOOKS:
    case AL_SET_PERMISSIONS:
    case AL_SET_ENV:
        return v->kind == AL_YAML_MAPPING ? NULL : "an object";
    case AL_SET_STRING_OR_STRINGS:
        return al_value_is_string(v) || all_strings(v) ? NULL : "a string or an array of strings";
    case AL_SET_PLUGINS:
        /* the schema also accepts an array of names */
        return v->kind == AL_YAML_MAPPING || all_strings(v) ? NULL : "an object";
    case AL_SET_ANY:
        break;
    }
    return NULL;
}

#define SKIPPED "; a value the schema rejects makes Claude Code skip the whole file"

static void check_default_mode(al_context *ctx, const al_yaml_node *v)
{
    if (!al_value_is_string(v) || al_setting_value_find("defaultMode", v->text, v->text_len))
        return;
    al_suggester s;
    al_suggest_begin(&s, v->text, v->text_len);
    for (size_t i = 0; i < al_setting_value_count; i++)
        if (strcmp(al_setting_values[i].key, "defaultMode") == 0)
            al_suggest_consider(&s, al_setting_values[i].value);
    const char *best = al_suggest_result(&s);
    al_pending *p = al_report(ctx, v->start, v->end,
                              "`defaultMode` \"%s\" is not a permission mode%s%s%s (the modes: "
                              "default, acceptEdits, plan, auto, dontAsk, bypassPermissions, "
                              "manual)" SKIPPED,
                              quoted(ctx, v), best ? "; did you mean \"" : "", best ? best : "",
                              best ? "\"?" : "");
    if (best) al_fix_rename(ctx, p, v, best);
}

static void check_permissions(al_context *ctx, const al_yaml_node *perms)
{
    for (size_t i = 0; i < perms->count; i++) {
        const al_yaml_node *k = perms->pairs[i].key, *v = perms->pairs[i].value;
        const al_setting_key *key =
            al_setting_key_find(al_permission_keys, al_permission_key_count, k->text, k->text_len);
        if (!key) continue;
        const char *want = type_problem(key->type, v);
        if (want && !al_yaml_is_null(v)) {
            al_report(ctx, v->start, v->end, "`permissions.%s` must be %s, not %s" SKIPPED,
                      key->key, want, al_value_type_name(v, true));
        } else if (strcmp(key->key, "defaultMode") == 0) {
            check_default_mode(ctx, v);
        } else if ((strcmp(key->key, "disableBypassPermissionsMode") == 0 ||
                    strcmp(key->key, "disableAutoMode") == 0) &&
                   !al_yaml_scalar_is(v, "disable")) {
            al_report(ctx, v->start, v->end,
                      "`permissions.%s` takes only the string \"disable\"" SKIPPED, key->key);
        }
    }
}

static void check_plugins(al_context *ctx, const al_yaml_node *v)
{
    if (v->kind != AL_YAML_MAPPING) return;
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *k = v->pairs[i].key, *on = v->pairs[i].value;
        if (!memchr(k->text, '@', k->text_len))
            al_report_at(ctx, AL_WARNING, k->start, k->end,
                         "`enabledPlugins` keys are \"plugin-name@marketplace-name\"; \"%s\" names "
                         "no marketplace, so no plugin is enabled by it",
                         quoted(ctx, k));
        if (!al_value_is_bool(on, NULL))
            al_report(ctx, on->start, on->end,
                      "`enabledPlugins` maps each plugin to true or false, not %s" SKIPPED,
                      al_value_type_name(on, true));
    }
}

static void check_env(al_context *ctx, const al_yaml_node *v)
{
    if (v->kind != AL_YAML_MAPPING) return;
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *val = v->pairs[i].value;
        if (val->kind != AL_YAML_SCALAR || al_yaml_is_null(val))
            al_report(ctx, val->start, val->end,
                      "`env.%s` must be a string (the variable's value), not %s",
                      quoted(ctx, v->pairs[i].key), al_value_type_name(val, true));
    }
}

void al_check_invalid_setting_value(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *root = settings_root(doc);
    if (!root) return;
    for (size_t i = 0; i < root->count; i++) {
        const al_yaml_node *k = root->pairs[i].key, *v = root->pairs[i].value;
        const al_setting_key *key =
            al_setting_key_find(al_setting_keys, al_setting_key_count, k->text, k->text_len);
        if (!key || key->type == AL_SET_HOOKS) continue; /* hooks: the HK rules */
        const char *want = type_problem(key->type, v);
        double d;
        if (want) {
            al_report(ctx, v->start, v->end, "`%s` must be %s, not %s" SKIPPED, key->key, want,
                      al_value_type_name(v, true));
        } else if (strcmp(key->key, "cleanupPeriodDays") == 0 && al_value_is_number(v, &d) &&
                   d < 1) {
            al_report(
                ctx, v->start, v->end,
                "`cleanupPeriodDays` must be at least 1 (0 is rejected since v2.1.89)" SKIPPED);
        } else if (key->type == AL_SET_PERMISSIONS) {
            check_permissions(ctx, v);
        } else if (key->type == AL_SET_PLUGINS) {
            check_plugins(ctx, v);
        } else if (key->type == AL_SET_ENV) {
            check_env(ctx, v);
        }
    }
}

/* ---- ST003 setting-ignored-here ---- */

/* ~/.claude/settings.json is the user's own file, where user-scope keys belong. */
static bool user_settings_file(al_context *ctx)
{
    const char *home = getenv("HOME");
    char *project = al_project_root_of(al_context_path(ctx));
    bool user = false;
    if (home && *home && project) {
        char *a = realpath(home, NULL), *b = realpath(project, NULL);
        user = a && b && strcmp(a, b) == 0;
        free(a);
        free(b);
    }
    free(project);
    return user;
}

static const char *scope_words(al_setting_scope scope)
{
    switch (scope) {
    case AL_SCOPE_USER_LOCAL:
        return "from user settings (~/.claude/settings.json), .claude/settings.local.json or "
               "managed settings";
    case AL_SCOPE_USER:
        return "from user settings (~/.claude/settings.json) or managed settings";
    case AL_SCOPE_MANAGED:
        return "from managed settings (deployed by an organization)";
    case AL_SCOPE_GLOBAL:
        return "from ~/.claude.json, not from a settings file";
    case AL_SCOPE_ANY:
        break;
    }
    return "from any settings file";
}

void al_check_setting_ignored_here(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *root = settings_root(doc);
    if (!root || user_settings_file(ctx)) return;
    bool local = is_local_file(ctx);
    const char *file = local ? ".claude/settings.local.json" : ".claude/settings.json";
    for (size_t i = 0; i < root->count; i++) {
        const al_yaml_node *k = root->pairs[i].key;
        const al_setting_key *key =
            al_setting_key_find(al_setting_keys, al_setting_key_count, k->text, k->text_len);
        if (!key || key->scope == AL_SCOPE_ANY || (local && key->scope == AL_SCOPE_USER_LOCAL))
            continue;
        al_report(ctx, k->start, k->end,
                  "Claude Code reads `%s` only %s, so in a project's %s it has no effect", key->key,
                  scope_words(key->scope), file);
    }
    const al_yaml_node *mode = al_yaml_get(al_yaml_get(root, "permissions"), "defaultMode");
    const al_setting_value *sv =
        mode && al_value_is_string(mode)
            ? al_setting_value_find("defaultMode", mode->text, mode->text_len)
            : NULL;
    if (sv && sv->note) al_report(ctx, mode->start, mode->end, "%s", sv->note);
}

/* ---- permission rules: ST004, ST005, ST006, ST007 ---- */

typedef struct {
    const char *list; /* "allow", "ask", "deny" */
    const al_yaml_node *node;
    const char *text;
    size_t len;
    size_t name_len;  /* the tool name: text[0..name_len) */
    const char *spec; /* the specifier between the parentheses, or NULL */
    size_t spec_len;
    bool malformed;
} perm_rule;

/* Splits `Tool` or `Tool(specifier)`. */
static void parse_rule(perm_rule *r)
{
    const char *open = memchr(r->text, '(', r->len);
    r->name_len = open ? (size_t)(open - r->text) : r->len;
    r->spec = NULL;
    r->malformed = false;
    if (!open) return;
    if (r->text[r->len - 1] != ')') {
        r->malformed = true;
        return;
    }
    r->spec = open + 1;
    r->spec_len = (size_t)(r->text + r->len - 1 - r->spec);
}

typedef void (*rule_visit)(al_context *ctx, const al_document *doc, const al_yaml_node *perms,
                           perm_rule *r);

static void each_rule(al_context *ctx, const al_document *doc, rule_visit visit)
{
    const al_yaml_node *perms = al_yaml_get(settings_root(doc), "permissions");
    if (!perms || perms->kind != AL_YAML_MAPPING) return;
    static const char *const lists[] = {"allow", "ask", "deny"};
    for (size_t l = 0; l < 3; l++) {
        const al_yaml_node *a = al_yaml_get(perms, lists[l]);
        if (!a || a->kind != AL_YAML_SEQUENCE) continue;
        for (size_t i = 0; i < a->count; i++) {
            const al_yaml_node *n = a->items[i];
            if (!al_value_is_string(n) || n->text_len == 0) continue;
            perm_rule r = {lists[l], n, n->text, n->text_len, 0, NULL, 0, false};
            parse_rule(&r);
            visit(ctx, doc, perms, &r);
        }
    }
}

static bool has_glob(const char *s, size_t n)
{
    return memchr(s, '*', n) != NULL;
}

static bool in_list(const char *const *list, size_t count, const char *s, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0) return true;
    return false;
}

static void visit_unknown_tool(al_context *ctx, const al_document *doc, const al_yaml_node *perms,
                               perm_rule *r)
{
    (void)doc;
    (void)perms;
    if (r->malformed || r->name_len == 0) return;
    const char *name = r->text;
    size_t n = r->name_len;
    if (has_glob(name, n) || (n >= 5 && memcmp(name, "mcp__", 5) == 0)) return;
    if (in_list(al_permission_only_tools, al_permission_only_tool_count, name, n)) return;
    const al_cc_tool *t = al_cc_tool_find(name, n);
    if (t && t->status != AL_TOOL_RETIRED) return;
    const char *q = al_quote(ctx, name, n);
    const char *effect = strcmp(r->list, "allow") == 0
                             ? "so the rule allows nothing"
                             : "so the rule never applies (Claude Code warns at startup since "
                               "v2.1.166)";
    if (t) {
        al_report(ctx, r->node->start, r->node->end,
                  "`%s` was retired from Claude Code (%s), %s%s%s%s", q, t->since, effect,
                  t->replacement ? "; the tool is now `" : "", t->replacement ? t->replacement : "",
                  t->replacement ? "`" : "");
        return;
    }
    al_suggester s;
    al_suggest_begin(&s, name, n);
    for (size_t i = 0; i < al_cc_tool_count; i++)
        if (al_cc_tools[i].status != AL_TOOL_RETIRED) al_suggest_consider(&s, al_cc_tools[i].name);
    const char *best = al_suggest_result(&s);
    al_report(ctx, r->node->start, r->node->end,
              "`%s` in this %s rule is not a Claude Code tool (names are case-sensitive; MCP "
              "tools are `mcp__<server>__<tool>`), %s%s%s%s",
              q, r->list, effect, best ? "; did you mean `" : "", best ? best : "",
              best ? "`?" : "");
}

void al_check_unknown_permission_tool(al_context *ctx, const al_document *doc)
{
    each_rule(ctx, doc, visit_unknown_tool);
}

static void visit_malformed(al_context *ctx, const al_document *doc, const al_yaml_node *perms,
                            perm_rule *r)
{
    (void)doc;
    (void)perms;
    const char *q = al_quote(ctx, r->text, r->len);
    if (r->malformed) {
        al_report(ctx, r->node->start, r->node->end,
                  "permission rule \"%s\" opens a parenthesis it does not close at its end; a "
                  "rule is `Tool` or `Tool(specifier)`, and Claude Code drops a malformed one "
                  "with a Settings Warning",
                  q);
        return;
    }
    if (r->name_len == 0 || r->text[r->name_len - 1] == ' ' || r->text[0] == ' ') {
        al_report(ctx, r->node->start, r->node->end,
                  "permission rule \"%s\" has no tool name right before its `(`; write "
                  "`Tool(specifier)` without spaces, such as `Bash(npm test *)`",
                  q);
        return;
    }
    if (!r->spec) return;
    if (r->spec_len == 0) {
        al_report(ctx, r->node->start, r->node->end,
                  "permission rule \"%s\" has an empty specifier; write the bare tool name to "
                  "match every use of it",
                  q);
        return;
    }
    /* `:*` is a wildcard only at the end (docs:permissions "Wildcard patterns") */
    for (size_t i = 0; i + 1 < r->spec_len; i++)
        if (r->spec[i] == ':' && r->spec[i + 1] == '*' && i + 2 < r->spec_len) {
            al_report(ctx, r->node->start, r->node->end,
                      "in \"%s\", `:*` is a wildcard only at the end of the specifier; here the "
                      "`:` is a literal character, so the rule matches almost nothing; write a "
                      "space and `*` instead (`git * push`)",
                      q);
            return;
        }
}

void al_check_malformed_permission_rule(al_context *ctx, const al_document *doc)
{
    each_rule(ctx, doc, visit_malformed);
}

/* The same rule text in an earlier-evaluated list: deny, then ask, then allow. */
static void visit_conflict(al_context *ctx, const al_document *doc, const al_yaml_node *perms,
                           perm_rule *r)
{
    (void)doc;
    static const char *const order[] = {"deny", "ask", "allow"};
    size_t mine = strcmp(r->list, "deny") == 0 ? 0 : strcmp(r->list, "ask") == 0 ? 1 : 2;
    for (size_t l = 0; l < mine; l++) {
        const al_yaml_node *a = al_yaml_get(perms, order[l]);
        if (!a || a->kind != AL_YAML_SEQUENCE) continue;
        for (size_t i = 0; i < a->count; i++) {
            const al_yaml_node *n = a->items[i];
            if (!al_value_is_string(n) || n->text_len != r->len ||
                memcmp(n->text, r->text, r->len) != 0)
                continue;
            al_report(ctx, r->node->start, r->node->end,
                      "\"%s\" is also a `%s` rule (line %zu); Claude Code checks deny, then ask, "
                      "then allow, and the first match wins, so this `%s` rule never applies; "
                      "remove one of them",
                      al_quote(ctx, r->text, r->len), order[l],
                      al_source_line_of(&doc->src, n->start), r->list);
            return;
        }
    }
}

void al_check_permission_rule_conflict(al_context *ctx, const al_document *doc)
{
    each_rule(ctx, doc, visit_conflict);
}

static const char *const primary_fields[] = {
    /* docs:permissions "Match by input parameter": a tool's primary field cannot be matched */
    "Bash:command",    "PowerShell:command", "Read:file_path", "Edit:file_path",
    "Write:file_path", "Grep:path",          "Glob:path",      "NotebookEdit:notebook_path",
    "WebFetch:url",
};

static void visit_ignored(al_context *ctx, const al_document *doc, const al_yaml_node *perms,
                          perm_rule *r)
{
    (void)doc;
    (void)perms;
    if (r->malformed) return;
    const char *q = al_quote(ctx, r->text, r->len);
    const char *name = r->text;
    size_t n = r->name_len;
    bool allow = strcmp(r->list, "allow") == 0;
    if (allow && has_glob(name, n)) {
        /* allowed only after a literal mcp__<server>__ */
        bool anchored = false;
        if (n > 5 && memcmp(name, "mcp__", 5) == 0) {
            const char *srv = name + 5, *sep = NULL;
            for (const char *p = srv; p + 1 < name + n; p++)
                if (p[0] == '_' && p[1] == '_') {
                    sep = p;
                    break;
                }
            anchored = sep && sep > srv && !memchr(srv, '*', (size_t)(sep - srv));
        }
        if (!anchored)
            al_report(ctx, r->node->start, r->node->end,
                      "allow rules accept a tool-name wildcard only after a literal "
                      "`mcp__<server>__`; Claude Code skips \"%s\" with a warning and allows "
                      "nothing by it",
                      q);
        return;
    }
    if (!r->spec) return;
    if (in_list(al_path_rule_ignored_tools, al_path_rule_ignored_tool_count, name, n)) {
        const char *use = n == 4 && memcmp(name, "Glob", 4) == 0 ? "Read" : "Edit";
        al_pending *p = al_report(
            ctx, r->node->start, r->node->end,
            "\"%s\" is never consulted: file permissions are checked against Read and Edit "
            "rules only (Claude Code warns \"is not matched by file permission checks\" since "
            "v2.1.210); write `%s(%.*s)`",
            q, use, (int)r->spec_len, r->spec);
        if (p && r->node->style == AL_YAML_DOUBLE_QUOTED &&
            r->node->end - r->node->start - 2 == r->len) {
            al_fix_edit(ctx, p, r->node->start + 1, r->node->start + 1 + n, use);
            al_fix_unsafe(p); /* the rule starts to apply */
        }
        return;
    }
    for (size_t i = 0; i < sizeof primary_fields / sizeof primary_fields[0]; i++) {
        const char *pf = primary_fields[i], *colon = strchr(pf, ':');
        size_t tl = (size_t)(colon - pf), fl = strlen(colon + 1);
        if (tl != n || memcmp(pf, name, n) != 0) continue;
        const char *s = r->spec;
        size_t k = 0;
        while (k < r->spec_len && s[k] == ' ')
            k++;
        if (r->spec_len - k > fl && memcmp(s + k, colon + 1, fl) == 0) {
            size_t j = k + fl;
            while (j < r->spec_len && s[j] == ' ')
                j++;
            if (j < r->spec_len && s[j] == ':')
                al_report(ctx, r->node->start, r->node->end,
                          "\"%s\" matches `%s`, the tool's primary field, which a rule cannot "
                          "do; Claude Code ignores it with a startup warning; write `%.*s(...)` "
                          "with the tool's own specifier",
                          q, colon + 1, (int)n, name);
        }
    }
}

void al_check_permission_rule_ignored(al_context *ctx, const al_document *doc)
{
    each_rule(ctx, doc, visit_ignored);
}
