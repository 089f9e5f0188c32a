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
    bool leaves_tree;    /* found in a folder, but through a symlink to outside it */
    bool body_elsewhere; /* the same file is given at another path too, as another kind,
                            and its body rules run there (al_options_set_body_rules) */
    bool shared;         /* given at more than one path, as more than one kind */
    size_t root_len;     /* found in a folder: the first root_len bytes of path name it; else 0 */
    bool exists;         /* and dev, ino identify it (a named path may not exist, "-" is stdin) */
    unsigned long long dev, ino;
} al_input;

typedef struct al_walk al_walk;

/* The files the paths reach more than once (through symlinks, hard links,
 * or named twice) and which of their paths are given: one per kind their
 * places give them (al_kind_for_path without a configuration), a tool's
 * folder before a guess from the content, and that before documentation;
 * among paths of one kind, for a skill the one Claude Code loads
 * (.claude/skills), else the first in the walk's order. The body rules run
 * at the first path given. Built by walking the paths once, and once more
 * when some file is reached twice: what is kept is those files alone.
 * Problems are not reported here (the walks that follow do). NULL when out
 * of memory. */
typedef struct al_walk_index al_walk_index;
al_walk_index *al_walk_index_new(const char *const *paths, size_t count);
/* The file known by the id old is known by the id now too: replaced by a
 * rename (a fix) while the run's walks go on. Kept only for the files the
 * index holds. False when out of memory. */
bool al_walk_index_replaced(al_walk_index *index, unsigned long long old_dev,
                            unsigned long long old_ino, unsigned long long dev,
                            unsigned long long ino);
void al_walk_index_free(al_walk_index *index);

/* A walk over paths, in order: a file as is (explicit), a directory walked
 * for *.md files (and the other files the kind table places) in sorted
 * order, depth first, skipping .git and node_modules. A folder reached again
 * through another path (a symlink) is walked again, since its files may be
 * other kinds there, but never inside itself (symlink loops) and at most a
 * few times. A file reached twice is given as index says (NULL: as an index
 * the walk builds for itself). Problems go to stderr unless quiet. NULL
 * when out of memory. */
al_walk *al_walk_new(const char *const *paths, size_t count, bool quiet,
                     const al_walk_index *index);
/* 1: the next file in *out; 0: the end; -1: out of memory. */
int al_walk_next(al_walk *w, al_input *out);
/* Files the walk leaves out, by identity: those the run writes itself (its
 * report, its baseline), which must neither be linted nor take another
 * file's place in the run. False when out of memory. */
bool al_walk_exclude(al_walk *w, unsigned long long dev, unsigned long long ino);
/* Whether a path could not be read so far. */
bool al_walk_trouble(const al_walk *w);
void al_walk_free(al_walk *w);

#endif
