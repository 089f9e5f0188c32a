/* Rules about MCP server configuration (MC): a project's .mcp.json, a
 * plugin's .mcp.json, `mcpServers` inline in a plugin.json, and
 * `mcpServers:` in agent front matter. Transports are in spec/claude_code.c
 * (`mcpType`).
 *
 * Facts (docs:mcp of 2026-08-22 unless said): a project .mcp.json holds its
 * servers under `mcpServers` (without it, or under VS Code's `servers`, the
 * file does not parse as a configuration: CL 2.1.144, Kapeli/dash-mcp-
 * server#18); a plugin's .mcp.json may also be the bare map of servers (as
 * Anthropic's own plugins write it); a stdio server needs `command`, a
 * remote one (`http`, its alias `streamable-http`, `sse`, `ws`) needs `url`,
 * and a `url` without `type` is skipped ("has a \"url\" but no \"type\"",
 * v2.1.202); a malformed entry is skipped and the others load (CL 2.1.141);
 * `${VAR}` and `${VAR:-default}` are expanded in command, args, env, url and
 * headers, and `CLAUDE_PROJECT_DIR` is not set where a project file's
 * `${...}` is expanded, so it needs a default there. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "parse/json_tree.h"
#include "rules/checks.h"
#include "rules/surface.h"
#include "spec/claude_code.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Whether the .mcp.json at path sits at a plugin's root (beside
 * .claude-plugin/). */
static bool plugin_mcp_file(const char *path)
{
    const char *slash = strrchr(path, '/');
    al_strbuf p;
    al_strbuf_init(&p);
    if (slash)
        al_strbuf_printf(&p, "%.*s/.claude-plugin", (int)(slash - path), path);
    else
        al_strbuf_puts(&p, ".claude-plugin");
    struct stat st;
    bool yes = p.data && stat(p.data, &st) == 0 && S_ISDIR(st.st_mode);
    al_strbuf_free(&p);
    return yes;
}

/* Whether the .mcp.json at path belongs to another tool's plugin (a
 * plugin.json beside it, as GitHub Copilot's plugins have, or a
 * .cursor-plugin/ or .codex-plugin/ folder) and to no Claude Code plugin:
 * Claude Code does not read it, and that tool's schema differs (a `url`
 * without `type` is fine for Copilot). */
static bool other_tools_mcp_file(const char *path)
{
    if (plugin_mcp_file(path)) return false;
    const char *slash = strrchr(path, '/');
    static const char *const marks[] = {"plugin.json", ".cursor-plugin", ".codex-plugin"};
    bool other = false;
    for (size_t i = 0; i < 3 && !other; i++) {
        al_strbuf p;
        al_strbuf_init(&p);
        if (slash)
            al_strbuf_printf(&p, "%.*s/%s", (int)(slash - path), path, marks[i]);
        else
            al_strbuf_puts(&p, marks[i]);
        struct stat st;
        other = p.data && stat(p.data, &st) == 0;
        al_strbuf_free(&p);
    }
    return other;
}

/* The servers of a JSON file (its map of names to configurations), NULL
 * when there are none to check. */
static const al_yaml_node *servers_of(const char *path, const al_document *doc, bool *bare)
{
    const al_yaml_node *root = al_json_root(doc);
    *bare = false;
    if (!root) return NULL;
    if (doc->kind == AL_KIND_PLUGIN_MANIFEST) {
        const char *base = strrchr(path, '/');
        if (strcmp(base ? base + 1 : path, "plugin.json") != 0) return NULL;
        const al_yaml_node *v = al_yaml_get(root, "mcpServers");
        return v && v->kind == AL_YAML_MAPPING ? v : NULL; /* paths: PL005 */
    }
    if (doc->kind != AL_KIND_MCP_CONFIG || other_tools_mcp_file(path)) return NULL;
    const al_yaml_node *v = al_yaml_get(root, "mcpServers");
    if (v) return v;
    if (al_yaml_get(root, "servers")) return NULL;
    *bare = true;
    return root;
}

static const al_yaml_node *json_servers(al_context *ctx, const al_document *doc, bool *bare)
{
    return servers_of(al_context_path(ctx), doc, bare);
}

/* ---- CC020 invalid-mcp-servers, MC001 unknown-mcp-type ---- */

static bool remote_type(const al_yaml_node *type)
{
    return type && al_value_is_string(type) && !al_yaml_scalar_is(type, "stdio");
}

static void check_server(al_context *ctx, const al_yaml_node *name, const al_yaml_node *cfg,
                         bool json, al_severity sev)
{
    const char *q = al_quote(ctx, name->text, name->text_len);
    if (cfg->kind != AL_YAML_MAPPING) {
        al_report_at(ctx, sev, cfg->start, cfg->end,
                     "the configuration of MCP server `%s` must be %s (`command`/`args` for a "
                     "local server, `type`/`url` for a remote one), not %s",
                     q, json ? "an object" : "a mapping", al_value_type_name(cfg, json));
        return;
    }
    const al_yaml_node *type = al_yaml_get(cfg, "type");
    if (type &&
        (!al_value_is_string(type) || !al_cc_value_find("mcpType", type->text, type->text_len)))
        return; /* MC001 */
    const al_yaml_node *url = al_yaml_get(cfg, "url"), *command = al_yaml_get(cfg, "command");
    if (remote_type(type)) {
        if (!url)
            al_report_at(ctx, sev, type->start, type->end,
                         "MCP server `%s` is `%s`, a remote transport, but has no `url`, so "
                         "Claude Code cannot connect to it",
                         q, al_quote(ctx, type->text, type->text_len));
        else if (!al_value_is_string(url))
            al_report_at(ctx, sev, url->start, url->end,
                         "`url` of MCP server `%s` must be a string", q);
        return;
    }
    if (!type && url && !command) {
        al_report_at(ctx, sev, url->start, url->end,
                     "MCP server `%s` has a `url` but no `type`, so Claude Code skips it (\"has "
                     "a \\\"url\\\" but no \\\"type\\\"\", v2.1.202); add `\"type\": \"http\"` "
                     "(or `sse`, `ws`)",
                     q);
        return;
    }
    if (!command)
        al_report_at(ctx, sev, name->start, name->end,
                     "MCP server `%s` has no `command` to start it (or `type` and `url` for a "
                     "remote server), so Claude Code skips it",
                     q);
    else if (!al_value_is_string(command))
        al_report_at(ctx, sev, command->start, command->end,
                     "`command` of MCP server `%s` must be a string (the program; its arguments "
                     "go in `args`), not %s",
                     q, al_value_type_name(command, json));
    else if (command->text_len == 0)
        al_report_at(ctx, sev, command->start, command->end,
                     "`command` of MCP server `%s` is empty", q);
}

static void check_front_matter_servers(al_context *ctx, const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SEQUENCE) {
        al_report_at(ctx, AL_WARNING, v->start, v->end,
                     "`mcpServers` must be a list of server names or `- name: {config}` "
                     "entries, not %s",
                     al_value_type_name(v, false));
        return;
    }
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *item = v->items[i];
        if (item->kind == AL_YAML_SCALAR) continue;
        if (item->kind != AL_YAML_MAPPING || item->count != 1 ||
            item->pairs[0].key->kind != AL_YAML_SCALAR) {
            al_report_at(ctx, AL_WARNING, item->start, item->end,
                         "each `mcpServers` entry is a configured server's name or one "
                         "`name: {config}` mapping");
            continue;
        }
        check_server(ctx, item->pairs[0].key, item->pairs[0].value, false, AL_WARNING);
    }
}

static const al_yaml_node *front_matter_servers(const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || doc->kind != AL_KIND_AGENT || !doc->agent.fields)
        return NULL;
    const al_yaml_node *v = al_yaml_get(doc->agent.fields, "mcpServers");
    return v && !al_yaml_is_null(v) ? v : NULL;
}

void al_check_invalid_mcp_servers(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *fm = front_matter_servers(doc);
    if (fm) {
        check_front_matter_servers(ctx, fm);
        return;
    }
    bool bare;
    const al_yaml_node *root = al_json_root(doc);
    const al_yaml_node *servers = json_servers(ctx, doc, &bare);
    if (doc->kind == AL_KIND_MCP_CONFIG && root && !other_tools_mcp_file(al_context_path(ctx))) {
        const al_yaml_node *vs = al_yaml_get(root, "servers");
        const al_yaml_pair *vsp = al_yaml_get_pair(root, "servers");
        if (vs && !al_yaml_get(root, "mcpServers")) {
            al_report(ctx, vsp->key->start, vsp->key->end,
                      "Claude Code reads MCP servers from `mcpServers`; `servers` is VS Code's "
                      "key, so this .mcp.json loads no server (`claude mcp list` reports it "
                      "since v2.1.144); rename the key to `mcpServers`");
            return;
        }
        if (bare && root->count && !plugin_mcp_file(al_context_path(ctx))) {
            al_report(ctx, root->start, root->start + 1,
                      "a project's .mcp.json must hold its servers under `mcpServers` "
                      "(`{\"mcpServers\": {\"name\": {...}}}`); without it Claude Code cannot "
                      "read the file and loads none of them (only a plugin's .mcp.json may be "
                      "the bare map)");
            return;
        }
    }
    if (!servers) return;
    if (servers->kind != AL_YAML_MAPPING) {
        al_report(ctx, servers->start, servers->end,
                  "`mcpServers` must map each server's name to its configuration, not be %s",
                  al_value_type_name(servers, true));
        return;
    }
    for (size_t i = 0; i < servers->count; i++)
        check_server(ctx, servers->pairs[i].key, servers->pairs[i].value, true, AL_ERROR);
}

typedef void (*server_visit)(al_context *ctx, const al_document *doc, const al_yaml_node *name,
                             const al_yaml_node *cfg, bool json);

/* Every server configuration of the document (JSON or front matter). */
static void each_server(al_context *ctx, const al_document *doc, server_visit visit)
{
    const al_yaml_node *fm = front_matter_servers(doc);
    if (fm) {
        if (fm->kind != AL_YAML_SEQUENCE) return;
        for (size_t i = 0; i < fm->count; i++) {
            const al_yaml_node *item = fm->items[i];
            if (item->kind == AL_YAML_MAPPING && item->count == 1 &&
                item->pairs[0].key->kind == AL_YAML_SCALAR &&
                item->pairs[0].value->kind == AL_YAML_MAPPING)
                visit(ctx, doc, item->pairs[0].key, item->pairs[0].value, false);
        }
        return;
    }
    bool bare;
    const al_yaml_node *servers = json_servers(ctx, doc, &bare);
    if (!servers || servers->kind != AL_YAML_MAPPING) return;
    if (bare && !plugin_mcp_file(al_context_path(ctx))) return;
    for (size_t i = 0; i < servers->count; i++)
        if (servers->pairs[i].value->kind == AL_YAML_MAPPING)
            visit(ctx, doc, servers->pairs[i].key, servers->pairs[i].value, true);
}

static void visit_type(al_context *ctx, const al_document *doc, const al_yaml_node *name,
                       const al_yaml_node *cfg, bool json)
{
    (void)doc;
    const al_yaml_node *type = al_yaml_get(cfg, "type");
    if (!type) return;
    const char *q = al_quote(ctx, name->text, name->text_len);
    if (!al_value_is_string(type)) {
        al_report(ctx, type->start, type->end,
                  "`type` of MCP server `%s` must be a string (`stdio`, `http`, `sse` or `ws`), "
                  "not %s",
                  q, al_value_type_name(type, json));
        return;
    }
    if (al_cc_value_find("mcpType", type->text, type->text_len)) return;
    al_suggester s;
    al_suggest_begin(&s, type->text, type->text_len);
    for (size_t i = 0; i < al_cc_value_count; i++)
        if (strcmp(al_cc_values[i].field, "mcpType") == 0)
            al_suggest_consider(&s, al_cc_values[i].value);
    const char *best = al_suggest_result(&s);
    /* in front matter a warning, as CC020 there: the agent still loads */
    al_pending *p =
        al_report_at(ctx, json ? AL_ERROR : AL_WARNING, type->start, type->end,
                     "MCP server `%s` has `type` \"%s\", which is no transport%s%s%s: "
                     "the transports are `stdio`, `http` (or `streamable-http`), `sse` "
                     "and `ws`, and Claude Code skips a server of any other type",
                     q, al_quote(ctx, type->text, type->text_len), best ? " (did you mean `" : "",
                     best ? best : "", best ? "`?)" : "");
    if (best) al_fix_rename(ctx, p, type, best);
}

void al_check_unknown_mcp_type(al_context *ctx, const al_document *doc)
{
    each_server(ctx, doc, visit_type);
}

/* ---- MC002 mcp-variable-syntax ---- */

static bool name_char(char c, bool first)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (!first && c >= '0' && c <= '9');
}

/* The first problem with the `${...}` of s, reported on node. */
static void check_expansions(al_context *ctx, const al_yaml_node *node, const char *field,
                             bool project_file)
{
    const char *s = node->text;
    size_t n = node->text_len;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '$' || s[i + 1] != '{') continue;
        const char *close = memchr(s + i, '}', n - i);
        const char *q = al_quote(ctx, s + i, close ? (size_t)(close - s - i) + 1 : n - i);
        if (!close) {
            al_report(ctx, node->start, node->end,
                      "`%s` opens `${` without a closing `}`, so Claude Code passes \"%s\" on "
                      "as written",
                      field, q);
            return;
        }
        size_t a = i + 2, b = (size_t)(close - s), k = a;
        while (k < b && name_char(s[k], k == a))
            k++;
        bool ok = k > a && (k == b || (b - k >= 2 && s[k] == ':' && s[k + 1] == '-'));
        if (!ok) {
            al_report(ctx, node->start, node->end,
                      "`%s` holds \"%s\": Claude Code expands only `${NAME}` and "
                      "`${NAME:-default}` (NAME of letters, digits and `_`), so this is passed "
                      "on as written",
                      field, q);
            return;
        }
        if (project_file && k == b && k - a == strlen("CLAUDE_PROJECT_DIR") &&
            memcmp(s + a, "CLAUDE_PROJECT_DIR", k - a) == 0) {
            al_report(ctx, node->start, node->end,
                      "`${CLAUDE_PROJECT_DIR}` in `%s` of a project's .mcp.json stays "
                      "unexpanded: Claude Code sets the variable in the server's environment, "
                      "not its own; write `${CLAUDE_PROJECT_DIR:-.}`",
                      field);
            return;
        }
        i = b;
    }
}

static void visit_expansions(al_context *ctx, const al_document *doc, const al_yaml_node *name,
                             const al_yaml_node *cfg, bool json)
{
    (void)name;
    (void)json;
    /* a plugin's configuration gets CLAUDE_PROJECT_DIR substituted directly */
    bool project = doc->kind == AL_KIND_MCP_CONFIG && !plugin_mcp_file(al_context_path(ctx));
    static const char *const scalars[] = {"command", "url"};
    for (size_t i = 0; i < 2; i++) {
        const al_yaml_node *v = al_yaml_get(cfg, scalars[i]);
        if (v && al_value_is_string(v)) check_expansions(ctx, v, scalars[i], project && i == 0);
    }
    const al_yaml_node *args = al_yaml_get(cfg, "args");
    for (size_t i = 0; args && args->kind == AL_YAML_SEQUENCE && i < args->count; i++)
        if (al_value_is_string(args->items[i]))
            check_expansions(ctx, args->items[i], "args", project);
    static const char *const maps[] = {"env", "headers"};
    for (size_t m = 0; m < 2; m++) {
        const al_yaml_node *map = al_yaml_get(cfg, maps[m]);
        for (size_t i = 0; map && map->kind == AL_YAML_MAPPING && i < map->count; i++)
            if (al_value_is_string(map->pairs[i].value))
                check_expansions(ctx, map->pairs[i].value, maps[m], false);
    }
}

void al_check_mcp_variable_syntax(al_context *ctx, const al_document *doc)
{
    each_server(ctx, doc, visit_expansions);
}

/* ---- for MC003 (engine/cross_file.c): the servers a file defines, and
 * those an agent names ---- */

void al_mcp_servers_defined(const char *path, const al_document *doc, al_name_visit visit,
                            void *ctx)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const al_yaml_node *fm = front_matter_servers(doc);
    if (fm) {
        for (size_t i = 0; fm->kind == AL_YAML_SEQUENCE && i < fm->count; i++) {
            const al_yaml_node *item = fm->items[i];
            if (item->kind == AL_YAML_MAPPING && item->count == 1 &&
                item->pairs[0].key->kind == AL_YAML_SCALAR)
                visit(item->pairs[0].key, ctx);
        }
        return;
    }
    bool bare;
    const al_yaml_node *servers = servers_of(path, doc, &bare);
    if (!servers || servers->kind != AL_YAML_MAPPING) return;
    if (bare && !plugin_mcp_file(path)) return;
    for (size_t i = 0; i < servers->count; i++)
        visit(servers->pairs[i].key, ctx);
}

void al_mcp_servers_named(const al_document *doc, al_name_visit visit, void *ctx)
{
    const al_yaml_node *fm = front_matter_servers(doc);
    for (size_t i = 0; fm && fm->kind == AL_YAML_SEQUENCE && i < fm->count; i++) {
        const al_yaml_node *item = fm->items[i];
        if (item->kind == AL_YAML_SCALAR && !al_yaml_is_null(item) && item->text_len)
            visit(item, ctx);
    }
}
