/* Rules about the JSON of the .claude/ surface (JS): settings files, plugin
 * hooks files and MCP configuration must be one strict JSON object. Claude
 * Code reads them with JSON.parse: no comments, no trailing commas (a
 * settings file with either is "Invalid or malformed JSON" and skipped
 * whole: docs:settings "Fix a broken settings file", anthropics/claude-code
 * #83190 for comments, slackapi/slack-cli#313 for a trailing comma), and a
 * key given twice keeps its last value. Plugin manifests have PL001. */
#include <string.h>

#include "rules/checks.h"

static const al_json_tree *tree(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT && doc->json.read ? &doc->json : NULL;
}

static const char *base_name(al_context *ctx)
{
    const char *path = al_context_path(ctx);
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* What Claude Code does with a file of this kind it cannot read. */
static const char *unreadable_effect(al_file_kind kind)
{
    switch (kind) {
    case AL_KIND_SETTINGS:
        return "Claude Code reports \"Invalid or malformed JSON\" and skips the whole file, every "
               "setting, permission rule and hook in it";
    case AL_KIND_PLUGIN_HOOKS:
        return "Claude Code cannot load the plugin's hooks, so none of them runs";
    case AL_KIND_MCP_CONFIG:
        return "Claude Code loads none of its MCP servers (`claude mcp list` shows the error "
               "since v2.1.144)";
    default:
        return "Claude Code cannot read it";
    }
}

void al_check_invalid_json(al_context *ctx, const al_document *doc)
{
    const al_json_tree *t = tree(doc);
    if (!t || doc->kind == AL_KIND_PLUGIN_MANIFEST) return;
    const al_json_result *r = &t->syntax;
    size_t at = r->offset < doc->src.len ? r->offset : doc->src.len;
    size_t end = at < doc->src.len ? at + 1 : at;
    const char *name = base_name(ctx);
    switch (r->status) {
    case AL_JSON_OK:
        if (t->root && t->root->kind != AL_YAML_MAPPING)
            al_report(ctx, t->root->start, t->root->end,
                      "%s must hold one JSON object (`{...}`), not %s: %s", name,
                      al_value_type_name(t->root, true), unreadable_effect(doc->kind));
        return;
    case AL_JSON_COMMENT:
        al_report(ctx, at, end,
                  "%s has a comment, which JSON does not allow (Claude Code reads strict JSON, "
                  "not JSONC): %s; remove the comment, or keep the note in a README",
                  name, unreadable_effect(doc->kind));
        return;
    case AL_JSON_TOO_DEEP:
        al_report(ctx, at, end,
                  "%s nests arrays and objects more than %d levels deep, which no %s does; "
                  "agentlint stops reading it here",
                  name, AL_JSON_MAX_DEPTH, al_wording(doc)->noun);
        return;
    case AL_JSON_ERROR:
        al_report(ctx, at, end, "%s is not valid JSON: %s; %s", name,
                  r->message ? r->message : "syntax error", unreadable_effect(doc->kind));
        return;
    }
}

void al_check_json_duplicate_key(al_context *ctx, const al_document *doc)
{
    const al_json_tree *t = tree(doc);
    if (!t) return;
    for (size_t i = 0; i < t->duplicate_count; i++) {
        const al_yaml_node *ignored = t->duplicates[i].ignored, *kept = t->duplicates[i].kept;
        al_report(ctx, ignored->start, ignored->end,
                  "key \"%s\" appears again on line %zu of the same object; Claude Code "
                  "(JSON.parse) keeps only the later value, so this one is ignored; remove one "
                  "of them",
                  al_quote(ctx, ignored->text, ignored->text_len),
                  al_source_line_of(&doc->src, kept->start));
    }
}
