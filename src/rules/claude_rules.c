/* Rules about Claude Code's agent fields. Everything Claude Code accepts is
 * in spec/claude_code.c; these functions only compare against it. */
#include <stdlib.h>
#include <string.h>

#include "core/result.h"
#include "rules/checks.h"
#include "spec/claude_code.h"
#include "engine/suppress.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* The root mapping, when the front matter parsed into one. */
static const al_yaml_node *fields(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT ? doc->agent.fields : NULL;
}

static bool known_extra(const al_name_set *set, const char *s, size_t len)
{
    return set && al_name_set_contains(set, s, len);
}

/* A front matter that is empty (or only comments): Claude Code reads it as
 * no fields at all, so it is checked as an empty mapping would be. */
static bool empty_front_matter(const al_document *doc)
{
    const al_frontmatter *fm = &doc->fm;
    return doc->input == AL_INPUT_TEXT && fm->status == AL_FM_PRESENT && fm->parse_ok &&
           (!fm->root || al_yaml_is_null(fm->root));
}

static size_t first_line_end(const al_document *doc)
{
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    return e;
}

/* ---- name ---- */

static const al_yaml_node *name_value(const al_document *doc)
{
    const al_yaml_pair *p = fields(doc) ? doc->agent.name : NULL;
    return p && p->value->kind == AL_YAML_SCALAR && !al_yaml_is_null(p->value) ? p->value : NULL;
}

void al_check_missing_name(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = fields(doc);
    bool empty = !f && empty_front_matter(doc);
    if ((!f && !empty) || name_value(doc)) return;
    const al_yaml_pair *p = doc->agent.name;
    if (p && p->value->kind != AL_YAML_SCALAR) return; /* invalid-field-value says it */
    if (doc->plugin_root) {
        /* sub-agents §2: plugin agents without a name still load */
        al_report_at(ctx, AL_INFO, p ? p->key->start : 0, p ? p->value->end : first_line_end(doc),
                     "no `name`: a plugin agent without one still loads, under its file name "
                     "(`<plugin>:<file>`); add `name:` to choose the id yourself");
        return;
    }
    /* Found in a tool's folder, a file without a name may be documentation
     * kept there (a note); judged an agent by its content or its folder, it
     * is an agent that lost its name. */
    al_severity sev = doc->origin == AL_FILE_DISCOVERED && doc->kind_from_path ? AL_INFO : AL_ERROR;
    if (p) {
        al_report_at(ctx, sev, p->key->start, p->value->end,
                     "`name` is empty: Claude Code treats a file without a name as documentation "
                     "and does not load it as an agent; give it a lowercase, hyphenated name");
        return;
    }
    al_report_at(ctx, sev, 0, first_line_end(doc),
                 "%s: Claude Code treats this file as documentation and does not load it as an "
                 "agent; add `name: <lowercase-hyphenated-name>`",
                 empty ? "the front matter is empty, so there is no `name` field"
                       : "no `name` field");
}

void al_check_name_skipped(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = name_value(doc);
    if (!v) return;
    const char *colon = memchr(v->text, ':', v->text_len);
    if (v->text[0] == '-') {
        al_report(ctx, v->start, v->end,
                  "`name` \"%s\" starts with `-`: Claude Code skips such an agent (with only a "
                  "debug-log message); remove the leading hyphen",
                  al_quote(ctx, v->text, v->text_len));
    } else if (colon) {
        al_report(ctx, v->start, v->end,
                  "`name` \"%s\" contains `:`, which Claude Code reserves for plugin ids "
                  "(`plugin:agent`), so it skips this agent (since v2.1.218); use a hyphen "
                  "instead",
                  al_quote(ctx, v->text, v->text_len));
    }
}

static bool name_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

void al_check_name_format(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = name_value(doc);
    if (!v || v->text[0] == '-' || memchr(v->text, ':', v->text_len)) return;
    bool ok = true;
    for (size_t i = 0; i < v->text_len; i++)
        ok = ok && name_char_ok(v->text[i]);
    if (ok) return;
    /* Suggest the kebab-case spelling. */
    al_strbuf kebab;
    al_strbuf_init(&kebab);
    bool dash = false;
    for (size_t i = 0; i < v->text_len; i++) {
        char c = v->text[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (name_char_ok(c) && c != '-') {
            if (dash && kebab.len) al_strbuf_putc(&kebab, '-');
            al_strbuf_putc(&kebab, c);
            dash = false;
        } else {
            dash = true;
        }
    }
    if (kebab.len)
        al_report(ctx, v->start, v->end,
                  "`name` \"%s\" is not lowercase letters, digits and hyphens, the form Claude "
                  "Code documents and other tools require; use \"%s\"",
                  al_quote(ctx, v->text, v->text_len), kebab.data);
    else
        al_report(ctx, v->start, v->end,
                  "`name` \"%s\" is not lowercase letters, digits and hyphens, the form Claude "
                  "Code documents and other tools require",
                  al_quote(ctx, v->text, v->text_len));
    al_strbuf_free(&kebab);
}

void al_check_duplicate_name(al_context *ctx, const al_document *doc)
{
    /* Needs the files before it: see al_across_check (engine/cross_file.c). */
    (void)ctx;
    (void)doc;
}

void al_check_name_matches_filename(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = name_value(doc);
    if (!v) return;
    const char *path = al_context_path(ctx);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    if (stem == v->text_len && memcmp(base, v->text, stem) == 0) return;
    al_report(ctx, v->start, v->end,
              "`name` \"%s\" differs from the file name \"%.*s\"; Claude Code does not require "
              "them to match, but this project asks for it (rule enabled in configuration)",
              al_quote(ctx, v->text, v->text_len), (int)stem, base);
}

/* ---- description ---- */

void al_check_missing_description(al_context *ctx, const al_document *doc)
{
    bool empty = !fields(doc) && empty_front_matter(doc);
    if (!fields(doc) && !empty) return;
    const al_yaml_pair *p = empty ? NULL : doc->agent.description;
    if (!p) {
        al_report(ctx, 0, first_line_end(doc),
                  "%s: Claude Code skips an agent without one, and the description is how it "
                  "decides when to delegate to the agent; add `description: <when to use this "
                  "agent>`",
                  empty ? "the front matter is empty, so there is no `description` field"
                        : "no `description` field");
        return;
    }
    const al_yaml_node *v = p->value;
    if (v->kind == AL_YAML_MAPPING || v->kind == AL_YAML_SEQUENCE) {
        al_report(ctx, p->key->start, v->end,
                  "`description` is %s, not text (a formatter may have moved the text onto "
                  "the next line); Claude Code does not recognise the agent; write the "
                  "description on the same line, quoted, or as a `|` block",
                  al_yaml_type_name(v));
        return;
    }
    bool blank = true;
    for (size_t i = 0; i < v->text_len && blank; i++)
        blank = v->text[i] == ' ' || v->text[i] == '\t' || v->text[i] == '\n';
    if (v->kind == AL_YAML_SCALAR && (al_yaml_is_null(v) || blank))
        al_report(ctx, p->key->start, v->end > p->key->end ? v->end : p->key->end + 1,
                  "`description` is empty: Claude Code skips an agent without a description; "
                  "say when Claude should delegate to this agent");
}

/* ---- unknown fields ---- */

void al_check_unknown_field(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = fields(doc);
    /* In the lenient reading, stray "Context:" lines of pasted examples look
     * like keys; invalid-yaml has already said what is wrong. */
    if (!f || doc->fm.lenient) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        if (al_cc_field_find(k->text, k->text_len)) continue;
        if (doc->opts && known_extra(&doc->opts->known_fields, k->text, k->text_len)) continue;
        const char *key = al_quote(ctx, k->text, k->text_len);
        const al_cc_near_miss *nm = al_cc_near_miss_find(k->text, k->text_len);
        if (nm) {
            al_report(ctx, k->start, k->end,
                      "unknown field `%s`: did you mean `%s`? %s, since Claude Code ignores "
                      "unknown keys without a word",
                      key, nm->right, nm->why);
            continue;
        }
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        for (size_t j = 0; j < al_cc_field_count; j++)
            al_suggest_consider(&s, al_cc_fields[j].name);
        const char *best = al_suggest_result(&s);
        if (best)
            al_report(ctx, k->start, k->end,
                      "unknown field `%s`: did you mean `%s`? Claude Code ignores unknown keys "
                      "without a word, so this setting has no effect",
                      key, best);
        else
            al_report(ctx, k->start, k->end,
                      "unknown field `%s`: Claude Code ignores it; if another tool reads it, "
                      "list it under `claude-code: fields:` in .agentlint.yml",
                      key);
    }
}

/* ---- field values ---- */

static void list_values(al_strbuf *sb, const char *field)
{
    bool first = true;
    for (size_t i = 0; i < al_cc_value_count; i++) {
        if (strcmp(al_cc_values[i].field, field) != 0 || al_cc_values[i].removed) continue;
        al_strbuf_printf(sb, "%s%s", first ? "" : ", ", al_cc_values[i].value);
        first = false;
    }
}

static void check_enum(al_context *ctx, const char *field, const al_yaml_node *v)
{
    const char *vocab = strcmp(field, "mcpType") == 0 ? "type" : field;
    if (v->kind != AL_YAML_SCALAR) {
        al_report(ctx, v->start, v->end, "`%s` must be a single value, not %s", vocab,
                  al_yaml_type_name(v));
        return;
    }
    const al_cc_value *row = al_cc_value_find(field, v->text, v->text_len);
    if (row) return; /* current, or removed: removed-field-value says it */
    al_strbuf allowed;
    al_strbuf_init(&allowed);
    list_values(&allowed, field);
    al_suggester s;
    al_suggest_begin(&s, v->text, v->text_len);
    for (size_t i = 0; i < al_cc_value_count; i++)
        if (strcmp(al_cc_values[i].field, field) == 0 && !al_cc_values[i].removed)
            al_suggest_consider(&s, al_cc_values[i].value);
    const char *best = al_suggest_result(&s);
    if (best)
        al_report(ctx, v->start, v->end,
                  "`%s: %s` is not a value Claude Code knows: did you mean `%s`? (one of %s)",
                  vocab, al_quote(ctx, v->text, v->text_len), best, allowed.data);
    else
        al_report(ctx, v->start, v->end,
                  "`%s: %s` is outside the documented set of values, so what Claude Code "
                  "does with it is undocumented; use one of %s",
                  vocab, al_quote(ctx, v->text, v->text_len), allowed.data);
    al_strbuf_free(&allowed);
}

static void check_bool(al_context *ctx, const char *field, const al_yaml_node *v)
{
    bool b;
    if (v->kind == AL_YAML_SCALAR && v->style == AL_YAML_PLAIN &&
        (al_yaml_scalar_is(v, "true") || al_yaml_scalar_is(v, "false")))
        return;
    if (al_yaml_is_bool(v, &b)) {
        al_pending *p = al_report(
            ctx, v->start, v->end,
            "`%s: %s` is a boolean only in YAML 1.1; YAML 1.2 readers such as Claude Code's "
            "read it as the string \"%s\"; write `%s`",
            field, al_quote(ctx, v->text, v->text_len), al_quote(ctx, v->text, v->text_len),
            b ? "true" : "false");
        al_fix_edit(ctx, p, v->start, v->end, b ? "true" : "false");
        return;
    }
    al_report(ctx, v->start, v->end, "`%s` must be `true` or `false`, not %s%s%s%s", field,
              al_yaml_type_name(v), v->kind == AL_YAML_SCALAR ? " \"" : "",
              v->kind == AL_YAML_SCALAR ? al_quote(ctx, v->text, v->text_len) : "",
              v->kind == AL_YAML_SCALAR ? "\"" : "");
}

static void check_pos_int(al_context *ctx, const char *field, const al_yaml_node *v)
{
    long long n;
    if (al_yaml_is_int(v, &n) && n > 0) return;
    if (al_yaml_is_int(v, &n))
        al_report(ctx, v->start, v->end,
                  "`%s: %lld` must be a positive number of turns; the agent could not take a "
                  "single turn",
                  field, n);
    else
        al_report(ctx, v->start, v->end, "`%s` must be a positive whole number, not %s", field,
                  al_yaml_type_name(v));
}

static void check_string(al_context *ctx, const char *field, const al_yaml_node *v)
{
    if (v->kind == AL_YAML_SCALAR) return;
    al_report(ctx, v->start, v->end, "`%s` must be text, not %s; quote it or use a `|` block",
              field, al_yaml_type_name(v));
}

static void check_name_list(al_context *ctx, const char *field, const al_yaml_node *v)
{
    if (v->kind == AL_YAML_SCALAR) return;
    if (v->kind == AL_YAML_SEQUENCE) {
        for (size_t i = 0; i < v->count; i++)
            if (v->items[i]->kind != AL_YAML_SCALAR)
                al_report(ctx, v->items[i]->start, v->items[i]->end,
                          "each entry of `%s` must be a name, not %s", field,
                          al_yaml_type_name(v->items[i]));
        return;
    }
    al_report(ctx, v->start, v->end, "`%s` must be a list of names, not %s", field,
              al_yaml_type_name(v));
}

void al_check_invalid_field_value(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = fields(doc);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_cc_field *field = al_cc_field_find(k->text, k->text_len);
        if (!field) continue;
        if (v->kind == AL_YAML_ALIAS) {
            al_report(ctx, v->start, v->end,
                      "`%s` is a YAML alias; agent loaders do not all resolve aliases, so write "
                      "the value out",
                      field->name);
            continue;
        }
        bool empty = al_yaml_is_null(v);
        switch (field->type) {
        case AL_FIELD_NAME:
            if (v->kind != AL_YAML_SCALAR)
                al_report(ctx, v->start, v->end, "`name` must be text, not %s",
                          al_yaml_type_name(v));
            break;
        case AL_FIELD_STRING:
            if (strcmp(field->name, "description") != 0) check_string(ctx, field->name, v);
            break;
        case AL_FIELD_TOOLS:
            if (!empty && v->kind != AL_YAML_SCALAR && v->kind != AL_YAML_SEQUENCE)
                al_report(ctx, v->start, v->end,
                          "`%s` must be a comma-separated string (`Read, Grep`) or a list, not "
                          "%s",
                          field->name, al_yaml_type_name(v));
            else if (v->kind == AL_YAML_SEQUENCE)
                for (size_t j = 0; j < v->count; j++)
                    if (v->items[j]->kind != AL_YAML_SCALAR)
                        al_report(ctx, v->items[j]->start, v->items[j]->end,
                                  "each entry of `%s` must be a tool name, not %s", field->name,
                                  al_yaml_type_name(v->items[j]));
            break;
        case AL_FIELD_MODEL:
            if (v->kind != AL_YAML_SCALAR)
                al_report(ctx, v->start, v->end, "`model` must be one value, not %s",
                          al_yaml_type_name(v));
            break;
        case AL_FIELD_ENUM:
            if (!empty) check_enum(ctx, field->name, v);
            break;
        case AL_FIELD_BOOL:
            if (!empty) check_bool(ctx, field->name, v);
            break;
        case AL_FIELD_POS_INT:
            if (!empty) check_pos_int(ctx, field->name, v);
            break;
        case AL_FIELD_NAME_LIST:
            if (!empty) check_name_list(ctx, field->name, v);
            break;
        case AL_FIELD_HOOKS:
        case AL_FIELD_MCP:
            break; /* their own rules */
        }
    }
}

void al_check_removed_field_value(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = fields(doc);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR || v->kind != AL_YAML_SCALAR) continue;
        const al_cc_field *field = al_cc_field_find(k->text, k->text_len);
        if (!field || field->type != AL_FIELD_ENUM) continue;
        const al_cc_value *row = al_cc_value_find(field->name, v->text, v->text_len);
        if (!row || !row->removed) continue;
        al_strbuf allowed;
        al_strbuf_init(&allowed);
        list_values(&allowed, field->name);
        al_report(ctx, v->start, v->end,
                  "`%s: %s` is no longer a Claude Code value (%s), so the setting is ignored; "
                  "use one of %s",
                  field->name, row->value, row->note, allowed.data);
        al_strbuf_free(&allowed);
    }
}
