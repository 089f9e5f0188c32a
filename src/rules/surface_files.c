#define _XOPEN_SOURCE 700 /* realpath */
#include "rules/surface_files.h"

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *al_path_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return strdup(".");
    if (slash == path) return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

char *al_path_join(const char *dir, const char *rel, size_t rel_len)
{
    if (rel_len && rel[0] == '/') return strndup(rel, rel_len);
    size_t dl = strlen(dir);
    char *out = malloc(dl + 1 + rel_len + 1);
    if (!out) return NULL;
    memcpy(out, dir, dl);
    out[dl] = '/';
    memcpy(out + dl + 1, rel, rel_len);
    out[dl + 1 + rel_len] = '\0';
    return out;
}

char *al_repository_root(const char *path)
{
    char *dir = al_path_dir(path);
    char *cur = dir ? realpath(dir, NULL) : NULL;
    free(dir);
    while (cur) {
        size_t n = strlen(cur);
        char *probe = malloc(n + sizeof "/.git");
        if (!probe) break;
        memcpy(probe, cur, n);
        strcpy(probe + n, "/.git");
        struct stat st;
        bool found = stat(probe, &st) == 0;
        free(probe);
        if (found) return cur;
        char *slash = strrchr(cur, '/');
        if (!slash || (slash == cur && cur[1] == '\0')) break; /* at / */
        if (slash == cur)
            cur[1] = '\0';
        else
            *slash = '\0';
    }
    free(cur);
    return realpath(".", NULL);
}

bool al_path_inside(const char *root, const char *real)
{
    if (!root || !real) return false;
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/') return real[0] == '/';
    return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

char *al_read_small_file(const char *path, size_t max, size_t *len)
{
    /* O_NONBLOCK: a FIFO put in the file's place must not hang the run */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= max) {
        size_t want = (size_t)st.st_size, got = 0;
        buf = malloc(want + 1);
        while (buf && got < want) {
            ssize_t r = read(fd, buf + got, want - got);
            if (r <= 0) break;
            got += (size_t)r;
        }
        if (buf) {
            buf[got] = '\0';
            *len = got;
        }
    }
    close(fd);
    return buf;
}
