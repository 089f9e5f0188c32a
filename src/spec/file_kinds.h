/* Which kind of file a path is, as data: the path patterns of every tool
 * whose files agentlint knows, the places that hold no agents, and the
 * front-matter keys that say a file is an agent or another tool's file (see
 * file_kinds.c). */
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
    AL_KIND_ANCHOR_CURSOR_PLUGIN_ROOT, /* below the nearest folder holding
                                          .cursor-plugin/plugin.json */
    AL_KIND_ANCHOR_PROJECT,    /* glob against the path below the project: the nearest folder
                                  holding `.git`, else the working directory. Folder names
                                  such as docs/ must not match the folders a checkout sits in */
    AL_KIND_ANCHOR_SKILL_ROOT, /* glob against the path below the nearest folder (within the
                                  project) holding a SKILL.md: the skill's other files (a
                                  SKILL.md itself never matches) */
} al_kind_anchor;

typedef struct {
    const char *glob;
    al_file_kind kind;
    al_kind_anchor anchor;
    const char *why;    /* what --show-files says: "folder .claude/agents" */
    const char *source; /* where the location is documented */
} al_kind_pattern;

/* In order: the first pattern that matches decides. */
extern const al_kind_pattern al_kind_patterns[];
extern const size_t al_kind_pattern_count;

/* Kind names, indexed by al_file_kind. */
extern const char *const al_kind_names[AL_KIND_COUNT];

/* The folders, below a project's root, where a tool looks for its files
 * and where teams put symlinks to a folder they share between tools: a file
 * named by its own path there is linted at the links' paths. */
extern const char *const al_tool_folders[];
extern const size_t al_tool_folder_count;

/* Front-matter keys that mark another tool's file, whatever else it holds:
 * such a file is never guessed to be a Claude Code agent. */
typedef struct {
    const char *key;
    const char *whose; /* "GitHub agentic workflow" */
    const char *source;
} al_foreign_key;

extern const al_foreign_key al_foreign_keys[];
extern const size_t al_foreign_key_count;

/* The required keys of a Claude Code agent: a near miss of one (`descripton`,
 * `Name`) still says the file is meant to be an agent. Any other agent key
 * comes from the Claude Code field table (spec/claude_code.c). */
extern const char *const al_agent_required_keys[];
extern const size_t al_agent_required_key_count;

#endif
