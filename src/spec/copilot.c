/* GitHub Copilot custom agents (.github/agents/NAME.agent.md or NAME.md).
 * Source: github/docs content/copilot/reference/custom-agents-configuration.md
 * at commit 03e038c5 (read 2026-09-23; reference notes §9.4 and §12). */
#include "spec/dialect.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define DOCS "github/docs@03e038c5 custom-agents-configuration.md (2026-09)"

/* clang-format off */
static const al_dialect_field copilot_fields[] = {
    {"name",                     AL_DV_STRING,     false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"description",              AL_DV_STRING,     true,  AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"target",                   AL_DV_ENUM,       false, AL_DF_CURRENT,    "vscode|github-copilot",     0, 0, false, NULL,                                            DOCS},
    {"tools",                    AL_DV_TOOL_LIST,  false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"model",                    AL_DV_MODEL,      false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"disable-model-invocation", AL_DV_BOOL,       false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"user-invocable",           AL_DV_BOOL,       false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"infer",                    AL_DV_BOOL,       false, AL_DF_RETIRED,    NULL,                        0, 0, false, "`disable-model-invocation` and `user-invocable`", DOCS " (\"Retired\")"},
    {"mcp-servers",              AL_DV_MAPPING,    false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"metadata",                 AL_DV_STRING_MAP, false, AL_DF_CURRENT,    NULL,                        0, 0, false, NULL,                                            DOCS},
    {"argument-hint",            AL_DV_STRING,     false, AL_DF_ELSEWHERE,  NULL,                        0, 0, false, NULL,                                            DOCS " (VS Code only; ignored on github.com)"},
    {"handoffs",                 AL_DV_LIST,       false, AL_DF_ELSEWHERE,  NULL,                        0, 0, false, NULL,                                            DOCS " (VS Code only; ignored on github.com)"},
};

/* "All aliases are case insensitive"; the compatible aliases are other
 * tools' names that Copilot maps. Unrecognised names are ignored. */
static const al_dialect_tool copilot_tools[] = {
    {"execute",      AL_DT_TOOL,  NULL,      DOCS},
    {"read",         AL_DT_TOOL,  NULL,      DOCS},
    {"edit",         AL_DT_TOOL,  NULL,      DOCS},
    {"search",       AL_DT_TOOL,  NULL,      DOCS},
    {"agent",        AL_DT_TOOL,  NULL,      DOCS},
    {"web",          AL_DT_TOOL,  NULL,      DOCS},
    {"todo",         AL_DT_TOOL,  NULL,      DOCS},
    {"shell",        AL_DT_ALIAS, "execute", DOCS},
    {"Bash",         AL_DT_ALIAS, "execute", DOCS},
    {"powershell",   AL_DT_ALIAS, "execute", DOCS},
    {"Read",         AL_DT_ALIAS, "read",    DOCS},
    {"NotebookRead", AL_DT_ALIAS, "read",    DOCS},
    {"Edit",         AL_DT_ALIAS, "edit",    DOCS},
    {"MultiEdit",    AL_DT_ALIAS, "edit",    DOCS},
    {"Write",        AL_DT_ALIAS, "edit",    DOCS},
    {"NotebookEdit", AL_DT_ALIAS, "edit",    DOCS},
    {"Grep",         AL_DT_ALIAS, "search",  DOCS},
    {"Glob",         AL_DT_ALIAS, "search",  DOCS},
    {"custom-agent", AL_DT_ALIAS, "agent",   DOCS},
    {"Task",         AL_DT_ALIAS, "agent",   DOCS},
    {"WebSearch",    AL_DT_ALIAS, "web",     DOCS},
    {"WebFetch",     AL_DT_ALIAS, "web",     DOCS},
    {"TodoWrite",    AL_DT_ALIAS, "todo",    DOCS},
};
/* clang-format on */

const al_dialect al_dialect_copilot = {
    .id = "copilot",
    .product = "GitHub Copilot",
    .fields = copilot_fields,
    .field_count = COUNT(copilot_fields),
    .tools = copilot_tools,
    .tool_count = COUNT(copilot_tools),
    .tools_case_insensitive = true,
    .tools_comma_string = true, /* "Supports both a comma separated string and yaml string array" */
    .unknown_tools_ignored = true,
    .model_form = AL_MODEL_FORM_ANY,
    .unknown_keys = AL_UNKNOWN_IGNORED,
    .invalid_value_severity = AL_WARNING,
    .body_max_chars = 30000, /* "The prompt can be a maximum of 30,000 characters" */
    .name_charset = NULL,
    .source = DOCS,
};
