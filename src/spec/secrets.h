/* Secret formats, as data: one PCRE2 pattern per line in secrets.c, each
 * with the name used in messages. core/secret_set.c compiles them once per
 * al_options; the rules are in rules/secret_rules.c. */
#ifndef AL_SPEC_SECRETS_H
#define AL_SPEC_SECRETS_H

#include <stddef.h>

typedef enum {
    AL_SECRET_TOKEN,      /* a credential recognisable by its own format */
    AL_SECRET_ASSIGNMENT, /* `password=`, `api_key:` ...: group 1 is the key, 2 the value */
} al_secret_kind;

typedef struct {
    const char *id; /* kebab-case */
    al_secret_kind kind;
    const char *what;    /* for messages: "a GitHub personal access token" */
    /* Every match of the pattern begins with one of these literals
     * ("|"-separated; compared without case when the pattern starts with
     * "(?i)"). A cheap scan finds them and PCRE2 runs only where one is. */
    const char *prefixes;
    const char *pattern; /* PCRE2, byte mode; the whole match is the secret (TOKEN) */
} al_secret_pattern;

extern const al_secret_pattern al_secret_patterns[];
extern const size_t al_secret_pattern_count;

/* Words that mark a value as a placeholder, not a secret (lowercase). */
extern const char *const al_secret_placeholders[];
extern const size_t al_secret_placeholder_count;

#endif
