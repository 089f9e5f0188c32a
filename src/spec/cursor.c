/* Cursor subagents (.cursor/agents/NAME.md) and rules (.cursor/rules/NAME.mdc).
 * Sources: reference notes §9.6 and §12 (2026-09-23), citing agnix CUR-005,
 * CUR-014 and CUR-020 (cursor.com/docs/rules and /subagents, "Cursor
 * 3.14"). The subagent field list comes from third-party summaries and is
 * only partly verified (reference §12, open questions): unknown keys there
 * get a note, never a warning. */
#include "spec/dialect.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define AGENTS "cursor.com/docs/subagents via agnix CUR-014 (reference §12, 2026-09; partly verified)"
#define RULES "cursor.com/docs/rules via agnix CUR-005 (reference §9.6, 2026-09)"

/* clang-format off */
static const al_dialect_field cursor_agent_fields[] = {
    {"name",          AL_DV_STRING, false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, AGENTS " (defaults to the file name)"},
    {"description",   AL_DV_STRING, false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, AGENTS},
    {"model",         AL_DV_MODEL,  false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, AGENTS " (inherit, fast, or an ID with [k=v])"},
    {"readonly",      AL_DV_BOOL,   false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, AGENTS},
    {"is_background", AL_DV_BOOL,   false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, AGENTS},
};

static const al_dialect_field cursor_rule_fields[] = {
    {"description",   AL_DV_STRING, false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, RULES},
    {"globs",         AL_DV_GLOBS,  false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, RULES " (comma string or list)"},
    {"alwaysApply",   AL_DV_BOOL,   false, AL_DF_CURRENT, NULL, 0, 0, false, NULL, RULES},
};
/* clang-format on */

const al_dialect al_dialect_cursor_agent = {
    .id = "cursor-agent",
    .product = "Cursor",
    .fields = cursor_agent_fields,
    .field_count = COUNT(cursor_agent_fields),
    .tools = NULL,
    .tool_count = 0,
    .tools_case_insensitive = false,
    .tools_comma_string = false,
    .unknown_tools_ignored = true,
    .model_form = AL_MODEL_FORM_CURSOR,
    .unknown_keys = AL_UNKNOWN_UNVERIFIED,
    .invalid_value_severity = AL_WARNING,
    .body_max_chars = 0,
    .name_charset = NULL,
    .source = AGENTS,
};

const al_dialect al_dialect_cursor_rule = {
    .id = "cursor-rule",
    .product = "Cursor",
    .fields = cursor_rule_fields,
    .field_count = COUNT(cursor_rule_fields),
    .tools = NULL,
    .tool_count = 0,
    .tools_case_insensitive = false,
    .tools_comma_string = false,
    .unknown_tools_ignored = true,
    .model_form = AL_MODEL_FORM_ANY,
    .unknown_keys = AL_UNKNOWN_IGNORED,
    .invalid_value_severity = AL_WARNING,
    .body_max_chars = 0,
    .name_charset = NULL,
    .source = RULES,
};
