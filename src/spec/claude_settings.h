/* Claude Code settings files (.claude/settings.json and
 * .claude/settings.local.json), as data: the top-level keys with the type
 * of their value and the files that may set them, the permission modes,
 * and the names permission rules accept besides the tools (see
 * claude_settings.c). */
#ifndef AL_SPEC_CLAUDE_SETTINGS_H
#define AL_SPEC_CLAUDE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    AL_SET_ANY,               /* not checked here */
    AL_SET_BOOL,              /* true or false */
    AL_SET_STRING,            /* a string */
    AL_SET_NUMBER,            /* a number */
    AL_SET_INTEGER,           /* a whole number */
    AL_SET_STRINGS,           /* an array of strings */
    AL_SET_ARRAY,             /* an array */
    AL_SET_OBJECT,            /* an object */
    AL_SET_STRING_OR_STRINGS, /* a string or an array of strings */
    AL_SET_HOOKS,             /* the hooks object (the hook rules check it) */
    AL_SET_PERMISSIONS,       /* the permissions object (checked key by key) */
    AL_SET_PLUGINS,           /* enabledPlugins: "plugin@marketplace" -> boolean */
    AL_SET_ENV,               /* an object of variable names to values */
} al_setting_type;

/* Which settings files Claude Code reads a key from (the "Scope" column of
 * the settings reference). */
typedef enum {
    AL_SCOPE_ANY,        /* user, project, local and managed files */
    AL_SCOPE_USER_LOCAL, /* user, local (.claude/settings.local.json) or managed */
    AL_SCOPE_USER,       /* user (~/.claude/settings.json) or managed */
    AL_SCOPE_MANAGED,    /* managed settings only */
    AL_SCOPE_GLOBAL,     /* ~/.claude.json only, not a settings file */
} al_setting_scope;

typedef struct {
    const char *key;
    al_setting_type type;
    al_setting_scope scope;
    const char *source;
} al_setting_key;

/* A key people write that Claude Code does not read where they wrote it. */
typedef struct {
    const char *key;
    const char *advice; /* what to do instead */
    const char *source;
} al_setting_misplaced;

/* A value of an enumerated key (permissions.defaultMode). */
typedef struct {
    const char *key;
    const char *value;
    const char *since;
    const char *note; /* why it does not work from a project file, or NULL */
} al_setting_value;

extern const al_setting_key al_setting_keys[];
extern const size_t al_setting_key_count;
extern const al_setting_misplaced al_setting_misplaced_keys[];
extern const size_t al_setting_misplaced_count;
extern const al_setting_value al_setting_values[];
extern const size_t al_setting_value_count;
/* Keys of the `permissions` object. */
extern const al_setting_key al_permission_keys[];
extern const size_t al_permission_key_count;
/* Names a permission rule may use that are not tools of the model
 * (spec/claude_code.c has those): `Cd` for the /cd command. */
extern const char *const al_permission_only_tools[];
extern const size_t al_permission_only_tool_count;
/* Tools whose rule with a path is never consulted: file permissions are
 * checked against Read and Edit rules only. */
extern const char *const al_path_rule_ignored_tools[];
extern const size_t al_path_rule_ignored_tool_count;

const al_setting_key *al_setting_key_find(const al_setting_key *table, size_t count,
                                          const char *key, size_t len);
const al_setting_misplaced *al_setting_misplaced_find(const char *key, size_t len);
const al_setting_value *al_setting_value_find(const char *key, const char *value, size_t len);

#endif
