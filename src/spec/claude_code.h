/* What Claude Code accepts in an agent's front matter, as data.
 *
 * Every entry carries the Claude Code version or documentation date it came
 * from (and where it went), current to Claude Code v2.1.240 (docs of
 * 2026-08-22). A change in Claude Code is a one-line edit in claude_code.c;
 * no rule hard-codes a field, tool, model or value. */
#ifndef AL_SPEC_CLAUDE_CODE_H
#define AL_SPEC_CLAUDE_CODE_H

#include <stdbool.h>
#include <stddef.h>

/* How a field's value is checked. */
typedef enum {
    AL_FIELD_STRING,    /* any string */
    AL_FIELD_NAME,      /* the agent's name */
    AL_FIELD_TOOLS,     /* comma string or list of tool names */
    AL_FIELD_MODEL,     /* alias, "inherit" or model ID */
    AL_FIELD_ENUM,      /* one of the values of the same field in al_cc_values */
    AL_FIELD_BOOL,      /* true or false */
    AL_FIELD_POS_INT,   /* a positive integer */
    AL_FIELD_NAME_LIST, /* list of names (or a comma string) */
    AL_FIELD_HOOKS,     /* mapping of hook event to hook list */
    AL_FIELD_MCP,       /* list of server names or {name: config} */
} al_field_type;

typedef struct {
    const char *name;
    al_field_type type;
    bool required;
    const char *since; /* docs date; (version) when the changelog gives one */
} al_cc_field;

/* Allowed values of the enumerated fields, current and removed. */
typedef struct {
    const char *field;
    const char *value;
    const char *since;
    const char *removed; /* NULL while current */
    const char *note;    /* why, for removed values; NULL otherwise */
} al_cc_value;

typedef enum {
    AL_TOOL_CURRENT,
    AL_TOOL_ALIAS,      /* still works, under a newer name */
    AL_TOOL_DEPRECATED, /* works, on its way out */
    AL_TOOL_RETIRED,    /* gone: Claude Code drops it */
} al_tool_status;

typedef struct {
    const char *name;
    al_tool_status status;
    const char *since;       /* when it appeared, or when it changed status */
    const char *replacement; /* NULL when none was named */
    bool one_to_one;         /* replacement does the same job: safe to rename */
} al_cc_tool;

typedef enum {
    AL_MODEL_ALIAS,   /* family alias or "inherit" */
    AL_MODEL_ACTIVE,  /* a full model ID in service */
    AL_MODEL_RETIRED, /* a full model ID no longer served */
} al_model_status;

typedef struct {
    const char *id;
    al_model_status status;
    const char *since;       /* version/date of the alias, or of the retirement */
    const char *replacement; /* for retired IDs: the alias to use */
} al_cc_model;

/* Keys people write for a field under another name. */
typedef struct {
    const char *wrong;
    const char *right;
    const char *why;
} al_cc_near_miss;

extern const al_cc_field al_cc_fields[];
extern const size_t al_cc_field_count;
extern const al_cc_value al_cc_values[];
extern const size_t al_cc_value_count;
extern const al_cc_tool al_cc_tools[];
extern const size_t al_cc_tool_count;
extern const al_cc_model al_cc_models[];
extern const size_t al_cc_model_count;
extern const al_cc_near_miss al_cc_near_misses[];
extern const size_t al_cc_near_miss_count;
/* Hook events accepted as keys of `hooks`. */
extern const char *const al_cc_hook_events[];
extern const size_t al_cc_hook_event_count;

const al_cc_field *al_cc_field_find(const char *name, size_t len);
const al_cc_tool *al_cc_tool_find(const char *name, size_t len);
const al_cc_model *al_cc_model_find(const char *id, size_t len);
/* The value row for field=value (current or removed), or NULL. */
const al_cc_value *al_cc_value_find(const char *field, const char *value, size_t len);
const al_cc_near_miss *al_cc_near_miss_find(const char *key, size_t len);

#endif
