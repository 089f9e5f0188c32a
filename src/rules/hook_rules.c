/* Rules about hooks (HK), one checker for every place hooks are written:
 * `hooks` in a settings file, a plugin's hooks/hooks.json, `hooks` inline
 * in a plugin.json, and `hooks:` in agent, skill and command front matter.
 * The events and handler types are in spec/claude_hooks.c.
 *
 * What Claude Code does with bad hooks (docs:settings "Fix a broken
 * settings file", docs:hooks, docs:debug-your-config): a structural error
 * (a flat `{type, command}` entry without a `hooks` array, a matcher that is
 * not a string, a handler without `type`) is a schema error, and the whole
 * settings file is skipped (anthropics/claude-code#75081, reproduced on
 * 2.1.233); a plugin hooks file without its `hooks` wrapper fails to load
 * (#31763); an unknown event is dropped with a warning (since v2.1.101); a
 * matcher on an event without matcher support, and an `if` on an event
 * other than the tool events, are silently ignored or never run. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "parse/json_tree.h"
#include "rules/checks.h"
#include "rules/surface.h"
#include "spec/claude_code.h"
#include "spec/claude_hooks.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Where a document's hooks are and how they are written. */
typedef struct {
    const al_yaml_node *hooks; /* the value of `hooks` (should map events to groups) */
    bool json;                 /* JSON (else YAML front matter) */
    bool front_matter;
} hooks_site;

static bool site_of(const al_context *ctx, const al_document *doc, hooks_site *site)
{
    memset(site, 0, sizeof *site);
    if (doc->input != AL_INPUT_TEXT) return false;
    switch (doc->kind) {
    case AL_KIND_SETTINGS:
    case AL_KIND_PLUGIN_HOOKS:
        site->hooks = al_yaml_get(al_json_root(doc), "hooks");
        site->json = true;
        break;
    case AL_KIND_PLUGIN_MANIFEST: {
        /* inline in plugin.json; a path or a list of paths is PL005's */
        const char *path = al_context_path(ctx);
        const char *base = strrchr(path, '/');
        if (strcmp(base ? base + 1 : path, "plugin.json") != 0) return false;
        const al_yaml_node *v = al_yaml_get(al_json_root(doc), "hooks");
        site->hooks = v && v->kind == AL_YAML_MAPPING ? v : NULL;
        site->json = true;
        break;
    }
    case AL_KIND_AGENT:
    case AL_KIND_SKILL:
    case AL_KIND_COMMAND:
        if (!doc->agent.fields) return false;
        site->hooks = al_yaml_get(doc->agent.fields, "hooks");
        if (site->hooks && al_yaml_is_null(site->hooks)) site->hooks = NULL;
        site->front_matter = true;
        break;
    default:
        return false;
    }
    return site->hooks != NULL;
}

/* The severity of a broken structure: a settings or hooks file is skipped
 * whole (an error); front matter is the agent's own business (a warning,
 * as before: the agent still loads). */
static al_severity shape_severity(const hooks_site *site)
{
    return site->front_matter ? AL_WARNING : AL_ERROR;
}

/* One handler of the tree, with what surrounds it. */
typedef struct {
    const al_yaml_node *event_key;
    const al_hook_event *event; /* NULL: not an event */
    const al_yaml_node *group;
    const al_yaml_node *handler; /* NULL when visiting groups */
} hook_ref;

typedef void (*hook_visit)(al_context *ctx, const al_document *doc, const hooks_site *site,
                           const hook_ref *ref);

/* Calls visit for each well-formed group (handler NULL) or each handler
 * object of a well-formed group; what is malformed is CC019's. */
static void each(al_context *ctx, const al_document *doc, const hooks_site *site, bool handlers,
                 hook_visit visit)
{
    const al_yaml_node *map = site->hooks;
    if (map->kind != AL_YAML_MAPPING) return;
    for (size_t e = 0; e < map->count; e++) {
        const al_yaml_node *key = map->pairs[e].key, *groups = map->pairs[e].value;
        if (key->kind != AL_YAML_SCALAR || groups->kind != AL_YAML_SEQUENCE) continue;
        hook_ref ref = {key, al_hook_event_find(key->text, key->text_len), NULL, NULL};
        if (!ref.event) continue; /* dropped whole: HK001 says so */
        for (size_t g = 0; g < groups->count; g++) {
            ref.group = groups->items[g];
            if (ref.group->kind != AL_YAML_MAPPING) continue;
            if (!handlers) {
                visit(ctx, doc, site, &ref);
                continue;
            }
            const al_yaml_node *hs = al_yaml_get(ref.group, "hooks");
            if (!hs || hs->kind != AL_YAML_SEQUENCE) continue;
            for (size_t h = 0; h < hs->count; h++) {
                ref.handler = hs->items[h];
                if (ref.handler->kind == AL_YAML_MAPPING) visit(ctx, doc, site, &ref);
            }
        }
    }
}

static const char *key_name(al_context *ctx, const al_yaml_node *key)
{
    return al_quote(ctx, key->text, key->text_len);
}

/* ---- CC019 invalid-hooks: the structure ---- */

static void check_handler_shape(al_context *ctx, const hooks_site *site, const char *event,
                                const al_yaml_node *h)
{
    al_severity sev = shape_severity(site);
    if (h->kind != AL_YAML_MAPPING) {
        al_report_at(ctx, sev, h->start, h->end,
                     "a hook handler in `%s` must be %s with `type` and its fields (such as "
                     "`\"type\": \"command\", \"command\": \"...\"`), not %s",
                     event, site->json ? "an object" : "a mapping",
                     al_value_type_name(h, site->json));
        return;
    }
    if (!al_yaml_get(h, "type"))
        al_report_at(ctx, sev, h->start, h->end,
                     "this hook handler in `%s` has no `type` (`command`, `http`, `mcp_tool`, "
                     "`prompt` or `agent`), so Claude Code cannot run it%s",
                     event,
                     site->front_matter ? ""
                                        : "; the settings schema requires it, and a file it "
                                          "rejects is skipped whole");
}

static void check_group_shape(al_context *ctx, const hooks_site *site, const char *event,
                              const al_yaml_node *g)
{
    al_severity sev = shape_severity(site);
    if (g->kind != AL_YAML_MAPPING) {
        al_report_at(ctx, sev, g->start, g->end,
                     "each entry of `%s` must be a matcher group, %s with an optional "
                     "`matcher` and a `hooks` array of handlers, not %s",
                     event, site->json ? "an object" : "a mapping",
                     al_value_type_name(g, site->json));
        return;
    }
    const al_yaml_node *hs = al_yaml_get(g, "hooks");
    const al_yaml_node *matcher = al_yaml_get(g, "matcher");
    if (!hs) {
        bool flat = al_yaml_get(g, "type") || al_yaml_get(g, "command");
        if (flat && site->front_matter)
            /* the docs give front matter the settings format, but whether the
             * loader also takes the flat form there is not documented (two
             * public projects rely on it): a note, not a warning */
            al_report_at(ctx, AL_INFO, g->start, g->end,
                         "this entry of `%s` is a handler written without its matcher group; "
                         "the documented format (the same as settings.json) is `- matcher: "
                         "...` with a `hooks:` list of handlers, each with a `type`, and "
                         "settings files reject the flat form",
                         event);
        else if (flat)
            al_report_at(ctx, sev, g->start, g->end,
                         "this entry of `%s` is a handler written without its matcher group: "
                         "wrap it as `{\"matcher\": \"...\", \"hooks\": [ {...} ]}`; Claude "
                         "Code rejects the flat form (a schema error: the whole file is skipped, "
                         "anthropics/claude-code#75081)",
                         event);
        else
            al_report_at(ctx, sev, g->start, g->end,
                         "this matcher group of `%s` has no `hooks` array of handlers, so it "
                         "runs nothing%s",
                         event,
                         site->front_matter ? "" : " (a schema error: the whole file is skipped)");
    } else if (hs->kind != AL_YAML_SEQUENCE) {
        al_report_at(ctx, sev, hs->start, hs->end,
                     "`hooks` in a matcher group of `%s` must be an array of handlers, not %s",
                     event, al_value_type_name(hs, site->json));
    } else {
        for (size_t i = 0; i < hs->count; i++)
            check_handler_shape(ctx, site, event, hs->items[i]);
    }
    if (matcher && !al_value_is_string(matcher) && !al_yaml_is_null(matcher))
        al_report_at(ctx, sev, matcher->start, matcher->end,
                     "`matcher` must be one string such as \"Edit|Write\", not %s: Claude Code "
                     "never fires a hook whose matcher is not a string",
                     al_value_type_name(matcher, site->json));
}

void al_check_invalid_hooks(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    const al_yaml_node *root = al_json_root(doc);
    if (doc->kind == AL_KIND_PLUGIN_HOOKS && root && !al_yaml_get(root, "hooks")) {
        /* events at the top level, or an empty object: no `hooks` wrapper */
        bool events = root->count && root->pairs[0].key->kind == AL_YAML_SCALAR &&
                      al_hook_event_find(root->pairs[0].key->text, root->pairs[0].key->text_len);
        al_report(ctx, root->start, root->start + 1,
                  "%s: a plugin's hooks/hooks.json must hold `{\"hooks\": {\"<Event>\": "
                  "[...]}}`; without the `hooks` key Claude Code fails to load the plugin's "
                  "hooks (\"expected record, received undefined\", anthropics/claude-code#31763)",
                  events ? "the hook events are at the top level instead of under `hooks`"
                         : "no `hooks` key");
        return;
    }
    if (!site_of(ctx, doc, &site)) return;
    const al_yaml_node *map = site.hooks;
    if (map->kind != AL_YAML_MAPPING) {
        al_report_at(ctx, shape_severity(&site), map->start, map->end,
                     "`hooks` must map each hook event (such as `PreToolUse`) to an array of "
                     "matcher groups, not be %s",
                     al_value_type_name(map, site.json));
        return;
    }
    for (size_t i = 0; i < map->count; i++) {
        const al_yaml_node *k = map->pairs[i].key, *v = map->pairs[i].value;
        /* an unknown event is dropped whole (HK001 says so) */
        if (k->kind != AL_YAML_SCALAR || !al_hook_event_find(k->text, k->text_len)) continue;
        const char *event = key_name(ctx, k);
        if (v->kind != AL_YAML_SEQUENCE) {
            al_report_at(ctx, shape_severity(&site), v->start, v->end,
                         "`%s` must be an array of matcher groups (`[{\"matcher\": \"...\", "
                         "\"hooks\": [...]}]`), not %s",
                         event, al_value_type_name(v, site.json));
            continue;
        }
        for (size_t g = 0; g < v->count; g++)
            check_group_shape(ctx, &site, event, v->items[g]);
    }
}

/* ---- HK001 unknown-hook-event ---- */

void al_check_unknown_hook_event(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (!site_of(ctx, doc, &site) || site.hooks->kind != AL_YAML_MAPPING) return;
    for (size_t i = 0; i < site.hooks->count; i++) {
        const al_yaml_node *k = site.hooks->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR || al_hook_event_find(k->text, k->text_len)) continue;
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        for (size_t j = 0; j < al_hook_event_count; j++)
            al_suggest_consider(&s, al_hook_events[j].name);
        const char *best = al_suggest_result(&s);
        const char *effect = site.front_matter
                                 ? "its hooks never run"
                                 : "Claude Code drops it with a warning (before v2.1.101 it "
                                   "ignored the whole file), so its hooks never run";
        al_pending *p;
        if (best) {
            const al_hook_event *ev = al_hook_event_find(best, strlen(best));
            p = al_report(ctx, k->start, k->end,
                          "unknown hook event `%s`: did you mean `%s` (since %s)? Event names "
                          "are case-sensitive, and %s",
                          key_name(ctx, k), best, ev->since, effect);
            al_fix_rename(ctx, p, k, best);
        } else {
            al_report(ctx, k->start, k->end,
                      "`%s` is not a hook event: %s. The events are PreToolUse, PostToolUse, "
                      "UserPromptSubmit, Stop, SessionStart and the others `agentlint --explain "
                      "HK001` lists",
                      key_name(ctx, k), effect);
        }
    }
}

/* ---- HK002 unknown-hook-type, HK003 hook-missing-field, HK004 hook-type-not-supported ---- */

static void visit_type(al_context *ctx, const al_document *doc, const hooks_site *site,
                       const hook_ref *ref)
{
    (void)doc;
    const al_yaml_node *type = al_yaml_get(ref->handler, "type");
    if (!type) return; /* CC019 */
    if (!al_value_is_string(type)) {
        al_report(ctx, type->start, type->end,
                  "a hook's `type` must be a string (`command`, `http`, `mcp_tool`, `prompt` "
                  "or `agent`), not %s",
                  al_value_type_name(type, site->json));
        return;
    }
    if (al_hook_type_find(type->text, type->text_len)) return;
    al_suggester s;
    al_suggest_begin(&s, type->text, type->text_len);
    for (size_t i = 0; i < al_hook_type_count; i++)
        al_suggest_consider(&s, al_hook_types[i].type);
    const char *best = al_suggest_result(&s);
    al_pending *p =
        al_report(ctx, type->start, type->end,
                  "unknown hook type `%s`%s%s%s: Claude Code runs `command`, `http`, `mcp_tool`, "
                  "`prompt` and `agent` handlers, and rejects any other%s",
                  al_quote(ctx, type->text, type->text_len), best ? " (did you mean `" : "",
                  best ? best : "", best ? "`?)" : "",
                  site->front_matter ? "" : " (a schema error: the whole file is skipped)");
    if (best) al_fix_rename(ctx, p, type, best);
}

void al_check_unknown_hook_type(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_type);
}

static const al_hook_type *handler_type(const hook_ref *ref)
{
    const al_yaml_node *type = al_yaml_get(ref->handler, "type");
    return type && al_value_is_string(type) ? al_hook_type_find(type->text, type->text_len) : NULL;
}

static void visit_fields(al_context *ctx, const al_document *doc, const hooks_site *site,
                         const hook_ref *ref)
{
    (void)doc;
    const al_hook_type *t = handler_type(ref);
    if (!t) return;
    const al_yaml_node *type = al_yaml_get(ref->handler, "type");
    for (const char *f = t->required; *f;) {
        size_t n = strcspn(f, " ");
        char field[32];
        snprintf(field, sizeof field, "%.*s", (int)n, f);
        f += n;
        while (*f == ' ')
            f++;
        const al_yaml_node *v = al_yaml_get(ref->handler, field);
        if (!v)
            al_report(ctx, type->start, type->end,
                      "a hook of type `%s` needs `%s`, and this one has none, so it cannot "
                      "run%s",
                      t->type, field,
                      site->front_matter ? "" : " (a schema error: the whole file is skipped)");
        else if (!al_value_is_string(v))
            al_report(
                ctx, v->start, v->end, "`%s` of a hook of type `%s` must be a string, not %s%s",
                field, t->type, al_value_type_name(v, site->json),
                strcmp(field, "command") == 0 ? "; pass arguments in `args` (an array of strings)"
                                              : "");
        else if (v->text_len == 0)
            al_report(ctx, v->start, v->end,
                      "`%s` of this hook of type `%s` is empty, so it does nothing", field,
                      t->type);
    }
}

void al_check_hook_missing_field(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_fields);
}

static void visit_type_event(al_context *ctx, const al_document *doc, const hooks_site *site,
                             const hook_ref *ref)
{
    (void)doc;
    (void)site;
    const al_hook_type *t = handler_type(ref);
    if (!t || !ref->event) return;
    bool model = strcmp(t->type, "prompt") == 0 || strcmp(t->type, "agent") == 0;
    bool http = strcmp(t->type, "http") == 0;
    if ((model && ref->event->model_handlers) || (http && ref->event->http_handlers) ||
        (!model && !http))
        return;
    const al_yaml_node *type = al_yaml_get(ref->handler, "type");
    al_report(ctx, type->start, type->end,
              "`%s` does not run `%s` hooks%s: use a `command` hook (or `mcp_tool`)%s",
              ref->event->name, t->type,
              model ? " (prompt and agent hooks run only on the tool, stop, prompt and task "
                      "events)"
                    : "",
              ref->event->http_handlers ? " instead" : "; SessionStart and Setup run only those");
}

void al_check_hook_type_not_supported(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_type_event);
}

/* ---- HK005 hook-matcher-ignored, HK006 invalid-hook-matcher ---- */

static const al_yaml_node *matcher_of(const hook_ref *ref)
{
    const al_yaml_node *m = al_yaml_get(ref->group, "matcher");
    return m && al_value_is_string(m) ? m : NULL;
}

/* "", "*": match everything. */
static bool matches_all(const al_yaml_node *m)
{
    return m->text_len == 0 || (m->text_len == 1 && m->text[0] == '*');
}

static void visit_ignored_matcher(al_context *ctx, const al_document *doc, const hooks_site *site,
                                  const hook_ref *ref)
{
    (void)doc;
    (void)site;
    const al_yaml_node *m = matcher_of(ref);
    if (!m || !ref->event || ref->event->match != AL_HOOK_MATCH_NONE || matches_all(m)) return;
    al_report(ctx, m->start, m->end,
              "`%s` has no matcher support, so Claude Code silently ignores `matcher: %s` and "
              "runs these hooks on every %s; remove the matcher, or filter inside the hook",
              ref->event->name, al_quote(ctx, m->text, m->text_len), ref->event->name);
}

void al_check_hook_matcher_ignored(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, false, visit_ignored_matcher);
}

/* docs:hooks "Matcher patterns": only letters, digits, `_`, `-`, spaces,
 * `,` and `|` make an exact name or list; FileChanged and StopFailure allow
 * only letters, digits, `_` and `|`. Anything else is a regular expression. */
static bool exact_matcher(const al_yaml_node *m, bool narrow)
{
    for (size_t i = 0; i < m->text_len; i++) {
        char c = m->text[i];
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '|';
        if (!word && (narrow || (c != '-' && c != ' ' && c != ','))) return false;
    }
    return true;
}

/* The known tool whose name differs from s only in letter case, or NULL. */
static const char *tool_other_case(const char *s, size_t n)
{
    for (size_t i = 0; i < al_cc_tool_count; i++) {
        const char *t = al_cc_tools[i].name;
        if (strlen(t) != n) continue;
        size_t k = 0;
        while (k < n && (t[k] | 0x20) == (s[k] | 0x20))
            k++;
        if (k == n) return t;
    }
    return NULL;
}

static void check_exact_name(al_context *ctx, const hook_ref *ref, const al_yaml_node *m,
                             const char *name, size_t n)
{
    const al_hook_event *ev = ref->event;
    const char *q = al_quote(ctx, name, n);
    if (ev->match == AL_HOOK_MATCH_TOOL) {
        if (n > 5 && memcmp(name, "mcp__", 5) == 0) {
            const char *rest = name + 5;
            size_t rn = n - 5;
            bool has_tool = false;
            for (size_t i = 0; i + 1 < rn; i++)
                if (rest[i] == '_' && rest[i + 1] == '_') has_tool = true;
            if (!has_tool)
                al_report(ctx, m->start, m->end,
                          "`%s` is compared as an exact tool name, and no tool is named that: "
                          "MCP tools are `mcp__<server>__<tool>`; write `%s__.*` to match every "
                          "tool of the server",
                          q, q);
            return;
        }
        if (al_cc_tool_find(name, n)) return;
        const char *other = tool_other_case(name, n);
        if (other) {
            al_pending *p = al_report(ctx, m->start, m->end,
                                      "matchers are case-sensitive: `%s` never matches the `%s` "
                                      "tool; write `%s`",
                                      q, other, other);
            /* the whole matcher is this one name: certain */
            if (m->text_len == n && memcmp(m->text, name, n) == 0) al_fix_rename(ctx, p, m, other);
            return;
        }
        al_suggester s;
        al_suggest_begin(&s, name, n);
        for (size_t i = 0; i < al_cc_tool_count; i++)
            if (al_cc_tools[i].status != AL_TOOL_RETIRED)
                al_suggest_consider(&s, al_cc_tools[i].name);
        const char *best = al_suggest_result(&s);
        al_report(ctx, m->start, m->end,
                  "`%s` names no Claude Code tool, so this %s matcher never matches it%s%s%s", q,
                  ev->name, best ? "; did you mean `" : "", best ? best : "",
                  best ? "`?" : " (MCP tools are `mcp__<server>__<tool>`)");
        return;
    }
    if (ev->match != AL_HOOK_MATCH_VALUES || al_hook_word_in(ev->values, name, n)) return;
    al_strbuf list;
    al_strbuf_init(&list);
    for (const char *p = ev->values; *p;) {
        size_t k = strcspn(p, " ");
        if (list.len) al_strbuf_puts(&list, ", ");
        al_strbuf_printf(&list, "`%.*s`", (int)k, p);
        p += k;
        while (*p == ' ')
            p++;
    }
    al_report(ctx, m->start, m->end,
              "`%s` is not a value the %s matcher is compared with (%s), so these hooks never "
              "fire for it",
              q, ev->name, list.data ? list.data : "");
    al_strbuf_free(&list);
}

static void check_regex(al_context *ctx, const hook_ref *ref, const al_yaml_node *m)
{
    int err;
    PCRE2_SIZE at;
    /* JavaScript's syntax, as near as PCRE2 gets: \uXXXX, an empty class */
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)m->text, m->text_len,
                                     PCRE2_ALT_BSUX | PCRE2_ALLOW_EMPTY_CLASS |
                                         PCRE2_MATCH_UNSET_BACKREF | PCRE2_UTF,
                                     &err, &at, NULL);
    if (code) {
        pcre2_code_free(code);
        return;
    }
    PCRE2_UCHAR why[160];
    pcre2_get_error_message(err, why, sizeof why);
    al_report(ctx, m->start, m->end,
              "the %s matcher `%s` is read as a regular expression and is not a valid one (%s, "
              "at character %zu), so it cannot match what you meant",
              ref->event->name, al_quote(ctx, m->text, m->text_len), (const char *)why,
              (size_t)at + 1);
}

static void visit_matcher(al_context *ctx, const al_document *doc, const hooks_site *site,
                          const hook_ref *ref)
{
    (void)doc;
    (void)site;
    const al_yaml_node *m = matcher_of(ref);
    const al_hook_event *ev = ref->event;
    if (!m || !ev || ev->match == AL_HOOK_MATCH_NONE || matches_all(m)) return;
    if (!exact_matcher(m, ev->narrow_exact)) {
        check_regex(ctx, ref, m);
        return;
    }
    /* a list of exact names, separated by `|` (or `,`), with spaces around */
    const char *seps = ev->narrow_exact ? "|" : "|,";
    for (size_t i = 0; i <= m->text_len;) {
        size_t j = i;
        while (j < m->text_len && !strchr(seps, m->text[j]))
            j++;
        size_t a = i, b = j;
        while (a < b && m->text[a] == ' ')
            a++;
        while (b > a && m->text[b - 1] == ' ')
            b--;
        if (b > a) check_exact_name(ctx, ref, m, m->text + a, b - a);
        i = j + 1;
    }
}

void al_check_invalid_hook_matcher(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, false, visit_matcher);
}

/* ---- HK007 hook-script-missing ---- */

typedef struct {
    const char *name; /* the variable */
    bool plugin;      /* resolved against the plugin root, else the project */
} path_variable;

static const path_variable path_variables[] = {
    {"CLAUDE_PLUGIN_ROOT", true},  /* docs:hooks "Reference scripts by path" */
    {"CLAUDE_PROJECT_DIR", false}, /* docs:hooks; CL 1.0.58 */
};

/* The script path after a variable at s[i] ("${NAME}" or "$NAME"), up to
 * the end of the word (or of the quotes the variable opened inside):
 * [*start, *end) of s, the part after the variable. False when the
 * variable is not there or the path is not a plain path. */
static bool path_after_variable(const char *s, size_t n, size_t i, const char *name, size_t *start,
                                size_t *end)
{
    size_t nl = strlen(name), k = i + 1;
    bool braced = k < n && s[k] == '{';
    if (braced) k++;
    if (k + nl > n || memcmp(s + k, name, nl) != 0) return false;
    k += nl;
    if (braced) {
        if (k >= n || s[k] != '}') return false;
        k++;
    } else if (k < n &&
               (s[k] == '_' || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9'))) {
        return false; /* a longer name */
    }
    char quote = i > 0 && (s[i - 1] == '"' || s[i - 1] == '\'') ? s[i - 1] : 0;
    if (quote && k + 1 < n && s[k] == quote && s[k + 1] == '/') { /* "$VAR"/path */
        quote = 0;
        k++;
    }
    if (k >= n || s[k] != '/') return false;
    size_t e = k;
    while (e < n && (quote ? s[e] != quote : !strchr(" \t\n;|&<>()`\"'", s[e])))
        e++;
    *start = k;
    *end = e;
    /* globs, more variables, command substitution: not a path to check */
    for (size_t j = k; j < e; j++)
        if (strchr("$*?[{~", s[j])) return false;
    return e > k + 1;
}

static void check_script_text(al_context *ctx, const al_yaml_node *v, const char *plugin_root,
                              const char *project_root)
{
    const char *s = v->text;
    size_t n = v->text_len;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '$') continue;
        for (size_t k = 0; k < sizeof path_variables / sizeof path_variables[0]; k++) {
            const path_variable *pv = &path_variables[k];
            const char *root = pv->plugin ? plugin_root : project_root;
            size_t a, b;
            if (!root || !path_after_variable(s, n, i, pv->name, &a, &b)) continue;
            al_strbuf p;
            al_strbuf_init(&p);
            al_strbuf_printf(&p, "%s%.*s", root, (int)(b - a), s + a);
            struct stat st;
            if (p.data && stat(p.data, &st) != 0)
                al_report(ctx, v->start, v->end,
                          "the hook runs `$%s%.*s`, which does not exist (looked for %s); the "
                          "command fails with \"No such file or directory\" every time, a "
                          "non-blocking error, so whatever it should enforce silently stops",
                          pv->name, (int)(b - a), s + a, al_quote(ctx, p.data, p.len));
            else if (p.data && S_ISDIR(st.st_mode))
                al_report(ctx, v->start, v->end,
                          "the hook runs `$%s%.*s`, which is a folder, not a script", pv->name,
                          (int)(b - a), s + a);
            al_strbuf_free(&p);
        }
    }
}

typedef struct {
    char *plugin_root, *project_root;
} script_roots;

static script_roots roots_for(al_context *ctx, const al_document *doc)
{
    script_roots r = {al_plugin_root_for(ctx, doc), NULL};
    /* a plugin's hooks run in the user's project, which is not this one */
    if (!r.plugin_root) r.project_root = al_project_root_of(al_context_path(ctx));
    return r;
}

static void visit_script(al_context *ctx, const al_document *doc, const hooks_site *site,
                         const hook_ref *ref)
{
    (void)site;
    const al_hook_type *t = handler_type(ref);
    if (!t || strcmp(t->type, "command") != 0) return;
    script_roots roots = roots_for(ctx, doc);
    if (roots.plugin_root || roots.project_root) {
        const al_yaml_node *c = al_yaml_get(ref->handler, "command");
        if (c && al_value_is_string(c))
            check_script_text(ctx, c, roots.plugin_root, roots.project_root);
        const al_yaml_node *args = al_yaml_get(ref->handler, "args");
        for (size_t i = 0; args && args->kind == AL_YAML_SEQUENCE && i < args->count; i++)
            if (al_value_is_string(args->items[i]))
                check_script_text(ctx, args->items[i], roots.plugin_root, roots.project_root);
    }
    free(roots.plugin_root);
    free(roots.project_root);
}

void al_check_hook_script_missing(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_script);
}

/* ---- HK008 hook-timeout ---- */

static void visit_timeout(al_context *ctx, const al_document *doc, const hooks_site *site,
                          const hook_ref *ref)
{
    (void)doc;
    const al_yaml_node *t = al_yaml_get(ref->handler, "timeout");
    if (!t) return;
    double v;
    al_severity bad = site->front_matter ? AL_WARNING : AL_ERROR;
    if (!al_value_is_number(t, &v)) {
        al_report_at(ctx, bad, t->start, t->end, "`timeout` is a number of seconds, not %s%s",
                     al_value_type_name(t, site->json),
                     site->front_matter ? "" : " (a schema error: the whole file is skipped)");
    } else if (v <= 0) {
        al_report_at(ctx, bad, t->start, t->end, "`timeout` must be more than 0 seconds%s",
                     site->front_matter ? "" : " (a schema error: the whole file is skipped)");
    } else if (v >= 1000 && (long long)v % 1000 == 0 && (double)(long long)v == v) {
        al_report(ctx, t->start, t->end,
                  "`timeout` is in seconds: %.0f seconds is %.0f minutes; if you meant %.0f "
                  "milliseconds, write %.0f",
                  v, v / 60, v, v / 1000);
    }
}

void al_check_hook_timeout(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_timeout);
}

/* ---- HK009 hook-if-never-runs ---- */

static void visit_if(al_context *ctx, const al_document *doc, const hooks_site *site,
                     const hook_ref *ref)
{
    (void)doc;
    (void)site;
    const al_yaml_node *cond = al_yaml_get(ref->handler, "if");
    if (!cond || !ref->event || ref->event->match == AL_HOOK_MATCH_TOOL) return;
    al_report(ctx, cond->start, cond->end,
              "`if` is evaluated only on the tool events (PreToolUse, PostToolUse, "
              "PostToolUseFailure, PermissionRequest, PermissionDenied); on `%s` a handler with "
              "`if` never runs; remove `if`",
              ref->event->name);
}

void al_check_hook_if_never_runs(al_context *ctx, const al_document *doc)
{
    hooks_site site;
    if (site_of(ctx, doc, &site)) each(ctx, doc, &site, true, visit_if);
}
