/* The options object, seen from inside the library. */
#ifndef AL_OPTIONS_H
#define AL_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "rules/secret_set.h"

typedef struct {
    char **items;
    size_t count, cap;
} al_name_set;

struct al_options {
    int *severity; /* per rule: an al_severity, or -1 for the rule's default */
    al_name_set known_tools;
    al_name_set known_fields;
    al_name_set known_models;
    size_t max_file_size;
    char *target_version[5]; /* elixir, otp, phoenix, liveview, ecto */
    bool no_inline_suppressions;
    al_secret_set *secrets; /* compiled secret patterns, shared read-only */
};

size_t al_options_max_file_size(const al_options *opts);
bool al_name_set_contains(const al_name_set *set, const char *s, size_t len);

#endif
