#define _XOPEN_SOURCE 700 /* realpath */
#include "cli/walk.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"
#include "parse/kinds.h"
#include "report/report.h"
#include "spec/file_kinds.h"
#include "util/dirlist.h"

#define MAX_DEPTH 64
/* How many times one folder is walked through different paths (symlinks to
 * it): each may give its files other kinds; a bound keeps folders linked
 * from many places, in many levels, from multiplying the walk. */
#define MAX_FOLDER_VISITS 8

typedef struct {
    unsigned long long dev, ino;
} file_id;

/* A set of file ids (open addressing; ino 0 marks a free slot), with a
 * count per id. */
typedef struct {
    file_id id;
    unsigned count;
} id_slot_t;

typedef struct {
    id_slot_t *items;
    size_t count, cap;
} id_set;

/* A folder being walked: its sorted names and the next one to look at. */
typedef struct {
    char *path;
    char **names;
    size_t count, next;
    bool via_link; /* reached through a symlink */
    file_id id;
} frame;

/* A file as the traversal finds it, before the index decides. */
typedef struct {
    const char *path;
    al_file_origin origin;
    bool leaves_tree;
    bool via_link;
    file_id id;
    nlink_t links;
} found;

/* One path of a file reached more than once. */
typedef struct {
    char *path;
    bool given, body;
} index_path;

typedef struct {
    file_id id; /* ino 0: a free slot */
    index_path *paths;
    size_t count, cap;
} index_entry;

struct al_walk_index {
    index_entry *table;
    size_t count, cap;
    /* Files of the table replaced during the run (a fix written by rename):
     * their new id, then the one the table knows them by. */
    file_id (*replaced)[2];
    size_t replaced_count, replaced_cap;
};

/* A link in a tool folder, or the tool folder itself a link: where a
 * tool reads the files it points to. */
typedef struct {
    char *shown;  /* the tool folder, as a path named beside the file would be */
    char *target; /* what it resolves to: a folder (name NULL), or a file */
    char *name;   /* the link's name in the tool folder; NULL: the folder is the link */
} tool_link;

/* What the tool folders of one folder's ancestors link to, kept for the
 * files named in the same folder (a run over every spec of a folder looks once). */
typedef struct {
    char *folder; /* the named file's folder, as named */
    tool_link *links;
    size_t count;
} link_memo;

struct al_walk {
    const char *const *paths;
    size_t path_count, next_path;
    bool quiet, trouble, have_stdin;
    const al_walk_index *index;
    al_walk_index *own_index;
    id_set given;   /* the index's paths given so far: (entry, path), each once */
    id_set folders; /* the folders entered under the current path, and how often */
    id_set excluded; /* the files the run writes itself */
    char **aliases; /* a file named by its own path, where tools read it (tool_aliases) */
    size_t alias_count, alias_next;
    link_memo links; /* the tool folders' links seen from the last named file's folder */
    const char *arg;
    char *root; /* the current folder named, resolved */
    frame stack[MAX_DEPTH + 1];
    size_t depth; /* frames in use */
    char *current;
};

/* "agentlint: PATH: " on standard error, the path escaped. */
static void say_path(const char *path)
{
    fputs("agentlint: ", stderr);
    al_path_escape(stderr, path);
    fputs(": ", stderr);
}

static size_t id_hash(file_id id)
{
    unsigned long long h = id.ino * 0x9E3779B97F4A7C15ull ^ id.dev * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(h ^ (h >> 29));
}

static bool id_equal(file_id a, file_id b)
{
    return a.ino == b.ino && a.dev == b.dev;
}

static id_slot_t *id_slot(const id_set *set, file_id id)
{
    for (size_t i = id_hash(id) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        id_slot_t *s = &set->items[i];
        if (!s->id.ino || id_equal(s->id, id)) return s;
    }
}

/* How many times id was added. */
static unsigned id_count(const id_set *set, file_id id)
{
    return set->cap ? id_slot(set, id)->count : 0;
}

/* Counts id once more; false when out of memory. */
static bool id_add(id_set *set, file_id id)
{
    if ((set->count + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        id_slot_t *items = calloc(cap, sizeof *items);
        if (!items) return false;
        id_set grown = {items, set->count, cap};
        for (size_t i = 0; i < set->cap; i++)
            if (set->items[i].id.ino) *id_slot(&grown, set->items[i].id) = set->items[i];
        free(set->items);
        *set = grown;
    }
    id_slot_t *s = id_slot(set, id);
    if (!s->id.ino) {
        s->id = id;
        set->count++;
    }
    s->count++;
    return true;
}

static bool ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0;
}

/* The JSON files of the .claude/ surface the kind table places. */
static bool claude_json_kind(al_file_kind k)
{
    return k == AL_KIND_SETTINGS || k == AL_KIND_PLUGIN_HOOKS || k == AL_KIND_MCP_CONFIG;
}

/* Markdown files, and the other files the kind table knows (Cursor's .mdc
 * rules, plugin manifests, settings, plugin hooks, MCP configuration): only
 * those it places are linted. */
static bool wanted(const char *path, const char *name)
{
    if (ends_with(name, ".md")) return true;
    if (!ends_with(name, ".mdc") && !ends_with(name, ".json")) return false;
    al_file_kind k = al_kind_for_path(NULL, path);
    return k == AL_KIND_CURSOR_RULE || k == AL_KIND_PLUGIN_MANIFEST || claude_json_kind(k);
}

/* A JSON file of the .claude/ surface, by its place (for one that is not a file). */
static bool placed_json(const char *path, const char *name)
{
    return ends_with(name, ".json") && claude_json_kind(al_kind_for_path(NULL, path));
}

/* A path the kind table places that is not a file to read: said on
 * standard error, the run's status then 2, as for a path named. */
static void say_unreadable(al_walk *w, const char *path, const char *why)
{
    if (!w->quiet) {
        say_path(path);
        fprintf(stderr, "%s\n", why);
    }
    w->trouble = true;
}

/* Whether real (resolved) is in the folder root (resolved). */
static bool inside(const char *root, const char *real)
{
    if (!root || !real) return false;
    size_t rl = strlen(root);
    return strncmp(real, root, rl) == 0 && (real[rl] == '/' || (rl == 1 && root[0] == '/'));
}

static bool set_current(al_walk *w, const char *path)
{
    free(w->current);
    w->current = strdup(path);
    return w->current != NULL;
}

/* Whether the folder id is one the walk is inside now: entering it again
 * would never end (a symlink to a folder above). */
static bool on_stack(const al_walk *w, file_id id)
{
    for (size_t i = 0; i < w->depth; i++)
        if (id_equal(w->stack[i].id, id)) return true;
    return false;
}

/* Enters dir: its sorted names on the stack. */
static void enter(al_walk *w, const char *dir, bool via_link, file_id id)
{
    if (w->depth > MAX_DEPTH) {
        if (!w->quiet) {
            say_path(dir);
            fputs("directories nested too deep; not descending\n", stderr);
        }
        w->trouble = true;
        return;
    }
    frame *f = &w->stack[w->depth];
    memset(f, 0, sizeof *f);
    int err = al_dir_sorted_names(dir, &f->names, &f->count);
    if (!err && !(f->path = strdup(dir))) err = ENOMEM;
    if (err) {
        if (!w->quiet) {
            say_path(dir);
            fprintf(stderr, "%s\n", strerror(err));
        }
        al_dir_names_free(f->names, f->count);
        w->trouble = true;
        return;
    }
    f->via_link = via_link;
    f->id = id;
    w->depth++;
}

static void leave(al_walk *w)
{
    frame *f = &w->stack[--w->depth];
    al_dir_names_free(f->names, f->count);
    free(f->path);
}

/* The next entry of the innermost folder: 1 a file found, 0 not (a folder
 * entered, something skipped), -1 out of memory. */
static int step(al_walk *w, found *out)
{
    frame *f = &w->stack[w->depth - 1];
    if (f->next == f->count) {
        leave(w);
        return 0;
    }
    const char *name = f->names[f->next++];
    size_t dlen = strlen(f->path);
    bool slash = dlen > 0 && f->path[dlen - 1] == '/';
    size_t len = dlen + 1 + strlen(name) + 1;
    char *path = malloc(len);
    if (!path) return -1;
    snprintf(path, len, "%s%s%s", f->path, slash ? "" : "/", name);
    /* lstat first: only an entry reached through a symlink (this one or a
     * folder above it) can lead out of the tree, so only then is its real
     * path worth resolving. */
    struct stat st;
    int got = lstat(path, &st);
    bool link = got == 0 && S_ISLNK(st.st_mode);
    if (link) got = stat(path, &st);
    int given = 0;
    bool via_link = f->via_link || link;
    file_id id = {(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
    if (got != 0) {
        /* A dangling link is not worth failing over; anything else is. */
        if (errno != ENOENT) {
            int e = errno;
            if (!w->quiet) {
                say_path(path);
                fprintf(stderr, "%s\n", strerror(e));
            }
            w->trouble = true;
        }
    } else if (S_ISDIR(st.st_mode) && placed_json(path, name)) {
        /* a settings, hooks or MCP file that is a folder: Claude Code reads nothing */
        say_unreadable(w, path, "a folder where the kind table expects a JSON file; not linted");
    } else if (S_ISDIR(st.st_mode)) {
        if (!on_stack(w, id) && id_count(&w->folders, id) < MAX_FOLDER_VISITS) {
            if (!id_add(&w->folders, id))
                given = -1; /* out of memory: stop descending */
            else
                enter(w, path, via_link, id);
        }
    } else if (!S_ISREG(st.st_mode) && placed_json(path, name)) {
        /* a FIFO, socket or device where a settings, hooks or MCP file belongs:
         * never opened (a FIFO would block) */
        say_unreadable(w, path, "not a regular file; not linted");
    } else if (S_ISREG(st.st_mode) && wanted(path, name) &&
               !id_count(&w->excluded, (file_id){(unsigned long long)st.st_dev,
                                                 (unsigned long long)st.st_ino})) {
        char *real = via_link ? realpath(path, NULL) : NULL;
        /* --fix must not write through a symlink out of the folder named. */
        bool out_of_tree = via_link && w->root && !inside(w->root, real);
        free(real);
        if (!set_current(w, path)) {
            given = -1;
        } else {
            *out = (found){w->current, AL_FILE_DISCOVERED, out_of_tree, via_link, id, st.st_nlink};
            given = 1;
        }
    }
    free(path);
    return given;
}

static void free_aliases(al_walk *w)
{
    for (size_t i = 0; i < w->alias_count; i++)
        free(w->aliases[i]);
    free(w->aliases);
    w->aliases = NULL;
    w->alias_count = w->alias_next = 0;
}

static bool add_alias(char ***list, size_t *count, const char *folder, const char *name)
{
    char **grown = realloc(*list, (*count + 1) * sizeof *grown);
    if (!grown) return false;
    *list = grown;
    size_t len = strlen(folder) + 1 + strlen(name) + 1;
    if (!(grown[*count] = malloc(len))) return false;
    snprintf(grown[*count], len, "%s/%s", folder, name);
    (*count)++;
    return true;
}

static void memo_clear(link_memo *m)
{
    for (size_t i = 0; i < m->count; i++) {
        free(m->links[i].shown);
        free(m->links[i].target);
        free(m->links[i].name);
    }
    free(m->links);
    free(m->folder);
    memset(m, 0, sizeof *m);
}

static bool memo_add(link_memo *m, const char *shown, char *target, const char *name)
{
    tool_link *grown = realloc(m->links, (m->count + 1) * sizeof *grown);
    if (!grown) {
        free(target);
        return false;
    }
    m->links = grown;
    tool_link *l = &grown[m->count];
    l->shown = strdup(shown);
    l->target = target;
    l->name = name ? strdup(name) : NULL;
    if (!l->shown || (name && !l->name)) {
        free(l->shown);
        free(l->name);
        free(target);
        return false;
    }
    m->count++;
    return true;
}

/* The links of one tool folder (abs), shown as shown. */
static void learn_tool_folder(link_memo *m, const char *abs, const char *shown)
{
    struct stat st;
    if (lstat(abs, &st) != 0) return;
    if (S_ISLNK(st.st_mode)) {
        char *target = realpath(abs, NULL);
        if (target) memo_add(m, shown, target, NULL);
        return;
    }
    char **names;
    size_t n;
    if (!S_ISDIR(st.st_mode) || al_dir_sorted_names(abs, &names, &n) != 0) return;
    for (size_t k = 0; k < n; k++) {
        size_t el = strlen(abs) + 1 + strlen(names[k]) + 1;
        char *entry = malloc(el);
        if (!entry) break;
        snprintf(entry, el, "%s/%s", abs, names[k]);
        char *target = lstat(entry, &st) == 0 && S_ISLNK(st.st_mode) ? realpath(entry, NULL) : NULL;
        if (target) memo_add(m, shown, target, names[k]);
        free(entry);
    }
    al_dir_names_free(names, n);
}

/* The tool folders (spec/file_kinds.c) of p's folder and the folders above
 * it, up to the project's root, as p names them (relative when p is). */
static void learn_links(link_memo *m, const char *p, const char *folder)
{
    if (!(m->folder = strdup(folder))) return;
    char *root = al_kind_project_root(p), *abs = root ? al_path_absolute(p) : NULL;
    char cwd[4096];
    bool relative = p[0] != '/' && getcwd(cwd, sizeof cwd);
    size_t cl = relative ? strlen(cwd) : 0, rl = root ? strlen(root) : 0;
    for (size_t end = abs ? strlen(abs) : 0, steps = 0; end > 0 && steps < MAX_DEPTH; steps++) {
        while (end > 0 && abs[end - 1] != '/')
            end--;
        if (end > 0) end--; /* abs[0..end) is a folder */
        for (size_t i = 0; i < al_tool_folder_count; i++) {
            size_t len = end + 1 + strlen(al_tool_folders[i]) + 1;
            char *tool = malloc(len);
            if (!tool) break;
            snprintf(tool, len, "%.*s/%s", (int)end, abs, al_tool_folders[i]);
            const char *shown = tool;
            if (relative && strncmp(tool, cwd, cl) == 0 && tool[cl] == '/') shown = tool + cl + 1;
            learn_tool_folder(m, tool, shown);
            free(tool);
        }
        if (end <= rl) break;
    }
    free(abs);
    free(root);
}

/* The paths where tools read the file p, named by its own path in a folder
 * the tools' folders link to (.claude/agents and .gemini/agents linking to
 * .agent-defs/; .github/agents/x.agent.md linking to .ai/agents/x.md): git
 * lists the files behind a linked folder by their own paths, and pre-commit
 * names them so. Only for a file whose own place says nothing. */
static size_t tool_aliases(al_walk *w, const char *p, char ***out)
{
    *out = NULL;
    const char *slash = strrchr(p, '/');
    char *folder = slash ? strndup(p, (size_t)(slash - p)) : strdup(".");
    if (!folder) return 0;
    if (!w->links.folder || strcmp(w->links.folder, folder) != 0) {
        memo_clear(&w->links);
        learn_links(&w->links, p, folder);
    }
    free(folder);
    if (!w->links.count || al_kind_for_path(NULL, p) != AL_KIND_AUTO) return 0;
    char *real = realpath(p, NULL);
    char *dir = real ? strdup(real) : NULL;
    size_t count = 0;
    if (dir) *strrchr(dir, '/') = '\0';
    for (size_t i = 0; dir && i < w->links.count; i++) {
        const tool_link *l = &w->links.links[i];
        if (!l->name && strcmp(l->target, dir) == 0)
            add_alias(out, &count, l->shown, strrchr(real, '/') + 1);
        else if (l->name && strcmp(l->target, real) == 0)
            add_alias(out, &count, l->shown, l->name);
    }
    free(dir);
    free(real);
    return count;
}

/* The next path named: a file found (1), a folder entered (0). */
static int next_named(al_walk *w, found *out)
{
    const char *p = w->paths[w->next_path++];
    if (strcmp(p, "-") == 0) {
        if (w->have_stdin) return 0; /* stdin can be read once */
        w->have_stdin = true;
        if (!set_current(w, p)) return -1;
        *out = (found){w->current, AL_FILE_EXPLICIT, false, false, {0, 0}, 1};
        return 1;
    }
    struct stat st;
    bool known = stat(p, &st) == 0;
    if (known && S_ISDIR(st.st_mode)) {
        free(w->folders.items);
        w->folders = (id_set){NULL, 0, 0};
        free(w->root);
        w->root = realpath(p, NULL);
        w->arg = p;
        file_id id = {(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
        if (!id_add(&w->folders, id)) return -1;
        enter(w, p, false, id);
        return 0;
    }
    /* A file the tools read through links: given at those paths instead. */
    if (known && S_ISREG(st.st_mode)) {
        char **aliases;
        size_t n = tool_aliases(w, p, &aliases);
        if (n) {
            free_aliases(w);
            w->aliases = aliases;
            w->alias_count = n;
            return 0;
        }
    }
    /* Files, and paths that do not exist (reported when read). */
    if (!set_current(w, p)) return -1;
    *out = (found){
        w->current,
        AL_FILE_EXPLICIT,
        false,
        false,
        {known ? (unsigned long long)st.st_dev : 0, known ? (unsigned long long)st.st_ino : 0},
        known ? st.st_nlink : 1};
    return 1;
}

/* The next path a named file is read at by a tool (tool_aliases). */
static int next_alias(al_walk *w, found *out)
{
    const char *p = w->aliases[w->alias_next++];
    struct stat st;
    if (stat(p, &st) != 0) return 0;
    if (!set_current(w, p)) return -1;
    *out = (found){w->current,
                   AL_FILE_EXPLICIT,
                   false,
                   true,
                   {(unsigned long long)st.st_dev, (unsigned long long)st.st_ino},
                   st.st_nlink};
    return 1;
}

/* The traversal: every file reached, in order, however often. */
static int next_found(al_walk *w, found *out)
{
    for (;;) {
        int r;
        if (w->alias_next < w->alias_count)
            r = next_alias(w, out);
        else if (w->depth)
            r = step(w, out);
        else if (w->next_path < w->path_count)
            r = next_named(w, out);
        else
            return 0;
        if (r) return r;
    }
}

static al_walk *walk_new(const char *const *paths, size_t count, bool quiet,
                         const al_walk_index *index)
{
    al_walk *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->paths = paths;
    w->path_count = count;
    w->quiet = quiet;
    w->index = index;
    return w;
}

/* ---- the index of files reached more than once ---- */

static index_entry *index_slot(const al_walk_index *ix, file_id id)
{
    for (size_t i = id_hash(id) & (ix->cap - 1);; i = (i + 1) & (ix->cap - 1)) {
        index_entry *e = &ix->table[i];
        if (!e->id.ino || id_equal(e->id, id)) return e;
    }
}

static const index_entry *index_find(const al_walk_index *ix, file_id id)
{
    if (!ix || !ix->cap || !id.ino) return NULL;
    const index_entry *e = index_slot(ix, id);
    if (e->id.ino) return e;
    for (size_t i = 0; i < ix->replaced_count; i++)
        if (id_equal(ix->replaced[i][0], id)) return index_slot(ix, ix->replaced[i][1]);
    return NULL;
}

bool al_walk_index_replaced(al_walk_index *ix, unsigned long long old_dev,
                            unsigned long long old_ino, unsigned long long dev,
                            unsigned long long ino)
{
    const index_entry *e = index_find(ix, (file_id){old_dev, old_ino});
    if (!e || !ino) return true; /* not a file reached twice: nothing to keep */
    if (ix->replaced_count == ix->replaced_cap) {
        size_t cap = ix->replaced_cap ? ix->replaced_cap * 2 : 8;
        file_id(*p)[2] = realloc(ix->replaced, cap * sizeof *p);
        if (!p) return false;
        ix->replaced = p;
        ix->replaced_cap = cap;
    }
    ix->replaced[ix->replaced_count][0] = (file_id){dev, ino};
    ix->replaced[ix->replaced_count][1] = e->id; /* the first id, also when replaced twice */
    ix->replaced_count++;
    return true;
}

/* The entry for id, made when new; NULL when out of memory. */
static index_entry *index_add(al_walk_index *ix, file_id id)
{
    if ((ix->count + 1) * 2 > ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 16;
        index_entry *t = calloc(cap, sizeof *t);
        if (!t) return NULL;
        al_walk_index grown = {t, ix->count, cap, ix->replaced, ix->replaced_count, ix->replaced_cap};
        for (size_t i = 0; i < ix->cap; i++)
            if (ix->table[i].id.ino) *index_slot(&grown, ix->table[i].id) = ix->table[i];
        free(ix->table);
        *ix = grown;
    }
    index_entry *e = index_slot(ix, id);
    if (!e->id.ino) {
        e->id = id;
        ix->count++;
    }
    return e;
}

static bool entry_add_path(index_entry *e, const char *path)
{
    for (size_t i = 0; i < e->count; i++)
        if (strcmp(e->paths[i].path, path) == 0) return true; /* named twice: one path */
    if (e->count == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 4;
        index_path *p = realloc(e->paths, cap * sizeof *p);
        if (!p) return false;
        e->paths = p;
        e->cap = cap;
    }
    if (!(e->paths[e->count].path = strdup(path))) return false;
    e->paths[e->count].given = e->paths[e->count].body = false;
    e->count++;
    return true;
}

void al_walk_index_free(al_walk_index *ix)
{
    if (!ix) return;
    for (size_t i = 0; i < ix->cap; i++) {
        for (size_t k = 0; k < ix->table[i].count; k++)
            free(ix->table[i].paths[k].path);
        free(ix->table[i].paths);
    }
    free(ix->table);
    free(ix->replaced);
    free(ix);
}

/* A path's kind as its place gives it, ranked: a tool's own kind (0), the
 * content's guess (1), documentation and instructions (2). */
static int kind_tier(al_file_kind k)
{
    if (k == AL_KIND_AUTO) return 1;
    if (k == AL_KIND_DOCUMENTATION || k == AL_KIND_INSTRUCTIONS) return 2;
    return 0;
}

/* Among paths of one kind, a skill is best linted where Claude Code loads
 * it (.claude/skills, a plugin's skills/). */
static int path_rank(const char *path, al_file_kind k)
{
    if (k != AL_KIND_SKILL) return 0;
    char *root = NULL;
    al_kind_resolve(NULL, path, &root, NULL, 0);
    bool loaded = al_kind_claude_loads_skill(path, root);
    free(root);
    return loaded ? 0 : 1;
}

/* Which paths of e are given: one per kind of the best tier. */
static void decide(index_entry *e)
{
    al_file_kind kinds[64];
    size_t n = e->count < 64 ? e->count : 64;
    int best = 3;
    for (size_t i = 0; i < n; i++) {
        kinds[i] = al_kind_for_path(NULL, e->paths[i].path);
        if (kind_tier(kinds[i]) < best) best = kind_tier(kinds[i]);
    }
    bool body_given = false;
    for (size_t i = 0; i < n; i++) {
        if (kind_tier(kinds[i]) != best) continue;
        size_t pick = i;
        bool seen_before = false;
        for (size_t j = 0; j < n; j++) {
            if (kinds[j] != kinds[i]) continue;
            if (j < i) seen_before = true;
            if (path_rank(e->paths[j].path, kinds[j]) < path_rank(e->paths[pick].path, kinds[i]))
                pick = j;
        }
        if (seen_before || e->paths[pick].given) continue;
        e->paths[pick].given = true;
    }
    for (size_t i = 0; i < n; i++)
        if (e->paths[i].given && !body_given) body_given = e->paths[i].body = true;
}

al_walk_index *al_walk_index_new(const char *const *paths, size_t count)
{
    al_walk_index *ix = calloc(1, sizeof *ix);
    id_set candidates = {NULL, 0, 0}, seen = {NULL, 0, 0};
    al_walk *w = ix ? walk_new(paths, count, true, NULL) : NULL;
    bool ok = w != NULL;
    /* First the files that may be reached twice: through a link, with
     * several hard links, or (several paths named) found twice. */
    found f;
    int got;
    while (ok && (got = next_found(w, &f)) == 1) {
        if (!f.id.ino) continue;
        bool maybe_twice = f.via_link || f.links > 1;
        if (count > 1) {
            if (id_count(&seen, f.id)) maybe_twice = true;
            ok = id_add(&seen, f.id);
        }
        if (ok && maybe_twice) ok = id_add(&candidates, f.id);
    }
    if (ok && got < 0) ok = false;
    al_walk_free(w);
    free(seen.items);
    /* Then, only if there are such files, every path of each. */
    if (ok && candidates.count) {
        w = walk_new(paths, count, true, NULL);
        ok = w != NULL;
        while (ok && (got = next_found(w, &f)) == 1) {
            if (!f.id.ino || !id_count(&candidates, f.id)) continue;
            index_entry *e = index_add(ix, f.id);
            ok = e && entry_add_path(e, f.path);
        }
        if (ok && got < 0) ok = false;
        al_walk_free(w);
        for (size_t i = 0; ok && i < ix->cap; i++)
            if (ix->table[i].id.ino) decide(&ix->table[i]);
    }
    free(candidates.items);
    if (!ok) {
        al_walk_index_free(ix);
        return NULL;
    }
    return ix;
}

/* ---- the walk ---- */

al_walk *al_walk_new(const char *const *paths, size_t count, bool quiet, const al_walk_index *index)
{
    al_walk *w = walk_new(paths, count, quiet, index);
    if (w && !index) {
        if (!(w->own_index = al_walk_index_new(paths, count))) {
            al_walk_free(w);
            return NULL;
        }
        w->index = w->own_index;
    }
    return w;
}

int al_walk_next(al_walk *w, al_input *out)
{
    found f;
    int got;
    while ((got = next_found(w, &f)) == 1) {
        const index_entry *e = index_find(w->index, f.id);
        const index_path *here = NULL;
        for (size_t i = 0; e && i < e->count && !here; i++)
            if (strcmp(e->paths[i].path, f.path) == 0) here = &e->paths[i];
        /* a file the index does not know (the tree changed since) is given */
        if (here && !here->given) continue;
        if (here) {
            /* one path reached twice (named twice, or named and found) is given once */
            file_id key = {(unsigned long long)(uintptr_t)e,
                           (unsigned long long)(here - e->paths) + 1};
            if (id_count(&w->given, key)) continue;
            if (!id_add(&w->given, key)) return -1;
        }
        bool shared = false;
        for (size_t i = 0; here && i < e->count; i++)
            if (&e->paths[i] != here && e->paths[i].given) shared = true;
        size_t root_len = f.origin == AL_FILE_DISCOVERED && w->arg ? strlen(w->arg) : 0;
        *out = (al_input){f.path, f.origin,    f.leaves_tree, here && !here->body, shared,
                          root_len, f.id.ino != 0, f.id.dev,  f.id.ino};
        return 1;
    }
    return got;
}

bool al_walk_exclude(al_walk *w, unsigned long long dev, unsigned long long ino)
{
    return !ino || id_add(&w->excluded, (file_id){dev, ino});
}

bool al_walk_trouble(const al_walk *w)
{
    return w->trouble;
}

void al_walk_free(al_walk *w)
{
    if (!w) return;
    while (w->depth)
        leave(w);
    free_aliases(w);
    memo_clear(&w->links);
    free(w->folders.items);
    free(w->excluded.items);
    free(w->given.items);
    free(w->root);
    free(w->current);
    al_walk_index_free(w->own_index);
    free(w);
}
