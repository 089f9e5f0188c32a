/* A front-matter dialect as data: the fields one tool reads from one kind of
 * file (a Claude Code skill, a Copilot agent, ...), their types, allowed
 * values, dates, and the tool's names and model forms. The generic checks in
 * rules/dialect_checks.c compare a document against one of these tables;
 * see the comment at the top of that file for how to add a dialect. */
#ifndef AL_SPEC_DIALECT_H
#define AL_SPEC_DIALECT_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

typedef enum {
    AL_DT_ANY,         /* not checked */
    AL_DT_STRING,      /* one-line or block text */
    AL_DT_JOINED,      /* text, or a list of scalars the tool joins into text, which
                          other readers may refuse (`note` names them; NULL: none) */
    AL_DT_NAME,        /* the file's name (see the name_* members of al_dialect) */
    AL_DT_TOOLS,       /* a comma (or, with tools_space_separated, space) string or a list */
    AL_DT_MODEL,       /* see model_problem */
    AL_DT_ENUM,        /* one of the dialect's values for this field */
    AL_DT_BOOL,        /* true or false */
    AL_DT_POS_INT,     /* a positive whole number */
    AL_DT_NUMBER,      /* a number within [min, max] */
    AL_DT_STRING_LIST, /* a list of strings, or one comma-separated string */
    AL_DT_STRING_MAP,  /* a mapping of strings to strings */
    AL_DT_MAPPING,     /* any mapping */
    /* Shapes one dialect has, checked by that dialect's rules (rules/dialect_rules.c): */
    AL_DT_TOOL_MAP,   /* OpenCode's legacy `tools`: {tool: true|false} */
    AL_DT_PERMISSION, /* OpenCode `permission`: an action, or {tool: action | {glob: action}} */
    AL_DT_COLOR,      /* OpenCode `color`: #RRGGBB or a theme colour */
} al_dialect_type;

typedef enum {
    AL_DF_CURRENT,    /* read by the tool */
    AL_DF_RETIRED,    /* was read, no longer is: `retired` says when, `note` what to use */
    AL_DF_IGNORED,    /* accepted in the file but ignored for this kind: `note` says why */
    AL_DF_ELSEWHERE,  /* another kind's spelling: `note` names the right field */
    AL_DF_DEPRECATED, /* still read, on its way out: `retired` says since when, `note` what to use
                       */
} al_dialect_field_status;

typedef struct {
    const char *name;
    al_dialect_type type;
    bool required;
    al_dialect_field_status status;
    const char *since;   /* docs date or version it appeared */
    const char *retired; /* AL_DF_RETIRED: docs date or version it went; else NULL */
    const char *note;    /* for any status but current: what happens, what to do;
                            AL_DT_JOINED: the readers that refuse a list */
    size_t max_len;      /* AL_DT_STRING, AL_DT_NAME: most characters (code points); 0: none */
    double min, max;     /* AL_DT_NUMBER */
} al_dialect_field;

typedef struct {
    const char *field;
    const char *value;
    const char *since;
    const char *removed; /* NULL while current */
} al_dialect_value;

typedef struct {
    const char *name;
    const char *since;
    const char *alias_of; /* NULL, or the canonical name this one stands for */
} al_dialect_tool;

typedef struct al_dialect {
    const char *label;  /* "Claude Code skill": what the file is, for messages */
    const char *reader; /* "Claude Code": who reads it */
    const al_dialect_field *fields;
    size_t field_count;
    const al_dialect_value *values;
    size_t value_count;
    /* Tools: NULL when the dialect uses Claude Code's tool table (the CC tool
     * rules check those lists). tool_extra_ok accepts names outside the
     * table (MCP forms, server/tool); may be NULL. */
    const al_dialect_tool *tools;
    size_t tool_count;
    bool (*tool_extra_ok)(const char *name, size_t len);
    bool tools_space_separated;
    bool tools_list_only; /* a YAML list only: a string `tools` is rejected (Gemini CLI) */
    /* What the reader does with a key it does not know, and how bad that is. */
    al_severity unknown_field_severity;
    const char *unknown_field_effect; /* "Claude Code ignores it" */
    /* What a value outside a field's set does: NULL for "the setting is
     * ignored"; tools with a strict schema refuse the whole file. */
    const char *invalid_value_effect;
    /* Booleans: YAML 1.1 spellings (yes/no/on/off) accepted too. */
    bool yaml11_booleans;
    /* Name format, for the AL_DT_NAME field: NULL name_char_ok means free text. */
    bool (*name_char_ok)(char c);
    const char *name_chars; /* "lowercase letters, digits and hyphens" */
    size_t name_max;
    bool name_no_edge_hyphens; /* no leading, trailing or doubled hyphen */
    bool name_matches_folder;  /* must equal the parent folder's name */
    /* Model values: NULL when any string goes (or Claude Code's CC rules
     * check it); else returns why the value is wrong, or NULL when it is fine. */
    const char *(*model_problem)(const char *value, size_t len);
} al_dialect;

const al_dialect_field *al_dialect_field_find(const al_dialect *d, const char *name, size_t len);

#endif
