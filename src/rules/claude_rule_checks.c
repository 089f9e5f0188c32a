/* Rules for Claude Code rule files (Markdown below .claude/rules): the keys of their
 * front matter (spec/claude_rule_fields.c). A rule without `paths` loads at
 * every launch, like CLAUDE.md; a misspelt or foreign key therefore turns a
 * rule meant for some files into one for all of them, which is what these
 * rules say. */
#include <string.h>

#include "rules/checks.h"
#include "rules/dialect.h"
#include "spec/dialects.h"
#include "util/suggest.h"

#define RULE (&al_dialect_claude_rule)

static bool has_paths(const al_yaml_node *f)
{
    return al_yaml_get(f, "paths") != NULL;
}

/* A near miss of `paths` is a warning (the scoping is lost); another key a
 * note: Claude Code documents no other key, and what it does with one is
 * not known. */
void al_check_claude_rule_unknown_field(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || doc->fm.lenient) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR || al_dialect_field_find(RULE, k->text, k->text_len))
            continue;
        if (doc->opts && al_name_set_contains(&doc->opts->known_fields, k->text, k->text_len))
            continue;
        al_suggester s;
        al_suggest_begin(&s, k->text, k->text_len);
        al_suggest_consider(&s, "paths");
        const char *key = al_quote(ctx, k->text, k->text_len);
        if (al_suggest_result(&s))
            al_report(ctx, k->start, k->end,
                      "unknown field `%s` in a Claude Code rule: did you mean `paths`? Claude "
                      "Code does not read it, so %s",
                      key,
                      has_paths(f) ? "it has no effect"
                                   : "the rule loads at every launch, for every file");
        else
            al_report_at(ctx, AL_INFO, k->start, k->end,
                         "unknown field `%s` in a Claude Code rule: %s; if another tool reads "
                         "it, list it under `claude-code: fields:` in .agentlint.yml",
                         key, RULE->unknown_field_effect);
    }
}

/* `globs` (Cursor) and `applyTo` (Copilot): without `paths`, the rule meant
 * for some files loads for all (#45587). */
void al_check_claude_rule_foreign_field(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || doc->fm.lenient) return;
    for (size_t i = 0; i < f->count; i++) {
        const al_yaml_node *k = f->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        const al_dialect_field *field = al_dialect_field_find(RULE, k->text, k->text_len);
        if (!field || field->status != AL_DF_ELSEWHERE) continue;
        if (has_paths(f))
            al_report_at(ctx, AL_INFO, k->start, k->end,
                         "`%s` is not read in a Claude Code rule (%s); `paths` scopes this rule, "
                         "so keep `%s` only for the other tool that reads this file",
                         field->name, field->note, field->name);
        else
            al_report(ctx, k->start, k->end,
                      "`%s` is not read in a Claude Code rule: %s; without `paths` the rule "
                      "loads at every launch, for every file, not only the ones `%s` names",
                      field->name, field->note, field->name);
    }
}

/* An unclosed `[` in a glob. */
static bool open_bracket(const char *s, size_t n)
{
    bool open = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (s[i] == '[') open = true;
        if (s[i] == ']') open = false;
    }
    return open;
}

static void check_glob(al_context *ctx, const al_document *doc, const al_yaml_node *v)
{
    if (v->kind != AL_YAML_SCALAR || !open_bracket(v->text, v->text_len)) return;
    (void)doc;
    al_report(ctx, v->start, v->end,
              "`%s` has a `[` that is never closed: Claude Code (since v2.1.207) treats the "
              "pattern as invalid and it matches nothing; close it, or write `\\[` for a bracket",
              al_quote(ctx, v->text, v->text_len));
}

void al_check_claude_rule_invalid_paths(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f || doc->fm.lenient) return;
    al_dialect_check_field_values(ctx, doc, RULE);
    const al_yaml_node *v = al_yaml_get(f, "paths");
    if (!v) return;
    if (v->kind == AL_YAML_SEQUENCE)
        for (size_t i = 0; i < v->count; i++)
            check_glob(ctx, doc, v->items[i]);
    else
        check_glob(ctx, doc, v);
}
