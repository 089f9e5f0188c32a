/* Reading the files to lint and writing fixed text back in place. */
#ifndef AL_CLI_FILEIO_H
#define AL_CLI_FILEIO_H

#include <stddef.h>

/* Reads a whole file (or standard input when path is NULL): at most
 * limit + 1 bytes, since a larger file is only reported. A directory gives
 * EISDIR, any other non-regular file ENOTSUP (a FIFO must not block the
 * run). Returns 0, or an errno value. */
int al_read_file(const char *path, char **data, size_t *len, size_t limit);

/* Replaces path's contents atomically: a temporary file in the same folder
 * with the original's mode, then rename. A symlink is followed, not
 * replaced. Returns 0, or an errno value. */
int al_write_atomically(const char *path, const char *data, size_t len);

#endif
