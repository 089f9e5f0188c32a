/* OpenCode agents (.opencode/agents/NAME.md, legacy .opencode/agent/NAME.md).
 * Sources (docs/sources.md): opencode.ai/docs/agents (read 2026-09-23);
 * the agent schema `Config.Agent` in anomalyco/opencode
 * packages/opencode/src/config/config.ts at 002d9822: a file that fails it
 * stops OpenCode with "Configuration is invalid"; keys it does not know are
 * moved into `options` and passed to the model provider. One entry per line. */
#include <string.h>

#include "spec/dialects.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define CUR      AL_DF_CURRENT
#define SCHEMA   "opencode config.ts@002d9822, 2026-09"
#define DOCS     "opencode.ai/docs/agents, 2026-09"
#define V2       "opencode.ai/docs/agents (OpenCode 2 native spelling), 2026-09"

/* clang-format off */
static const al_dialect_field opencode_fields[] = {
    {"description", AL_DT_STRING,     true,  CUR,              DOCS " (required; the schema lets it be absent)", NULL, NULL, 0, 0, 0},
    {"mode",        AL_DT_ENUM,       false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"model",       AL_DT_MODEL,      false, CUR,              SCHEMA " (provider/model-id)", NULL,             NULL, 0, 0, 0},
    {"variant",     AL_DT_STRING,     false, CUR,              "agnix OC-AG, 2026-09", NULL,    NULL, 0, 0, 0},
    {"temperature", AL_DT_NUMBER,     false, CUR,              SCHEMA "; 0-2: agnix OC-AG", NULL,             NULL, 0, 0, 2},
    {"top_p",       AL_DT_NUMBER,     false, CUR,              SCHEMA "; 0-1: agnix OC-AG", NULL,             NULL, 0, 0, 1},
    {"prompt",      AL_DT_STRING,     false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"tools",       AL_DT_TOOL_MAP,   false, AL_DF_DEPRECATED, SCHEMA,                      "by 2026-09",       "use `permission` (`tool: allow|ask|deny`); `tools` is converted to it", 0, 0, 0},
    {"disable",     AL_DT_BOOL,       false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"hidden",      AL_DT_BOOL,       false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"options",     AL_DT_MAPPING,    false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"color",       AL_DT_COLOR,      false, CUR,              SCHEMA " (#RRGGBB); theme names: " DOCS, NULL,   NULL, 0, 0, 0},
    {"steps",       AL_DT_POS_INT,    false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"maxSteps",    AL_DT_POS_INT,    false, AL_DF_DEPRECATED, SCHEMA,                      "by 2026-09",       "use `steps`", 0, 0, 0},
    {"permission",  AL_DT_PERMISSION, false, CUR,              SCHEMA,                      NULL,               NULL, 0, 0, 0},
    {"name",        AL_DT_STRING,     false, CUR,              SCHEMA " (default: the file name)", NULL,        NULL, 0, 0, 0},
    {"permissions", AL_DT_ANY,        false, CUR,              V2,                          NULL,               NULL, 0, 0, 0},
    {"system",      AL_DT_STRING,     false, CUR,              V2,                          NULL,               NULL, 0, 0, 0},
    {"disabled",    AL_DT_BOOL,       false, CUR,              V2,                          NULL,               NULL, 0, 0, 0},
};

static const al_dialect_value opencode_values[] = {
    {"mode", "primary",  SCHEMA, NULL},
    {"mode", "subagent", SCHEMA, NULL},
    {"mode", "all",      SCHEMA, NULL},
};

/* The theme colours the docs name for `color` besides #RRGGBB. The exact
 * list is not documented (unverified); Claude Code's colour
 * names make OpenCode refuse the file (anomalyco/opencode#24797,
 * openshift-eng/ai-helpers#537). */
const char *const al_opencode_theme_colors[] = {
    "primary",   /* zed-industries/zed#48651 quotes the docs, 2026-02 */
    "secondary", /* OpenCode theme keys, opencode.ai/docs/agents "theme names" */
    "accent",
    "success",
    "warning",
    "error",
    "info",
};
/* clang-format on */
const size_t al_opencode_theme_color_count = COUNT(al_opencode_theme_colors);

/* `provider/model-id`, optionally `#variant` (OpenCode 2). */
static const char *opencode_model_problem(const char *v, size_t n)
{
    const char *slash = memchr(v, '/', n);
    if (slash && slash != v && slash + 1 < v + n) return NULL;
    if (!slash)
        return "OpenCode reads `model` as `provider/model-id` (Claude Code's aliases such as "
               "`sonnet` name no provider); write, for example, `anthropic/<model-id>`, or "
               "remove it to use the default model";
    return "both the provider and the model ID must be there, as in `anthropic/<model-id>`";
}

const al_dialect al_dialect_opencode = {
    .label = "custom OpenCode agent",
    .reader = "OpenCode",
    .fields = opencode_fields,
    .field_count = COUNT(opencode_fields),
    .values = opencode_values,
    .value_count = COUNT(opencode_values),
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "OpenCode passes keys it does not know to the model provider as "
                            "options, where this one does nothing or makes the request fail",
    .invalid_value_effect = "OpenCode stops with \"Configuration is invalid\"",
    .model_problem = opencode_model_problem,
};
