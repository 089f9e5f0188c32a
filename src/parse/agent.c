#include "parse/agent.h"

#include "util/vec.h"

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

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool split_scalar(const al_source *src, const al_yaml_node *node, unsigned flags,
                         al_list_entry_fn fn, void *arg)
{
    const char *t = node->text;
    size_t n = node->text_len, from = 0;
    bool spaces = flags & AL_SPLIT_SPACES;
    /* Compared with the file once, not once per entry. */
    size_t text_start = exact_text_start(src, node);
    int depth = 0;
    for (size_t i = 0; i < n || (i == n && n > 0); i++) {
        if (i < n && t[i] == '(') depth++;
        if (i < n && t[i] == ')' && depth > 0) depth--;
        if (i < n && !((t[i] == ',' || (spaces && is_space(t[i]))) && depth == 0)) continue;
        size_t a = from, b = i, before = from;
        while (a < b && is_space(t[a]))
            a++;
        while (b > a && is_space(t[b - 1]))
            b--;
        from = i + 1;
        if (b == a && (spaces || !(flags & AL_SPLIT_EMPTY))) continue;
        al_list_entry e = {t + a, b - a, 0, 0, node};
        subspan_from(text_start, node, a, b, &e.start, &e.end);
        if (e.len == 0 && e.start == e.end && e.start > node->start)
            /* point at the comma that makes the empty entry: this one, or
             * at the end the one before it */
            subspan_from(text_start, node, i < n ? i : before - 1, i < n ? i + 1 : before, &e.start,
                         &e.end);
        if (!fn(arg, &e)) return false;
    }
    return true;
}

bool al_split_list(const al_source *src, const al_yaml_node *v, unsigned flags, al_list_entry_fn fn,
                   void *arg)
{
    if (v->kind == AL_YAML_SCALAR)
        return al_yaml_is_null(v) || split_scalar(src, v, flags, fn, arg);
    if (v->kind != AL_YAML_SEQUENCE) return true;
    for (size_t i = 0; i < v->count; i++) {
        const al_yaml_node *item = v->items[i];
        if (item->kind != AL_YAML_SCALAR) continue;
        size_t a = 0, b = item->text_len;
        while (a < b && is_space(item->text[a]))
            a++;
        while (b > a && is_space(item->text[b - 1]))
            b--;
        al_list_entry e = {item->text + a, b - a, 0, 0, item};
        al_scalar_subspan(src, item, a, b, &e.start, &e.end);
        if (e.start == e.end) {
            e.start = item->start;
            e.end = item->end;
        }
        if (!fn(arg, &e)) return false;
    }
    return true;
}

/* A tool list being read: its entries' texts are copied into the arena. */
typedef struct {
    al_vec entries; /* of al_tool_entry */
    al_arena *arena;
} tool_reader;

static bool add_tool(void *arg, const al_list_entry *in)
{
    tool_reader *r = arg;
    al_tool_entry *e = al_vec_push(&r->entries);
    if (!e) return false;
    e->text = al_arena_strndup(r->arena, in->text, in->len);
    e->len = in->len;
    e->start = in->start;
    e->end = in->end;
    e->node = in->node;
    return e->text != NULL;
}

/* Skills and commands may separate entries with spaces (skills docs,
 * 2026-08-22); a lone trailing comma ("Read, Grep,") leaves an empty last
 * entry, which the empty-entry rule reports. */
static bool read_tools(al_tool_list *list, const al_yaml_pair *pair, const al_source *src,
                       al_arena *arena, bool spaces)
{
    memset(list, 0, sizeof *list);
    list->pair = pair;
    if (!pair) return true;
    const al_yaml_node *v = pair->value;
    if (v->kind == AL_YAML_SEQUENCE)
        for (size_t i = 0; i < v->count; i++)
            if (v->items[i]->kind != AL_YAML_SCALAR) return true;
    if (v->kind != AL_YAML_SCALAR && v->kind != AL_YAML_SEQUENCE) return true;
    list->usable = true;
    tool_reader r = {AL_VEC_INIT(sizeof(al_tool_entry)), arena};
    bool ok = al_split_list(src, v, spaces ? AL_SPLIT_SPACES : AL_SPLIT_EMPTY, add_tool, &r);
    list->entries = al_vec_finish(&r.entries, arena, &ok);
    list->count = ok ? r.entries.count : 0;
    return ok;
}

bool al_agent_read(al_agent *agent, const al_frontmatter *fm, const al_source *src, al_arena *arena,
                   al_file_kind kind)
{
    memset(agent, 0, sizeof *agent);
    if (fm->status != AL_FM_PRESENT || !fm->root || fm->root->kind != AL_YAML_MAPPING) return true;
    agent->fields = fm->root;
    agent->name = al_yaml_get_pair(fm->root, "name");
    agent->description = al_yaml_get_pair(fm->root, "description");
    /* Skills and commands spell the lists in kebab case. */
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
