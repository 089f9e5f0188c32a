/* Reading the files to lint and writing fixed text back in place, keeping
 * what agentlint does not own: changes made by others meanwhile, hard links,
 * owner, group, mode and extended attributes, read-only files. */
#ifndef AL_CLI_FILEIO_H
#define AL_CLI_FILEIO_H

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

/* Replaces path's contents with data, if the file is still as stamp says.
 * A file with one link is replaced atomically: a temporary file in the same
 * folder with the original's owner, group, mode and extended attributes,
 * then rename. A file with more links (or whose owner or attributes cannot
 * be copied) is rewritten in place once the new text is complete, so every
 * name keeps seeing it. A symlink is followed, not replaced.
 * Returns 0 when written; -1 when the file was left as it is on purpose
 * (*why says why: changed since it was read, read-only); else an errno. */
int al_write_fixed(const char *path, const char *data, size_t len, const al_file_stamp *stamp,
                   const char **why);

/* SIGINT and SIGTERM remove the temporary file being written, then end the
 * program as the signal would. Call once, from the main thread, before
 * writing. */
void al_cleanup_on_signals(void);

/* The temporary file next to path (a shorter name when path's name is near
 * NAME_MAX), created and registered for removal on a signal; its name in
 * tmp (tmp_size bytes). Returns the descriptor, or -1 with errno. */
int al_temp_create(const char *path, char *tmp, size_t tmp_size);
/* Removes (unlink true) or forgets (after the rename) the registered
 * temporary file. */
void al_temp_release(const char *tmp, bool unlink_it);

#endif
