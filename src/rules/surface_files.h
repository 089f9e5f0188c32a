/* Other files a memory file or a link points at: where the repository is,
 * whether a path is inside it, and reading a Markdown file there (never
 * outside it, never a folder, FIFO or device, never over a size). */
#ifndef AL_RULES_SURFACE_FILES_H
#define AL_RULES_SURFACE_FILES_H

#include <stdbool.h>
#include <stddef.h>

/* Claude Code skips a memory file over 4 MiB (docs:memory). */
#define AL_MEMORY_MAX_BYTES ((size_t)4 << 20)

/* The resolved folder the checks may read in: the nearest folder above
 * path holding `.git`, else the working directory (malloc'd; NULL when out
 * of memory). */
char *al_repository_root(const char *path);

/* Whether the resolved path real is root or below it. */
bool al_path_inside(const char *root, const char *real);

/* The text of the regular file at path (malloc'd, NUL-terminated, *len
 * bytes), or NULL: not a regular file, over max bytes, unreadable. */
char *al_read_small_file(const char *path, size_t max, size_t *len);

/* dir + "/" + rel, or rel alone when it is absolute (malloc'd). */
char *al_path_join(const char *dir, const char *rel, size_t rel_len);

/* The folder of path ("." for a bare name; malloc'd). */
char *al_path_dir(const char *path);

#endif
