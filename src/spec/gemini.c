/* Gemini CLI subagents (.gemini/agents/NAME.md).
 * Sources: google-gemini/gemini-cli docs/core/subagents.md at 0badfc26; the
 * loader's strict zod schemas in packages/core/src/agents/agentLoader.ts
 * (67ad7c40 and 03c6714c): any key outside the schema, a wrong type or an
 * invalid tool name fails the file ("Failed to load agent"); tool names from
 * packages/core/src/tools/definitions/base-declarations.ts and
 * tool-names.ts (00068e9c). Reference notes §9.7 and §12 (2026-09-23). */
#include "spec/dialect.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define DOCS "gemini-cli@0badfc26 docs/core/subagents.md"
#define LOADER "gemini-cli agentLoader.ts localAgentSchema (.strict())"
#define LOADER2 "gemini-cli@03c6714c agentLoader.ts"
#define REMOTE "gemini-cli agentLoader.ts remoteAgentSchema; docs remote-agents.md"
#define TOOLS "gemini-cli@00068e9c base-declarations.ts"

/* clang-format off */
static const al_dialect_field gemini_fields[] = {
    {"name",           AL_DV_STRING,    true,  AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS "; " LOADER " (slug /^[a-z0-9-_]+$/)"},
    {"description",    AL_DV_STRING,    true,  AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS "; " LOADER " (min 1; optional for kind: remote)"},
    {"kind",           AL_DV_ENUM,      false, AL_DF_CURRENT, "local|remote", 0, 0, false, NULL, DOCS},
    {"display_name",   AL_DV_STRING,    false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, LOADER},
    {"tools",          AL_DV_TOOL_LIST, false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS " (array; omitted = all tools)"},
    {"model",          AL_DV_MODEL,     false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS " (default inherit)"},
    {"temperature",    AL_DV_NUMBER,    false, AL_DF_CURRENT, NULL,           0, 2, true,  NULL, DOCS " (0.0 - 2.0, default 1)"},
    {"max_turns",      AL_DV_POS_INT,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS " (default 30)"},
    {"timeout_mins",   AL_DV_POS_INT,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS " (default 10)"},
    {"mcpServers",     AL_DV_MAPPING,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, DOCS " (inline MCP servers)"},
    {"mcp_servers",    AL_DV_MAPPING,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, LOADER2 " (the loader's spelling there)"},
    {"policy",         AL_DV_MAPPING,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, LOADER2},
    {"agent_card_url", AL_DV_STRING,    false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, REMOTE " (required for kind: remote)"},
    {"auth",           AL_DV_MAPPING,   false, AL_DF_CURRENT, NULL,           0, 0, false, NULL, REMOTE " (v0.39, agnix GM-AG-001)"},
};

static const al_dialect_tool gemini_tools[] = {
    {"glob",                   AL_DT_TOOL,    NULL,                TOOLS},
    {"grep_search",            AL_DT_TOOL,    NULL,                TOOLS},
    {"list_directory",         AL_DT_TOOL,    NULL,                TOOLS},
    {"read_file",              AL_DT_TOOL,    NULL,                TOOLS},
    {"read_many_files",        AL_DT_TOOL,    NULL,                TOOLS},
    {"run_shell_command",      AL_DT_TOOL,    NULL,                TOOLS},
    {"write_file",             AL_DT_TOOL,    NULL,                TOOLS},
    {"replace",                AL_DT_TOOL,    NULL,                TOOLS},
    {"google_web_search",      AL_DT_TOOL,    NULL,                TOOLS},
    {"web_fetch",              AL_DT_TOOL,    NULL,                TOOLS},
    {"write_todos",            AL_DT_TOOL,    NULL,                TOOLS},
    {"save_memory",            AL_DT_TOOL,    NULL,                TOOLS},
    {"get_internal_docs",      AL_DT_TOOL,    NULL,                TOOLS},
    {"activate_skill",         AL_DT_TOOL,    NULL,                TOOLS},
    {"ask_user",               AL_DT_TOOL,    NULL,                TOOLS},
    {"enter_plan_mode",        AL_DT_TOOL,    NULL,                TOOLS},
    {"exit_plan_mode",         AL_DT_TOOL,    NULL,                TOOLS},
    {"update_topic",           AL_DT_TOOL,    NULL,                TOOLS},
    {"tracker_create_task",    AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"tracker_update_task",    AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"tracker_get_task",       AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"tracker_list_tasks",     AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"tracker_add_dependency", AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"tracker_visualize",      AL_DT_TOOL,    NULL,                "gemini-cli@00068e9c tool-names.ts"},
    {"*",                      AL_DT_TOOL,    NULL,                DOCS " (wildcard: every tool)"},
    {"search_file_content",    AL_DT_LEGACY,  "grep_search",       "gemini-cli@00068e9c tool-names.ts TOOL_LEGACY_ALIASES"},
    /* Claude Code's names, which the loader rejects (affaan-m/ECC#1316). */
    {"Read",                   AL_DT_FOREIGN, "read_file",         "reference §9.7"},
    {"Write",                  AL_DT_FOREIGN, "write_file",        "reference §9.7"},
    {"Edit",                   AL_DT_FOREIGN, "replace",           "reference §9.7"},
    {"MultiEdit",              AL_DT_FOREIGN, "replace",           "reference §9.7"},
    {"Bash",                   AL_DT_FOREIGN, "run_shell_command", "reference §9.7"},
    {"Grep",                   AL_DT_FOREIGN, "grep_search",       "reference §9.7"},
    {"Glob",                   AL_DT_FOREIGN, "glob",              "reference §9.7"},
    {"LS",                     AL_DT_FOREIGN, "list_directory",    "reference §9.7"},
    {"WebFetch",               AL_DT_FOREIGN, "web_fetch",         "reference §9.7"},
    {"WebSearch",              AL_DT_FOREIGN, "google_web_search", "reference §9.7"},
    {"TodoWrite",              AL_DT_FOREIGN, "write_todos",       "reference §9.7"},
    {"AskUserQuestion",        AL_DT_FOREIGN, "ask_user",          "reference §9.7"},
    {"Skill",                  AL_DT_FOREIGN, "activate_skill",    "reference §9.7"},
    {"EnterPlanMode",          AL_DT_FOREIGN, "enter_plan_mode",   "reference §9.7"},
    {"ExitPlanMode",           AL_DT_FOREIGN, "exit_plan_mode",    "reference §9.7"},
    /* Copilot's aliases. */
    {"read",                   AL_DT_FOREIGN, "read_file",         "reference §9.4"},
    {"edit",                   AL_DT_FOREIGN, "replace",           "reference §9.4"},
    {"execute",                AL_DT_FOREIGN, "run_shell_command", "reference §9.4"},
    {"search",                 AL_DT_FOREIGN, "grep_search",       "reference §9.4"},
    {"todo",                   AL_DT_FOREIGN, "write_todos",       "reference §9.4"},
};
/* clang-format on */

const al_dialect al_dialect_gemini = {
    .id = "gemini",
    .product = "Gemini CLI",
    .fields = gemini_fields,
    .field_count = COUNT(gemini_fields),
    .tools = gemini_tools,
    .tool_count = COUNT(gemini_tools),
    .tools_case_insensitive = false,
    .tools_comma_string = false, /* z.array(z.string()) */
    .unknown_tools_ignored = false,
    .model_form = AL_MODEL_FORM_GEMINI,
    .unknown_keys = AL_UNKNOWN_REJECTED,
    .invalid_value_severity = AL_ERROR, /* the file fails validation and is not loaded */
    .body_max_chars = 0,
    .name_charset = "a-z0-9-_",
    .source = DOCS "; " LOADER,
};
