/* Rules about `model`. (`hooks` and `mcpServers` are hook_rules.c and mcp_rules.c:
 * one checker for front matter and JSON files.) */
#include <string.h>

#include "rules/checks.h"
#include "spec/claude_code.h"
#include "util/strbuf.h"
#include "util/suggest.h"

static const al_yaml_node *field(const al_document *doc, const char *name)
{
    if (doc->input != AL_INPUT_TEXT || !doc->agent.fields) return NULL;
    const al_yaml_node *v = al_yaml_get(doc->agent.fields, name);
    return v && !al_yaml_is_null(v) ? v : NULL;
}

/* ---- model ---- */

/* A full model ID, possibly with a cloud provider's prefix or suffix:
 * claude-sonnet-4-6, us.anthropic.claude-opus-4-5-20251101-v1:0,
 * claude-opus-4-5@20251101. New IDs appear faster than any table, so the
 * shape is accepted and only known retired IDs are reported. */
static bool looks_like_model_id(const char *s, size_t n)
{
    const char *c = NULL;
    for (size_t i = 0; i + 7 <= n; i++)
        if (memcmp(s + i, "claude-", 7) == 0) {
            c = s + i;
            break;
        }
    if (!c) return false;
    if (c != s && c[-1] != '.' && c[-1] != '/') return false;
    for (const char *p = c; p < s + n; p++) {
        char ch = *p;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '@' ||
              ch == ':' || ch == '[' || ch == ']'))
            return false;
    }
    return true;
}

static const al_cc_model *retired_inside(const char *s, size_t n)
{
    for (size_t i = 0; i < al_cc_model_count; i++) {
        const al_cc_model *m = &al_cc_models[i];
        if (m->status != AL_MODEL_RETIRED) continue;
        size_t mn = strlen(m->id);
        for (size_t j = 0; j + mn <= n; j++)
            if (memcmp(s + j, m->id, mn) == 0 &&
                (j + mn == n || !(s[j + mn] >= '0' && s[j + mn] <= '9')))
                return m;
    }
    return NULL;
}

static const al_yaml_node *model_value(const al_document *doc)
{
    const al_yaml_node *v = field(doc, "model");
    return v && v->kind == AL_YAML_SCALAR ? v : NULL;
}

void al_check_unknown_model(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = model_value(doc);
    if (!v) return;
    if (al_cc_model_find(v->text, v->text_len)) return;
    if (doc->opts && al_name_set_contains(&doc->opts->known_models, v->text, v->text_len)) return;
    if (looks_like_model_id(v->text, v->text_len)) return;
    al_suggester s;
    al_suggest_begin(&s, v->text, v->text_len);
    for (size_t i = 0; i < al_cc_model_count; i++)
        if (al_cc_models[i].status == AL_MODEL_ALIAS) al_suggest_consider(&s, al_cc_models[i].id);
    const char *best = al_suggest_result(&s);
    if (best) {
        al_pending *p = al_report(ctx, v->start, v->end,
                                  "unknown model `%s`: did you mean `%s`? Claude Code does not "
                                  "recognise this value",
                                  al_quote(ctx, v->text, v->text_len), best);
        if (v->style == AL_YAML_PLAIN) al_fix_edit(ctx, p, v->start, v->end, best);
        return;
    }
    al_report(ctx, v->start, v->end,
              "unknown model `%s`: use an alias (`sonnet`, `opus`, `haiku`, `fable`), `inherit`, "
              "or a full Claude model ID such as `claude-sonnet-4-6`",
              al_quote(ctx, v->text, v->text_len));
}

void al_check_retired_model(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = model_value(doc);
    if (!v) return;
    const al_cc_model *m = al_cc_model_find(v->text, v->text_len);
    if (!m) m = retired_inside(v->text, v->text_len);
    if (!m || m->status != AL_MODEL_RETIRED) return;
    al_pending *p = al_report(ctx, v->start, v->end,
                              "model `%s` is retired (listed as retired on %s): requests to it "
                              "fail or are redirected; use the alias `%s` to follow the current "
                              "model of that family",
                              al_quote(ctx, v->text, v->text_len), m->since, m->replacement);
    /* A different model may behave differently: unsafe. */
    al_fix_edit(ctx, p, v->start, v->end, m->replacement);
    al_fix_unsafe(p);
}
