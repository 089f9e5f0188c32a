/* Expanding command-line paths into the list of files to lint. */
#ifndef AL_WALK_H
#define AL_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

typedef struct {
    char *path;
    al_file_origin origin;
    unsigned long long dev, ino; /* 0, 0 when the path could not be stat'ed */
    bool leaves_tree;            /* found in a folder, but through a symlink to outside it */
} al_input;

typedef struct {
    al_input *items;
    size_t count, cap;
} al_input_list;

/* Adds path: a file as is (explicit), a directory walked for *.md files in
 * sorted order, skipping .git and node_modules and never entering a
 * directory twice (symlink loops). Problems go to stderr; returns false if
 * any path could not be read. */
bool al_walk_path(al_input_list *list, const char *path);
/* Drops later entries that name a file already listed (the same file named
 * twice, or named and also found in a directory): it is linted once, at its
 * first place, and does not clash with itself by name. */
void al_input_list_dedupe(al_input_list *list);
void al_input_list_free(al_input_list *list);

#endif
