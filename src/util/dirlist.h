/* A folder's entries in sorted order, for the walks that look for files to
 * lint (the command line's and the language server's workspace scan). */
#ifndef AL_DIRLIST_H
#define AL_DIRLIST_H

#include <stddef.h>

/* The names in dir, sorted byte-wise, without ".", "..", ".git" and
 * "node_modules" (folders no agent file lives in). Returns 0 and a
 * malloc'd array of *count malloc'd names (free with al_dir_names_free), or
 * an errno value (the folder could not be opened, or out of memory). */
int al_dir_sorted_names(const char *dir, char ***names, size_t *count);
void al_dir_names_free(char **names, size_t count);

#endif
