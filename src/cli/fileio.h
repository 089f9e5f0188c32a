/* Reading the files to lint and writing fixed text back in place, keeping
 * what agentlint does not own: changes made by others meanwhile, hard links,
 * owner, group, mode and extended attributes, read-only files, and anything
 * outside the folder named on the command line. */
#ifndef AL_CLI_FILEIO_H
#define AL_CLI_FILEIO_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

/* What a file looked like when it was read: checked again just before its
 * fixed text replaces it. size is the whole input's size, also when only
 * limit + 1 bytes of it were read. */
typedef struct {
    bool known;
    unsigned long long dev, ino, size;
    long long mtime_sec;
    long mtime_nsec;
} al_file_stamp;

/* Reads a whole file (or standard input when path is NULL): at most
 * limit + 1 bytes, since a larger file is only reported (the rest of
 * standard input is read and counted in stamp->size). A directory gives
 * EISDIR, any other non-regular file ENOTSUP (a FIFO must not block the
 * run). stamp may be NULL. Returns 0, or an errno value. */
int al_read_file(const char *path, char **data, size_t *len, size_t limit, al_file_stamp *stamp);

/* al_write_fixed's answers besides 0 and an errno value: */
#define AL_WRITE_LEFT    (-1) /* left as it is on purpose (changed since it was read, read-only) */
#define AL_WRITE_REFUSED (-2) /* refused: its path now leads out of the folder named */

/* Replaces path's contents with data, if the file is still as stamp says.
 *
 * Where: a file found in a folder named on the command line (root_len > 0,
 * the first root_len bytes of path) is looked up inside that folder only,
 * one component at a time without following a symlink blindly: a symlink
 * is followed while its target stays inside, and a path that now leads out
 * (a file or folder swapped for a symlink since the walk found it) is
 * refused. Everything after is done on the folder and file opened there,
 * and the file must still be the one read (device, inode, size, time) just
 * before it is replaced. A file named itself (root_len 0) is where its
 * path leads, symlinks followed: the user named it.
 *
 * How: a file with one link is replaced atomically: a temporary file in the
 * same folder with the original's owner, group, mode and extended
 * attributes, then rename. A file with more links (or whose owner or
 * attributes cannot be copied) is rewritten in place once the new text is
 * complete, so every name keeps seeing it; SIGINT, SIGTERM, SIGHUP and
 * SIGQUIT wait until that rewrite is whole.
 *
 * Returns 0 when written (*written, when not NULL, then says what the file
 * is now: a replaced file is a new inode); AL_WRITE_LEFT or
 * AL_WRITE_REFUSED with *why; else an errno value. */
int al_write_fixed(const char *path, size_t root_len, const char *data, size_t len,
                   const al_file_stamp *stamp, const char **why, al_file_stamp *written);

/* SIGINT, SIGTERM, SIGHUP and SIGQUIT (those not ignored) remove the
 * temporary file being written, then end the program as the signal would.
 * Call once, from the main thread, before writing. */
void al_cleanup_on_signals(void);

/* Blocks those signals in the calling thread (the old mask in *old): the
 * threads that lint block them for good, so that only the thread that
 * writes receives them, and only outside a rewrite. */
void al_block_ending_signals(sigset_t *old);
void al_restore_signals(const sigset_t *old);

/* A temporary file next to name in the folder dir (a shorter name when
 * name is near NAME_MAX), created and registered for removal on a signal;
 * its name in tmp (tmp_size bytes). Returns the descriptor, or -1 with
 * errno. */
int al_temp_create(int dir, const char *name, char *tmp, size_t tmp_size);
/* Removes (unlink_it) or forgets (after the rename) the registered
 * temporary file. */
void al_temp_release(int dir, const char *tmp, bool unlink_it);

#endif
