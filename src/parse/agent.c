#include "parse/agent.h"

#include <stdint.h>
#include <string.h>

/* Where a scalar's text starts in the file, or SIZE_MAX when its text is not
 * the file's bytes there (escapes, folding). */
static size_t exact_text_start(const al_source *src, const al_yaml_node *node)
{
    size_t text_start = node->start;
    if (node->style == AL_YAML_SINGLE_QUOTED || node->style == AL_YAML_DOUBLE_QUOTED) text_start++;
    bool exact = (node->style == AL_YAML_PLAIN || node->style == AL_YAML_SINGLE_QUOTED ||
                  node->style == AL_YAML_DOUBLE_QUOTED) &&
                 text_start + node->text_len <= src->len &&
                 memcmp(src->data + text_start, node->text, node->text_len) == 0;
    return exact ? text_start : SIZE_MAX;
}

static void subspan_from(size_t text_start, const al_yaml_node *node, size_t i, size_t j,
                         size_t *start, size_t *end)
{
    if (text_start != SIZE_MAX) {
        *start = text_start + i;
        *end = text_start + j;
    } else {
        *start = node->start;
        *end = node->end;
    }
}

void al_scalar_subspan(const al_source *src, const al_yaml_node *node, size_t i, size_t j,
                       size_t *start, size_t *end)
{
    subspan_from(exact_text_start(src, node), node, i, j, start, end);
}

static bool push_entry(al_tool_list *list, al_arena *arena, size_t *cap, al_tool_entry entry)
{
    if (list->count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        al_tool_entry *p = al_arena_alloc(arena, ncap * sizeof *p);
        if (!p) return false;
        if (list->count) memcpy(p, list->entries, list->count * sizeof *p);
        list->entries = p;
        *cap = ncap;
    }
    list->entries[list->count++] = entry;
    return true;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Splits a scalar at top-level commas: "Bash(git add, git commit), Read" is
 * two entries, since a permission specifier may contain commas. With spaces
 * (a skill's `allowed-tools`), spaces separate entries too and empty entries
 * are not kept. */
static bool split_scalar(al_tool_list *list, al_arena *arena, size_t *cap, const al_source *src,
                         const al_yaml_node *node, bool spaces)
{
    const char *t = node->text;
    size_t n = node->text_len, from = 0;
    /* Compared with the file once, not once per entry. */
    size_t text_start = exact_text_start(src, node);
    int depth = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && t[i] == '(') depth++;
        if (i < n && t[i] == ')' && depth > 0) depth--;
        if (i < n && !((t[i] == ',' || (spaces && is_space(t[i]))) && depth == 0)) continue;
        size_t a = from, b = i;
        while (a < b && is_space(t[a]))
            a++;
        while (b > a && is_space(t[b - 1]))
            b--;
        /* A lone trailing comma ("Read, Grep,") leaves an empty last entry;
         * record it, the empty-entry rule reports it. */
        if (!(n == 0 && i == 0) && !(spaces && b == a)) {
            al_tool_entry e;
            e.text = al_arena_strndup(arena, t + a, b - a);
            if (!e.text) return false;
            e.len = b - a;
            e.node = node;
            subspan_from(text_start, node, a, b, &e.start, &e.end);
            if (e.len == 0 && e.start == e.end && e.start > node->start) {
                /* point at the comma that makes the empty entry */
                size_t comma_start, comma_end;
                subspan_from(text_start, node, i < n ? i : from - 1, i < n ? i + 1 : from,
                             &comma_start, &comma_end);
                e.start = comma_start;
                e.end = comma_end;
            }
            if (!push_entry(list, arena, cap, e)) return false;
        }
        from = i + 1;
    }
    return true;
}

static bool read_tools(al_tool_list *list, const al_yaml_pair *pair, const al_source *src,
                       al_arena *arena, bool spaces)
{
    memset(list, 0, sizeof *list);
    list->pair = pair;
    if (!pair) return true;
    const al_yaml_node *v = pair->value;
    size_t cap = 0;
    if (v->kind == AL_YAML_SCALAR) {
        if (al_yaml_is_null(v)) {
            list->usable = true;
            return true;
        }
        list->usable = true;
        return split_scalar(list, arena, &cap, src, v, spaces);
    }
    if (v->kind != AL_YAML_SEQUENCE) return true;
    for (size_t i = 0; i < v->count; i++)
        if (v->items[i]->kind != AL_YAML_SCALAR) return true;
    list->usable = true;
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *item = v->items[i];
        al_tool_entry e;
        size_t a = 0, b = item->text_len;
        while (a < b && is_space(item->text[a]))
            a++;
        while (b > a && is_space(item->text[b - 1]))
            b--;
        e.text = al_arena_strndup(arena, item->text + a, b - a);
        if (!e.text) return false;
        e.len = b - a;
        e.node = item;
        al_scalar_subspan(src, item, a, b, &e.start, &e.end);
        if (e.start == e.end) {
            e.start = item->start;
            e.end = item->end;
        }
        if (!push_entry(list, arena, &cap, e)) return false;
    }
    return true;
}

bool al_agent_read(al_agent *agent, const al_frontmatter *fm, const al_source *src, al_arena *arena,
                   al_file_kind kind)
{
    memset(agent, 0, sizeof *agent);
    if (fm->status != AL_FM_PRESENT || !fm->root || fm->root->kind != AL_YAML_MAPPING) return true;
    agent->fields = fm->root;
    agent->name = al_yaml_get_pair(fm->root, "name");
    agent->description = al_yaml_get_pair(fm->root, "description");
    /* Skills and commands spell the lists in kebab case and may separate
     * entries with spaces (skills docs, 2026-08-22). */
    bool skill_like = kind == AL_KIND_SKILL || kind == AL_KIND_COMMAND;
    const char *allow = skill_like ? "allowed-tools" : "tools";
    const char *deny = skill_like ? "disallowed-tools" : "disallowedTools";
    return read_tools(&agent->tools, al_yaml_get_pair(fm->root, allow), src, arena, skill_like) &&
           read_tools(&agent->disallowed_tools, al_yaml_get_pair(fm->root, deny), src, arena,
                      skill_like);
}

char *al_plugin_agent_file_id(const char *path, const char *plugin_root, al_arena *arena)
{
    if (!path || !plugin_root) return NULL;
    size_t rl = strlen(plugin_root);
    const char *rel;
    if (strcmp(plugin_root, ".") == 0 && strncmp(path, "./", 2) != 0)
        rel = path;
    else if (strncmp(path, plugin_root, rl) == 0 && path[rl] == '/')
        rel = path + rl + 1;
    else
        return NULL;
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    if (strncmp(rel, "agents/", 7) != 0) return NULL;
    rel += 7;
    size_t n = strlen(rel);
    if (n > 3 && strcmp(rel + n - 3, ".md") == 0) n -= 3;
    if (n == 0) return NULL;
    char *id = al_arena_strndup(arena, rel, n);
    if (!id) return NULL;
    for (char *c = id; *c; c++)
        if (*c == '/') *c = ':';
    return id;
}
