/* Reading the files to lint and writing fixed text back in place. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cli/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int al_read_file(const char *path, char **data, size_t *len, size_t limit)
{
    *data = NULL;
    *len = 0;
    /* O_NONBLOCK: a FIFO named on the command line must not hang the run. */
    int fd = path ? open(path, O_RDONLY | O_NONBLOCK) : 0;
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        if (path) close(fd);
        return e;
    }
    if (S_ISDIR(st.st_mode) || (path && !S_ISREG(st.st_mode))) {
        if (path) close(fd);
        return S_ISDIR(st.st_mode) ? EISDIR : ENOTSUP;
    }
    size_t cap = (size_t)st.st_size < limit ? (size_t)st.st_size + 1 : 65536;
    char *buf = malloc(cap);
    if (!buf) {
        if (path) close(fd);
        return ENOMEM;
    }
    size_t n = 0;
    for (;;) {
        if (n == cap) {
            if (cap > limit) break;
            size_t ncap = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
            char *p = realloc(buf, ncap);
            if (!p) {
                free(buf);
                if (path) close(fd);
                return ENOMEM;
            }
            buf = p;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            if (path) close(fd);
            return e;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    if (path) close(fd);
    *data = buf;
    *len = n;
    return 0;
}

int al_write_atomically(const char *path, const char *data, size_t len)
{
    char *target = NULL;
    struct stat lst;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) target = realpath(path, NULL);
    const char *real = target ? target : path;
    struct stat st;
    if (stat(real, &st) != 0) {
        int e = errno;
        free(target);
        return e;
    }
    size_t pl = strlen(real);
    char *tmp = malloc(pl + 32);
    if (!tmp) {
        free(target);
        return ENOMEM;
    }
    const char *slash = strrchr(real, '/');
    size_t dl = slash ? (size_t)(slash - real) + 1 : 0;
    snprintf(tmp, pl + 32, "%.*s.%s.agentlint-XXXXXX", (int)dl, real, real + dl);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        free(target);
        return e;
    }
    int e = 0;
    size_t off = 0;
    while (off < len && !e) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno != EINTR) e = errno;
        } else {
            off += (size_t)w;
        }
    }
    if (!e && fchmod(fd, st.st_mode & 07777) != 0) e = errno;
    if (!e && fsync(fd) != 0) e = errno;
    if (close(fd) != 0 && !e) e = errno;
    if (!e && rename(tmp, real) != 0) e = errno;
    if (e) unlink(tmp);
    free(tmp);
    free(target);
    return e;
}
