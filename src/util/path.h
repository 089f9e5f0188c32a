/* Paths without the file system. */
#ifndef AL_PATH_H
#define AL_PATH_H

/* An absolute, lexically normalised copy of path (malloc'd): made absolute
 * against the working directory, empty and "." segments dropped, ".."
 * resolved lexically. NULL when out of memory or the working directory is
 * unknown. */
char *al_path_absolute(const char *path);
/* The same lexical normalisation of an absolute path, in place. */
void al_path_normalise(char *path);

#endif
