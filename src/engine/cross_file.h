/* Checks across files, seen from inside the library (the API is in
 * agentlint.h: al_check_across_files, al_across_*). */
#ifndef AL_CROSS_FILE_H
#define AL_CROSS_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

/* What a file's path says of it for checks across files (lint.c, cross_file.c): a
 * skill's name (its folder's) or a command's (its file name without the
 * extension), and whether Claude Code loads the skill (.claude/skills, or a
 * plugin's). ident points into path; NULL for other kinds. */
typedef struct {
    const char *ident;
    size_t ident_len;
    bool claude_skill;
} al_path_ident;
al_path_ident al_path_identity(const char *path, al_file_kind kind, const char *plugin_root);

#endif
