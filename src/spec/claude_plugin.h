/* Claude Code plugin manifests (.claude-plugin/plugin.json and
 * marketplace.json) and plugin agents, as data. */
#ifndef AL_SPEC_CLAUDE_PLUGIN_H
#define AL_SPEC_CLAUDE_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    AL_PJ_ANY,
    AL_PJ_STRING,
    AL_PJ_OBJECT,
    AL_PJ_ARRAY,            /* of anything */
    AL_PJ_STRINGS,          /* array of strings */
    AL_PJ_PATHS,            /* a path or an array of paths, relative to the plugin root */
    AL_PJ_PATHS_OR_OBJECT,  /* as AL_PJ_PATHS, or the configuration inline */
    AL_PJ_STRING_OR_OBJECT, /* author: a name, or {name, email, url} */
} al_plugin_field_type;

typedef struct {
    const char *manifest; /* "plugin.json" or "marketplace.json" */
    const char *name;
    al_plugin_field_type type;
    bool required;
    const char *since;
} al_plugin_field;

extern const al_plugin_field al_plugin_fields[];
extern const size_t al_plugin_field_count;

/* Agent fields a plugin agent may set but Claude Code ignores there. */
typedef struct {
    const char *field;
    const char *since; /* when the loader began to warn, or the docs date */
} al_plugin_agent_ignored;

extern const al_plugin_agent_ignored al_plugin_agent_ignored_fields[];
extern const size_t al_plugin_agent_ignored_count;

#endif
