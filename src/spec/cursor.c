/* Cursor subagents (.cursor/agents/NAME.md) and rules (.cursor/rules/NAME.mdc).
 * Sources (docs/sources.md): agnix CUR-005, CUR-014 and CUR-020, citing
 * cursor.com/docs/rules and /subagents ("Cursor 3.14"; read 2026-09-23).
 * The subagent field list comes from third-party summaries and is only
 * partly verified: unknown keys there get a
 * note, never a warning. One entry per line. */
#include <string.h>

#include "spec/dialects.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define CUR      AL_DF_CURRENT
#define AGENTS   "cursor.com/docs/subagents via agnix CUR-014, 2026-09 (partly verified)"
#define RULES    "cursor.com/docs/rules via agnix CUR-005, 2026-09"

/* clang-format off */
static const al_dialect_field cursor_agent_fields[] = {
    {"name",          AL_DT_STRING, false, CUR, AGENTS " (default: the file name)", NULL, NULL, 0, 0, 0},
    {"description",   AL_DT_STRING, false, CUR, AGENTS,                             NULL, NULL, 0, 0, 0},
    {"model",         AL_DT_MODEL,  false, CUR, AGENTS " (inherit, fast, an ID[k=v])", NULL, NULL, 0, 0, 0},
    {"readonly",      AL_DT_BOOL,   false, CUR, AGENTS,                             NULL, NULL, 0, 0, 0},
    {"is_background", AL_DT_BOOL,   false, CUR, AGENTS,                             NULL, NULL, 0, 0, 0},
};

static const al_dialect_field cursor_rule_fields[] = {
    {"description",   AL_DT_STRING,      false, CUR, RULES,                          NULL, NULL, 0, 0, 0},
    {"globs",         AL_DT_STRING_LIST, false, CUR, RULES " (comma string or list)", NULL, NULL, 0, 0, 0},
    {"alwaysApply",   AL_DT_BOOL,        false, CUR, RULES,                          NULL, NULL, 0, 0, 0},
};
/* clang-format on */

/* `inherit`, `fast`, or a model ID with optional parameters at the end,
 * `id[key=value, ...]`. Only that shape is checked: IDs change faster than a
 * table could follow. */
static const char *cursor_model_problem(const char *v, size_t n)
{
    const char *open = memchr(v, '[', n), *close = memchr(v, ']', n);
    if (!open && !close) return NULL;
    if (!open || !close || close < open || close != v + n - 1)
        return "its parameters must be one `[...]` at the end, as in `model-id[effort=high]`";
    if (open == v) return "a model ID must come before the `[...]` parameters";
    for (const char *p = open + 1; p < close;) {
        const char *end = memchr(p, ',', (size_t)(close - p));
        if (!end) end = close;
        while (p < end && *p == ' ')
            p++;
        const char *eq = memchr(p, '=', (size_t)(end - p));
        if (!eq || eq == p || eq + 1 >= end)
            return "each parameter must be `key=value`, as in `model-id[effort=high]`";
        p = end + 1;
    }
    return NULL;
}

const al_dialect al_dialect_cursor_agent = {
    .label = "Cursor subagent",
    .reader = "Cursor",
    .fields = cursor_agent_fields,
    .field_count = COUNT(cursor_agent_fields),
    .yaml11_booleans = true, /* Cursor's reader is its own: `yes` is not known to fail */
    .unknown_field_severity = AL_INFO,
    .unknown_field_effect = "Cursor documents no such subagent field (its field list is only "
                            "partly verified, so this is a note)",
    .model_problem = cursor_model_problem,
};

const al_dialect al_dialect_cursor_rule = {
    .label = "Cursor rule",
    .reader = "Cursor",
    .fields = cursor_rule_fields,
    .field_count = COUNT(cursor_rule_fields),
    .yaml11_booleans = true, /* a line reader, not YAML (see al_frontmatter_read_lines) */
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "Cursor reads only `description`, `globs` and `alwaysApply` in a rule, "
                            "so it has no effect",
};
