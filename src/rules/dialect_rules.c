/* Rules for other tools' agent and rule files: GitHub Copilot (CP), OpenCode
 * (OC), Gemini CLI (GM) and Cursor (CU). What each tool accepts is data in
 * spec/copilot.c, opencode.c, gemini.c and cursor.c. Most rules are the
 * generic checks of dialect_checks.c called with the tool's table; the
 * functions here check what only one tool has (Copilot's forgiving tool
 * names and prompt limit, Gemini's tool names, OpenCode's permission, colour,
 * tool map and pass-through keys, Cursor's .mdc rule files). The registry
 * runs each rule only on its kind of file. */
#include <ctype.h>
#include <string.h>

#include "rules/checks.h"
#include "rules/dialect.h"
#include "spec/claude_code.h"
#include "spec/dialects.h"
#include "util/suggest.h"
#include "util/utf8.h"

static const char *quoted(al_context *ctx, const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR ? al_quote(ctx, v->text, v->text_len) : "";
}

/* ---- OpenCode: unknown keys go to the provider ---- */

/* OpenCode moves keys it does not know into the provider options. That is
 * how provider settings such as `reasoningEffort` are meant to be written,
 * so only a near miss of a field or a Claude Code field is a warning; any
 * other key is a note. */
static void opencode_unknown_fields(al_context *ctx, const al_document *doc)
{
    const al_dialect *d = &al_dialect_opencode;
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || doc->fm.lenient) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR || al_dialect_field_find(d, k->text, k->text_len)) continue;
        if (doc->opts && al_name_set_contains(&doc->opts->known_fields, k->text, k->text_len))
            continue;
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        for (size_t j = 0; j < d->field_count; j++)
            al_suggest_consider(&s, d->fields[j].name);
        const char *best = al_suggest_result(&s);
        const char *key = quoted(ctx, k);
        if (best)
            al_report(ctx, k->start, k->end, "unknown field `%s`: did you mean `%s`? %s", key, best,
                      d->unknown_field_effect);
        else if (al_cc_field_find(k->text, k->text_len))
            al_report(ctx, k->start, k->end, "`%s` is a Claude Code field, not an OpenCode one: %s",
                      key, d->unknown_field_effect);
        else
            al_report_at(ctx, AL_INFO, k->start, k->end,
                         "`%s` is not an OpenCode agent field: OpenCode passes it to the model "
                         "provider as an option; fine if the provider takes it, else remove it",
                         key);
    }
}

/* ---- OpenCode: shapes of its own ---- */

static bool is_plain_bool(const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR && v->style == AL_YAML_PLAIN &&
           (al_yaml_scalar_is(v, "true") || al_yaml_scalar_is(v, "false"));
}

static bool is_permission_action(const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR &&
           (al_yaml_scalar_is(v, "ask") || al_yaml_scalar_is(v, "allow") ||
            al_yaml_scalar_is(v, "deny"));
}

static void report_shape(al_context *ctx, const al_yaml_node *v, const char *field,
                         const char *expected)
{
    al_report(ctx, v->start, v->end,
              "`%s` must be %s, not %s%s%s%s; OpenCode stops with \"Configuration is invalid\"",
              field, expected, al_yaml_type_name(v), v->kind == AL_YAML_SCALAR ? " \"" : "",
              quoted(ctx, v), v->kind == AL_YAML_SCALAR ? "\"" : "");
}

static void check_permission(al_context *ctx, const al_yaml_node *v)
{
    if (is_permission_action(v)) return;
    if (v->kind != AL_YAML_MAPPING) {
        report_shape(ctx, v, "permission", "`ask`, `allow`, `deny` or a map of tool to action");
        return;
    }
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *rule = v->pairs[i].value;
        if (is_permission_action(rule)) continue;
        if (rule->kind != AL_YAML_MAPPING) {
            report_shape(ctx, rule, "permission",
                         "`ask`, `allow`, `deny` or a map of pattern to action");
            continue;
        }
        for (size_t j = 0; j < rule->count; j++)
            if (!is_permission_action(rule->pairs[j].value))
                report_shape(ctx, rule->pairs[j].value, "permission", "`ask`, `allow` or `deny`");
    }
}

static void check_tool_map(al_context *ctx, const al_yaml_node *v)
{
    if (v->kind != AL_YAML_MAPPING) {
        report_shape(ctx, v, "tools",
                     "a map of tool name to `true`/`false` (a string is rejected; better, move "
                     "to `permission`)");
        return;
    }
    for (size_t i = 0; i < v->count; i++)
        if (!is_plain_bool(v->pairs[i].value))
            report_shape(ctx, v->pairs[i].value, "tools", "`true` or `false` for each tool");
}

static bool is_hex_color(const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR || v->text_len != 7 || v->text[0] != '#') return false;
    for (size_t i = 1; i < 7; i++)
        if (!isxdigit((unsigned char)v->text[i])) return false;
    return true;
}

static void check_color(al_context *ctx, const al_yaml_node *v)
{
    if (is_hex_color(v)) return;
    for (size_t i = 0; v->kind == AL_YAML_SCALAR && i < al_opencode_theme_color_count; i++)
        if (al_yaml_scalar_is(v, al_opencode_theme_colors[i])) return;
    al_report(ctx, v->start, v->end,
              "`color: %s` is not a hex colour `#RRGGBB` or a theme colour (`primary`, `accent`, "
              "...): OpenCode stops with \"Configuration is invalid\" on names such as `red` or "
              "`cyan` that Claude Code accepts; write a hex colour, quoted (`\"#22D3EE\"`)",
              quoted(ctx, v));
}

static void opencode_own_values(al_context *ctx, const al_document *doc)
{
    const al_dialect *d = &al_dialect_opencode;
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR || al_yaml_is_null(v) || v->kind == AL_YAML_ALIAS) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field) continue;
        if (field->type == AL_DT_PERMISSION) check_permission(ctx, v);
        if (field->type == AL_DT_TOOL_MAP) check_tool_map(ctx, v);
        if (field->type == AL_DT_COLOR) check_color(ctx, v);
    }
}

/* ---- tools: Copilot and Gemini ---- */

typedef struct {
    const char *text; /* not NUL-terminated */
    size_t len;
    size_t start, end;
} tool_ref;

typedef void (*tool_fn)(al_context *, const al_document *, const tool_ref *);

/* Calls fn for each entry of `tools` (a list, or with commas a string),
 * trimmed, with its exact span. */
static void each_tool(al_context *ctx, const al_document *doc, bool comma_string, tool_fn fn)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    const al_yaml_node *v = f ? al_yaml_get(f, "tools") : NULL;
    if (!v) return;
    if (v->kind == AL_YAML_SEQUENCE) {
        for (size_t i = 0; i < v->count; i++) {
            const al_yaml_node *item = v->items[i];
            if (item->kind != AL_YAML_SCALAR) continue;
            tool_ref t = {item->text, item->text_len, 0, 0};
            al_scalar_subspan(&doc->src, item, 0, item->text_len, &t.start, &t.end);
            fn(ctx, doc, &t);
        }
        return;
    }
    if (v->kind != AL_YAML_SCALAR || !comma_string || al_yaml_is_null(v)) return;
    for (size_t from = 0; from <= v->text_len;) {
        const char *comma = memchr(v->text + from, ',', v->text_len - from);
        size_t to = comma ? (size_t)(comma - v->text) : v->text_len;
        size_t a = from, b = to;
        while (a < b && isspace((unsigned char)v->text[a]))
            a++;
        while (b > a && isspace((unsigned char)v->text[b - 1]))
            b--;
        if (b > a) {
            tool_ref t = {v->text + a, b - a, 0, 0};
            al_scalar_subspan(&doc->src, v, a, b, &t.start, &t.end);
            fn(ctx, doc, &t);
        }
        from = to + 1;
    }
}

static const char *closest_tool(const al_dialect *d, const tool_ref *t, bool aliases_too)
{
    al_suggester s;
    al_suggest_begin(&s, t->text, t->len);
    for (size_t i = 0; i < d->tool_count; i++)
        if ((aliases_too || !d->tools[i].alias_of) && strcmp(d->tools[i].name, "*") != 0)
            al_suggest_consider(&s, d->tools[i].name);
    return al_suggest_result(&s);
}

/* Copilot: aliases in any case, `server/tool`, `server/` plus a star, a lone star.
 * Copilot ignores names it does not know by design (product-specific tools
 * such as VS Code's), so only a name close to an alias is reported: most
 * likely a typo that costs the agent the tool. */
static void copilot_tool(al_context *ctx, const al_document *doc, const tool_ref *t)
{
    const al_dialect *d = &al_dialect_copilot;
    if (t->len == 1 && t->text[0] == '*') return;
    const char *slash = memchr(t->text, '/', t->len);
    if (slash) {
        size_t server = (size_t)(slash - t->text), rest = t->len - server - 1;
        if (server == 0 || rest == 0)
            al_report(ctx, t->start, t->end,
                      "`%s` names %s: MCP tools are written `server/tool`, or `server/*` for all "
                      "of a server's tools; Copilot ignores this entry",
                      al_quote(ctx, t->text, t->len), server == 0 ? "no server" : "no tool");
        return;
    }
    if (al_dialect_tool_find(d, t->text, t->len, true)) return;
    const char *best = closest_tool(d, t, true);
    if (best)
        al_report(ctx, t->start, t->end,
                  "`%s` is not a Copilot tool alias: did you mean `%s`? Copilot ignores names "
                  "it does not know, so the %s does not get this tool",
                  al_quote(ctx, t->text, t->len), best,
                  doc->kind == AL_KIND_COPILOT_PROMPT ? "prompt" : "agent");
}

static bool mcp_slug_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || c == ':' || c == '-';
}

/* `mcp_*`, `mcp_<server>_*`, `mcp_<server>_<tool>` (isValidToolName). */
static const char *gemini_mcp_problem(const tool_ref *t)
{
    const char *r = t->text + 4;
    size_t n = t->len - 4;
    if (n == 1 && r[0] == '*') return NULL;
    if (n == 0 || r[0] == '_')
        return "it has no server name after `mcp_` (Claude Code's `mcp__server__tool` is "
               "`mcp_server_tool` in Gemini CLI)";
    const char *sep = memchr(r, '_', n);
    if (!sep || sep + 1 == r + n) return "it names a server but no tool (`mcp_<server>_*` for all)";
    for (const char *p = r; p < r + n; p++)
        if (!mcp_slug_char(*p) && !(*p == '*' && p == r + n - 1 && p == sep + 1))
            return "it has a character other than letters, digits, `_`, `.`, `:` and `-`";
    bool only_underscores = true;
    for (const char *p = sep + 1; p < r + n; p++)
        only_underscores = only_underscores && *p == '_';
    return only_underscores ? "its tool part is only underscores" : NULL;
}

/* The Claude Code or Copilot name that stands for a Gemini CLI tool. */
static const al_dialect_foreign_tool *gemini_foreign(const char *s, size_t n)
{
    for (size_t i = 0; i < al_gemini_foreign_tool_count; i++) {
        const al_dialect_foreign_tool *ft = &al_gemini_foreign_tools[i];
        if (strlen(ft->name) == n && memcmp(ft->name, s, n) == 0) return ft;
    }
    return NULL;
}

/* How many entries of `tools` are the Gemini tool `use` or another tool's
 * name for it. */
static size_t gemini_tools_naming(const al_document *doc, const char *use)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    const al_yaml_node *v = f ? al_yaml_get(f, "tools") : NULL;
    if (!v || v->kind != AL_YAML_SEQUENCE) return 0;
    size_t count = 0, n = strlen(use);
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *item = v->items[i];
        if (item->kind != AL_YAML_SCALAR) continue;
        const al_dialect_foreign_tool *ft = gemini_foreign(item->text, item->text_len);
        if ((item->text_len == n && memcmp(item->text, use, n) == 0) ||
            (ft && strcmp(ft->use, use) == 0))
            count++;
    }
    return count;
}

static void gemini_tool(al_context *ctx, const al_document *doc, const tool_ref *t)
{
    const al_dialect *d = &al_dialect_gemini;
    const char *shown = al_quote(ctx, t->text, t->len);
    if (al_dialect_tool_find(d, t->text, t->len, false)) return;
    const al_dialect_foreign_tool *ft = gemini_foreign(t->text, t->len);
    if (ft) {
        al_pending *p = al_report(ctx, t->start, t->end,
                                  "`%s` is another tool's name, not a Gemini CLI tool: Gemini CLI "
                                  "rejects the whole agent (\"Invalid tool name\"); use `%s`",
                                  shown, ft->use);
        /* Renamed in place when written as it reads (no escapes) and no
         * other entry is or becomes the same tool: a rename must not leave
         * a list naming one tool twice. */
        if (p && t->end - t->start == t->len &&
            memcmp(doc->src.data + t->start, t->text, t->len) == 0 &&
            gemini_tools_naming(doc, ft->use) == 1)
            al_fix_edit(ctx, p, t->start, t->end, ft->use);
        return;
    }
    if (t->len >= 16 && memcmp(t->text, "discovered_tool_", 16) == 0) return;
    if (t->len >= 4 && memcmp(t->text, "mcp_", 4) == 0) {
        const char *why = gemini_mcp_problem(t);
        if (why)
            al_report(ctx, t->start, t->end,
                      "`%s` is not a valid MCP tool name: %s; Gemini CLI rejects the whole agent",
                      shown, why);
        return;
    }
    if (doc->opts && al_name_set_contains(&doc->opts->known_tools, t->text, t->len)) return;
    const char *best = closest_tool(d, t, false);
    if (best)
        al_report(ctx, t->start, t->end,
                  "`%s` is not a Gemini CLI tool: did you mean `%s`? Gemini CLI rejects the "
                  "whole agent (\"Invalid tool name\")",
                  shown, best);
    else
        al_report(ctx, t->start, t->end,
                  "`%s` is not a Gemini CLI tool: Gemini CLI rejects the whole agent (\"Invalid "
                  "tool name\"); use its snake_case names (`read_file`, `grep_search`, "
                  "`run_shell_command`, ...), `mcp_<server>_<tool>` or `*`",
                  shown);
}

/* ---- Copilot's prompt limit, Cursor's rule files ---- */

static void copilot_prompt_length(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT) return;
    size_t limit = AL_COPILOT_PROMPT_MAX;
    size_t start = doc->fm.status == AL_FM_PRESENT ? doc->fm.body_start : 0;
    const char *s = doc->src.data;
    size_t count = 0, at = start;
    for (; at < doc->src.len; at++)
        if (((unsigned char)s[at] & 0xC0) != 0x80 && ++count > limit) break;
    if (count <= limit) return;
    size_t total = count + al_utf8_count(s + at + 1, doc->src.len - at - 1);
    const char *nl = memchr(s + at, '\n', doc->src.len - at);
    size_t end = nl ? (size_t)(nl - s) : doc->src.len;
    al_report(ctx, at, end > at ? end : at + 1,
              "the prompt is %zu characters long; Copilot takes at most %zu, and this is where "
              "it goes over: shorten the prompt or move reference material into files the agent "
              "reads",
              total, limit);
}

static size_t first_line_end(const al_document *doc)
{
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    return e;
}

static void cursor_rule_extension(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const char *path = al_context_path(ctx);
    size_t n = strlen(path);
    if (n >= 4 && strcmp(path + n - 4, ".mdc") == 0) return;
    al_report(ctx, 0, first_line_end(doc),
              "Cursor reads only `.mdc` files in `.cursor/rules/` and ignores this one (Cursor "
              "3.14 docs, agnix CUR-020); rename it to `.mdc`");
}

/* ---- the rules ---- */

/* The lenient line reading of a block strict YAML rejected is how Claude Code
 * and Cursor read front matter, not Copilot, OpenCode or Gemini CLI, whose
 * YAML parsers fail on it: invalid-yaml says so, and these rules stay quiet
 * rather than check values those tools never see. */
static bool read_by_tool(const al_document *doc)
{
    return !doc->fm.lenient || doc->kind == AL_KIND_CURSOR_RULE;
}

#define OPENCODE (&al_dialect_opencode)
#define GEMINI   (&al_dialect_gemini)

static const al_dialect *cursor_dialect(const al_document *doc)
{
    return doc->kind == AL_KIND_CURSOR_RULE ? &al_dialect_cursor_rule : &al_dialect_cursor_agent;
}

/* GitHub Copilot: custom agents, instructions and prompt files share the
 * codes; the kind picks the table. */
static const al_dialect *copilot_dialect(const al_document *doc)
{
    switch (doc->kind) {
    case AL_KIND_COPILOT_INSTRUCTIONS:
        return &al_dialect_copilot_instructions;
    case AL_KIND_COPILOT_PROMPT:
        return &al_dialect_copilot_prompt;
    default:
        return &al_dialect_copilot;
    }
}

void al_check_copilot_missing_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_required(c, d, copilot_dialect(d));
}
void al_check_copilot_unknown_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_unknown_field(c, d, copilot_dialect(d));
}
void al_check_copilot_invalid_value(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_values(c, d, copilot_dialect(d));
}
void al_check_copilot_retired_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_status(c, d, copilot_dialect(d));
}
void al_check_copilot_unknown_tool(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    each_tool(c, d, true, copilot_tool);
}
void al_check_copilot_prompt_too_long(al_context *c, const al_document *d)
{
    copilot_prompt_length(c, d);
}

/* OpenCode */
void al_check_opencode_missing_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_required(c, d, OPENCODE);
}
void al_check_opencode_unknown_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    opencode_unknown_fields(c, d);
}
void al_check_opencode_invalid_value(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_values(c, d, OPENCODE);
    opencode_own_values(c, d);
}
void al_check_opencode_deprecated_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_status(c, d, OPENCODE);
}
void al_check_opencode_model(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_model(c, d, OPENCODE);
}

/* Gemini CLI. A remote agent (`kind: remote`) describes itself through its
 * agent card: it needs `agent_card_url`, and `description` is optional. */
void al_check_gemini_missing_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    const al_yaml_node *f = al_dialect_fields(d);
    if (!f || !al_yaml_scalar_is(al_yaml_get(f, "kind"), "remote")) {
        al_dialect_check_required(c, d, GEMINI);
        return;
    }
    if (!al_yaml_get(f, "name"))
        al_report(c, 0, first_line_end(d),
                  "no `name` field: Gemini CLI requires it in a remote subagent; add `name: ...`");
    if (!al_yaml_get(f, "agent_card_url"))
        al_report(c, 0, first_line_end(d),
                  "no `agent_card_url` field: Gemini CLI needs the agent card's URL to reach a "
                  "remote subagent; add `agent_card_url: https://...`");
}
void al_check_gemini_unknown_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_unknown_field(c, d, GEMINI);
}
void al_check_gemini_invalid_value(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_values(c, d, GEMINI);
}
void al_check_gemini_name_format(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_name_format(c, d, GEMINI);
}
void al_check_gemini_unknown_tool(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    each_tool(c, d, false, gemini_tool);
}
void al_check_gemini_model(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_model(c, d, GEMINI);
}

/* Cursor: subagents and rules share the codes; the kind picks the table. */
void al_check_cursor_unknown_field(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_unknown_field(c, d, cursor_dialect(d));
}
void al_check_cursor_invalid_value(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_field_values(c, d, cursor_dialect(d));
}
void al_check_cursor_model(al_context *c, const al_document *d)
{
    if (!read_by_tool(d)) return;
    al_dialect_check_model(c, d, cursor_dialect(d));
}
void al_check_cursor_rule_not_mdc(al_context *c, const al_document *d)
{
    cursor_rule_extension(c, d);
}
