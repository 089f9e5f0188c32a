/* Rules about Claude Code plugins (PL): the manifests (.claude-plugin/
 * plugin.json, marketplace.json) and what differs for a plugin's agents.
 * The fields are in spec/claude_plugin.c. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rules/checks.h"
#include "spec/claude_plugin.h"
#include "util/strbuf.h"

static bool is_manifest(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT && doc->kind == AL_KIND_PLUGIN_MANIFEST &&
           doc->manifest.read;
}

/* "plugin.json" or "marketplace.json" (anything else: checked as plugin.json). */
static const char *manifest_name(al_context *ctx)
{
    const char *path = al_context_path(ctx);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strcmp(base, "marketplace.json") == 0 ? "marketplace.json" : "plugin.json";
}

static const al_plugin_field *field_find(const char *manifest, const char *name)
{
    for (size_t i = 0; i < al_plugin_field_count; i++)
        if (strcmp(al_plugin_fields[i].manifest, manifest) == 0 &&
            strcmp(al_plugin_fields[i].name, name) == 0)
            return &al_plugin_fields[i];
    return NULL;
}

void al_check_plugin_invalid_json(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc)) return;
    const al_json_result *r = &doc->manifest.syntax;
    size_t at = r->offset < doc->src.len ? r->offset : doc->src.len;
    size_t end = at < doc->src.len ? at + 1 : at;
    switch (r->status) {
    case AL_JSON_OK:
        if (!json_is_object(doc->manifest.root))
            al_report(ctx, 0, doc->src.len ? 1 : 0,
                      "%s must be a JSON object (`{...}`), so Claude Code cannot read it",
                      manifest_name(ctx));
        return;
    case AL_JSON_COMMENT:
        al_report(ctx, at, end,
                  "%s has a comment, which JSON does not allow, so Claude Code cannot read the "
                  "manifest and does not load the plugin; remove the comment",
                  manifest_name(ctx));
        return;
    case AL_JSON_TOO_DEEP:
        al_report(ctx, at, end, "%s nests too deeply to be a manifest", manifest_name(ctx));
        return;
    case AL_JSON_ERROR:
        al_report(ctx, at, end,
                  "%s is not valid JSON: %s; Claude Code cannot read the manifest and does not "
                  "load the plugin",
                  manifest_name(ctx), r->message ? r->message : "syntax error");
        return;
    }
}

void al_check_plugin_missing_name(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc) || !json_is_object(doc->manifest.root)) return;
    const al_json_member *m = al_manifest_member(&doc->manifest, "name");
    if (!m) {
        size_t s, e;
        al_source_line_span(&doc->src, 1, &s, &e);
        al_report(ctx, s, e,
                  "%s has no `name`: Claude Code requires it to identify the %s; add "
                  "`\"name\": \"my-plugin\"`",
                  manifest_name(ctx),
                  strcmp(manifest_name(ctx), "plugin.json") == 0 ? "plugin" : "marketplace");
        return;
    }
    if (!json_is_string(m->value) || json_string_length(m->value) == 0)
        al_report(ctx, m->value_start, m->value_end,
                  "`name` must be a non-empty string: Claude Code identifies the %s by it",
                  strcmp(manifest_name(ctx), "plugin.json") == 0 ? "plugin" : "marketplace");
}

static bool kebab(const char *s, size_t n)
{
    if (n == 0 || s[0] == '-' || s[n - 1] == '-') return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
        if (c == '-' && i + 1 < n && s[i + 1] == '-') return false;
    }
    return true;
}

void al_check_plugin_name_format(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc)) return;
    const al_json_member *m = al_manifest_member(&doc->manifest, "name");
    if (!m || !json_is_string(m->value) || json_string_length(m->value) == 0) return;
    const char *v = json_string_value(m->value);
    size_t n = json_string_length(m->value);
    if (kebab(v, n)) return;
    al_report(ctx, m->value_start, m->value_end,
              "`name` \"%s\" is not kebab-case (lowercase letters, digits and single hyphens): "
              "Claude Code uses it in ids such as `%s:agent`, where other characters break "
              "the reference; rename it",
              al_quote(ctx, v, n), al_quote(ctx, v, n));
}

static const char *json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        return "null";
    }
    return "a value";
}

static bool all_strings(const json_t *a)
{
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v) if (!json_is_string(v)) return false;
    return true;
}

void al_check_plugin_invalid_field(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc)) return;
    const char *manifest = manifest_name(ctx);
    for (size_t i = 0; i < doc->manifest.member_count; i++) {
        const al_json_member *m = &doc->manifest.members[i];
        const al_plugin_field *f = field_find(manifest, m->key);
        if (!f || !m->value || strcmp(f->name, "name") == 0) continue;
        const json_t *v = m->value;
        const char *want = NULL;
        switch (f->type) {
        case AL_PJ_ANY:
            break;
        case AL_PJ_STRING:
            if (!json_is_string(v)) want = "a string";
            break;
        case AL_PJ_OBJECT:
            if (!json_is_object(v)) want = "an object";
            break;
        case AL_PJ_ARRAY:
            if (!json_is_array(v)) want = "an array";
            break;
        case AL_PJ_STRINGS:
            if (!json_is_array(v) || !all_strings(v)) want = "an array of strings";
            break;
        case AL_PJ_PATHS:
            if (!json_is_string(v) && !(json_is_array(v) && all_strings(v)))
                want = "a path or an array of paths";
            break;
        case AL_PJ_PATHS_OR_OBJECT:
            if (!json_is_string(v) && !json_is_object(v) && !(json_is_array(v) && all_strings(v)))
                want = "a path, an array of paths or an inline object";
            break;
        case AL_PJ_STRING_OR_OBJECT:
            if (!json_is_string(v) && !json_is_object(v)) want = "a string or an object";
            break;
        }
        if (want)
            al_report(ctx, m->value_start, m->value_end,
                      "`%s` in %s must be %s, not %s; Claude Code does not read it as written",
                      f->name, manifest, want, json_type_name(v));
    }
}

/* The folder a manifest's relative paths start from: the folder holding
 * .claude-plugin/ (malloc'd; NULL when out of memory). */
static char *plugin_root_of(const char *manifest_path)
{
    char *root = strdup(manifest_path);
    if (!root) return NULL;
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(root, '/');
        if (slash)
            *slash = '\0';
        else
            strcpy(root, ".");
    }
    return root;
}

static void check_path(al_context *ctx, const char *root, const char *field, const char *rel,
                       size_t start, size_t end)
{
    if (strstr(rel, "${")) return; /* variables: resolved by Claude Code */
    if (rel[0] == '/' || strstr(rel, "://")) return;
    al_strbuf p;
    al_strbuf_init(&p);
    al_strbuf_printf(&p, "%s/%s", root, rel);
    struct stat st;
    if (p.data && stat(p.data, &st) != 0)
        al_report(ctx, start, end,
                  "`%s` lists \"%s\", which does not exist below the plugin folder, so Claude "
                  "Code loads nothing from it; fix the path (relative to the folder holding "
                  "`.claude-plugin/`, starting with `./`)",
                  field, al_quote(ctx, rel, strlen(rel)));
    al_strbuf_free(&p);
}

void al_check_plugin_path_missing(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc)) return;
    const char *manifest = manifest_name(ctx);
    char *root = NULL;
    for (size_t i = 0; i < doc->manifest.member_count; i++) {
        const al_json_member *m = &doc->manifest.members[i];
        const al_plugin_field *f = field_find(manifest, m->key);
        const json_t *v = m->value;
        bool marketplace_plugins =
            strcmp(manifest, "marketplace.json") == 0 && strcmp(m->key, "plugins") == 0;
        if (!v || !f) continue;
        if (f->type != AL_PJ_PATHS && f->type != AL_PJ_PATHS_OR_OBJECT && !marketplace_plugins)
            continue;
        if (!root && !(root = plugin_root_of(al_context_path(ctx)))) return;
        if (json_is_string(v)) {
            check_path(ctx, root, f->name, json_string_value(v), m->value_start, m->value_end);
            continue;
        }
        if (!json_is_array(v)) continue;
        size_t n = json_array_size(v);
        size_t *starts = malloc((n + 1) * sizeof *starts), *ends = malloc((n + 1) * sizeof *ends);
        if (starts && ends &&
            al_json_array_items(doc->src.data, m->value_start, m->value_end, starts, ends, n) == n)
            for (size_t j = 0; j < n; j++) {
                const json_t *item = json_array_get(v, j);
                if (marketplace_plugins) {
                    /* a marketplace entry's "source": a relative path, or a repository */
                    const json_t *src = json_object_get(item, "source");
                    if (json_is_string(src) && strncmp(json_string_value(src), "./", 2) == 0)
                        check_path(ctx, root, "source", json_string_value(src), starts[j], ends[j]);
                } else if (json_is_string(item)) {
                    check_path(ctx, root, f->name, json_string_value(item), starts[j], ends[j]);
                }
            }
        free(starts);
        free(ends);
    }
    free(root);
}

void al_check_plugin_agent_ignored_field(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || !doc->plugin_root || !doc->agent.fields) return;
    const al_yaml_node *f = doc->agent.fields;
    for (size_t i = 0; i < al_plugin_agent_ignored_count; i++) {
        const al_yaml_pair *p = al_yaml_get_pair(f, al_plugin_agent_ignored_fields[i].field);
        if (!p) continue;
        al_report(ctx, p->key->start, p->key->end,
                  "`%s` is ignored for plugin agents: Claude Code drops it when it loads an agent "
                  "from a plugin (and warns at load); configure it in the plugin (hooks.json, "
                  ".mcp.json) or in the user's settings instead",
                  al_plugin_agent_ignored_fields[i].field);
    }
}

/* plugin.json `hooks` lists additional hook files: hooks/hooks.json loads
 * by itself, and naming it too fails the plugin's hooks with "Duplicate
 * hooks file detected" (reference §2.8: affaan-m/everything-claude-code#103,
 * error type hook-load-failed). */
static bool default_hooks_file(const char *rel)
{
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    return strcmp(rel, "hooks/hooks.json") == 0;
}

void al_check_plugin_hooks_duplicate(al_context *ctx, const al_document *doc)
{
    if (!is_manifest(doc) || strcmp(manifest_name(ctx), "plugin.json") != 0) return;
    const al_json_member *m = al_manifest_member(&doc->manifest, "hooks");
    if (!m || !m->value) return;
    const json_t *v = m->value;
    bool named = json_is_string(v) && default_hooks_file(json_string_value(v));
    size_t i;
    const json_t *item;
    json_array_foreach(v, i, item) if (json_is_string(item) &&
                                       default_hooks_file(json_string_value(item))) named = true;
    if (named)
        al_report(ctx, m->value_start, m->value_end,
                  "`hooks` names ./hooks/hooks.json, which Claude Code loads by itself; listed "
                  "again it fails with \"Duplicate hooks file detected\" and the plugin's "
                  "hooks do not load; remove it (`hooks` is for additional hook files)");
}
