/* The options object, seen from inside the library. */
#ifndef AL_OPTIONS_H
#define AL_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "rules/secret_set.h"

/* Components with a target version, in the order of al_target_components. */
#define AL_TARGET_COMPONENTS 6
extern const char *const al_target_components[AL_TARGET_COMPONENTS];

typedef struct {
    char **items;
    size_t count, cap;
} al_name_set;

/* A `kinds:` glob of a configuration: files matching glob below base are kind. */
typedef struct {
    char *base; /* absolute folder */
    char *glob;
    al_file_kind kind;
} al_kind_glob;

/* Skill front-matter profiles: what Claude Code reads, or the stricter Agent
 * Skills specification (what claude.ai and Skills API uploads enforce). */
typedef enum {
    AL_SKILL_PROFILE_CLAUDE_CODE = 0,
    AL_SKILL_PROFILE_AGENT_SKILLS = 1,
} al_skill_profile;

struct al_options {
    int *severity; /* per rule: an al_severity, or -1 for the rule's default */
    al_name_set known_tools;
    al_name_set known_fields;
    al_name_set known_models;
    size_t max_file_size;
    char *target_version[AL_TARGET_COMPONENTS]; /* NULL: current */
    bool no_inline_suppressions;
    al_secret_set *secrets;   /* compiled secret patterns, shared read-only */
    al_file_kind forced_kind; /* AL_KIND_AUTO: per file */
    al_kind_glob *kind_globs; /* from `kinds:`, the last match wins */
    size_t kind_glob_count;
    al_skill_profile skill_profile;
    bool timings; /* al_options_set_timings */
    /* al_options_set_kind_cache: what the kind decision learnt about
     * folders, shared by the run's files (not owned; may be NULL) */
    al_kind_cache *kind_cache;
    bool no_body_rules; /* al_options_set_body_rules(false): this file's body is linted elsewhere */
};

void al_options_set_skill_profile(al_options *opts, al_skill_profile profile);

size_t al_options_max_file_size(const al_options *opts);
/* Compares two dotted numeric versions component by component ("1.15" > "1.9"; "1.0" ==
 * "1.0.0"; anything from the first character that is neither digit nor dot is ignored). */
int al_version_compare(const char *a, const char *b);
bool al_name_set_contains(const al_name_set *set, const char *s, size_t len);

#endif
