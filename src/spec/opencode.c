/* OpenCode agents (.opencode/agents/NAME.md, legacy .opencode/agent/NAME.md).
 * Sources: opencode.ai/docs/agents (reference notes §9.5, §12, 2026-09-23);
 * the agent schema `Config.Agent` in anomalyco/opencode
 * packages/opencode/src/config/config.ts at 002d9822: a file that fails it
 * stops OpenCode with "Configuration is invalid"; keys it does not know are
 * moved into `options` and passed to the provider. */
#include "spec/dialect.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define SCHEMA "opencode config.ts@002d9822 Config.Agent"
#define DOCS "opencode.ai/docs/agents (2026-09)"
#define V2 "opencode.ai/docs/agents V2 native field (2026-09)"

/* clang-format off */
static const al_dialect_field opencode_fields[] = {
    {"description", AL_DV_STRING,     true,  AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         DOCS " (required; the schema accepts its absence)"},
    {"mode",        AL_DV_ENUM,       false, AL_DF_CURRENT,    "primary|subagent|all", 0, 0, false, NULL,       SCHEMA},
    {"model",       AL_DV_MODEL,      false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA "; " DOCS " (provider/model-id)"},
    {"variant",     AL_DV_STRING,     false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         "reference §12 (agnix OC-AG)"},
    {"temperature", AL_DV_NUMBER,     false, AL_DF_CURRENT,    NULL,                 0, 2, true,  NULL,         SCHEMA "; range 0-2: reference §12"},
    {"top_p",       AL_DV_NUMBER,     false, AL_DF_CURRENT,    NULL,                 0, 1, true,  NULL,         SCHEMA "; range 0-1: reference §12"},
    {"prompt",      AL_DV_STRING,     false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"tools",       AL_DV_TOOL_MAP,   false, AL_DF_DEPRECATED, NULL,                 0, 0, false, "`permission`", SCHEMA " (\"@deprecated Use 'permission'\")"},
    {"disable",     AL_DV_BOOL,       false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"hidden",      AL_DV_BOOL,       false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"options",     AL_DV_MAPPING,    false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"color",       AL_DV_COLOR,      false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA " (#RRGGBB); theme names: " DOCS},
    {"steps",       AL_DV_POS_INT,    false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"maxSteps",    AL_DV_POS_INT,    false, AL_DF_DEPRECATED, NULL,                 0, 0, false, "`steps`",    SCHEMA " (\"@deprecated Use 'steps'\")"},
    {"permission",  AL_DV_PERMISSION, false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA},
    {"name",        AL_DV_STRING,     false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         SCHEMA " (defaults to the file name)"},
    /* OpenCode 2 reads V1 files and these native spellings alike. */
    {"permissions", AL_DV_LIST,       false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         V2},
    {"system",      AL_DV_STRING,     false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         V2},
    {"disabled",    AL_DV_BOOL,       false, AL_DF_CURRENT,    NULL,                 0, 0, false, NULL,         V2},
};

/* The theme colours the docs name for `color` besides #RRGGBB. The exact
 * list is an open question in the reference (§12): other words get a note,
 * Claude Code's colour names an error (OpenCode refuses them:
 * anomalyco/opencode#24797, openshift-eng/ai-helpers#537). */
const char *const al_opencode_theme_colors[] = {
    "primary",   /* zed-industries/zed#48651 quotes the docs, 2026-02 */
    "secondary", /* opencode theme keys (reference §9.5 "theme names") */
    "accent",
    "success",
    "warning",
    "error",
    "info",
};
/* clang-format on */
const size_t al_opencode_theme_color_count = COUNT(al_opencode_theme_colors);

const al_dialect al_dialect_opencode = {
    .id = "opencode",
    .product = "OpenCode",
    .fields = opencode_fields,
    .field_count = COUNT(opencode_fields),
    .tools = NULL, /* tools are keys of `permission`/`tools`, any name */
    .tool_count = 0,
    .tools_case_insensitive = false,
    .tools_comma_string = false,
    .unknown_tools_ignored = true,
    .model_form = AL_MODEL_FORM_PROVIDER_SLASH,
    .unknown_keys = AL_UNKNOWN_PASSED_ON,
    .invalid_value_severity = AL_ERROR, /* "Configuration is invalid": OpenCode does not start */
    .body_max_chars = 0,
    .name_charset = NULL,
    .source = SCHEMA "; " DOCS,
};
