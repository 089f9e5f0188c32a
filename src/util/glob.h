/* Globs: `*` and `?` stay within a path segment, `[...]` is a class, `**`
 * crosses segments. Matched in time |glob| x |path|, never by backtracking. */
#ifndef AL_GLOB_H
#define AL_GLOB_H

#include <stdbool.h>

/* One glob against one whole string ("**" then "/" also matches no folder). */
bool al_glob_match(const char *glob, const char *s);
/* A glob of a configuration against rel, a path relative to the
 * configuration's folder: a glob without `/` matches a file or folder name
 * at any depth, a glob ending in `/` only folders, and a glob that matches a
 * folder covers everything below it. */
bool al_glob_match_path(const char *glob, const char *rel);

#endif
