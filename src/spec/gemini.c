/* Gemini CLI subagents (.gemini/agents/NAME.md).
 * Sources: google-gemini/gemini-cli docs/core/subagents.md at 0badfc26; the
 * loader's strict zod schemas in packages/core/src/agents/agentLoader.ts (at
 * 67ad7c40 and 03c6714c): a key outside the schema, a wrong type or an
 * invalid tool name fails the file ("Failed to load agent"); tool names from
 * packages/core/src/tools/definitions/base-declarations.ts and tool-names.ts
 * at 00068e9c; affaan-m/ECC#1316 (read 2026-09-23). One entry per line. */
#include <string.h>

#include "spec/claude_code.h"
#include "spec/dialects.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define CUR      AL_DF_CURRENT
#define DOCS     "gemini-cli@0badfc26 subagents.md, 2026-09"
#define LOADER   "gemini-cli agentLoader.ts (.strict()), 2026-09"
#define LOADER2  "gemini-cli@03c6714c agentLoader.ts, 2026-09"
#define REMOTE   "gemini-cli agentLoader.ts remoteAgentSchema, 2026-09"
#define TOOLS    "gemini-cli@00068e9c base-declarations.ts, 2026-09"
#define TRACKER  "gemini-cli@00068e9c tool-names.ts, 2026-09"

/* clang-format off */
static const al_dialect_field gemini_fields[] = {
    {"name",           AL_DT_NAME,    true,  CUR, DOCS " (slug)",                NULL, NULL, 0, 0, 0},
    {"description",    AL_DT_STRING,  true,  CUR, DOCS " (optional when remote)", NULL, NULL, 0, 0, 0},
    {"kind",           AL_DT_ENUM,    false, CUR, DOCS,                          NULL, NULL, 0, 0, 0},
    {"display_name",   AL_DT_STRING,  false, CUR, LOADER,                        NULL, NULL, 0, 0, 0},
    {"tools",          AL_DT_TOOLS,   false, CUR, DOCS " (a list; omitted: all)", NULL, NULL, 0, 0, 0},
    {"model",          AL_DT_MODEL,   false, CUR, DOCS " (default inherit)",     NULL, NULL, 0, 0, 0},
    {"temperature",    AL_DT_NUMBER,  false, CUR, DOCS " (0.0-2.0, default 1)",  NULL, NULL, 0, 0, 2},
    {"max_turns",      AL_DT_POS_INT, false, CUR, DOCS " (default 30)",          NULL, NULL, 0, 0, 0},
    {"timeout_mins",   AL_DT_POS_INT, false, CUR, DOCS " (default 10)",          NULL, NULL, 0, 0, 0},
    {"mcpServers",     AL_DT_MAPPING, false, CUR, DOCS " (inline MCP servers)",  NULL, NULL, 0, 0, 0},
    {"mcp_servers",    AL_DT_MAPPING, false, CUR, LOADER2 " (its spelling there)", NULL, NULL, 0, 0, 0},
    {"policy",         AL_DT_MAPPING, false, CUR, LOADER2,                       NULL, NULL, 0, 0, 0},
    {"agent_card_url", AL_DT_STRING,  false, CUR, REMOTE " (required when remote)", NULL, NULL, 0, 0, 0},
    {"auth",           AL_DT_MAPPING, false, CUR, REMOTE " (v0.39, agnix GM-AG-001)", NULL, NULL, 0, 0, 0},
};

static const al_dialect_value gemini_values[] = {
    {"kind", "local",  DOCS, NULL},
    {"kind", "remote", DOCS, NULL},
};

static const al_dialect_tool gemini_tools[] = {
    {"glob",                   TOOLS,   NULL},
    {"grep_search",            TOOLS,   NULL},
    {"list_directory",         TOOLS,   NULL},
    {"read_file",              TOOLS,   NULL},
    {"read_many_files",        TOOLS,   NULL},
    {"run_shell_command",      TOOLS,   NULL},
    {"write_file",             TOOLS,   NULL},
    {"replace",                TOOLS,   NULL},
    {"google_web_search",      TOOLS,   NULL},
    {"web_fetch",              TOOLS,   NULL},
    {"write_todos",            TOOLS,   NULL},
    {"save_memory",            TOOLS,   NULL},
    {"get_internal_docs",      TOOLS,   NULL},
    {"activate_skill",         TOOLS,   NULL},
    {"ask_user",               TOOLS,   NULL},
    {"enter_plan_mode",        TOOLS,   NULL},
    {"exit_plan_mode",         TOOLS,   NULL},
    {"update_topic",           TOOLS,   NULL},
    {"tracker_create_task",    TRACKER, NULL},
    {"tracker_update_task",    TRACKER, NULL},
    {"tracker_get_task",       TRACKER, NULL},
    {"tracker_list_tasks",     TRACKER, NULL},
    {"tracker_add_dependency", TRACKER, NULL},
    {"tracker_visualize",      TRACKER, NULL},
    {"*",                      DOCS,    NULL},
    {"search_file_content",    TRACKER, "grep_search"}, /* TOOL_LEGACY_ALIASES */
};

const al_dialect_foreign_tool al_gemini_foreign_tools[] = {
    {"Read",            "read_file",         "affaan-m/ECC#1316"},
    {"Write",           "write_file",        "gemini-cli tool-names.ts"},
    {"Edit",            "replace",           "gemini-cli tool-names.ts"},
    {"MultiEdit",       "replace",           "gemini-cli tool-names.ts"},
    {"Bash",            "run_shell_command", "gemini-cli tool-names.ts"},
    {"Grep",            "grep_search",       "gemini-cli tool-names.ts"},
    {"Glob",            "glob",              "gemini-cli tool-names.ts"},
    {"LS",              "list_directory",    "gemini-cli tool-names.ts"},
    {"WebFetch",        "web_fetch",         "gemini-cli tool-names.ts"},
    {"WebSearch",       "google_web_search", "gemini-cli tool-names.ts"},
    {"TodoWrite",       "write_todos",       "gemini-cli tool-names.ts"},
    {"AskUserQuestion", "ask_user",          "gemini-cli tool-names.ts"},
    {"Skill",           "activate_skill",    "gemini-cli tool-names.ts"},
    {"EnterPlanMode",   "enter_plan_mode",   "gemini-cli tool-names.ts"},
    {"ExitPlanMode",    "exit_plan_mode",    "gemini-cli tool-names.ts"},
    {"read",            "read_file",         "Copilot alias, custom-agents-configuration"},
    {"edit",            "replace",           "Copilot alias, custom-agents-configuration"},
    {"execute",         "run_shell_command", "Copilot alias, custom-agents-configuration"},
    {"search",          "grep_search",       "Copilot alias, custom-agents-configuration"},
    {"todo",            "write_todos",       "Copilot alias, custom-agents-configuration"},
};
/* clang-format on */
const size_t al_gemini_foreign_tool_count = COUNT(al_gemini_foreign_tools);

/* nameSchema: /^[a-z0-9-_]+$/ */
static bool gemini_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* Any model name goes (default `inherit`); Claude Code's aliases are no
 * Gemini model, and the agent fails when it first runs. */
static const char *gemini_model_problem(const char *v, size_t n)
{
    const al_cc_model *m = al_cc_model_find(v, n);
    if (m && m->status == AL_MODEL_ALIAS && strcmp(m->id, "inherit") != 0 &&
        strcmp(m->id, "default") != 0)
        return "it is a Claude Code alias, not a Gemini model, so the agent fails when it runs; "
               "name a Gemini model or write `inherit`";
    return NULL;
}

const al_dialect al_dialect_gemini = {
    .label = "Gemini CLI subagent",
    .reader = "Gemini CLI",
    .fields = gemini_fields,
    .field_count = COUNT(gemini_fields),
    .values = gemini_values,
    .value_count = COUNT(gemini_values),
    .tools = gemini_tools,
    .tool_count = COUNT(gemini_tools),
    .tools_list_only = true, /* tools: z.array(z.string()) */
    .unknown_field_severity = AL_ERROR,
    .unknown_field_effect = "Gemini CLI rejects any key outside its schema, so the agent does not "
                            "load",
    .invalid_value_effect = "Gemini CLI does not load the agent",
    .name_char_ok = gemini_name_char,
    .name_chars = "lowercase letters, digits, `-` and `_` (the name becomes a tool name)",
    .model_problem = gemini_model_problem,
};
