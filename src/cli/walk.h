/* Expanding command-line paths into the files to lint, one at a time: a
 * walk holds the folders on the path to the current file (each folder's
 * sorted names), not every file found, so that its memory does not grow
 * with the number of files. */
#ifndef AL_WALK_H
#define AL_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

typedef struct {
    const char *path; /* the walk's: valid until the next al_walk_next */
    al_file_origin origin;
    bool leaves_tree; /* found in a folder, but through a symlink to outside it */
    size_t root_len;  /* found in a folder: the first root_len bytes of path name it; else 0 */
    bool exists;      /* and dev, ino identify it (a named path may not exist, "-" is stdin) */
    unsigned long long dev, ino;
} al_input;

typedef struct al_walk al_walk;

/* A walk over paths, in order: a file as is (explicit), a directory walked
 * for *.md files (and the other files the kind table places) in sorted
 * order, depth first, skipping .git and node_modules and never entering a
 * directory twice (symlink loops). A file named twice, or named and also
 * found in a directory, is given once, at its first place. Problems go to
 * stderr unless quiet. NULL when out of memory. */
al_walk *al_walk_new(const char *const *paths, size_t count, bool quiet);
/* 1: the next file in *out; 0: the end; -1: out of memory. */
int al_walk_next(al_walk *w, al_input *out);
/* Files the walk leaves out, by identity: those the run writes itself (its
 * report, its baseline), which must neither be linted nor take another
 * file's place in the run. False when out of memory. */
bool al_walk_exclude(al_walk *w, unsigned long long dev, unsigned long long ino);
/* The file known by the id old is now known by the id now too (replaced
 * by a rename while the walk goes on): if the walk keeps old (a file that
 * may come again through a link), it keeps now. False when out of memory. */
bool al_walk_same_file(al_walk *w, unsigned long long old_dev, unsigned long long old_ino,
                       unsigned long long dev, unsigned long long ino);
/* Whether a path could not be read so far. */
bool al_walk_trouble(const al_walk *w);
void al_walk_free(al_walk *w);

#endif
