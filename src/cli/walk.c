#define _XOPEN_SOURCE 700 /* realpath */
#include "cli/walk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report/report.h"
#include "util/dirlist.h"

#define MAX_DEPTH 64

typedef struct {
    unsigned long long dev, ino;
} file_id;

/* A set of file ids (open addressing; ino 0 marks a free slot). */
typedef struct {
    file_id *items;
    size_t count, cap;
} id_set;

/* A folder being walked: its sorted names and the next one to look at. */
typedef struct {
    char *path;
    char **names;
    size_t count, next;
    bool via_link; /* reached through a symlink */
} frame;

struct al_walk {
    const char *const *paths;
    size_t path_count, next_path;
    bool quiet, trouble, have_stdin;
    /* More than one path named: any file may be named or found twice, so
     * every file's id is kept. With one path, only a file that can be
     * reached twice (through a symlink, or a hard link) is. */
    bool keep_all_ids;
    id_set files;   /* the files given, those that may come again */
    id_set folders; /* the folders entered under the current path */
    id_set excluded; /* the files the run writes itself */
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

static file_id *id_slot(const id_set *set, file_id id)
{
    for (size_t i = id_hash(id) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        file_id *s = &set->items[i];
        if (!s->ino || (s->ino == id.ino && s->dev == id.dev)) return s;
    }
}

static bool id_has(const id_set *set, file_id id)
{
    return set->cap && id_slot(set, id)->ino;
}

/* False when out of memory. */
static bool id_add(id_set *set, file_id id)
{
    if ((set->count + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        file_id *items = calloc(cap, sizeof *items);
        if (!items) return false;
        id_set grown = {items, set->count, cap};
        for (size_t i = 0; i < set->cap; i++)
            if (set->items[i].ino) *id_slot(&grown, set->items[i]) = set->items[i];
        free(set->items);
        *set = grown;
    }
    file_id *s = id_slot(set, id);
    if (!s->ino) {
        *s = id;
        set->count++;
    }
    return true;
}

static bool ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0;
}

/* Markdown files, and the other files the kind table knows (Cursor's .mdc
 * rules, plugin manifests): only those it places are linted. */
static bool wanted(const char *path, const char *name)
{
    if (ends_with(name, ".md")) return true;
    if (!ends_with(name, ".mdc") && !ends_with(name, ".json")) return false;
    al_file_kind k = al_kind_for_path(NULL, path);
    return k == AL_KIND_CURSOR_RULE || k == AL_KIND_PLUGIN_MANIFEST;
}

/* The next component of *p (skipping slashes) and its length. */
static const char *component(const char **p, size_t *len)
{
    while (**p == '/')
        (*p)++;
    const char *start = *p;
    while (**p && **p != '/')
        (*p)++;
    *len = (size_t)(*p - start);
    return start;
}

/* The walk's order of two paths under the same folder: component by
 * component, each compared byte-wise (the folders' sorted names). */
static int walk_order(const char *a, const char *b)
{
    for (;;) {
        size_t la, lb;
        const char *ca = component(&a, &la), *cb = component(&b, &lb);
        if (!la || !lb) return (int)(la != 0) - (int)(lb != 0);
        size_t n = la < lb ? la : lb;
        int c = memcmp(ca, cb, n);
        if (c) return c;
        if (la != lb) return la < lb ? -1 : 1;
    }
}

/* Whether the walk skips a path under the folder (.git, node_modules). */
static bool skipped_below(const char *rel)
{
    size_t len;
    for (const char *c; (c = component(&rel, &len)), len;)
        if ((len == 4 && memcmp(c, ".git", 4) == 0) ||
            (len == 12 && memcmp(c, "node_modules", 12) == 0))
            return true;
    return false;
}

/* Whether real (resolved) is in the folder root (resolved). */
static bool inside(const char *root, const char *real)
{
    if (!root || !real) return false;
    size_t rl = strlen(root);
    return strncmp(real, root, rl) == 0 && (real[rl] == '/' || (rl == 1 && root[0] == '/'));
}

/* A file reached through a symlink (real: its resolved path) whose real
 * path is in the folder too: the walk finds it there without a link, and
 * that place comes first when it sorts before this one. Only the files
 * reached through links keep their ids, so this is how a file found
 * directly first is known when a link to it comes later. */
static bool found_directly_before(const al_walk *w, const char *path, const char *real)
{
    if (!inside(w->root, real)) return false;
    const char *direct = real + strlen(w->root), *here = path + strlen(w->arg);
    return !skipped_below(direct) && walk_order(direct, here) < 0;
}

/* Whether this file is given now: not given before. */
static bool first_time(al_walk *w, const struct stat *st, bool reached_by_link, const char *path,
                       const char *real)
{
    file_id id = {(unsigned long long)st->st_dev, (unsigned long long)st->st_ino};
    if (!id.ino) return true;
    if (id_has(&w->files, id)) return false;
    if (reached_by_link && real && found_directly_before(w, path, real)) return false;
    if (w->keep_all_ids || reached_by_link || st->st_nlink > 1)
        if (!id_add(&w->files, id)) w->trouble = true; /* out of memory: may repeat a file */
    return true;
}

/* st: the file's, or NULL (not there, or standard input). */
static bool give(al_walk *w, al_input *out, const char *path, al_file_origin origin,
                 bool leaves_tree, const struct stat *st)
{
    free(w->current);
    w->current = strdup(path);
    if (!w->current) return false;
    out->path = w->current;
    out->origin = origin;
    out->leaves_tree = leaves_tree;
    out->root_len = origin == AL_FILE_DISCOVERED && w->arg ? strlen(w->arg) : 0;
    out->exists = st != NULL;
    out->dev = st ? (unsigned long long)st->st_dev : 0;
    out->ino = st ? (unsigned long long)st->st_ino : 0;
    return true;
}

static bool excluded(const al_walk *w, const struct stat *st)
{
    file_id id = {(unsigned long long)st->st_dev, (unsigned long long)st->st_ino};
    return id.ino && id_has(&w->excluded, id);
}

bool al_walk_same_file(al_walk *w, unsigned long long old_dev, unsigned long long old_ino,
                       unsigned long long dev, unsigned long long ino)
{
    file_id was = {old_dev, old_ino}, now = {dev, ino};
    return !was.ino || !now.ino || !id_has(&w->files, was) || id_add(&w->files, now);
}

bool al_walk_exclude(al_walk *w, unsigned long long dev, unsigned long long ino)
{
    file_id id = {dev, ino};
    return !ino || id_add(&w->excluded, id);
}

/* Enters dir: its sorted names on the stack. */
static void enter(al_walk *w, const char *dir, bool via_link)
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
    w->depth++;
}

static void leave(al_walk *w)
{
    frame *f = &w->stack[--w->depth];
    al_dir_names_free(f->names, f->count);
    free(f->path);
}

/* The next entry of the innermost folder: 1 a file given, 0 not (a
 * folder entered, something skipped), -1 out of memory. */
static int step(al_walk *w, al_input *out)
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
    } else if (S_ISDIR(st.st_mode)) {
        file_id id = {(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
        if (!id_has(&w->folders, id)) {
            if (!id_add(&w->folders, id))
                given = -1; /* out of memory: stop descending */
            else
                enter(w, path, via_link);
        }
    } else if (S_ISREG(st.st_mode) && wanted(path, name) && !excluded(w, &st)) {
        char *real = via_link ? realpath(path, NULL) : NULL;
        /* --fix must not write through a symlink out of the folder named. */
        bool out_of_tree = via_link && w->root && !inside(w->root, real);
        if (first_time(w, &st, via_link, path, real))
            given = give(w, out, path, AL_FILE_DISCOVERED, out_of_tree, &st) ? 1 : -1;
        free(real);
    }
    free(path);
    return given;
}

/* The next path named: a file given (1), a folder entered (0). */
static int next_named(al_walk *w, al_input *out)
{
    const char *p = w->paths[w->next_path++];
    if (strcmp(p, "-") == 0) {
        if (w->have_stdin) return 0; /* stdin can be read once */
        w->have_stdin = true;
        return give(w, out, p, AL_FILE_EXPLICIT, false, NULL) ? 1 : -1;
    }
    struct stat st;
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
        free(w->folders.items);
        w->folders = (id_set){NULL, 0, 0};
        free(w->root);
        w->root = realpath(p, NULL);
        w->arg = p;
        file_id id = {(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
        if (!id_add(&w->folders, id)) return -1;
        enter(w, p, false);
        return 0;
    }
    /* Files, and paths that do not exist (reported when read). */
    bool there = stat(p, &st) == 0;
    if (there && !first_time(w, &st, false, p, NULL)) return 0;
    return give(w, out, p, AL_FILE_EXPLICIT, false, there ? &st : NULL) ? 1 : -1;
}

al_walk *al_walk_new(const char *const *paths, size_t count, bool quiet)
{
    al_walk *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->paths = paths;
    w->path_count = count;
    w->quiet = quiet;
    w->keep_all_ids = count > 1;
    return w;
}

int al_walk_next(al_walk *w, al_input *out)
{
    for (;;) {
        int r;
        if (w->depth)
            r = step(w, out);
        else if (w->next_path < w->path_count)
            r = next_named(w, out);
        else
            return 0;
        if (r) return r;
    }
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
    free(w->files.items);
    free(w->folders.items);
    free(w->excluded.items);
    free(w->root);
    free(w->current);
    free(w);
}
