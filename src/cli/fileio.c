/* Reading the files to lint and writing fixed text back in place. */
#define _GNU_SOURCE /* realpath, fallocate, xattrs */
#include "cli/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#ifndef NAME_MAX
#define NAME_MAX 255
#endif
#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

static void take_stamp(al_file_stamp *stamp, const struct stat *st)
{
    stamp->known = true;
    stamp->dev = (unsigned long long)st->st_dev;
    stamp->ino = (unsigned long long)st->st_ino;
    stamp->size = (unsigned long long)st->st_size;
    stamp->mtime_sec = (long long)st->st_mtim.tv_sec;
    stamp->mtime_nsec = st->st_mtim.tv_nsec;
}

static bool stamp_matches(const al_file_stamp *stamp, const struct stat *st)
{
    return !stamp || !stamp->known ||
           (stamp->dev == (unsigned long long)st->st_dev &&
            stamp->ino == (unsigned long long)st->st_ino &&
            stamp->size == (unsigned long long)st->st_size &&
            stamp->mtime_sec == (long long)st->st_mtim.tv_sec &&
            stamp->mtime_nsec == st->st_mtim.tv_nsec);
}

int al_read_file(const char *path, char **data, size_t *len, size_t limit, al_file_stamp *stamp)
{
    *data = NULL;
    *len = 0;
    if (stamp) memset(stamp, 0, sizeof *stamp);
    /* O_NONBLOCK: a FIFO named on the command line must not hang the run. */
    int fd = path ? open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : 0;
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
    unsigned long long beyond = 0; /* bytes of standard input past the limit */
    char sink[65536];
    for (;;) {
        bool full = n == cap && cap > limit;
        if (full && path) break;
        if (n == cap && !full) {
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
        /* Past the limit, standard input is only counted: its real size
         * goes into the message, and nothing of it is echoed. */
        ssize_t r = full ? read(fd, sink, sizeof sink) : read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            if (path) close(fd);
            return e;
        }
        if (r == 0) break;
        if (full)
            beyond += (unsigned long long)r;
        else
            n += (size_t)r;
    }
    if (path) close(fd);
    if (stamp) {
        if (path) take_stamp(stamp, &st);
        stamp->size = path && (unsigned long long)st.st_size > n ? (unsigned long long)st.st_size
                                                                 : n + beyond;
    }
    *data = buf;
    *len = n;
    return 0;
}

/* ---- temporary files, removed on SIGINT and SIGTERM ---- */

/* The handler may only read what is complete: a slot's name is written
 * while its flag is 0 and signals are blocked. One write runs at a time
 * (on the main thread); the spare slots cost nothing. */
#define TEMP_SLOTS 4
static char temp_names[TEMP_SLOTS][PATH_MAX];
static volatile sig_atomic_t temp_live[TEMP_SLOTS];

static void remove_temps_and_die(int sig)
{
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (temp_live[i]) unlink(temp_names[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

void al_cleanup_on_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_temps_and_die;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGTERM);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigprocmask(SIG_BLOCK, &set, old);
}

int al_temp_create(const char *path, char *tmp, size_t tmp_size)
{
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dl;
    /* ".NAME.agentlint-XXXXXX" is 18 bytes longer than NAME: for a name near
     * NAME_MAX, a short name of the same pattern. */
    bool short_name = strlen(base) + 18 > NAME_MAX;
    int n = short_name ? snprintf(tmp, tmp_size, "%.*s.agentlint-XXXXXX", (int)dl, path)
                       : snprintf(tmp, tmp_size, "%.*s.%s.agentlint-XXXXXX", (int)dl, path, base);
    if (n < 0 || (size_t)n >= tmp_size || (size_t)n >= PATH_MAX) {
        errno = ENAMETOOLONG;
        return -1;
    }
    sigset_t old;
    block_signals(&old);
    int fd = mkostemp(tmp, O_CLOEXEC);
    int e = errno;
    if (fd >= 0) {
        for (int i = 0; i < TEMP_SLOTS; i++)
            if (!temp_live[i]) {
                memcpy(temp_names[i], tmp, (size_t)n + 1);
                temp_live[i] = 1;
                break;
            }
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return fd;
}

void al_temp_release(const char *tmp, bool unlink_it)
{
    sigset_t old;
    block_signals(&old);
    if (unlink_it) unlink(tmp);
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (temp_live[i] && strcmp(temp_names[i], tmp) == 0) {
            temp_live[i] = 0;
            break;
        }
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* ---- writing ---- */

static int write_all(int fd, const char *data, size_t len)
{
    size_t off = 0;
    while (off < len) {
        ssize_t w = pwrite(fd, data + off, len - off, (off_t)off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        off += (size_t)w;
    }
    return 0;
}

/* Copies every extended attribute of from onto to (ACLs and security
 * labels included); returns 0 or an errno. */
static int copy_xattrs(int from, int to)
{
    ssize_t size = flistxattr(from, NULL, 0);
    if (size < 0) return errno == ENOTSUP ? 0 : errno;
    if (size == 0) return 0;
    char *names = malloc((size_t)size);
    if (!names) return ENOMEM;
    size = flistxattr(from, names, (size_t)size);
    int e = size < 0 ? errno : 0;
    for (ssize_t i = 0; !e && i < size; i += (ssize_t)strlen(names + i) + 1) {
        const char *name = names + i;
        ssize_t vs = fgetxattr(from, name, NULL, 0);
        if (vs < 0) {
            e = errno;
            break;
        }
        char *value = malloc(vs ? (size_t)vs : 1);
        if (!value) {
            e = ENOMEM;
            break;
        }
        vs = fgetxattr(from, name, value, (size_t)vs);
        if (vs < 0 || fsetxattr(to, name, value, (size_t)vs, 0) != 0) e = errno;
        free(value);
    }
    free(names);
    return e;
}

/* Rewrites the open file in place: the space is reserved first, so that a
 * full disk fails before the first byte changes. */
static int write_in_place(const char *real, const al_file_stamp *stamp, const char *data,
                          size_t len, const char **why)
{
    int fd = open(real, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return errno;
    struct stat st;
    int e = fstat(fd, &st) != 0 ? errno : 0;
    if (!e && !stamp_matches(stamp, &st)) {
        close(fd);
        *why = "the file changed on disk since it was read; not overwritten";
        return -1;
    }
    if (!e && len > (size_t)st.st_size && fallocate(fd, 0, 0, (off_t)len) != 0 &&
        errno != EOPNOTSUPP && errno != ENOSYS)
        e = errno;
    if (!e) e = write_all(fd, data, len);
    if (!e && ftruncate(fd, (off_t)len) != 0) e = errno;
    if (!e && fsync(fd) != 0) e = errno;
    if (close(fd) != 0 && !e) e = errno;
    return e;
}

/* The atomic replacement; returns 0, an errno, or -1 with *why (changed
 * meanwhile), or -2 when the replacement cannot carry the original's owner
 * or attributes (the caller writes in place instead). */
static int replace(const char *real, int orig_fd, const struct stat *st, const al_file_stamp *stamp,
                   const char *data, size_t len, const char **why)
{
    char tmp[PATH_MAX];
    int fd = al_temp_create(real, tmp, sizeof tmp);
    if (fd < 0) return errno;
    int e = write_all(fd, data, len);
    int keep = 0; /* what cannot be kept: write in place instead */
    /* The new file's group may come from a set-group-ID folder: compare
     * with what it got, not with who we are. */
    struct stat made;
    if (!e && fstat(fd, &made) != 0) e = errno;
    if (!e && (made.st_uid != st->st_uid || made.st_gid != st->st_gid) &&
        fchown(fd, st->st_uid, st->st_gid) != 0)
        keep = -2;
    if (!e && !keep && fchmod(fd, st->st_mode & 07777) != 0) e = errno;
    if (!e && !keep && copy_xattrs(orig_fd, fd) != 0) keep = -2;
    if (!e && !keep && fsync(fd) != 0) e = errno;
    if (close(fd) != 0 && !e) e = errno;
    struct stat now;
    if (!e && !keep && stat(real, &now) == 0 && !stamp_matches(stamp, &now)) {
        *why = "the file changed on disk since it was read; not overwritten";
        keep = -1;
    }
    if (!e && !keep && rename(tmp, real) != 0) e = errno;
    al_temp_release(tmp, e || keep);
    return e ? e : keep;
}

int al_write_fixed(const char *path, const char *data, size_t len, const al_file_stamp *stamp,
                   const char **why)
{
    *why = NULL;
    char *target = NULL;
    struct stat lst;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) target = realpath(path, NULL);
    const char *real = target ? target : path;
    int e = 0;
    int fd = open(real, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        e = errno;
    } else if (!S_ISREG(st.st_mode)) {
        e = ENOTSUP;
    } else if (!stamp_matches(stamp, &st)) {
        *why = "the file changed on disk since it was read; not overwritten";
        e = -1;
    } else if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
        /* Even root, who could: the mode says the file is not to change. */
        *why = "the file is read-only (no write permission bit); left as it is";
        e = -1;
    } else if (access(real, W_OK) != 0) {
        e = errno;
    } else if (st.st_nlink > 1) {
        /* A rename would leave the other names on the old text. */
        e = write_in_place(real, stamp, data, len, why);
    } else {
        e = replace(real, fd, &st, stamp, data, len, why);
        if (e == -2) e = write_in_place(real, stamp, data, len, why);
    }
    if (fd >= 0) close(fd);
    free(target);
    return e;
}
