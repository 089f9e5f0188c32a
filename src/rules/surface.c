#include "rules/surface.h"

#include <stdlib.h>
#include <string.h>

char *al_project_root_of(const char *path)
{
    if (strncmp(path, ".claude/", 8) == 0) return strdup(".");
    /* the last `/.claude/` component: a project inside another keeps its own */
    const char *hit = NULL;
    for (const char *p = path; (p = strstr(p, "/.claude/")); p++)
        hit = p;
    if (!hit) return NULL;
    return hit == path ? strdup("/") : strndup(path, (size_t)(hit - path));
}

char *al_plugin_root_for(const al_context *ctx, const al_document *doc)
{
    if (doc->plugin_root) return strdup(doc->plugin_root);
    if (doc->kind != AL_KIND_PLUGIN_MANIFEST) return NULL;
    /* .../<root>/.claude-plugin/plugin.json */
    const char *path = al_context_path(ctx);
    char *root = strdup(path);
    if (!root) return NULL;
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(root, '/');
        if (slash)
            *slash = '\0';
        else
            strcpy(root, ".");
    }
    if (root[0] == '\0') strcpy(root, "/");
    return root;
}

const al_yaml_node *al_json_root(const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || !doc->json.read) return NULL;
    const al_yaml_node *r = doc->json.root;
    return r && r->kind == AL_YAML_MAPPING ? r : NULL;
}

void al_fix_rename(al_context *ctx, al_pending *p, const al_yaml_node *node,
                   const char *replacement)
{
    if (!p || !node || node->kind != AL_YAML_SCALAR) return;
    size_t start = node->start, end = node->end;
    if (node->style == AL_YAML_DOUBLE_QUOTED || node->style == AL_YAML_SINGLE_QUOTED) {
        start++;
        end--;
    } else if (node->style != AL_YAML_PLAIN) {
        return;
    }
    /* written without escapes: the text between the quotes is the value */
    if (end < start || end - start != node->text_len) return;
    al_fix_edit(ctx, p, start, end, replacement);
}
