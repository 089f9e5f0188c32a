/* Reading the files to lint and writing fixed text back in place. */
#define _GNU_SOURCE /* realpath, fallocate, xattrs, F_DUPFD_CLOEXEC */
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
#include <time.h>
#include <unistd.h>

#include "cli/test_hook.h"

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

/* ---- signals: a rewrite is never cut, a temporary file never left ---- */

/* The signals that end a run from outside (^C, kill, a closed terminal,
 * ^\): each removes the temporary file being written, and none arrives in
 * the middle of a rewrite in place (they wait until it is complete). */
static const int ending_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define ENDING_SIGNALS (sizeof ending_signals / sizeof ending_signals[0])

/* The handler may only read what is complete: a slot's folder and name are
 * written while its flag is 0 and the signals are blocked. One write runs
 * at a time (on the main thread); the spare slots cost nothing. */
#define TEMP_SLOTS 4
static int temp_dirs[TEMP_SLOTS];
static char temp_names[TEMP_SLOTS][NAME_MAX + 1];
static volatile sig_atomic_t temp_live[TEMP_SLOTS];

static void remove_temps_and_die(int sig)
{
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (temp_live[i]) unlinkat(temp_dirs[i], temp_names[i], 0);
    signal(sig, SIG_DFL);
    raise(sig);
}

void al_cleanup_on_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_temps_and_die;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < ENDING_SIGNALS; i++)
        sigaddset(&sa.sa_mask, ending_signals[i]);
    for (size_t i = 0; i < ENDING_SIGNALS; i++) {
        struct sigaction old;
        /* An ignored signal stays ignored: under nohup, a closed terminal
         * must not end the run. */
        if (sigaction(ending_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(ending_signals[i], &sa, NULL);
    }
}

void al_block_ending_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < ENDING_SIGNALS; i++)
        sigaddset(&set, ending_signals[i]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

void al_restore_signals(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* A name for the temporary file next to name: ".NAME.agentlint-XXXXXX",
 * or ".agentlint-XXXXXX" when NAME is near NAME_MAX. */
static bool temp_name(const char *name, char *tmp, size_t tmp_size, unsigned attempt)
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long long x = (unsigned long long)ts.tv_nsec * 0x9E3779B97F4A7C15ull ^
                           (unsigned long long)getpid() << 32 ^ attempt * 0xC2B2AE3D27D4EB4Full ^
                           (unsigned long long)ts.tv_sec;
    char suffix[7];
    for (int i = 0; i < 6; i++, x /= 62)
        suffix[i] = digits[x % 62];
    suffix[6] = '\0';
    bool short_name = strlen(name) + 18 > NAME_MAX;
    int n = short_name ? snprintf(tmp, tmp_size, ".agentlint-%s", suffix)
                       : snprintf(tmp, tmp_size, ".%s.agentlint-%s", name, suffix);
    return n > 0 && (size_t)n < tmp_size && n <= NAME_MAX;
}

int al_temp_create(int dir, const char *name, char *tmp, size_t tmp_size)
{
    for (unsigned attempt = 0; attempt < 100; attempt++) {
        if (!temp_name(name, tmp, tmp_size, attempt)) {
            errno = ENAMETOOLONG;
            return -1;
        }
        sigset_t old;
        al_block_ending_signals(&old);
        int fd = openat(dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        int e = errno;
        if (fd >= 0) {
            int slot = -1;
            for (int i = 0; i < TEMP_SLOTS && slot < 0; i++)
                if (!temp_live[i]) slot = i;
            int kept = slot >= 0 ? fcntl(dir, F_DUPFD_CLOEXEC, 0) : -1;
            if (kept >= 0) {
                temp_dirs[slot] = kept;
                memcpy(temp_names[slot], tmp, strlen(tmp) + 1);
                temp_live[slot] = 1;
            }
        }
        al_restore_signals(&old);
        if (fd >= 0 || e != EEXIST) {
            errno = e;
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}

void al_temp_release(int dir, const char *tmp, bool unlink_it)
{
    sigset_t old;
    al_block_ending_signals(&old);
    if (unlink_it) unlinkat(dir, tmp, 0);
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (temp_live[i] && strcmp(temp_names[i], tmp) == 0) {
            temp_live[i] = 0;
            close(temp_dirs[i]);
            break;
        }
    al_restore_signals(&old);
}

/* ---- where to write: decided on the objects opened ---- */

/* Symlinks followed while resolving one path, at most (the kernel's
 * limit, MAXSYMLINKS). */
#define MAX_LINKS 40

/* The folders opened on the way down, the innermost last. */
typedef struct {
    int *fds;
    size_t depth, cap;
} dir_stack;

static bool push_dir(dir_stack *st, int fd)
{
    if (st->depth == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        int *p = realloc(st->fds, cap * sizeof *p);
        if (!p) return false;
        st->fds = p;
        st->cap = cap;
    }
    st->fds[st->depth++] = fd;
    return true;
}

static void pop_to(dir_stack *st, size_t depth)
{
    while (st->depth > depth)
        close(st->fds[--st->depth]);
}

/* Whether real (an absolute path) is root_real or below it; *rest gets what
 * follows root_real in it. */
static bool under(const char *root_real, const char *real, const char **rest)
{
    size_t rl = strlen(root_real);
    if (rl == 1 && root_real[0] == '/') rl = 0;
    if (strncmp(real, root_real, rl) != 0 || (real[rl] != '/' && real[rl] != '\0')) return false;
    *rest = real + rl;
    return true;
}

/* Resolves rel inside the folder rootfd the way the kernel would, but one
 * component at a time, each opened with O_NOFOLLOW, so that every step is
 * taken on the object actually there: a symlink is read and its target
 * resolved in turn, ".." above the folder, or an absolute target outside
 * root_real (the folder's resolved path), is EXDEV. On success *dir is
 * the folder that holds the last component (a file, not a symlink) and
 * name its name. Returns 0 or an errno value. */
static int resolve_beneath(int rootfd, const char *root_real, const char *rel, int *dir,
                           char name[NAME_MAX + 1])
{
    dir_stack st = {NULL, 0, 0};
    int first = fcntl(rootfd, F_DUPFD_CLOEXEC, 0);
    if (first < 0) return errno;
    if (!push_dir(&st, first)) {
        close(first);
        return ENOMEM;
    }
    char *todo = strdup(rel);
    int e = todo ? 0 : ENOMEM, links = 0;
    const char *p = todo;
    while (!e) {
        while (*p == '/')
            p++;
        const char *c = p;
        while (*p && *p != '/')
            p++;
        size_t len = (size_t)(p - c);
        const char *after = p;
        while (*after == '/')
            after++;
        bool last = *after == '\0';
        if (len == 0 || (len == 1 && c[0] == '.') || (len == 2 && c[0] == '.' && c[1] == '.')) {
            if (len == 2 && st.depth == 1) e = EXDEV; /* above the folder */
            else if (len == 2) pop_to(&st, st.depth - 1);
            if (!e && (last || len == 0)) e = EISDIR;
            continue;
        }
        if (len > NAME_MAX) {
            e = ENAMETOOLONG;
            break;
        }
        memcpy(name, c, len);
        name[len] = '\0';
        int top = st.fds[st.depth - 1];
        struct stat sb;
        if (fstatat(top, name, &sb, AT_SYMLINK_NOFOLLOW) != 0) {
            e = errno;
            break;
        }
        if (S_ISLNK(sb.st_mode)) {
            char target[PATH_MAX];
            ssize_t n = ++links > MAX_LINKS ? -1 : readlinkat(top, name, target, sizeof target);
            if (n < 0 || (size_t)n >= sizeof target) {
                e = links > MAX_LINKS ? ELOOP : n < 0 ? errno : ENAMETOOLONG;
                break;
            }
            target[n] = '\0';
            const char *from = target;
            if (target[0] == '/') {
                /* An absolute target is followed only to a place inside the
                 * folder, from the folder opened at the start. */
                if (!root_real || !under(root_real, target, &from)) {
                    e = EXDEV;
                    break;
                }
                pop_to(&st, 1);
            }
            size_t fl = strlen(from), al = strlen(after);
            char *next = malloc(fl + 1 + al + 1);
            if (!next) {
                e = ENOMEM;
                break;
            }
            memcpy(next, from, fl);
            next[fl] = '/';
            memcpy(next + fl + 1, after, al + 1);
            if (al == 0) next[fl] = '\0';
            free(todo);
            todo = next;
            p = todo;
            continue;
        }
        if (last) {
            *dir = fcntl(top, F_DUPFD_CLOEXEC, 0);
            if (*dir < 0) e = errno;
            break;
        }
        /* O_NOFOLLOW: a folder swapped for a symlink since the fstatat is
         * refused here, not followed. */
        int fd = openat(top, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            e = errno == ELOOP ? EXDEV : errno;
            break;
        }
        if (!push_dir(&st, fd)) {
            close(fd);
            e = ENOMEM;
        }
    }
    pop_to(&st, 0);
    free(st.fds);
    free(todo);
    return e;
}

/* The folder that holds the file to write (*dir) and its name there. A
 * file found in a folder named on the command line (root_len > 0: the
 * first root_len bytes of path) is resolved inside that folder only; a
 * file named itself is where its path leads (symlinks followed: the user
 * named it). Returns 0, an errno value, or EXDEV when the path now leads
 * out of the folder. */
static int place_of(const char *path, size_t root_len, int *dir, char name[NAME_MAX + 1])
{
    if (root_len == 0) {
        char *real = realpath(path, NULL);
        if (!real) return errno;
        char *slash = strrchr(real, '/');
        int e = 0;
        if (strlen(slash + 1) > NAME_MAX) {
            e = ENAMETOOLONG;
        } else {
            strcpy(name, slash + 1);
            if (slash == real) slash++; /* the file is in / */
            *slash = '\0';
            *dir = open(real, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (*dir < 0) e = errno;
        }
        free(real);
        return e;
    }
    char *root = strndup(path, root_len);
    if (!root) return ENOMEM;
    int rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int e = rootfd < 0 ? errno : 0;
    char *root_real = e ? NULL : realpath(root, NULL);
    if (!e) e = resolve_beneath(rootfd, root_real, path + root_len, dir, name);
    if (rootfd >= 0) close(rootfd);
    free(root_real);
    free(root);
    return e;
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
        const char *xname = names + i;
        ssize_t vs = fgetxattr(from, xname, NULL, 0);
        if (vs < 0) {
            e = errno;
            break;
        }
        char *value = malloc(vs ? (size_t)vs : 1);
        if (!value) {
            e = ENOMEM;
            break;
        }
        vs = fgetxattr(from, xname, value, (size_t)vs);
        if (vs < 0 || fsetxattr(to, xname, value, (size_t)vs, 0) != 0) e = errno;
        free(value);
    }
    free(names);
    return e;
}

static const char changed_meanwhile[] = "the file changed on disk since it was read; not overwritten";

/* Whether what is at name in dir now is still the file opened (not
 * replaced, not swapped for a symlink) and as stamp says. */
static bool still_there(int dir, const char *name, const struct stat *opened,
                        const al_file_stamp *stamp)
{
    struct stat now;
    return fstatat(dir, name, &now, AT_SYMLINK_NOFOLLOW) == 0 && now.st_dev == opened->st_dev &&
           now.st_ino == opened->st_ino && stamp_matches(stamp, &now);
}

/* Rewrites the file in place, for its other names to see the new text. The
 * space is reserved first, so that a full disk fails before the first byte
 * changes; the text is complete in memory before; and the signals that end
 * a run wait until the file holds all of it and no more (a ^C between the
 * write and the truncation would leave the new text followed by the old
 * one's tail). */
static int write_in_place(int dir, const char *name, const struct stat *opened,
                          const al_file_stamp *stamp, const char *data, size_t len,
                          const char **why, al_file_stamp *written)
{
    int fd = openat(dir, name, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ELOOP) { /* a symlink since it was opened to read */
        *why = changed_meanwhile;
        return AL_WRITE_LEFT;
    }
    if (fd < 0) return errno;
    struct stat st;
    int e = fstat(fd, &st) != 0 ? errno : 0;
    if (!e && (st.st_dev != opened->st_dev || st.st_ino != opened->st_ino ||
               !stamp_matches(stamp, &st))) {
        close(fd);
        *why = changed_meanwhile;
        return AL_WRITE_LEFT;
    }
    if (!e && len > (size_t)st.st_size && fallocate(fd, 0, 0, (off_t)len) != 0 &&
        errno != EOPNOTSUPP && errno != ENOSYS)
        e = errno;
    sigset_t old;
    al_block_ending_signals(&old);
    if (!e) e = write_all(fd, data, len);
    al_test_point("in-place");
    if (!e && ftruncate(fd, (off_t)len) != 0) e = errno;
    al_restore_signals(&old);
    if (!e && fsync(fd) != 0) e = errno;
    if (!e && written && fstat(fd, &st) == 0) take_stamp(written, &st);
    if (close(fd) != 0 && !e) e = errno;
    return e;
}

/* The atomic replacement: a temporary file in the same folder, then a
 * rename over the name once it is checked to be the file read. Returns 0,
 * an errno, AL_WRITE_LEFT with *why, or KEEP_IN_PLACE when the replacement
 * cannot carry the original's owner or attributes. */
#define KEEP_IN_PLACE (-100)
static int replace(int dir, const char *name, int orig_fd, const struct stat *st,
                   const al_file_stamp *stamp, const char *data, size_t len, const char **why,
                   al_file_stamp *written)
{
    char tmp[NAME_MAX + 1];
    int fd = al_temp_create(dir, name, tmp, sizeof tmp);
    if (fd < 0) return errno;
    int e = write_all(fd, data, len);
    int keep = 0;
    /* The new file's group may come from a set-group-ID folder: compare
     * with what it got, not with who we are. */
    struct stat made;
    if (!e && fstat(fd, &made) != 0) e = errno;
    if (!e && (made.st_uid != st->st_uid || made.st_gid != st->st_gid) &&
        fchown(fd, st->st_uid, st->st_gid) != 0)
        keep = KEEP_IN_PLACE;
    if (!e && !keep && fchmod(fd, st->st_mode & 07777) != 0) e = errno;
    if (!e && !keep && copy_xattrs(orig_fd, fd) != 0) keep = KEEP_IN_PLACE;
    if (!e && !keep && fsync(fd) != 0) e = errno;
    if (!e && !keep && written && fstat(fd, &made) == 0) take_stamp(written, &made);
    if (close(fd) != 0 && !e) e = errno;
    al_test_point("before-rename");
    /* The rename replaces the name in this folder, whatever it is now (a
     * symlink is replaced, not followed): it must still be the file read. */
    if (!e && !keep && !still_there(dir, name, st, stamp)) {
        *why = changed_meanwhile;
        keep = AL_WRITE_LEFT;
    }
    sigset_t old;
    al_block_ending_signals(&old);
    if (!e && !keep && renameat(dir, tmp, dir, name) != 0) e = errno;
    al_temp_release(dir, tmp, e || keep);
    al_restore_signals(&old);
    return e ? e : keep;
}

int al_write_fixed(const char *path, size_t root_len, const char *data, size_t len,
                   const al_file_stamp *stamp, const char **why, al_file_stamp *written)
{
    *why = NULL;
    if (written) memset(written, 0, sizeof *written);
    al_test_point("write");
    int dir = -1;
    char name[NAME_MAX + 1];
    int e = place_of(path, root_len, &dir, name);
    if (e == EXDEV) {
        *why = "its path now leads out of the folder named on the command line (a symlink "
               "put in its place since it was found); not written";
        return AL_WRITE_REFUSED;
    }
    if (e) return e;
    int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 && errno == ELOOP) {
        *why = changed_meanwhile; /* a symlink since the path was resolved */
        e = AL_WRITE_LEFT;
    } else if (fd < 0 || fstat(fd, &st) != 0) {
        e = errno;
    } else if (!S_ISREG(st.st_mode)) {
        e = ENOTSUP;
    } else if (!stamp_matches(stamp, &st)) {
        *why = changed_meanwhile;
        e = AL_WRITE_LEFT;
    } else if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
        /* Even root, who could: the mode says the file is not to change. */
        *why = "the file is read-only (no write permission bit); left as it is";
        e = AL_WRITE_LEFT;
    } else if (faccessat(dir, name, W_OK, 0) != 0) {
        e = errno;
    } else if (st.st_nlink > 1) {
        /* A rename would leave the other names on the old text. */
        e = write_in_place(dir, name, &st, stamp, data, len, why, written);
    } else {
        e = replace(dir, name, fd, &st, stamp, data, len, why, written);
        if (e == KEEP_IN_PLACE) e = write_in_place(dir, name, &st, stamp, data, len, why, written);
    }
    if (fd >= 0) close(fd);
    close(dir);
    return e;
}
