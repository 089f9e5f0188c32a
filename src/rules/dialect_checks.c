/* Generic front-matter checks, parameterized by a dialect table.
 *
 * How to add a dialect (a tool's agent format, a kind of file):
 *   1. Describe it as data in src/spec/<dialect>.c: an al_dialect
 *      (spec/dialect.h) with one al_dialect_field per field (type, required,
 *      status, since / retired with the date or version, a note for fields
 *      that are retired, ignored or another kind's spelling), its enumerated
 *      values (al_dialect_value, dated), its tools and aliases
 *      (al_dialect_tool; NULL to use Claude Code's table, checked by the CC
 *      rules), how it treats unknown keys (severity and effect), its name
 *      format and a model_problem function for its model forms.
 *   2. Register its rules in src/rules/registry.c under its own code family
 *      (SK for skills and commands; one family per dialect), each row with
 *      RK(...) and the kinds it applies to (AL_KIND_BIT(AL_KIND_...)); give
 *      each a docs/rules/CODE.md page.
 *   3. Each rule is a one-line function that calls the generic check below
 *      with the dialect's table (see skill_rules.c):
 *        void al_check_skill_unknown_field(al_context *c, const al_document *d)
 *        { al_dialect_check_unknown_field(c, d, al_skill_dialect(d)); }
 *   4. Add the paths to src/spec/file_kinds.c, and a valid and a broken file
 *      of the kind to tests/kinds/.
 * The checks only read the table: a change in the tool is a one-line edit of
 * its spec file. Body rules (MD, EN, SEC, EX, EXA, AL, IN) need nothing: they
 * run on every kind. */
#include <stdlib.h>
#include <string.h>

#include "core/options.h"
#include "rules/dialect.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "util/utf8.h"

const al_dialect_field *al_dialect_field_find(const al_dialect *d, const char *name, size_t len)
{
    for (size_t i = 0; i < d->field_count; i++)
        if (strlen(d->fields[i].name) == len && memcmp(d->fields[i].name, name, len) == 0)
            return &d->fields[i];
    return NULL;
}

const al_yaml_node *al_dialect_fields(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT ? doc->agent.fields : NULL;
}

static size_t first_line_end(const al_document *doc)
{
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    return e;
}

static bool blank_scalar(const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR) return false;
    if (al_yaml_is_null(v)) return true;
    for (size_t i = 0; i < v->text_len; i++)
        if (v->text[i] != ' ' && v->text[i] != '\t' && v->text[i] != '\n') return false;
    return true;
}

void al_dialect_check_required(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    bool no_fm = doc->input == AL_INPUT_TEXT && doc->fm.status == AL_FM_ABSENT;
    if (!f && !no_fm) return; /* front matter broken: the FM rules say it */
    for (size_t i = 0; i < d->field_count; i++) {
        const al_dialect_field *field = &d->fields[i];
        if (!field->required) continue;
        const al_yaml_pair *p = f ? al_yaml_get_pair(f, field->name) : NULL;
        if (!p) {
            al_report(ctx, 0, first_line_end(doc),
                      "no `%s` field: %s requires it in a %s; add `%s: ...` to the front matter",
                      field->name, d->reader, d->label, field->name);
        } else if (blank_scalar(p->value)) {
            al_report(ctx, p->key->start, p->value->end > p->key->end ? p->value->end : p->key->end,
                      "`%s` is empty: %s requires a value in a %s", field->name, d->reader,
                      d->label);
        }
    }
}

void al_dialect_check_unknown_field(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || doc->fm.lenient) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        if (al_dialect_field_find(d, k->text, k->text_len)) continue;
        if (doc->opts && al_name_set_contains(&doc->opts->known_fields, k->text, k->text_len))
            continue;
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        for (size_t j = 0; j < d->field_count; j++)
            if (d->fields[j].status == AL_DF_CURRENT) al_suggest_consider(&s, d->fields[j].name);
        const char *best = al_suggest_result(&s);
        const char *key = al_quote(ctx, k->text, k->text_len);
        if (best)
            al_report_at(ctx, d->unknown_field_severity, k->start, k->end,
                         "unknown field `%s` in a %s: did you mean `%s`? %s", key, d->label, best,
                         d->unknown_field_effect);
        else
            al_report_at(ctx, d->unknown_field_severity, k->start, k->end,
                         "unknown field `%s` in a %s: %s; if another tool reads it, list it under "
                         "`claude-code: fields:` in .agentlint.yml",
                         key, d->label, d->unknown_field_effect);
    }
}

void al_dialect_check_field_status(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || field->status == AL_DF_CURRENT) continue;
        switch (field->status) {
        case AL_DF_RETIRED:
            al_report(ctx, k->start, k->end, "`%s` was retired from %s (%s): %s", field->name,
                      d->reader, field->retired ? field->retired : "date unknown", field->note);
            break;
        case AL_DF_IGNORED:
            al_report(ctx, k->start, k->end, "`%s` is ignored in a %s: %s", field->name, d->label,
                      field->note);
            break;
        case AL_DF_ELSEWHERE:
            al_report(ctx, k->start, k->end, "`%s` is not read in a %s: %s", field->name, d->label,
                      field->note);
            break;
        case AL_DF_DEPRECATED:
            al_report(ctx, k->start, k->end, "`%s` is deprecated in %s (%s; still read): %s",
                      field->name, d->reader, field->retired ? field->retired : "date unknown",
                      field->note);
            break;
        case AL_DF_CURRENT:
            break;
        }
    }
}

static bool enum_known(const al_dialect *d, const char *field, const char *v, size_t n)
{
    for (size_t i = 0; i < d->value_count; i++)
        if (strcmp(d->values[i].field, field) == 0 && !d->values[i].removed &&
            strlen(d->values[i].value) == n && memcmp(d->values[i].value, v, n) == 0)
            return true;
    return false;
}

static void check_enum(al_context *ctx, const al_dialect *d, const al_dialect_field *field,
                       const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR) {
        al_report(ctx, v->start, v->end, "`%s` must be a single value, not %s", field->name,
                  al_yaml_type_name(v));
        return;
    }
    if (enum_known(d, field->name, v->text, v->text_len)) return;
    al_strbuf allowed;
    al_strbuf_init(&allowed);
    for (size_t i = 0; i < d->value_count; i++)
        if (strcmp(d->values[i].field, field->name) == 0 && !d->values[i].removed)
            al_strbuf_printf(&allowed, "%s`%s`", allowed.len ? ", " : "", d->values[i].value);
    al_report(ctx, v->start, v->end,
              "`%s: %s` is not a value %s knows in a %s, so %s; use one of %s", field->name,
              al_quote(ctx, v->text, v->text_len), d->reader, d->label,
              d->invalid_value_effect ? d->invalid_value_effect : "the setting is ignored",
              allowed.data ? allowed.data : "its documented values");
    al_strbuf_free(&allowed);
}

static void check_bool(al_context *ctx, const al_dialect *d, const al_dialect_field *field,
                       const al_yaml_node *v)
{
    bool b;
    if (v->kind == AL_YAML_SCALAR && v->style == AL_YAML_PLAIN &&
        (al_yaml_scalar_is(v, "true") || al_yaml_scalar_is(v, "false")))
        return;
    if (d->yaml11_booleans && al_yaml_is_bool(v, &b)) return;
    if (al_yaml_is_bool(v, &b)) {
        al_report(ctx, v->start, v->end,
                  "`%s: %s` is a boolean only in YAML 1.1; YAML 1.2 readers take it as the "
                  "string \"%s\", which %s does not accept as a boolean; write `%s`",
                  field->name, al_quote(ctx, v->text, v->text_len),
                  al_quote(ctx, v->text, v->text_len), d->reader, b ? "true" : "false");
        return;
    }
    al_report(ctx, v->start, v->end, "`%s` must be `true` or `false`, not %s%s%s%s", field->name,
              al_yaml_type_name(v), v->kind == AL_YAML_SCALAR ? " \"" : "",
              v->kind == AL_YAML_SCALAR ? al_quote(ctx, v->text, v->text_len) : "",
              v->kind == AL_YAML_SCALAR ? "\"" : "");
}

static void check_number(al_context *ctx, const al_dialect *d, const al_dialect_field *field,
                         const al_yaml_node *v)
{
    char buf[64];
    if (v->kind == AL_YAML_SCALAR && v->style == AL_YAML_PLAIN && v->text_len < sizeof buf) {
        memcpy(buf, v->text, v->text_len);
        buf[v->text_len] = '\0';
        char *end;
        double x = strtod(buf, &end);
        if (end != buf && *end == '\0') {
            if (x >= field->min && x <= field->max) return;
            al_report(ctx, v->start, v->end,
                      "`%s: %s` is outside %g to %g, the range %s documents; the model provider "
                      "rejects the value or the request fails",
                      field->name, buf, field->min, field->max, d->reader);
            return;
        }
    }
    al_report(ctx, v->start, v->end, "`%s` must be a number from %g to %g, not %s", field->name,
              field->min, field->max, al_yaml_type_name(v));
}

static void check_text(al_context *ctx, const al_dialect *d, const al_dialect_field *field,
                       const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR) {
        al_report(ctx, v->start, v->end, "`%s` must be text, not %s; quote it or use a `|` block",
                  field->name, al_yaml_type_name(v));
        return;
    }
    if (!field->max_len) return;
    size_t n = al_utf8_count(v->text, v->text_len);
    if (n > field->max_len)
        al_report(ctx, v->start, v->end,
                  "`%s` is %zu characters long; a %s allows at most %zu (%s)", field->name, n,
                  d->label, field->max_len, d->reader);
}

static bool scalar_list(const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SEQUENCE) return false;
    for (size_t i = 0; i < v->count; i++)
        if (v->items[i]->kind != AL_YAML_SCALAR) return false;
    return true;
}

/* A list the reader joins into text: fine for it, a warning when other
 * readers of the file refuse it (field->note names them). */
static void check_list_as_text(al_context *ctx, const al_document *doc, const al_dialect *d,
                               const al_yaml_node *v, const al_dialect_field *field)
{
    if (!field->note) return;
    const char *src = doc->src.data + v->start;
    size_t n = v->end - v->start;
    bool one_line = v->style == AL_YAML_FLOW && !memchr(src, '\n', n) && !memchr(src, '"', n) &&
                    !memchr(src, '\\', n);
    al_report(ctx, v->start, v->end,
              "`%s` is a YAML list, which %s joins into text, but %s; quote it "
              "(`%s: \"%s\"`), which every reader accepts",
              field->name, d->reader, field->note, field->name,
              one_line ? al_quote(ctx, src, n) : "[file]");
}

void al_dialect_check_field_values(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || (field->status != AL_DF_CURRENT && field->status != AL_DF_DEPRECATED) ||
            al_yaml_is_null(v))
            continue;
        if (v->kind == AL_YAML_ALIAS) {
            al_report(ctx, v->start, v->end,
                      "`%s` is a YAML alias; not every reader resolves aliases, so write the "
                      "value out",
                      field->name);
            continue;
        }
        switch (field->type) {
        case AL_DT_ANY:
        case AL_DT_MODEL:
            break;
        case AL_DT_STRING:
        case AL_DT_NAME:
            check_text(ctx, d, field, v);
            break;
        case AL_DT_JOINED:
            if (scalar_list(v))
                check_list_as_text(ctx, doc, d, v, field);
            else
                check_text(ctx, d, field, v);
            break;
        case AL_DT_ENUM:
            check_enum(ctx, d, field, v);
            break;
        case AL_DT_BOOL:
            check_bool(ctx, d, field, v);
            break;
        case AL_DT_POS_INT: {
            long long n;
            if (al_yaml_is_int(v, &n) && n > 0) break;
            if (al_yaml_is_int(v, &n))
                al_report(ctx, v->start, v->end, "`%s: %lld` must be a positive whole number",
                          field->name, n);
            else
                al_report(ctx, v->start, v->end,
                          "`%s` must be a positive whole number, not %s%s%s%s", field->name,
                          al_yaml_type_name(v), v->kind == AL_YAML_SCALAR ? " \"" : "",
                          v->kind == AL_YAML_SCALAR ? al_quote(ctx, v->text, v->text_len) : "",
                          v->kind == AL_YAML_SCALAR ? "\"" : "");
            break;
        }
        case AL_DT_NUMBER:
            check_number(ctx, d, field, v);
            break;
        case AL_DT_TOOLS:
        case AL_DT_STRING_LIST:
            if (v->kind == AL_YAML_SCALAR && field->type == AL_DT_TOOLS && d->tools_list_only) {
                al_report(ctx, v->start, v->end,
                          "`%s` must be a YAML list of tool names (`[a, b]` or one `- name` per "
                          "line), not a string; %s rejects a string",
                          field->name, d->reader);
                break;
            }
            if (v->kind == AL_YAML_SCALAR) break;
            if (v->kind != AL_YAML_SEQUENCE) {
                al_report(ctx, v->start, v->end, "`%s` must be a string or a list, not %s",
                          field->name, al_yaml_type_name(v));
                break;
            }
            for (size_t j = 0; j < v->count; j++)
                if (v->items[j]->kind != AL_YAML_SCALAR)
                    al_report(ctx, v->items[j]->start, v->items[j]->end,
                              "each entry of `%s` must be a string, not %s", field->name,
                              al_yaml_type_name(v->items[j]));
            break;
        case AL_DT_STRING_MAP:
            if (v->kind != AL_YAML_MAPPING) {
                al_report(ctx, v->start, v->end, "`%s` must be a mapping of names to text, not %s",
                          field->name, al_yaml_type_name(v));
                break;
            }
            for (size_t j = 0; j < v->count; j++)
                if (v->pairs[j].value->kind != AL_YAML_SCALAR)
                    al_report(ctx, v->pairs[j].value->start, v->pairs[j].value->end,
                              "each value of `%s` must be text, not %s (%s reads a map of "
                              "strings)",
                              field->name, al_yaml_type_name(v->pairs[j].value), d->reader);
            break;
        case AL_DT_MAPPING:
            if (v->kind != AL_YAML_MAPPING)
                al_report(ctx, v->start, v->end, "`%s` must be a mapping, not %s", field->name,
                          al_yaml_type_name(v));
            break;
        case AL_DT_TOOL_MAP:
        case AL_DT_PERMISSION:
        case AL_DT_COLOR:
            break; /* the dialect's own rules check these (rules/dialect_rules.c) */
        }
    }
}

/* ---- tools ---- */

static const al_dialect_tool *tool_find(const al_dialect *d, const char *s, size_t n)
{
    for (size_t i = 0; i < d->tool_count; i++)
        if (strlen(d->tools[i].name) == n && memcmp(d->tools[i].name, s, n) == 0)
            return &d->tools[i];
    return NULL;
}

static void check_tool(al_context *ctx, const al_document *doc, const al_dialect *d,
                       const al_yaml_node *node, size_t a, size_t b)
{
    const char *s = node->text + a;
    size_t n = b - a;
    if (n == 0 || tool_find(d, s, n)) return;
    if (d->tool_extra_ok && d->tool_extra_ok(s, n)) return;
    if (doc->opts && al_name_set_contains(&doc->opts->known_tools, s, n)) return;
    size_t start, end;
    al_scalar_subspan(&doc->src, node, a, b, &start, &end);
    al_suggester sg;
    al_suggest_begin(&sg, s, n);
    for (size_t i = 0; i < d->tool_count; i++)
        al_suggest_consider(&sg, d->tools[i].name);
    const char *best = al_suggest_result(&sg);
    if (best)
        al_report(ctx, start, end, "`%s` is not a %s tool: did you mean `%s`?", al_quote(ctx, s, n),
                  d->reader, best);
    else
        al_report(ctx, start, end,
                  "`%s` is not a %s tool, so the %s does not get it; if it is your own, list it "
                  "under `claude-code: tools:` in .agentlint.yml",
                  al_quote(ctx, s, n), d->reader, d->label);
}

static bool separator(const al_dialect *d, char c)
{
    return c == ',' || (d->tools_space_separated && (c == ' ' || c == '\t'));
}

static void check_tool_scalar(al_context *ctx, const al_document *doc, const al_dialect *d,
                              const al_yaml_node *node)
{
    const char *t = node->text;
    size_t n = node->text_len, from = 0;
    int depth = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && t[i] == '(') depth++;
        if (i < n && t[i] == ')' && depth > 0) depth--;
        if (i < n && !(separator(d, t[i]) && depth == 0)) continue;
        size_t a = from, b = i;
        while (a < b && (t[a] == ' ' || t[a] == '\t' || t[a] == '\n'))
            a++;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n'))
            b--;
        check_tool(ctx, doc, d, node, a, b);
        from = i + 1;
    }
}

void al_dialect_check_tool_names(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || !d->tools) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || field->type != AL_DT_TOOLS || field->status != AL_DF_CURRENT) continue;
        if (v->kind == AL_YAML_SCALAR && !al_yaml_is_null(v)) check_tool_scalar(ctx, doc, d, v);
        if (v->kind == AL_YAML_SEQUENCE)
            for (size_t j = 0; j < v->count; j++)
                if (v->items[j]->kind == AL_YAML_SCALAR)
                    check_tool(ctx, doc, d, v->items[j], 0, v->items[j]->text_len);
    }
}

void al_dialect_check_model(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || !d->model_problem) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR || v->kind != AL_YAML_SCALAR || al_yaml_is_null(v)) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || field->type != AL_DT_MODEL) continue;
        const char *why = d->model_problem(v->text, v->text_len);
        if (why)
            al_report(ctx, v->start, v->end, "`%s: %s` is not a model %s reads: %s", field->name,
                      al_quote(ctx, v->text, v->text_len), d->reader, why);
    }
}

/* ---- name ---- */

/* The name of the folder holding path ("" when none). */
static void parent_folder(const char *path, const char **s, size_t *n)
{
    const char *end = strrchr(path, '/');
    *s = "";
    *n = 0;
    if (!end) return;
    const char *start = end;
    while (start > path && start[-1] != '/')
        start--;
    *s = start;
    *n = (size_t)(end - start);
}

void al_dialect_check_name_format(al_context *ctx, const al_document *doc, const al_dialect *d)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || !d->name_char_ok) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key, *v = f->pairs[i].value;
        if (k->kind != AL_YAML_SCALAR || v->kind != AL_YAML_SCALAR || al_yaml_is_null(v)) continue;
        const al_dialect_field *field = al_dialect_field_find(d, k->text, k->text_len);
        if (!field || field->type != AL_DT_NAME || field->status != AL_DF_CURRENT) continue;
        const char *t = v->text;
        size_t n = v->text_len;
        bool chars_ok = true, edges_ok = true;
        for (size_t j = 0; j < n; j++)
            chars_ok = chars_ok && d->name_char_ok(t[j]);
        if (d->name_no_edge_hyphens && n > 0)
            edges_ok = t[0] != '-' && t[n - 1] != '-' && !strstr(t, "--");
        const char *q = al_quote(ctx, t, n);
        if (!chars_ok)
            al_report(ctx, v->start, v->end, "`%s` \"%s\" must be %s in a %s (%s)", field->name, q,
                      d->name_chars, d->label, d->reader);
        else if (!edges_ok)
            al_report(ctx, v->start, v->end,
                      "`%s` \"%s\" must not start or end with a hyphen or hold two in a row (%s)",
                      field->name, q, d->reader);
        else if (d->name_max && n > d->name_max)
            al_report(ctx, v->start, v->end, "`%s` is %zu characters long; %s allows at most %zu",
                      field->name, n, d->reader, d->name_max);
        else if (d->name_matches_folder) {
            const char *dir;
            size_t dn;
            parent_folder(al_context_path(ctx), &dir, &dn);
            if (dn && !(dn == n && memcmp(dir, t, n) == 0))
                al_report(ctx, v->start, v->end,
                          "`%s` \"%s\" differs from its folder \"%.*s\": %s requires them to be "
                          "equal; rename one",
                          field->name, q, (int)dn, dir, d->reader);
        }
    }
}
