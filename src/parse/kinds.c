/* File kinds: names, and the decision from path, configuration and content.
 * The patterns are data (spec/file_kinds.c); this file only walks them. */
#include "parse/kinds.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config/config.h"
#include "core/options.h"
#include "spec/file_kinds.h"

const char *al_kind_name(al_file_kind kind)
{
    return kind < AL_KIND_COUNT ? al_kind_names[kind] : "auto";
}

int al_kind_parse(const char *text)
{
    for (int i = 0; text && i < AL_KIND_COUNT; i++)
        if (strcmp(al_kind_names[i], text) == 0) return i;
    return -1;
}

bool al_kind_is_json(al_file_kind kind)
{
    return kind == AL_KIND_PLUGIN_MANIFEST || kind == AL_KIND_SETTINGS ||
           kind == AL_KIND_PLUGIN_HOOKS || kind == AL_KIND_MCP_CONFIG;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A glob with a `/` against the whole path (without "./" or a leading "/"),
 * one without against the file name. */
static bool pattern_matches(const char *glob, const char *path)
{
    if (!strchr(glob, '/')) return al_glob_match(glob, base_name(path));
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    while (path[0] == '/')
        path++;
    return al_glob_match(glob, path);
}

/* The nearest folder above path holding .claude-plugin/plugin.json, as a
 * prefix length of path including its final '/' (0 for the working
 * directory). */
static bool find_manifest_above(const char *path, const char *manifest, size_t *root_len)
{
    size_t n = strlen(path);
    char *probe = malloc(n + strlen(manifest) + sizeof "/.claude-plugin/");
    if (!probe) return false;
    bool found = false;
    for (size_t end = n; !found;) {
        while (end > 0 && path[end - 1] != '/')
            end--;
        /* path[0..end) is a folder with its '/', or empty: the working directory */
        memcpy(probe, path, end);
        strcpy(probe + end, ".claude-plugin/");
        strcat(probe, manifest);
        if (access(probe, F_OK) == 0) {
            found = true;
            *root_len = end;
        }
        if (end == 0) break;
        end--; /* past the '/' */
    }
    free(probe);
    return found;
}

/* A marketplace's plugins without a manifest of their own (`"strict":
 * false`, as in wshobson/agents): the `source` folders its marketplace.json
 * lists. The plugin root is the listed folder that holds path. */
static bool find_marketplace_plugin(const char *path, size_t *root_len)
{
    size_t mk;
    if (!find_manifest_above(path, "marketplace.json", &mk)) return false;
    char *file = malloc(mk + sizeof ".claude-plugin/marketplace.json");
    if (!file) return false;
    memcpy(file, path, mk);
    strcpy(file + mk, ".claude-plugin/marketplace.json");
    json_t *root = json_load_file(file, 0, NULL);
    free(file);
    bool found = false;
    size_t i;
    json_t *entry;
    json_array_foreach(json_object_get(root, "plugins"), i, entry)
    {
        const char *src = json_string_value(json_object_get(entry, "source"));
        if (!src || src[0] == '/' || strstr(src, "://")) continue;
        while (src[0] == '.' && src[1] == '/')
            src += 2;
        size_t sl = strlen(src);
        while (sl > 0 && src[sl - 1] == '/')
            sl--;
        if (sl == 0) continue;
        if (strncmp(path + mk, src, sl) == 0 && path[mk + sl] == '/') {
            *root_len = mk + sl + 1;
            found = true;
            break;
        }
    }
    json_decref(root);
    return found;
}

/* Whether a folder of path is named like the first folder of a plugin-root
 * pattern ("agents", "commands"): only then can a plugin root make such a
 * pattern match, so only then is the file system asked (every file of a
 * large tree would otherwise probe each folder above it, twice). A pattern
 * starting with a wildcard could match anywhere. */
static bool may_be_in_plugin(const char *path)
{
    for (size_t i = 0; i < al_kind_pattern_count; i++) {
        const char *g = al_kind_patterns[i].glob;
        if (al_kind_patterns[i].anchor != AL_KIND_ANCHOR_PLUGIN_ROOT) continue;
        size_t n = strcspn(g, "/");
        if (strcspn(g, "*?[") < n) return true;
        for (const char *seg = path; seg; seg = strchr(seg, '/'), seg = seg ? seg + 1 : NULL)
            if (strncmp(seg, g, n) == 0 && seg[n] == '/') return true;
    }
    return false;
}

static bool find_plugin_root(const char *path, size_t *root_len)
{
    return find_manifest_above(path, "plugin.json", root_len) ||
           find_marketplace_plugin(path, root_len);
}

static al_file_kind kind_from_globs(const al_options *opts, const char *path)
{
    if (!opts || opts->kind_glob_count == 0) return AL_KIND_AUTO;
    char *abs = al_path_absolute(path);
    if (!abs) return AL_KIND_AUTO;
    al_file_kind kind = AL_KIND_AUTO;
    for (size_t i = opts->kind_glob_count; i-- > 0 && kind == AL_KIND_AUTO;) {
        const al_kind_glob *g = &opts->kind_globs[i];
        size_t bl = strlen(g->base);
        const char *rel = NULL;
        if (strcmp(g->base, "/") == 0)
            rel = abs + 1;
        else if (strncmp(abs, g->base, bl) == 0 && abs[bl] == '/')
            rel = abs + bl + 1;
        if (rel && al_glob_match_path(g->glob, rel)) kind = g->kind;
    }
    free(abs);
    return kind;
}

al_file_kind al_kind_resolve(const al_options *opts, const char *path, char **plugin_root)
{
    if (plugin_root) *plugin_root = NULL;
    if (opts && opts->forced_kind != AL_KIND_AUTO) return opts->forced_kind;
    if (!path || strcmp(path, "-") == 0) return AL_KIND_AUTO;
    al_file_kind kind = kind_from_globs(opts, path);
    if (kind != AL_KIND_AUTO) return kind;
    bool root_looked = false, have_root = false;
    size_t root_len = 0;
    for (size_t i = 0; i < al_kind_pattern_count; i++) {
        const al_kind_pattern *p = &al_kind_patterns[i];
        if (p->anchor == AL_KIND_ANCHOR_PATH) {
            if (!pattern_matches(p->glob, path)) continue;
            /* a plugin's skills are namespaced like its agents */
            if (p->kind == AL_KIND_SKILL && plugin_root && find_plugin_root(path, &root_len) &&
                al_glob_match("skills/*/SKILL.md", path + root_len)) {
                *plugin_root = root_len ? strndup(path, root_len - 1) : strdup(".");
                if (!*plugin_root) return AL_KIND_AUTO;
            }
            return p->kind;
        }
        if (!root_looked) {
            have_root = may_be_in_plugin(path) && find_plugin_root(path, &root_len);
            root_looked = true;
        }
        if (!have_root || !al_glob_match(p->glob, path + root_len)) continue;
        if (plugin_root) {
            *plugin_root = root_len ? strndup(path, root_len - 1) : strdup(".");
            if (!*plugin_root) return AL_KIND_AUTO;
        }
        return p->kind;
    }
    return AL_KIND_AUTO;
}

al_file_kind al_kind_for_path(const al_options *opts, const char *path)
{
    return al_kind_resolve(opts, path, NULL);
}

/* A line of the front-matter text that starts with key: at the left margin. */
static bool has_key_line(const al_source *src, const al_frontmatter *fm, const char *key)
{
    size_t kl = strlen(key);
    const char *s = src->data;
    for (size_t i = fm->content_start; i + kl < fm->content_end && i < src->len;) {
        if (strncmp(s + i, key, kl) == 0 && s[i + kl] == ':') return true;
        const char *nl = memchr(s + i, '\n', fm->content_end - i);
        if (!nl) break;
        i = (size_t)(nl - s) + 1;
    }
    return false;
}

al_file_kind al_kind_from_content(const al_frontmatter *fm, const al_source *src)
{
    if (fm->status == AL_FM_ABSENT) return AL_KIND_DOCUMENTATION;
    if (fm->status == AL_FM_PRESENT && fm->root && fm->root->kind == AL_YAML_MAPPING)
        return al_yaml_get_pair(fm->root, "name") && al_yaml_get_pair(fm->root, "description")
                   ? AL_KIND_AGENT
                   : AL_KIND_DOCUMENTATION;
    /* front matter misplaced, unterminated or unreadable: an agent when its
     * lines say so, so that what is wrong with it gets said */
    return has_key_line(src, fm, "name") && has_key_line(src, fm, "description")
               ? AL_KIND_AGENT
               : AL_KIND_DOCUMENTATION;
}
