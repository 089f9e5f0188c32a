/* The workspace index and its background scan. The scan thread owns
 * nothing the server thread touches: it has its own configuration cache,
 * builds a new index and hands it over under the lock; the server swaps it
 * in when it wakes (the scan writes a byte to wake_fd). */
#include "lsp/workspace.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/dirlist.h"
#include "util/vec.h"

/* Limits that keep a huge folder (a home directory) from eating the
 * machine: files beyond these are not scanned. */
#define MAX_SCAN_FILES 50000
#define MAX_DEPTH      64

/* ---- order and index ---- */

int lsp_path_order(const char *a, const char *b)
{
    for (;;) {
        size_t la = strcspn(a, "/"), lb = strcspn(b, "/");
        size_t l = la < lb ? la : lb;
        int c = memcmp(a, b, l);
        if (c) return c;
        if (la != lb) return la < lb ? -1 : 1;
        if (!a[la] || !b[lb]) return (a[la] != 0) - (b[lb] != 0);
        a += la + 1;
        b += lb + 1;
    }
}

static void index_free(lsp_ws_index *idx)
{
    for (size_t i = 0; i < idx->count; i++) {
        free(idx->items[i].path);
        al_result_free(idx->items[i].res);
    }
    free(idx->items);
    memset(idx, 0, sizeof *idx);
}

/* Where path is or would go. */
static size_t index_slot(const lsp_ws_index *idx, const char *path, bool *found)
{
    size_t lo = 0, hi = idx->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = lsp_path_order(idx->items[mid].path, path);
        if (c == 0) {
            *found = true;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = false;
    return lo;
}

static bool index_append(lsp_ws_index *idx, char *path, al_result *res)
{
    if (idx->count == idx->cap) {
        lsp_ws_entry *n = al_vec_grow(idx->items, &idx->cap, sizeof *n, 64);
        if (!n) return false;
        idx->items = n;
    }
    idx->items[idx->count].path = path;
    idx->items[idx->count].res = res;
    idx->count++;
    return true;
}

/* ---- linting a file from disk ---- */

static int read_file(const char *path, char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (size_t)st.st_size > AL_DEFAULT_MAX_FILE_SIZE) {
        close(fd);
        return EINVAL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        return ENOMEM;
    }
    for (;;) {
        if (n == cap) break; /* grew while read: the first st_size bytes do */
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            close(fd);
            return e;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    *data = buf;
    *len = n;
    return 0;
}

/* The result of linting path from disk when it is an agent (it has a
 * name); NULL otherwise. */
static al_result *lint_agent_file(lsp_configs *configs, const al_options *base, const char *path)
{
    char *data;
    size_t len;
    if (read_file(path, &data, &len) != 0) return NULL;
    bool ignored;
    al_options *opts = lsp_configs_options(configs, base, path, &ignored, NULL);
    al_result *res = NULL;
    if (opts && !ignored) res = al_lint_buffer(opts, path, data, len, AL_FILE_DISCOVERED);
    al_options_free(opts);
    free(data);
    if (res && !al_result_agent_name(res)) {
        al_result_free(res);
        res = NULL;
    }
    return res;
}

/* ---- the scan ---- */

typedef struct {
    lsp_workspace *ws;
    lsp_ws_index *out;
    lsp_configs configs;
    size_t files;
    struct stat *dirs; /* entered, against symlink loops */
    size_t dir_count;
} scan_state;

static bool entered_before(scan_state *s, const struct stat *st)
{
    for (size_t i = 0; i < s->dir_count; i++)
        if (s->dirs[i].st_dev == st->st_dev && s->dirs[i].st_ino == st->st_ino) return true;
    struct stat *n = realloc(s->dirs, (s->dir_count + 1) * sizeof *n);
    if (!n) return true;
    s->dirs = n;
    s->dirs[s->dir_count++] = *st;
    return false;
}

static void scan_dir(scan_state *s, const char *dir, int depth)
{
    if (depth > MAX_DEPTH || atomic_load(&s->ws->stop)) return;
    char **names;
    size_t count;
    if (al_dir_sorted_names(dir, &names, &count) != 0) return;
    for (size_t i = 0; i < count; i++) {
        if (atomic_load(&s->ws->stop) || s->files >= MAX_SCAN_FILES) break;
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path) break;
        snprintf(path, len, "%s/%s", dir, names[i]);
        struct stat st;
        size_t nl = strlen(names[i]);
        if (stat(path, &st) != 0) {
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            if (!entered_before(s, &st)) scan_dir(s, path, depth + 1);
            free(path);
        } else if (S_ISREG(st.st_mode) && nl > 3 && strcmp(names[i] + nl - 3, ".md") == 0) {
            s->files++;
            al_result *res = lint_agent_file(&s->configs, s->ws->base, path);
            if (!res || !index_append(s->out, path, res)) {
                al_result_free(res);
                free(path);
            }
        } else {
            free(path);
        }
    }
    al_dir_names_free(names, count);
}

static int compare_entries(const void *a, const void *b)
{
    return lsp_path_order(((const lsp_ws_entry *)a)->path, ((const lsp_ws_entry *)b)->path);
}

static void *scan_main(void *arg)
{
    lsp_workspace *ws = arg;
    scan_state s = {ws, calloc(1, sizeof(lsp_ws_index)), {NULL, 0}, 0, NULL, 0};
    if (s.out) {
        for (size_t i = 0; i < ws->folder_count; i++) {
            struct stat st;
            if (stat(ws->folders[i], &st) == 0 && S_ISDIR(st.st_mode) && !entered_before(&s, &st))
                scan_dir(&s, ws->folders[i], 0);
        }
        if (s.files >= MAX_SCAN_FILES)
            fprintf(stderr, "agentlint lsp: workspace scan stopped after %d files\n",
                    MAX_SCAN_FILES);
    }
    lsp_configs_clear(&s.configs);
    free(s.dirs);
    if (!s.out) return NULL;
    /* Several folders: one order for the whole index (each folder's walk
     * is already in it). */
    if (s.out->count > 1) qsort(s.out->items, s.out->count, sizeof *s.out->items, compare_entries);
    if (atomic_load(&ws->stop)) {
        index_free(s.out);
        free(s.out);
        return NULL;
    }
    pthread_mutex_lock(&ws->lock);
    if (ws->finished) {
        index_free(ws->finished);
        free(ws->finished);
    }
    ws->finished = s.out;
    ws->files_scanned = s.files;
    pthread_mutex_unlock(&ws->lock);
    if (ws->wake_fd >= 0) {
        ssize_t w;
        do
            w = write(ws->wake_fd, "w", 1);
        while (w < 0 && errno == EINTR);
    }
    return NULL;
}

/* ---- the workspace ---- */

void lsp_workspace_init(lsp_workspace *ws, const al_options *base, int wake_fd)
{
    memset(ws, 0, sizeof *ws);
    ws->base = base;
    ws->wake_fd = wake_fd;
    atomic_init(&ws->stop, false);
    pthread_mutex_init(&ws->lock, NULL);
}

void lsp_workspace_stop(lsp_workspace *ws)
{
    if (!ws->running) return;
    atomic_store(&ws->stop, true);
    pthread_join(ws->thread, NULL);
    ws->running = false;
    atomic_store(&ws->stop, false);
}

void lsp_workspace_free(lsp_workspace *ws)
{
    lsp_workspace_stop(ws);
    for (size_t i = 0; i < ws->folder_count; i++)
        free(ws->folders[i]);
    free(ws->folders);
    index_free(&ws->index);
    if (ws->finished) {
        index_free(ws->finished);
        free(ws->finished);
    }
    pthread_mutex_destroy(&ws->lock);
}

bool lsp_workspace_add_folder(lsp_workspace *ws, const char *path)
{
    char *abs = al_path_absolute(path);
    if (!abs) return false;
    size_t n = strlen(abs);
    while (n > 1 && abs[n - 1] == '/')
        abs[--n] = '\0';
    for (size_t i = 0; i < ws->folder_count; i++)
        if (strcmp(ws->folders[i], abs) == 0) {
            free(abs);
            return true;
        }
    char **f = realloc(ws->folders, (ws->folder_count + 1) * sizeof *f);
    if (!f) {
        free(abs);
        return false;
    }
    ws->folders = f;
    ws->folders[ws->folder_count++] = abs;
    return true;
}

bool lsp_workspace_scan(lsp_workspace *ws)
{
    lsp_workspace_stop(ws);
    if (ws->folder_count == 0) return true;
    if (pthread_create(&ws->thread, NULL, scan_main, ws) != 0) return false;
    ws->running = true;
    return true;
}

bool lsp_workspace_collect(lsp_workspace *ws)
{
    pthread_mutex_lock(&ws->lock);
    lsp_ws_index *done = ws->finished;
    ws->finished = NULL;
    pthread_mutex_unlock(&ws->lock);
    if (!done) return false;
    /* The thread has finished its work; reap it. */
    if (ws->running) {
        pthread_join(ws->thread, NULL);
        ws->running = false;
    }
    index_free(&ws->index);
    ws->index = *done;
    free(done);
    ws->ready = true;
    return true;
}

const char *lsp_workspace_folder_of(const lsp_workspace *ws, const char *path)
{
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < ws->folder_count; i++) {
        const char *f = ws->folders[i];
        size_t n = strlen(f);
        bool root = n == 1 && f[0] == '/';
        if (strncmp(path, f, n) == 0 && (root || path[n] == '/') && n >= best_len) {
            best = f;
            best_len = n;
        }
    }
    return best;
}

static bool is_markdown(const char *path)
{
    size_t n = strlen(path);
    return n > 3 && strcmp(path + n - 3, ".md") == 0;
}

void lsp_workspace_refresh_file(lsp_workspace *ws, lsp_configs *configs, const char *path,
                                char **old_name, char **new_name)
{
    *old_name = *new_name = NULL;
    bool found;
    size_t i = index_slot(&ws->index, path, &found);
    if (found) {
        const char *n = al_result_agent_name(ws->index.items[i].res);
        *old_name = n ? strdup(n) : NULL;
    }
    al_result *res = NULL;
    if (lsp_workspace_folder_of(ws, path) && is_markdown(path))
        res = lint_agent_file(configs, ws->base, path);
    if (res) {
        const char *n = al_result_agent_name(res);
        *new_name = n ? strdup(n) : NULL;
    }
    if (found && res) {
        al_result_free(ws->index.items[i].res);
        ws->index.items[i].res = res;
    } else if (found) {
        free(ws->index.items[i].path);
        al_result_free(ws->index.items[i].res);
        memmove(&ws->index.items[i], &ws->index.items[i + 1],
                (ws->index.count - i - 1) * sizeof ws->index.items[0]);
        ws->index.count--;
    } else if (res) {
        char *copy = strdup(path);
        if (!copy || !index_append(&ws->index, copy, res)) {
            free(copy);
            al_result_free(res);
            return;
        }
        /* Move the appended entry to its place. */
        lsp_ws_entry e = ws->index.items[ws->index.count - 1];
        memmove(&ws->index.items[i + 1], &ws->index.items[i], (ws->index.count - 1 - i) * sizeof e);
        ws->index.items[i] = e;
    }
}
