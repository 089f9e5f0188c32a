/* What other tools accept in their agent and rule files, as data: GitHub
 * Copilot custom agents, OpenCode agents, Gemini CLI subagents, Cursor
 * subagents and rules. One table per dialect (copilot.c, opencode.c,
 * gemini.c, cursor.c), one entry per line with its source and date; the
 * rules in rules/dialect_rules.c only compare against them.
 *
 * Sources are dated by the snapshot they were read in (github/docs commit,
 * gemini-cli commit, OpenCode's config schema, the project's reference notes
 * of 2026-09-23). Where a source says "unverified", the table marks the row
 * and the rules say no more than a note. */
#ifndef AL_SPEC_DIALECT_H
#define AL_SPEC_DIALECT_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

/* How a field's value is checked. */
typedef enum {
    AL_DV_ANY,        /* not checked (a shape agentlint does not model) */
    AL_DV_STRING,     /* text */
    AL_DV_BOOL,       /* true or false */
    AL_DV_NUMBER,     /* a number, within [min, max] when has_range */
    AL_DV_POS_INT,    /* a whole number > 0 */
    AL_DV_ENUM,       /* one of `values` ("a|b|c") */
    AL_DV_TOOL_LIST,  /* tool names: a YAML list, or a comma string when the dialect allows */
    AL_DV_TOOL_MAP,   /* OpenCode's legacy {tool: true|false} map */
    AL_DV_MODEL,      /* the dialect's model forms (see al_dialect.model_form) */
    AL_DV_MAPPING,    /* any mapping */
    AL_DV_STRING_MAP, /* a mapping of strings to strings */
    AL_DV_LIST,       /* any list */
    AL_DV_GLOBS,      /* Cursor `globs`: a comma string or a list of strings */
    AL_DV_PERMISSION, /* OpenCode `permission`: an action, or {tool: action | {glob: action}} */
    AL_DV_COLOR,      /* OpenCode `color`: #RRGGBB or a theme colour name */
} al_dv_type;

typedef enum {
    AL_DF_CURRENT,
    AL_DF_DEPRECATED, /* still read, on its way out: say what replaces it */
    AL_DF_RETIRED,    /* no longer read */
    AL_DF_ELSEWHERE,  /* read by another product of the same dialect only (VS Code) */
} al_df_status;

typedef struct {
    const char *name;
    al_dv_type type;
    bool required;
    al_df_status status;
    const char *values;      /* AL_DV_ENUM: allowed values, "a|b|c" */
    double min, max;         /* AL_DV_NUMBER with has_range */
    bool has_range;
    const char *replacement; /* deprecated/retired: what to write instead */
    const char *source;      /* where the row comes from, with its date */
} al_dialect_field;

/* Tool names: the dialect's own, its aliases (mapped to the name they stand
 * for), and names from another dialect with the spelling to use here. */
typedef enum {
    AL_DT_TOOL,    /* a tool name of the dialect */
    AL_DT_ALIAS,   /* accepted, stands for `maps_to` */
    AL_DT_LEGACY,  /* accepted under an old name; `maps_to` is the current one */
    AL_DT_FOREIGN, /* another tool's name: not accepted here; `maps_to` is the equivalent */
} al_dt_status;

typedef struct {
    const char *name;
    al_dt_status status;
    const char *maps_to;
    const char *source;
} al_dialect_tool;

/* How the dialect spells `model`. */
typedef enum {
    AL_MODEL_FORM_ANY,            /* any text (Copilot's display names) */
    AL_MODEL_FORM_PROVIDER_SLASH, /* OpenCode: provider/model-id[#variant] */
    AL_MODEL_FORM_CURSOR,         /* inherit, fast, or an ID with optional [k=v,...] */
    AL_MODEL_FORM_GEMINI,         /* inherit or a model name; Claude aliases are not models */
} al_model_form;

/* What the tool does with a key it does not know. */
typedef enum {
    AL_UNKNOWN_IGNORED,     /* dropped without a word */
    AL_UNKNOWN_PASSED_ON,   /* passed through (OpenCode: to the provider as options) */
    AL_UNKNOWN_REJECTED,    /* the file fails to load */
    AL_UNKNOWN_UNVERIFIED,  /* the field list itself is not verified: a note at most */
} al_unknown_policy;

typedef struct {
    const char *id;      /* "copilot", "opencode", "gemini", "cursor-agent", "cursor-rule" */
    const char *product; /* for messages: "GitHub Copilot", "OpenCode", ... */
    const al_dialect_field *fields;
    size_t field_count;
    const al_dialect_tool *tools; /* NULL when the dialect has no tool list */
    size_t tool_count;
    bool tools_case_insensitive; /* Copilot: "All aliases are case insensitive" */
    bool tools_comma_string;     /* `tools` may be a comma-separated string */
    bool unknown_tools_ignored;  /* the tool skips names it does not know */
    al_model_form model_form;
    al_unknown_policy unknown_keys;
    al_severity invalid_value_severity; /* a wrong type or value: error when it stops loading */
    size_t body_max_chars;              /* 0: no limit */
    const char *name_charset;           /* bytes allowed in `name`, as ranges "a-z0-9-_"; NULL */
    const char *source;                 /* the main source, dated */
} al_dialect;

extern const al_dialect al_dialect_copilot;
extern const al_dialect al_dialect_opencode;
extern const al_dialect al_dialect_gemini;
extern const al_dialect al_dialect_cursor_agent;
extern const al_dialect al_dialect_cursor_rule;

/* OpenCode's theme colour names, accepted for `color` besides #RRGGBB. */
extern const char *const al_opencode_theme_colors[];
extern const size_t al_opencode_theme_color_count;

const al_dialect_field *al_dialect_field_find(const al_dialect *d, const char *name, size_t len);
const al_dialect_tool *al_dialect_tool_find(const al_dialect *d, const char *name, size_t len);
/* True when value (len bytes) is one of the "a|b|c" alternatives. */
bool al_dialect_enum_has(const char *values, const char *value, size_t len);

#endif
