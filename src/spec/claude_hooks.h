/* Claude Code hooks, as data: the events, what each event's matcher
 * filters, and the handler types (see claude_hooks.c). One table serves
 * hooks in settings files, plugin hooks files, plugin manifests and agent
 * or skill front matter. */
#ifndef AL_SPEC_CLAUDE_HOOKS_H
#define AL_SPEC_CLAUDE_HOOKS_H

#include <stdbool.h>
#include <stddef.h>

/* What an event's `matcher` is compared with. */
typedef enum {
    AL_HOOK_MATCH_NONE,   /* no matcher support: a matcher is silently ignored */
    AL_HOOK_MATCH_TOOL,   /* the tool name (tool events) */
    AL_HOOK_MATCH_VALUES, /* one of a fixed set of values (`values`) */
    AL_HOOK_MATCH_NAME,   /* a name the project chooses (agent type, server, command, file) */
} al_hook_match;

typedef struct {
    const char *name;
    const char *since; /* the version (or docs date) it appeared */
    al_hook_match match;
    const char *values;  /* AL_HOOK_MATCH_VALUES: the values, separated by spaces */
    bool model_handlers; /* `prompt` and `agent` handlers run on it */
    bool http_handlers;  /* `http` handlers run on it */
    bool narrow_exact;   /* exact-match matchers allow only letters, digits, `_` and `|` */
    const char *source;
} al_hook_event;

typedef struct {
    const char *type;
    const char *since;
    const char *required; /* fields it needs, separated by spaces */
    const char *source;
} al_hook_type;

extern const al_hook_event al_hook_events[];
extern const size_t al_hook_event_count;
extern const al_hook_type al_hook_types[];
extern const size_t al_hook_type_count;

const al_hook_event *al_hook_event_find(const char *name, size_t len);
const al_hook_type *al_hook_type_find(const char *type, size_t len);
/* Whether word (len bytes) is one of the space-separated words of list. */
bool al_hook_word_in(const char *list, const char *word, size_t len);

#endif
