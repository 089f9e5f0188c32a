#define _XOPEN_SOURCE 700 /* realpath */
#include "cli/walk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report/report.h"
#include "util/dirlist.h"

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    dir_id *items;
    size_t count, cap;
} dir_set;

/* "agentlint: PATH: " on standard error, the path escaped. */
static void say_path(const char *path)
{
    fputs("agentlint: ", stderr);
    al_path_escape(stderr, path);
    fputs(": ", stderr);
}

static bool push_input(al_input_list *list, const char *path, al_file_origin origin,
                       bool leaves_tree)
{
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 64;
        al_input *p = realloc(list->items, cap * sizeof *p);
        if (!p) return false;
        list->items = p;
        list->cap = cap;
    }
    char *copy = strdup(path);
    if (!copy) return false;
    struct stat st;
    bool known = stat(path, &st) == 0;
    list->items[list->count].path = copy;
    list->items[list->count].origin = origin;
    list->items[list->count].dev = known ? (unsigned long long)st.st_dev : 0;
    list->items[list->count].ino = known ? (unsigned long long)st.st_ino : 0;
    list->items[list->count].leaves_tree = leaves_tree;
    list->count++;
    return true;
}

static bool seen_before(dir_set *seen, const struct stat *st)
{
    for (size_t i = 0; i < seen->count; i++)
        if (seen->items[i].dev == st->st_dev && seen->items[i].ino == st->st_ino) return true;
    if (seen->count == seen->cap) {
        size_t cap = seen->cap ? seen->cap * 2 : 16;
        dir_id *p = realloc(seen->items, cap * sizeof *p);
        if (!p) return true; /* out of memory: stop descending */
        seen->items = p;
        seen->cap = cap;
    }
    seen->items[seen->count].dev = st->st_dev;
    seen->items[seen->count].ino = st->st_ino;
    seen->count++;
    return false;
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

/* Whether path, resolved, is outside the folder root (resolved): --fix
 * must not write through a symlink out of the tree it was given. */
static bool outside(const char *root, const char *path)
{
    if (!root) return false;
    char *real = realpath(path, NULL);
    if (!real) return true;
    size_t rl = strlen(root);
    bool out = !(strncmp(real, root, rl) == 0 && (real[rl] == '/' || (rl == 1 && root[0] == '/')));
    free(real);
    return out;
}

static bool walk_dir(al_input_list *list, const char *dir, const char *root, dir_set *seen,
                     int depth, bool via_link)
{
    if (depth > 64) {
        say_path(dir);
        fputs("directories nested too deep; not descending\n", stderr);
        return false;
    }
    char **names;
    size_t count;
    int list_err = al_dir_sorted_names(dir, &names, &count);
    if (list_err) {
        say_path(dir);
        fprintf(stderr, "%s\n", strerror(list_err));
        return false;
    }
    bool ok = true;
    size_t dlen = strlen(dir);
    bool slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = 0; i < count; i++) {
        size_t len = dlen + 1 + strlen(names[i]) + 1;
        char *path = malloc(len);
        if (!path) {
            ok = false;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", names[i]);
        /* lstat first: only an entry reached through a symlink (this one or
         * a folder above it) can lead out of the tree, so only then is its
         * real path worth resolving. */
        struct stat st;
        int got = lstat(path, &st);
        bool link = got == 0 && S_ISLNK(st.st_mode);
        if (link) got = stat(path, &st);
        if (got != 0) {
            /* A dangling link is not worth failing over; anything else is. */
            if (errno != ENOENT) {
                int e = errno;
                say_path(path);
                fprintf(stderr, "%s\n", strerror(e));
                ok = false;
            }
        } else if (S_ISDIR(st.st_mode)) {
            if (!seen_before(seen, &st))
                ok = walk_dir(list, path, root, seen, depth + 1, via_link || link) && ok;
        } else if (S_ISREG(st.st_mode) && wanted(path, names[i])) {
            ok = push_input(list, path, AL_FILE_DISCOVERED,
                            (via_link || link) && outside(root, path)) &&
                 ok;
        }
        free(path);
    }
    al_dir_names_free(names, count);
    return ok;
}

bool al_walk_path(al_input_list *list, const char *path)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        dir_set seen = {NULL, 0, 0};
        seen_before(&seen, &st);
        char *root = realpath(path, NULL);
        bool ok = walk_dir(list, path, root, &seen, 0, false);
        free(root);
        free(seen.items);
        return ok;
    }
    /* Files, and paths that do not exist, are reported when read. */
    return push_input(list, path, AL_FILE_EXPLICIT, false);
}

static int compare_ids(const void *pa, const void *pb)
{
    const al_input *a = *(const al_input *const *)pa, *b = *(const al_input *const *)pb;
    if (a->dev != b->dev) return a->dev < b->dev ? -1 : 1;
    if (a->ino != b->ino) return a->ino < b->ino ? -1 : 1;
    return a < b ? -1 : a > b;
}

void al_input_list_dedupe(al_input_list *list)
{
    if (list->count < 2) return;
    al_input **order = malloc(list->count * sizeof *order);
    if (!order) return;
    for (size_t i = 0; i < list->count; i++)
        order[i] = &list->items[i];
    qsort(order, list->count, sizeof *order, compare_ids);
    for (size_t i = 1; i < list->count; i++)
        if (order[i]->ino && order[i]->dev == order[i - 1]->dev &&
            order[i]->ino == order[i - 1]->ino) {
            free(order[i]->path);
            order[i]->path = NULL; /* the earlier one stays */
        }
    free(order);
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        if (list->items[i].path) list->items[n++] = list->items[i];
    list->count = n;
}

void al_input_list_free(al_input_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i].path);
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
}
