/* Rules about skills and commands (SK): the generic dialect checks over the
 * tables of spec/skills.c, plus what only skills have. Their tool lists and
 * models use Claude Code's vocabulary, checked by the CC tool and model
 * rules. */
#include <string.h>

#include "config/config.h"
#include "core/options.h"
#include "rules/checks.h"
#include "rules/dialect.h"
#include "spec/skills.h"
#include "util/utf8.h"

static const al_dialect *skill_dialect(const al_document *doc)
{
    if (doc->kind == AL_KIND_COMMAND) return &al_command_claude_code;
    if (doc->opts && doc->opts->skill_profile == AL_SKILL_PROFILE_AGENT_SKILLS)
        return &al_skill_agent_skills;
    return &al_skill_claude_code;
}

void al_check_skill_unknown_field(al_context *ctx, const al_document *doc)
{
    al_dialect_check_unknown_field(ctx, doc, skill_dialect(doc));
}

void al_check_skill_field_value(al_context *ctx, const al_document *doc)
{
    al_dialect_check_field_values(ctx, doc, skill_dialect(doc));
}

void al_check_skill_field_not_read(al_context *ctx, const al_document *doc)
{
    al_dialect_check_field_status(ctx, doc, skill_dialect(doc));
}

void al_check_skill_missing_field(al_context *ctx, const al_document *doc)
{
    al_dialect_check_required(ctx, doc, skill_dialect(doc));
}

void al_check_skill_name_format(al_context *ctx, const al_document *doc)
{
    al_dialect_check_name_format(ctx, doc, skill_dialect(doc));
}

static size_t text_length(const al_yaml_pair *p)
{
    if (!p || p->value->kind != AL_YAML_SCALAR || al_yaml_is_null(p->value)) return 0;
    return al_utf8_count(p->value->text, p->value->text_len);
}

void al_check_skill_listing_too_long(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *f = al_dialect_fields(doc);
    if (!f) return;
    const al_yaml_pair *desc = al_yaml_get_pair(f, "description");
    const al_yaml_pair *when = al_yaml_get_pair(f, "when_to_use");
    size_t d = text_length(desc), w = text_length(when);
    if (d + w <= AL_SKILL_LISTING_MAX) return;
    const al_yaml_pair *at = desc && d ? desc : when;
    al_report(ctx, at->value->start, at->value->end,
              "`description`%s is %zu characters long; Claude Code cuts the skill listing at "
              "%d, so Claude never reads the rest when it decides whether to use the skill; "
              "put what matters first and shorten it",
              w ? " plus `when_to_use`" : "", d + w, AL_SKILL_LISTING_MAX);
}

/* SKILL.md is read as a skill wherever it is, but only a skills/<dir>/
 * folder makes it one Claude Code loads. */
void al_check_skill_outside_skills_folder(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || !doc->kind_from_path) return;
    if (doc->opts && doc->opts->forced_kind == AL_KIND_SKILL) return;
    const char *path = al_context_path(ctx);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strcmp(base, "SKILL.md") != 0) return; /* a `kinds:` glob chose this file */
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    while (path[0] == '/')
        path++;
    if (al_glob_match("**/skills/*/SKILL.md", path)) return;
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    al_report(ctx, s, e,
              "this SKILL.md is not in a `skills/<name>/` folder, so Claude Code does not load "
              "it as a skill; it is checked as one all the same; move it to "
              "`.claude/skills/<name>/SKILL.md`");
}

/* Under the Agent Skills profile: claude.ai and the Skills API refuse a
 * skill whose `name` contains a reserved word. */
void al_check_skill_name_reserved_word(al_context *ctx, const al_document *doc)
{
    if (doc->kind != AL_KIND_SKILL || !doc->opts ||
        doc->opts->skill_profile != AL_SKILL_PROFILE_AGENT_SKILLS)
        return;
    const al_yaml_node *f = al_dialect_fields(doc);
    const al_yaml_node *name = f ? al_yaml_get(f, "name") : NULL;
    if (!name || name->kind != AL_YAML_SCALAR) return;
    for (size_t i = 0; i < al_skill_reserved_word_count; i++) {
        const char *w = al_skill_reserved_words[i];
        size_t wl = strlen(w);
        for (size_t k = 0; k + wl <= name->text_len; k++) {
            size_t j = 0;
            while (j < wl && (name->text[k + j] | 0x20) == w[j])
                j++;
            if (j < wl) continue;
            al_report(ctx, name->start, name->end,
                      "skill name \"%s\" contains the reserved word \"%s\", so claude.ai and "
                      "the Skills API refuse the upload; rename the skill (and its folder)",
                      al_quote(ctx, name->text, name->text_len), w);
            return;
        }
    }
}
