/* Which kind of file a path is, as data: the path patterns of every tool
 * whose files agentlint knows (see file_kinds.c). */
#ifndef AL_SPEC_FILE_KINDS_H
#define AL_SPEC_FILE_KINDS_H

#include <stddef.h>

#include "agentlint/agentlint.h"

typedef enum {
    AL_KIND_ANCHOR_PATH,        /* glob against the whole path ("**" lets it start anywhere); a
                                   glob without `/` against the file name */
    AL_KIND_ANCHOR_PLUGIN_ROOT, /* glob against the path below the plugin folder: the nearest
                                   that holds .claude-plugin/plugin.json, or a `source` folder
                                   a .claude-plugin/marketplace.json above lists */
} al_kind_anchor;

typedef struct {
    const char *glob;
    al_file_kind kind;
    al_kind_anchor anchor;
    const char *source; /* where the location is documented */
} al_kind_pattern;

/* In order: the first pattern that matches decides. */
extern const al_kind_pattern al_kind_patterns[];
extern const size_t al_kind_pattern_count;

/* Kind names, indexed by al_file_kind. */
extern const char *const al_kind_names[AL_KIND_COUNT];

#endif
