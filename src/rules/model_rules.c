/* Rules about `model`, `hooks` and `mcpServers`. */
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

/* ---- hooks ---- */

static bool hook_event_known(const char *s, size_t n)
{
    for (size_t i = 0; i < al_cc_hook_event_count; i++)
        if (strlen(al_cc_hook_events[i]) == n && memcmp(al_cc_hook_events[i], s, n) == 0)
            return true;
    return false;
}

static void check_hook_list(al_context *ctx, const char *event, const al_yaml_node *list)
{
    if (list->kind != AL_YAML_SEQUENCE) {
        al_report(ctx, list->start, list->end,
                  "`hooks.%s` must be a list of `{matcher, hooks: [...]}` entries, not %s", event,
                  al_yaml_type_name(list));
        return;
    }
    for (size_t i = 0; i < list->count; i++) {
        const al_yaml_node *item = list->items[i];
        const al_yaml_node *hooks = al_yaml_get(item, "hooks");
        if (item->kind != AL_YAML_MAPPING || !hooks || hooks->kind != AL_YAML_SEQUENCE) {
            al_report(ctx, item->start, item->end,
                      "each entry of `hooks.%s` needs a `hooks:` list of commands (and an "
                      "optional `matcher`), as in settings.json",
                      event);
            continue;
        }
        for (size_t j = 0; j < hooks->count; j++) {
            const al_yaml_node *h = hooks->items[j];
            const al_yaml_node *type = al_yaml_get(h, "type");
            if (h->kind != AL_YAML_MAPPING || !type) {
                al_report(ctx, h->start, h->end,
                          "a hook in `hooks.%s` needs a `type` (for example `type: command` "
                          "with a `command:`)",
                          event);
            } else if (al_yaml_scalar_is(type, "command") && !al_yaml_get(h, "command")) {
                al_report(ctx, h->start, h->end,
                          "a `type: command` hook in `hooks.%s` has no `command:` to run", event);
            }
        }
    }
}

void al_check_invalid_hooks(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = field(doc, "hooks");
    if (!v) return;
    if (v->kind != AL_YAML_MAPPING) {
        al_report(ctx, v->start, v->end,
                  "`hooks` must be a mapping from hook event (such as `PreToolUse`) to a list "
                  "of hooks, not %s",
                  al_yaml_type_name(v));
        return;
    }
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *k = v->pairs[i].key;
        if (k->kind != AL_YAML_SCALAR) continue;
        const char *event = al_quote(ctx, k->text, k->text_len);
        if (!hook_event_known(k->text, k->text_len)) {
            al_suggester s;
            al_suggest_begin(&s, k->text, k->text_len);
            for (size_t j = 0; j < al_cc_hook_event_count; j++)
                al_suggest_consider(&s, al_cc_hook_events[j]);
            const char *best = al_suggest_result(&s);
            al_report(ctx, k->start, k->end, "unknown hook event `%s`%s%s%s; it never fires", event,
                      best ? ": did you mean `" : "", best ? best : "", best ? "`?" : "");
            continue;
        }
        check_hook_list(ctx, event, v->pairs[i].value);
    }
}

/* ---- mcpServers ---- */

static void check_server_config(al_context *ctx, const char *name, const al_yaml_node *cfg)
{
    if (cfg->kind != AL_YAML_MAPPING) {
        al_report(ctx, cfg->start, cfg->end,
                  "the configuration of MCP server `%s` must be a mapping (`command:`/`args:` or "
                  "`type:`/`url:`), not %s",
                  name, al_yaml_type_name(cfg));
        return;
    }
    const al_yaml_node *type = al_yaml_get(cfg, "type");
    if (type && type->kind == AL_YAML_SCALAR &&
        !al_cc_value_find("mcpType", type->text, type->text_len)) {
        al_report(ctx, type->start, type->end,
                  "MCP server `%s` has `type: %s`; the types are stdio, http, sse and ws", name,
                  al_quote(ctx, type->text, type->text_len));
        return;
    }
    bool remote = type && !al_yaml_scalar_is(type, "stdio");
    if (remote && !al_yaml_get(cfg, "url"))
        al_report(ctx, cfg->start, cfg->end, "MCP server `%s` is remote but has no `url:`", name);
    else if (!remote && !al_yaml_get(cfg, "command"))
        al_report(ctx, cfg->start, cfg->end,
                  "MCP server `%s` has no `command:` to start it (or a `type:` and `url:` for a "
                  "remote server)",
                  name);
}

void al_check_invalid_mcp_servers(al_context *ctx, const al_document *doc)
{
    const al_yaml_node *v = field(doc, "mcpServers");
    if (!v) return;
    if (v->kind != AL_YAML_SEQUENCE) {
        al_report(ctx, v->start, v->end,
                  "`mcpServers` must be a list of server names or `- name: {config}` entries, "
                  "not %s",
                  al_yaml_type_name(v));
        return;
    }
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *item = v->items[i];
        if (item->kind == AL_YAML_SCALAR) continue;
        if (item->kind != AL_YAML_MAPPING || item->count != 1 ||
            item->pairs[0].key->kind != AL_YAML_SCALAR) {
            al_report(ctx, item->start, item->end,
                      "each `mcpServers` entry is a configured server's name or one "
                      "`name: {config}` mapping");
            continue;
        }
        const al_yaml_node *k = item->pairs[0].key;
        check_server_config(ctx, al_quote(ctx, k->text, k->text_len), item->pairs[0].value);
    }
}
