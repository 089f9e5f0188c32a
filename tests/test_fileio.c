/* --fix writing (src/cli/fileio.c): a file changed since it was
 * read is left alone, hard links stay linked, owner, group, mode and
 * extended attributes are kept, a read-only file is left, a name near
 * NAME_MAX gets a shorter temporary name, and SIGINT/SIGTERM remove the
 * temporary file. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "cli/fileio.h"
#include "support.h"

static char dir[] = "/tmp/agentlint-fileio-XXXXXX";

static char *at(const char *name)
{
    static char buf[8][1024];
    static int k;
    char *p = buf[k++ % 8];
    snprintf(p, sizeof buf[0], "%s/%s", dir, name);
    return p;
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void assert_contents(const char *path, const char *text)
{
    char *data;
    size_t len;
    assert_int_equal(al_read_file(path, &data, &len, 1 << 20, NULL), 0);
    assert_int_equal(len, strlen(text));
    assert_memory_equal(data, text, len);
    free(data);
}

/* Only the file itself is in the folder: no temporary file left behind. */
static size_t entries(void)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

static void clean(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) unlink(at(e->d_name));
    closedir(d);
}

static int read_stamped(const char *path, al_file_stamp *stamp)
{
    char *data;
    size_t len;
    int e = al_read_file(path, &data, &len, 1 << 20, stamp);
    free(data);
    return e;
}

static void changed_file_is_left(void **state)
{
    (void)state;
    al_file_stamp stamp;
    const char *why = NULL;
    put(at("a.md"), "old\n");
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    put(at("a.md"), "someone else's edit\n"); /* between the read and the write */
    assert_int_equal(al_write_fixed(at("a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), -1);
    assert_non_null(strstr(why, "changed on disk"));
    assert_contents(at("a.md"), "someone else's edit\n");
    /* the same size and a new mtime, or a new inode, count as changed too */
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    put(at("b.md"), "someone else's EDIT\n");
    assert_int_equal(rename(at("b.md"), at("a.md")), 0);
    assert_int_equal(al_write_fixed(at("a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), -1);
    /* unchanged: written */
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    assert_int_equal(al_write_fixed(at("a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), 0);
    assert_contents(at("a.md"), "fixed\n");
    assert_int_equal(entries(), 1);
    clean();
}

static void hard_links_stay_linked(void **state)
{
    (void)state;
    al_file_stamp stamp;
    const char *why = NULL;
    put(at("a.md"), "old text, longer than the new\n");
    assert_int_equal(link(at("a.md"), at("b.md")), 0);
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    assert_int_equal(al_write_fixed(at("a.md"), 0, "new\n", 4, &stamp, &why, NULL), 0);
    assert_contents(at("a.md"), "new\n");
    assert_contents(at("b.md"), "new\n");
    struct stat a, b;
    assert_int_equal(stat(at("a.md"), &a), 0);
    assert_int_equal(stat(at("b.md"), &b), 0);
    assert_true(a.st_ino == b.st_ino && a.st_nlink == 2);
    assert_int_equal(entries(), 2);
    clean();
}

static void owner_mode_and_xattrs_kept(void **state)
{
    (void)state;
    al_file_stamp stamp;
    const char *why = NULL;
    put(at("a.md"), "old\n");
    assert_int_equal(chmod(at("a.md"), 0640), 0);
    bool root = geteuid() == 0;
    if (root) assert_int_equal(chown(at("a.md"), 1234, 5678), 0);
    bool xattrs = setxattr(at("a.md"), "user.agentlint-test", "kept", 4, 0) == 0;
    if (!xattrs) fprintf(stderr, "(no user xattrs on %s: that part not checked)\n", dir);
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    assert_int_equal(al_write_fixed(at("a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), 0);
    assert_contents(at("a.md"), "fixed\n");
    struct stat st;
    assert_int_equal(stat(at("a.md"), &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    if (root) {
        assert_int_equal(st.st_uid, 1234);
        assert_int_equal(st.st_gid, 5678);
    }
    if (xattrs) {
        char value[16] = {0};
        assert_int_equal(getxattr(at("a.md"), "user.agentlint-test", value, sizeof value), 4);
        assert_string_equal(value, "kept");
    }
    assert_int_equal(entries(), 1);
    clean();
}

/* A set-group-ID folder gives new files its group: the replacement still
 * gets the original's. */
static void group_kept_in_setgid_folder(void **state)
{
    (void)state;
    if (geteuid() != 0) return; /* chown needs root; CI runs as root */
    al_file_stamp stamp;
    const char *why = NULL;
    assert_int_equal(mkdir(at("g"), 0755), 0);
    assert_int_equal(chown(at("g"), 0, 4242), 0);
    assert_int_equal(chmod(at("g"), 02755), 0);
    put(at("g/a.md"), "old\n");
    assert_int_equal(chown(at("g/a.md"), 0, 0), 0);
    assert_int_equal(read_stamped(at("g/a.md"), &stamp), 0);
    assert_int_equal(al_write_fixed(at("g/a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), 0);
    struct stat st;
    assert_int_equal(stat(at("g/a.md"), &st), 0);
    assert_int_equal(st.st_gid, 0);
    assert_contents(at("g/a.md"), "fixed\n");
    unlink(at("g/a.md"));
    rmdir(at("g"));
}

static void read_only_is_left(void **state)
{
    (void)state;
    al_file_stamp stamp;
    const char *why = NULL;
    put(at("a.md"), "old\n");
    assert_int_equal(chmod(at("a.md"), 0444), 0);
    assert_int_equal(read_stamped(at("a.md"), &stamp), 0);
    /* even for root, who could write it */
    assert_int_equal(al_write_fixed(at("a.md"), 0, "fixed\n", 6, &stamp, &why, NULL), -1);
    assert_non_null(strstr(why, "read-only"));
    assert_contents(at("a.md"), "old\n");
    assert_int_equal(entries(), 1);
    clean();
}

static void long_names_get_a_short_temporary_name(void **state)
{
    (void)state;
    char name[256];
    memset(name, 'n', 250);
    strcpy(name + 250, ".md"); /* 253 bytes: NAME_MAX is 255 */
    al_file_stamp stamp;
    const char *why = NULL;
    put(at(name), "old\n");
    assert_int_equal(read_stamped(at(name), &stamp), 0);
    assert_int_equal(al_write_fixed(at(name), 0, "fixed\n", 6, &stamp, &why, NULL), 0);
    assert_contents(at(name), "fixed\n");
    assert_int_equal(entries(), 1);
    clean();
}

static void signals_remove_the_temporary_file(void **state)
{
    (void)state;
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (int k = 0; k < 4; k++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            al_cleanup_on_signals();
            char tmp[1024];
            int dfd = open(dir, O_RDONLY | O_DIRECTORY);
            int fd = al_temp_create(dfd, "a.md", tmp, sizeof tmp);
            if (fd < 0 || write(fd, "half", 4) != 4) _exit(3);
            raise(sigs[k]); /* in the middle of a write */
            _exit(4);
        }
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        assert_true(WIFSIGNALED(status) && WTERMSIG(status) == sigs[k]);
        assert_int_equal(entries(), 0);
    }
    /* a released name is no longer removed */
    char tmp[1024];
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    int fd = al_temp_create(dfd, "a.md", tmp, sizeof tmp);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(renameat(dfd, tmp, dfd, "b.md"), 0);
    al_temp_release(dfd, tmp, false);
    close(dfd);
    assert_int_equal(entries(), 1);
    clean();
}

/* A file found in a folder named (root_len > 0) is written only where its
 * path leads inside that folder, whatever was swapped in since the walk. */
static void writes_stay_in_the_folder(void **state)
{
    (void)state;
    al_file_stamp stamp;
    const char *why = NULL;
    char root[1100];
    snprintf(root, sizeof root, "%s/tree", dir);
    size_t root_len = strlen(root);
    assert_int_equal(mkdir(at("tree"), 0755), 0);
    assert_int_equal(mkdir(at("tree/sub"), 0755), 0);
    assert_int_equal(mkdir(at("outside"), 0755), 0);
    put(at("outside/o.md"), "outside\n");
    /* a file swapped for a relative, an absolute symlink; a folder swapped;
     * the stamp is the outside file's (read through the swapped path) */
    assert_int_equal(symlink("../outside/o.md", at("tree/rel.md")), 0);
    assert_int_equal(symlink(at("outside/o.md"), at("tree/abs.md")), 0);
    assert_int_equal(symlink("../outside", at("tree/dir")), 0);
    const char *escapes[] = {"tree/rel.md", "tree/abs.md", "tree/dir/o.md", "tree/sub/../../outside/o.md"};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(read_stamped(at(escapes[i]), &stamp), 0);
        assert_int_equal(al_write_fixed(at(escapes[i]), root_len, "fixed\n", 6, &stamp, &why, NULL),
                         AL_WRITE_REFUSED);
        assert_non_null(strstr(why, "leads out of the folder"));
        assert_contents(at("outside/o.md"), "outside\n");
    }
    /* named itself (root_len 0), the same symlink is followed */
    assert_int_equal(read_stamped(at("tree/rel.md"), &stamp), 0);
    assert_int_equal(al_write_fixed(at("tree/rel.md"), 0, "named\n", 6, &stamp, &why, NULL), 0);
    assert_contents(at("outside/o.md"), "named\n");
    /* symlinks that stay inside are followed, relative and absolute */
    put(at("tree/sub/real.md"), "old\n");
    assert_int_equal(symlink("sub/real.md", at("tree/in.md")), 0);
    assert_int_equal(symlink(at("tree/sub/real.md"), at("tree/in-abs.md")), 0);
    assert_int_equal(symlink("../in.md", at("tree/sub/chain.md")), 0);
    const char *inside[] = {"tree/in.md", "tree/in-abs.md", "tree/sub/chain.md"};
    for (size_t i = 0; i < 3; i++) {
        al_file_stamp now;
        assert_int_equal(read_stamped(at(inside[i]), &stamp), 0);
        assert_int_equal(al_write_fixed(at(inside[i]), root_len, inside[i], strlen(inside[i]),
                                        &stamp, &why, &now),
                         0);
        assert_contents(at("tree/sub/real.md"), inside[i]);
        struct stat st;
        assert_int_equal(lstat(at(inside[i]), &st), 0);
        assert_true(S_ISLNK(st.st_mode));
        assert_int_equal(stat(at("tree/sub/real.md"), &st), 0);
        assert_true(now.known && now.ino == (unsigned long long)st.st_ino); /* the new inode */
    }
    /* a symlink loop */
    assert_int_equal(symlink("loop.md", at("tree/loop.md")), 0);
    stamp.known = false;
    assert_int_equal(al_write_fixed(at("tree/loop.md"), root_len, "x\n", 2, &stamp, &why, NULL), ELOOP);
    const char *names[] = {"tree/rel.md", "tree/abs.md", "tree/dir", "tree/in.md", "tree/in-abs.md",
                           "tree/sub/chain.md", "tree/sub/real.md", "tree/loop.md", "outside/o.md"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        unlink(at(names[i]));
    rmdir(at("tree/sub"));
    rmdir(at("tree"));
    rmdir(at("outside"));
}

/* A rewrite in place (hard links) is whole under SIGINT, SIGTERM, SIGHUP:
 * the child stops itself between the write and the truncation (its test
 * point), the signal is sent there. */
static void rewrite_in_place_is_whole_under_signals(void **state)
{
    (void)state;
    int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    char old[8192];
    memset(old, 'o', sizeof old - 1);
    old[sizeof old - 1] = '\0';
    for (int k = 0; k < 3; k++) {
        put(at("a.md"), old);
        assert_int_equal(link(at("a.md"), at("b.md")), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            al_cleanup_on_signals();
            setenv("AGENTLINT_TEST_STOP_AT", "in-place", 1);
            al_file_stamp stamp;
            const char *why;
            if (read_stamped(at("a.md"), &stamp) != 0) _exit(3);
            _exit(al_write_fixed(at("a.md"), 0, "new\n", 4, &stamp, &why, NULL) == 0 ? 0 : 4);
        }
        int status;
        assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
        assert_true(WIFSTOPPED(status));
        kill(pid, sigs[k]);
        kill(pid, SIGCONT);
        assert_int_equal(waitpid(pid, &status, 0), pid);
        assert_true(WIFSIGNALED(status) && WTERMSIG(status) == sigs[k]);
        assert_contents(at("b.md"), "new\n");
        clean();
    }
}

static void stdin_size_is_the_real_size(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        char block[4096];
        memset(block, 'x', sizeof block);
        for (int i = 0; i < 100; i++)
            if (write(fds[1], block, sizeof block) != (ssize_t)sizeof block) _exit(1);
        _exit(0);
    }
    close(fds[1]);
    int saved = dup(0);
    dup2(fds[0], 0);
    close(fds[0]);
    char *data;
    size_t len;
    al_file_stamp stamp;
    assert_int_equal(al_read_file(NULL, &data, &len, 1000, &stamp), 0);
    dup2(saved, 0);
    close(saved);
    waitpid(pid, NULL, 0);
    assert_int_equal(len, 1001);          /* what is kept: the limit and one byte */
    assert_int_equal(stamp.size, 409600); /* what came in */
    free(data);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(changed_file_is_left),
        cmocka_unit_test(hard_links_stay_linked),
        cmocka_unit_test(owner_mode_and_xattrs_kept),
        cmocka_unit_test(group_kept_in_setgid_folder),
        cmocka_unit_test(read_only_is_left),
        cmocka_unit_test(long_names_get_a_short_temporary_name),
        cmocka_unit_test(signals_remove_the_temporary_file),
        cmocka_unit_test(stdin_size_is_the_real_size),
        cmocka_unit_test(writes_stay_in_the_folder),
        cmocka_unit_test(rewrite_in_place_is_whole_under_signals),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    clean();
    rmdir(dir);
    return rc;
}
