/* Rules for other tools' agent and rule files: GitHub Copilot (CP), OpenCode
 * (OC), Gemini CLI (GM) and Cursor (CU). What each tool accepts is data in
 * spec/copilot.c, opencode.c, gemini.c and cursor.c; the checks here are
 * shared and take the dialect's table, and each code family registers thin
 * wrappers at the bottom. Severities follow what the tool does: a key or
 * value that makes the tool refuse the file is an error, one it ignores a
 * warning, one from a field list that is itself unverified a note. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rules/checks.h"
#include "spec/claude_code.h"
#include "spec/dialect.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "util/utf8.h"

/* ---- which dialect a file is ---- */

/* MERGE(kinds): until branch `kinds` lands, the dialect is decided from the
 * path here; afterwards this function returns dialect_of_kind(doc->kind). */
static bool path_has(const char *path, const char *folder, const char *ext)
{
    const char *p = strstr(path, folder);
    if (!p || (p != path && p[-1] != '/')) return false;
    size_t n = strlen(path), e = strlen(ext);
    return n > e && strcmp(path + n - e, ext) == 0;
}

static const al_dialect *dialect_of_path(const char *path)
{
    if (path_has(path, ".github/agents/", ".md")) return &al_dialect_copilot;
    if (path_has(path, ".opencode/agent/", ".md") || path_has(path, ".opencode/agents/", ".md"))
        return &al_dialect_opencode;
    if (path_has(path, ".gemini/agents/", ".md")) return &al_dialect_gemini;
    if (path_has(path, ".cursor/agents/", ".md")) return &al_dialect_cursor_agent;
    if (path_has(path, ".cursor/rules/", ".mdc") || path_has(path, ".cursor/rules/", ".md"))
        return &al_dialect_cursor_rule;
    return NULL;
}

static const al_dialect *dialect_of(al_context *ctx, const al_document *doc)
{
    (void)doc;
    return dialect_of_path(al_context_path(ctx));
}

/* The front matter mapping, when the file is of dialect d and its YAML
 * parsed strictly (the lenient Claude Code reading does not apply to other
 * tools, whose YAML readers reject what invalid-yaml reports). */
static const al_yaml_node *fields_of(al_context *ctx, const al_document *doc,
                                     const al_dialect *d)
{
    if (doc->input != AL_INPUT_TEXT || dialect_of(ctx, doc) != d) return NULL;
    const al_yaml_node *root = doc->fm.status == AL_FM_PRESENT ? doc->fm.root : NULL;
    if (!root || root->kind != AL_YAML_MAPPING || doc->fm.lenient) return NULL;
    return root;
}

static size_t first_line_end(const al_document *doc)
{
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    return e;
}

static const char *quoted(al_context *ctx, const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR ? al_quote(ctx, v->text, v->text_len) : "";
}

/* ---- required fields ---- */

static bool is_remote_gemini(const al_dialect *d, const al_yaml_node *f)
{
    return d == &al_dialect_gemini && al_yaml_scalar_is(al_yaml_get(f, "kind"), "remote");
}

static void check_missing(al_context *ctx, const al_document *doc, const al_dialect *d,
                          al_severity sev, const char *consequence)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    if (!f) return;
    bool remote = is_remote_gemini(d, f);
    for (size_t i = 0; i < d->field_count; i++) {
        const al_dialect_field *field = &d->fields[i];
        /* A remote Gemini agent describes itself through its agent card;
         * it needs the card's URL instead (remoteAgentSchema). */
        bool required = field->required;
        if (remote && strcmp(field->name, "description") == 0) required = false;
        if (remote && strcmp(field->name, "agent_card_url") == 0) required = true;
        if (!required) continue;
        const al_yaml_pair *p = al_yaml_get_pair(f, field->name);
        if (!p) {
            al_report_at(ctx, sev, 0, first_line_end(doc),
                         "no `%s` field: %s requires it, %s; add `%s: ...`", field->name,
                         d->product, consequence, field->name);
            continue;
        }
        const al_yaml_node *v = p->value;
        bool blank = v->kind == AL_YAML_SCALAR;
        for (size_t j = 0; blank && j < v->text_len; j++)
            blank = isspace((unsigned char)v->text[j]);
        if (al_yaml_is_null(v) || blank)
            al_report_at(ctx, sev, p->key->start, v->end > p->key->end ? v->end : p->key->end + 1,
                         "`%s` is empty: %s requires a value, %s", field->name, d->product,
                         consequence);
    }
}

/* ---- unknown and retired fields ---- */

static void check_unknown(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    if (!f) return;
    al_severity sev;
    const char *effect;
    switch (d->unknown_keys) {
    case AL_UNKNOWN_REJECTED:
        sev = AL_ERROR;
        effect = "rejects any key it does not know, so the file fails to load";
        break;
    case AL_UNKNOWN_PASSED_ON:
        sev = AL_WARNING;
        effect = "passes keys it does not know to the model provider as options, where this "
                 "one does nothing or makes the request fail";
        break;
    case AL_UNKNOWN_UNVERIFIED:
        sev = AL_INFO;
        effect = "documents no such field (its field list is only partly verified, so this is "
                 "a note)";
        break;
    default:
        sev = AL_WARNING;
        effect = "ignores keys it does not know, so this setting has no effect";
        break;
    }
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR || al_dialect_field_find(d, k->text, k->text_len)) continue;
        if (doc->opts && al_name_set_contains(&doc->opts->known_fields, k->text, k->text_len))
            continue;
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        for (size_t j = 0; j < d->field_count; j++)
            if (d->fields[j].status != AL_DF_RETIRED) al_suggest_consider(&s, d->fields[j].name);
        const char *best = al_suggest_result(&s);
        bool claude_field = al_cc_field_find(k->text, k->text_len) != NULL;
        if (best)
            al_report_at(ctx, sev, k->start, k->end,
                         "unknown field `%s`: did you mean `%s`? %s %s", quoted(ctx, k), best,
                         d->product, effect);
        else if (claude_field)
            al_report_at(ctx, sev, k->start, k->end,
                         "`%s` is a Claude Code field, not a %s one: %s %s", quoted(ctx, k),
                         d->product, d->product, effect);
        else if (d->unknown_keys == AL_UNKNOWN_PASSED_ON)
            /* Provider options such as `reasoningEffort` are meant to pass through. */
            al_report_at(ctx, AL_INFO, k->start, k->end,
                         "`%s` is not an OpenCode agent field: OpenCode passes it to the model "
                         "provider as an option; fine if the provider takes it, else remove it",
                         quoted(ctx, k));
        else
            al_report_at(ctx, sev, k->start, k->end, "unknown field `%s`: %s %s", quoted(ctx, k),
                         d->product, effect);
    }
}

static void check_field_status(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field) continue;
        if (field->status == AL_DF_RETIRED)
            al_report(ctx, k->start, k->end,
                      "`%s` is retired in %s and no longer read; use %s instead", field->name,
                      d->product, field->replacement);
        else if (field->status == AL_DF_DEPRECATED)
            al_report(ctx, k->start, k->end,
                      "`%s` is deprecated in %s (still read, on its way out); use %s instead",
                      field->name, d->product, field->replacement);
    }
}

/* ---- field values ---- */

static bool is_plain_bool(const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR && v->style == AL_YAML_PLAIN &&
           (al_yaml_scalar_is(v, "true") || al_yaml_scalar_is(v, "false"));
}

/* A plain scalar YAML reads as a number (JSON-style; YAML 1.2 core). */
static bool number_of(const al_yaml_node *v, double *out)
{
    if (v->kind != AL_YAML_SCALAR || v->style != AL_YAML_PLAIN || v->text_len == 0 ||
        v->text_len > 64)
        return false;
    char buf[65];
    memcpy(buf, v->text, v->text_len);
    buf[v->text_len] = '\0';
    char *end;
    double x = strtod(buf, &end);
    if (*end != '\0' || !isfinite(x)) return false;
    /* strtod also takes hex, "inf" and "nan": YAML does not read those as numbers. */
    for (const char *p = buf; *p; p++)
        if (!(isdigit((unsigned char)*p) || *p == '.' || *p == '-' || *p == '+' || *p == 'e' ||
              *p == 'E'))
            return false;
    *out = x;
    return true;
}

static void report_type(al_context *ctx, const al_dialect *d, const al_yaml_node *v,
                        const char *field, const char *expected)
{
    al_report_at(ctx, d->invalid_value_severity, v->start, v->end,
                 "`%s` must be %s, not %s%s%s%s; %s %s", field, expected, al_yaml_type_name(v),
                 v->kind == AL_YAML_SCALAR ? " \"" : "", quoted(ctx, v),
                 v->kind == AL_YAML_SCALAR ? "\"" : "", d->product,
                 d->invalid_value_severity == AL_ERROR ? "refuses the file"
                                                       : "does not read the value");
}

static bool is_hex_color(const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR || v->text_len != 7 || v->text[0] != '#') return false;
    for (size_t i = 1; i < 7; i++)
        if (!isxdigit((unsigned char)v->text[i])) return false;
    return true;
}

static bool is_permission_action(const al_yaml_node *v)
{
    return v->kind == AL_YAML_SCALAR && al_dialect_enum_has("ask|allow|deny", v->text, v->text_len);
}

static void check_permission(al_context *ctx, const al_dialect *d, const al_yaml_node *v)
{
    if (v->kind == AL_YAML_SCALAR) {
        if (!is_permission_action(v))
            report_type(ctx, d, v, "permission", "`ask`, `allow` or `deny` (or a map of them)");
        return;
    }
    if (v->kind != AL_YAML_MAPPING) {
        report_type(ctx, d, v, "permission", "`ask`, `allow`, `deny` or a map of tool to action");
        return;
    }
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *rule = v->pairs[i].value;
        if (is_permission_action(rule)) continue;
        if (rule->kind == AL_YAML_MAPPING) {
            for (size_t j = 0; j < rule->count; j++)
                if (!is_permission_action(rule->pairs[j].value))
                    report_type(ctx, d, rule->pairs[j].value, "permission", "`ask`, `allow` or `deny`");
            continue;
        }
        report_type(ctx, d, rule, "permission", "`ask`, `allow`, `deny` or a map of pattern to action");
    }
}

static void check_value(al_context *ctx, const al_dialect *d, const al_dialect_field *field,
                        const al_yaml_node *v)
{
    const char *name = field->name;
    double x;
    switch (field->type) {
    case AL_DV_ANY:
        break;
    case AL_DV_STRING:
    case AL_DV_MODEL:
        if (v->kind != AL_YAML_SCALAR) report_type(ctx, d, v, name, "text");
        break;
    case AL_DV_BOOL: {
        bool b;
        if (is_plain_bool(v)) break;
        if (al_yaml_is_bool(v, &b))
            al_report_at(ctx, d->invalid_value_severity, v->start, v->end,
                         "`%s: %s` is a boolean only in YAML 1.1; %s reads YAML 1.2, where it is "
                         "the string \"%s\"; write `%s`",
                         name, quoted(ctx, v), d->product, quoted(ctx, v), b ? "true" : "false");
        else
            report_type(ctx, d, v, name, "`true` or `false`");
        break;
    }
    case AL_DV_NUMBER:
        if (!number_of(v, &x)) report_type(ctx, d, v, name, "a number");
        break;
    case AL_DV_POS_INT: {
        long long n;
        if (!al_yaml_is_int(v, &n) || n <= 0) report_type(ctx, d, v, name, "a positive whole number");
        break;
    }
    case AL_DV_ENUM:
        if (v->kind != AL_YAML_SCALAR || !al_dialect_enum_has(field->values, v->text, v->text_len)) {
            al_strbuf allowed;
            al_strbuf_init(&allowed);
            for (const char *p = field->values; *p; p++)
                if (*p == '|')
                    al_strbuf_puts(&allowed, "`, `");
                else
                    al_strbuf_putc(&allowed, *p);
            char expected[256];
            snprintf(expected, sizeof expected, "one of `%s`", allowed.data ? allowed.data : "");
            report_type(ctx, d, v, name, expected);
            al_strbuf_free(&allowed);
        }
        break;
    case AL_DV_TOOL_LIST:
        if (v->kind == AL_YAML_SEQUENCE) {
            for (size_t i = 0; i < v->count; i++)
                if (v->items[i]->kind != AL_YAML_SCALAR)
                    report_type(ctx, d, v->items[i], name, "a list of tool names");
        } else if (v->kind != AL_YAML_SCALAR || !d->tools_comma_string) {
            report_type(ctx, d, v, name,
                        d->tools_comma_string ? "a list or a comma-separated string of tool names"
                                              : "a YAML list of tool names (`[read_file, glob]`)");
        }
        break;
    case AL_DV_TOOL_MAP:
        if (v->kind != AL_YAML_MAPPING) {
            report_type(ctx, d, v, name, "a map of tool name to `true`/`false`");
            break;
        }
        for (size_t i = 0; i < v->count; i++)
            if (!is_plain_bool(v->pairs[i].value))
                report_type(ctx, d, v->pairs[i].value, name, "`true` or `false` for each tool");
        break;
    case AL_DV_MAPPING:
        if (v->kind != AL_YAML_MAPPING) report_type(ctx, d, v, name, "a mapping");
        break;
    case AL_DV_STRING_MAP:
        if (v->kind != AL_YAML_MAPPING) {
            report_type(ctx, d, v, name, "a mapping of names to text values");
            break;
        }
        for (size_t i = 0; i < v->count; i++)
            if (v->pairs[i].value->kind != AL_YAML_SCALAR)
                report_type(ctx, d, v->pairs[i].value, name, "text for each entry");
        break;
    case AL_DV_LIST:
        if (v->kind != AL_YAML_SEQUENCE) report_type(ctx, d, v, name, "a list");
        break;
    case AL_DV_GLOBS:
        if (v->kind == AL_YAML_SEQUENCE) {
            for (size_t i = 0; i < v->count; i++)
                if (v->items[i]->kind != AL_YAML_SCALAR)
                    report_type(ctx, d, v->items[i], name, "a glob for each entry");
        } else if (v->kind != AL_YAML_SCALAR) {
            report_type(ctx, d, v, name, "a comma-separated string or a list of globs");
        }
        break;
    case AL_DV_PERMISSION:
        check_permission(ctx, d, v);
        break;
    case AL_DV_COLOR: {
        bool ok = is_hex_color(v);
        for (size_t i = 0; !ok && v->kind == AL_YAML_SCALAR && i < al_opencode_theme_color_count; i++)
            ok = al_yaml_scalar_is(v, al_opencode_theme_colors[i]);
        if (!ok)
            al_report_at(ctx, d->invalid_value_severity, v->start, v->end,
                         "`color: %s` is not a hex colour `#RRGGBB` or a theme colour (`primary`, "
                         "`accent`, ...): OpenCode stops with \"Configuration is invalid\" on "
                         "names such as `red` or `cyan` that Claude Code accepts; write a hex "
                         "colour",
                         quoted(ctx, v));
        break;
    }
    }
}

static void check_values(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || al_yaml_is_null(v)) continue; /* missing-field says empty required ones */
        if (v->kind == AL_YAML_ALIAS) {
            al_report_at(ctx, d->invalid_value_severity, v->start, v->end,
                         "`%s` is a YAML alias; write the value out, as not every loader "
                         "resolves aliases",
                         field->name);
            continue;
        }
        check_value(ctx, d, field, v);
    }
}

static void check_ranges(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    if (!f) return;
    for (size_t i = 0; i < d->field_count; i++) {
        const al_dialect_field *field = &d->fields[i];
        if (field->type != AL_DV_NUMBER || !field->has_range) continue;
        const al_yaml_node *v = al_yaml_get(f, field->name);
        double x;
        if (!v || !number_of(v, &x) || (x >= field->min && x <= field->max)) continue;
        al_report(ctx, v->start, v->end,
                  "`%s: %s` is outside %g to %g, the range %s documents; the model provider "
                  "rejects the request or clamps the value",
                  field->name, quoted(ctx, v), field->min, field->max, d->product);
    }
}

/* ---- tools ---- */

typedef struct {
    const char *text; /* not NUL-terminated */
    size_t len;
    size_t start, end;
} tool_ref;

/* Calls fn for each entry of `tools` (a list, or a comma string when the
 * dialect allows one), trimmed, with its exact span. */
static void each_tool(al_context *ctx, const al_document *doc, const al_dialect *d,
                      void (*fn)(al_context *, const al_dialect *, const tool_ref *))
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    const al_yaml_node *v = f ? al_yaml_get(f, "tools") : NULL;
    if (!v) return;
    if (v->kind == AL_YAML_SEQUENCE) {
        for (size_t i = 0; i < v->count; i++) {
            const al_yaml_node *item = v->items[i];
            if (item->kind != AL_YAML_SCALAR) continue;
            tool_ref t = {item->text, item->text_len, 0, 0};
            al_scalar_subspan(&doc->src, item, 0, item->text_len, &t.start, &t.end);
            fn(ctx, d, &t);
        }
        return;
    }
    if (v->kind != AL_YAML_SCALAR || !d->tools_comma_string || al_yaml_is_null(v)) return;
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
            fn(ctx, d, &t);
        }
        from = to + 1;
    }
}

static const char *suggest_tool(const al_dialect *d, const tool_ref *t, bool own_only)
{
    al_suggester s;
    al_suggest_begin(&s, t->text, t->len);
    for (size_t i = 0; i < d->tool_count; i++)
        if (d->tools[i].status == AL_DT_TOOL || (!own_only && d->tools[i].status == AL_DT_ALIAS))
            if (strcmp(d->tools[i].name, "*") != 0) al_suggest_consider(&s, d->tools[i].name);
    return al_suggest_result(&s);
}

/* Copilot: aliases (any case), `server/tool`, `server/ALL` (a star) and a lone star. Names it does
 * not know are ignored by design (product-specific tools), so only a name
 * close to an alias is reported: most likely a typo that loses the tool. */
static void copilot_tool(al_context *ctx, const al_dialect *d, const tool_ref *t)
{
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
    if (al_dialect_tool_find(d, t->text, t->len)) return;
    const char *best = suggest_tool(d, t, false);
    if (best)
        al_report(ctx, t->start, t->end,
                  "`%s` is not a Copilot tool alias: did you mean `%s`? Copilot ignores names "
                  "it does not know, so the agent does not get this tool",
                  al_quote(ctx, t->text, t->len), best);
}

static bool slug_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || c == ':' || c == '-';
}

/* Gemini: built-in names, `*`, `mcp_*`, `mcp_<server>_*`,
 * `mcp_<server>_<tool>`, `discovered_tool_*` (isValidToolName). */
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
        if (!slug_char(*p) && !(*p == '*' && p == r + n - 1 && p > sep))
            return "it has a character other than letters, digits, `_`, `.`, `:` and `-`";
    bool only_underscores = true;
    for (const char *p = sep + 1; p < r + n; p++)
        only_underscores = only_underscores && *p == '_';
    return only_underscores ? "its tool part is only underscores" : NULL;
}

static void gemini_tool(al_context *ctx, const al_dialect *d, const tool_ref *t)
{
    const char *shown = al_quote(ctx, t->text, t->len);
    const al_dialect_tool *row = al_dialect_tool_find(d, t->text, t->len);
    if (row && row->status != AL_DT_FOREIGN) return;
    if (row) {
        al_report(ctx, t->start, t->end,
                  "`%s` is not a Gemini CLI tool name (it is another tool's spelling): Gemini "
                  "CLI rejects the whole agent; use `%s`",
                  shown, row->maps_to);
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
    const char *best = suggest_tool(d, t, true);
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

/* ---- model ---- */

static bool is_claude_alias(const al_yaml_node *v)
{
    const al_cc_model *m = al_cc_model_find(v->text, v->text_len);
    return m && m->status == AL_MODEL_ALIAS && strcmp(m->id, "inherit") != 0 &&
           strcmp(m->id, "default") != 0;
}

static const al_yaml_node *model_of(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = fields_of(ctx, doc, d);
    const al_yaml_node *v = f ? al_yaml_get(f, "model") : NULL;
    return v && v->kind == AL_YAML_SCALAR && !al_yaml_is_null(v) ? v : NULL;
}

static void check_opencode_model(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = model_of(ctx, doc, &al_dialect_opencode);
    if (!v) return;
    const char *slash = memchr(v->text, '/', v->text_len);
    if (slash && slash != v->text && slash + 1 < v->text + v->text_len) return;
    if (is_claude_alias(v) || al_yaml_scalar_is(v, "inherit"))
        al_report(ctx, v->start, v->end,
                  "`model: %s` is Claude Code's spelling: OpenCode reads `model` as "
                  "`provider/model-id` and finds no provider here; write it as, for example, "
                  "`anthropic/<model-id>`, or remove it to use the default model",
                  quoted(ctx, v));
    else
        al_report(ctx, v->start, v->end,
                  "`model: %s` is not `provider/model-id`: OpenCode cannot find the model; "
                  "write the provider before a `/`, for example `anthropic/<model-id>`",
                  quoted(ctx, v));
}

static void check_gemini_model(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = model_of(ctx, doc, &al_dialect_gemini);
    if (!v || !is_claude_alias(v)) return;
    al_report(ctx, v->start, v->end,
              "`model: %s` is a Claude Code alias, not a Gemini model: the agent fails when it "
              "runs; name a Gemini model or write `inherit`",
              quoted(ctx, v));
}

/* Cursor: `inherit`, `fast`, or an ID, optionally with parameters
 * `[key=value, ...]` at the end. Only the bracket syntax is checked; model
 * IDs change faster than any table. */
static void check_cursor_model(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = model_of(ctx, doc, &al_dialect_cursor_agent);
    if (!v) return;
    const char *open = memchr(v->text, '[', v->text_len);
    const char *close = memchr(v->text, ']', v->text_len);
    if (!open && !close) return;
    const char *why = NULL;
    if (!open || !close || close < open || close != v->text + v->text_len - 1)
        why = "the parameters must be one `[...]` at the end";
    else if (open == v->text)
        why = "a model ID must come before the parameters";
    else {
        /* key=value pairs separated by commas */
        const char *p = open + 1;
        while (!why && p < close) {
            const char *end = memchr(p, ',', (size_t)(close - p));
            if (!end) end = close;
            const char *eq = memchr(p, '=', (size_t)(end - p));
            while (p < end && *p == ' ')
                p++;
            if (!eq || eq == p || eq + 1 >= end) why = "each parameter must be `key=value`";
            p = end + 1;
        }
    }
    if (why)
        al_report(ctx, v->start, v->end,
                  "`model: %s` is malformed: %s (for example `model-id[effort=high]`); Cursor "
                  "does not recognise the model",
                  quoted(ctx, v), why);
}

/* ---- name, body, file name ---- */

static void check_gemini_name(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = fields_of(ctx, doc, &al_dialect_gemini);
    const al_yaml_node *v = f ? al_yaml_get(f, "name") : NULL;
    if (!v || v->kind != AL_YAML_SCALAR || al_yaml_is_null(v)) return;
    bool ok = true;
    for (size_t i = 0; i < v->text_len && ok; i++) {
        char c = v->text[i];
        ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    if (ok) return;
    al_strbuf slug;
    al_strbuf_init(&slug);
    for (size_t i = 0; i < v->text_len; i++) {
        char c = (char)tolower((unsigned char)v->text[i]);
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (keep)
            al_strbuf_putc(&slug, c);
        else if (slug.len && slug.data[slug.len - 1] != '-')
            al_strbuf_putc(&slug, '-');
    }
    while (slug.len && slug.data[slug.len - 1] == '-')
        slug.data[--slug.len] = '\0';
    al_report(ctx, v->start, v->end,
              "`name: %s` is not a slug of lowercase letters, digits, `-` and `_`: Gemini CLI "
              "rejects the agent (the name becomes a tool name)%s%s%s",
              quoted(ctx, v), slug.len ? "; use `" : "", slug.len ? slug.data : "",
              slug.len ? "`" : "");
    al_strbuf_free(&slug);
}

static void check_copilot_body(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || dialect_of(ctx, doc) != &al_dialect_copilot) return;
    size_t limit = al_dialect_copilot.body_max_chars;
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

static void check_cursor_rule_extension(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || dialect_of(ctx, doc) != &al_dialect_cursor_rule) return;
    const char *path = al_context_path(ctx);
    size_t n = strlen(path);
    if (n >= 4 && strcmp(path + n - 4, ".mdc") == 0) return;
    al_report(ctx, 0, first_line_end(doc),
              "Cursor reads only `.mdc` files in `.cursor/rules/` and ignores this one (Cursor "
              "3.14 docs, agnix CUR-020); rename it to `.mdc`");
}

/* ---- the rules ---- */

#define D_COPILOT (&al_dialect_copilot)
#define D_OPENCODE (&al_dialect_opencode)
#define D_GEMINI (&al_dialect_gemini)

/* GitHub Copilot */
void al_check_copilot_missing_field(al_context *ctx, const al_document *doc)
{
    check_missing(ctx, doc, D_COPILOT, AL_ERROR, "and without it the agent is not offered");
}
void al_check_copilot_unknown_field(al_context *ctx, const al_document *doc)
{
    check_unknown(ctx, doc, D_COPILOT);
}
void al_check_copilot_invalid_value(al_context *ctx, const al_document *doc)
{
    check_values(ctx, doc, D_COPILOT);
}
void al_check_copilot_retired_field(al_context *ctx, const al_document *doc)
{
    check_field_status(ctx, doc, D_COPILOT);
}
void al_check_copilot_unknown_tool(al_context *ctx, const al_document *doc)
{
    each_tool(ctx, doc, D_COPILOT, copilot_tool);
}
void al_check_copilot_prompt_too_long(al_context *ctx, const al_document *doc)
{
    check_copilot_body(ctx, doc);
}

/* OpenCode */
void al_check_opencode_missing_field(al_context *ctx, const al_document *doc)
{
    check_missing(ctx, doc, D_OPENCODE, AL_WARNING,
                  "as the description is how a primary agent decides to call this one");
}
void al_check_opencode_unknown_field(al_context *ctx, const al_document *doc)
{
    check_unknown(ctx, doc, D_OPENCODE);
}
void al_check_opencode_invalid_value(al_context *ctx, const al_document *doc)
{
    check_values(ctx, doc, D_OPENCODE);
}
void al_check_opencode_deprecated_field(al_context *ctx, const al_document *doc)
{
    check_field_status(ctx, doc, D_OPENCODE);
}
void al_check_opencode_model(al_context *ctx, const al_document *doc)
{
    check_opencode_model(ctx, doc);
}
void al_check_opencode_out_of_range(al_context *ctx, const al_document *doc)
{
    check_ranges(ctx, doc, D_OPENCODE);
}

/* Gemini CLI */
void al_check_gemini_missing_field(al_context *ctx, const al_document *doc)
{
    check_missing(ctx, doc, D_GEMINI, AL_ERROR, "and does not load the agent without it");
}
void al_check_gemini_unknown_field(al_context *ctx, const al_document *doc)
{
    check_unknown(ctx, doc, D_GEMINI);
}
void al_check_gemini_invalid_value(al_context *ctx, const al_document *doc)
{
    check_values(ctx, doc, D_GEMINI);
}
void al_check_gemini_name_format(al_context *ctx, const al_document *doc)
{
    check_gemini_name(ctx, doc);
}
void al_check_gemini_unknown_tool(al_context *ctx, const al_document *doc)
{
    each_tool(ctx, doc, D_GEMINI, gemini_tool);
}
void al_check_gemini_model(al_context *ctx, const al_document *doc)
{
    check_gemini_model(ctx, doc);
}
void al_check_gemini_out_of_range(al_context *ctx, const al_document *doc)
{
    check_ranges(ctx, doc, D_GEMINI);
}

/* Cursor: subagents and rules share the codes; the kind picks the table. */
void al_check_cursor_unknown_field(al_context *ctx, const al_document *doc)
{
    check_unknown(ctx, doc, &al_dialect_cursor_agent);
    check_unknown(ctx, doc, &al_dialect_cursor_rule);
}
void al_check_cursor_invalid_value(al_context *ctx, const al_document *doc)
{
    check_values(ctx, doc, &al_dialect_cursor_agent);
    check_values(ctx, doc, &al_dialect_cursor_rule);
}
void al_check_cursor_model(al_context *ctx, const al_document *doc)
{
    check_cursor_model(ctx, doc);
}
void al_check_cursor_rule_not_mdc(al_context *ctx, const al_document *doc)
{
    check_cursor_rule_extension(ctx, doc);
}
