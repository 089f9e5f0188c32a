/* Claude Code agent front matter, as documented on 2026-08-22 (v2.1.240), with
 * the tool changes seen up to 2026-09-23 (reference §11: SendFeedback added,
 * TaskOutput removed in v2.1.277).
 * Sources: code.claude.com/docs/en/sub-agents, tools-reference, model-config
 * and the changelog; see the reference notes in the project's shared folder.
 * One entry per line. */
#include "spec/claude_code.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* clang-format off */
const al_cc_field al_cc_fields[] = {
    {"name",            AL_FIELD_NAME,      true,  "2025-07-24"},
    {"description",     AL_FIELD_STRING,    true,  "2025-07-24"},
    {"tools",           AL_FIELD_TOOLS,     false, "2025-07-24"},
    {"disallowedTools", AL_FIELD_TOOLS,     false, "2026-01-10 (v2.0.30)"},
    {"model",           AL_FIELD_MODEL,     false, "2025-09-15 (v1.0.64)"},
    {"permissionMode",  AL_FIELD_ENUM,      false, "2025-11-18 (v2.0.43)"},
    {"skills",          AL_FIELD_NAME_LIST, false, "2025-11-18 (v2.0.43)"},
    {"hooks",           AL_FIELD_HOOKS,     false, "2026-01-08 (v2.1.0)"},
    {"memory",          AL_FIELD_ENUM,      false, "2026-02-05 (v2.1.33)"},
    {"maxTurns",        AL_FIELD_POS_INT,   false, "2026-02-07"},
    {"mcpServers",      AL_FIELD_MCP,       false, "2026-02-07"},
    {"background",      AL_FIELD_BOOL,      false, "2026-02-20"},
    {"isolation",       AL_FIELD_ENUM,      false, "2026-02-20 (v2.1.49)"},
    {"effort",          AL_FIELD_ENUM,      false, "2026-03-20"},
    {"initialPrompt",   AL_FIELD_STRING,    false, "2026-03-25 (v2.1.83)"},
    {"color",           AL_FIELD_ENUM,      false, "2026-04-02 (field since v1.0.80)"},
};
/* clang-format on */
const size_t al_cc_field_count = COUNT(al_cc_fields);

/* clang-format off */
const al_cc_value al_cc_values[] = {
    {"permissionMode", "default",           "2025-11-18 (v2.0.43)", NULL,         NULL},
    {"permissionMode", "acceptEdits",       "2025-11-18 (v2.0.43)", NULL,         NULL},
    {"permissionMode", "dontAsk",           "2025-11-18 (v2.0.43)", NULL,         NULL},
    {"permissionMode", "bypassPermissions", "2025-11-18 (v2.0.43)", NULL,         NULL},
    {"permissionMode", "plan",              "2025-11-18 (v2.0.43)", NULL,         NULL},
    {"permissionMode", "auto",              "2026-04-02",           NULL,         NULL},
    {"permissionMode", "manual",            "v2.1.200",             NULL,         NULL},
    {"permissionMode", "ignore",            "2025-11-18 (v2.0.43)", "2026-01-10", "it left the documentation on 2026-01-10"},
    {"permissionMode", "delegate",          "2026-02-07",           "2026-02-19", "it was documented only from 2026-02-07 to 2026-02-19"},
    {"memory",         "user",              "2026-02-05 (v2.1.33)", NULL,         NULL},
    {"memory",         "project",           "2026-02-05 (v2.1.33)", NULL,         NULL},
    {"memory",         "local",             "2026-02-05 (v2.1.33)", NULL,         NULL},
    {"isolation",      "worktree",          "2026-02-20 (v2.1.49)", NULL,         NULL},
    {"effort",         "low",               "2026-03-20",           NULL,         NULL},
    {"effort",         "medium",            "2026-03-20",           NULL,         NULL},
    {"effort",         "high",              "2026-03-20",           NULL,         NULL},
    {"effort",         "xhigh",             "2026-03-20",           NULL,         NULL},
    {"effort",         "max",               "2026-03-20",           NULL,         NULL},
    {"color",          "red",               "v1.0.80",              NULL,         NULL},
    {"color",          "blue",              "v1.0.80",              NULL,         NULL},
    {"color",          "green",             "v1.0.80",              NULL,         NULL},
    {"color",          "yellow",            "v1.0.80",              NULL,         NULL},
    {"color",          "purple",            "v1.0.80",              NULL,         NULL},
    {"color",          "orange",            "v1.0.80",              NULL,         NULL},
    {"color",          "pink",              "v1.0.80",              NULL,         NULL},
    {"color",          "cyan",              "v1.0.80",              NULL,         NULL},
    {"mcpType",        "stdio",             "2026-02-07",           NULL,         NULL},
    {"mcpType",        "http",              "2026-02-07",           NULL,         NULL},
    {"mcpType",        "sse",               "2026-02-07",           NULL,         NULL},
    {"mcpType",        "ws",                "2026-02-07",           NULL,         NULL},
    {"mcpType",        "streamable-http",   "mcp docs 2026-08-22 (alias of http)", NULL, NULL},
};
/* clang-format on */
const size_t al_cc_value_count = COUNT(al_cc_values);

/* clang-format off */
const al_cc_tool al_cc_tools[] = {
    {"Agent",                AL_TOOL_CURRENT,    "v2.1.63",    NULL,         false},
    {"Artifact",             AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"AskUserQuestion",      AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Bash",                 AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"CronCreate",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"CronDelete",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"CronList",             AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Edit",                 AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"EndConversation",      AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"EnterPlanMode",        AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"EnterWorktree",        AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"ExitPlanMode",         AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"ExitWorktree",         AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Glob",                 AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"Grep",                 AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"ListAgents",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"ListMcpResourcesTool", AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"LSP",                  AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Monitor",              AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"NotebookEdit",         AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"PowerShell",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"PushNotification",     AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Read",                 AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"ReadMcpResourceTool",  AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"RemoteTrigger",        AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"ReportFindings",       AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"ScheduleWakeup",       AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"SendFeedback",         AL_TOOL_CURRENT,    "v2.1.238 (agnix#1440, 2026-08-27)", NULL, false},
    {"SendMessage",          AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"SendUserFile",         AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"ShareOnboardingGuide", AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Skill",                AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TaskCreate",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TaskGet",              AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TaskList",             AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TaskStop",             AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TaskUpdate",           AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"TodoWrite",            AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"ToolSearch",           AL_TOOL_CURRENT,    "2026-03-10", NULL,         false},
    {"WaitForMcpServers",    AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"WebFetch",             AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"WebSearch",            AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"Workflow",             AL_TOOL_CURRENT,    "2026-08-22", NULL,         false},
    {"Write",                AL_TOOL_CURRENT,    "2025-07-24", NULL,         false},
    {"Task",                 AL_TOOL_ALIAS,      "v2.1.63",    "Agent",      true},
    {"TaskOutput",           AL_TOOL_RETIRED,    "v2.1.277",   "Read",       false}, /* deprecated v2.1.83; removed v2.1.277 (agnostic-ai#955) */
    {"MultiEdit",            AL_TOOL_RETIRED,    "2025-11-14", "Edit",       true},
    {"LS",                   AL_TOOL_RETIRED,    "2025-11-14", "Glob",       true},
    {"NotebookRead",         AL_TOOL_RETIRED,    "2025-11-24", "Read",       true},
    {"TodoRead",             AL_TOOL_RETIRED,    "2025-07-10", "TodoWrite",  false},
    {"SlashCommand",         AL_TOOL_RETIRED,    "v2.1.3",     "Skill",      true},
    {"BashOutput",           AL_TOOL_RETIRED,    "v2.0.64",    "Read",       false}, /* renamed TaskOutput v2.0.64, itself removed v2.1.277 */
    {"AgentOutputTool",      AL_TOOL_RETIRED,    "v2.0.64",    "Read",       false}, /* as BashOutput */
    {"KillShell",            AL_TOOL_RETIRED,    "2026-03-10", "TaskStop",   true},
    {"KillBash",             AL_TOOL_RETIRED,    "2026-03-10", "TaskStop",   true},
    {"MCPSearch",            AL_TOOL_RETIRED,    "2026-03-10", "ToolSearch", true},
    {"TeamCreate",           AL_TOOL_RETIRED,    "v2.1.178",   NULL,         false},
    {"TeamDelete",           AL_TOOL_RETIRED,    "v2.1.178",   NULL,         false},
};
/* clang-format on */
const size_t al_cc_tool_count = COUNT(al_cc_tools);

/* clang-format off */
const al_cc_model al_cc_models[] = {
    {"inherit",                    AL_MODEL_ALIAS,   "2025-09-15 (v1.0.64)", NULL},
    {"sonnet",                     AL_MODEL_ALIAS,   "2025-09-15 (v1.0.64)", NULL},
    {"opus",                       AL_MODEL_ALIAS,   "2025-09-15 (v1.0.64)", NULL},
    {"haiku",                      AL_MODEL_ALIAS,   "2025-09-15 (v1.0.64)", NULL},
    {"fable",                      AL_MODEL_ALIAS,   "2026-08-22",           NULL},
    {"default",                    AL_MODEL_ALIAS,   "/model alias",         NULL},
    {"best",                       AL_MODEL_ALIAS,   "/model alias",         NULL},
    {"opusplan",                   AL_MODEL_ALIAS,   "/model alias",         NULL},
    {"sonnet[1m]",                 AL_MODEL_ALIAS,   "/model alias",         NULL},
    {"opus[1m]",                   AL_MODEL_ALIAS,   "/model alias",         NULL},
    {"claude-fable-5",             AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-5",              AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-4-8",            AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-4-7",            AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-4-6",            AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-4-5-20251101",   AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-sonnet-5",            AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-sonnet-4-6",          AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-sonnet-4-5-20250929", AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-haiku-4-5-20251001",  AL_MODEL_ACTIVE,  "2026-08-22",           NULL},
    {"claude-opus-4-1-20250805",   AL_MODEL_RETIRED, "2026-08-22",           "opus"},
    {"claude-opus-4-20250514",     AL_MODEL_RETIRED, "2026-08-22",           "opus"},
    {"claude-sonnet-4-20250514",   AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-7-sonnet-20250219", AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-7-sonnet-latest",   AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-5-sonnet-20241022", AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-5-sonnet-20240620", AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-5-sonnet-latest",   AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
    {"claude-3-5-haiku-20241022",  AL_MODEL_RETIRED, "2026-08-22",           "haiku"},
    {"claude-3-5-haiku-latest",    AL_MODEL_RETIRED, "2026-08-22",           "haiku"},
    {"claude-3-haiku-20240307",    AL_MODEL_RETIRED, "2026-08-22",           "haiku"},
    {"claude-3-opus-20240229",     AL_MODEL_RETIRED, "2026-08-22",           "opus"},
    {"claude-3-opus-latest",       AL_MODEL_RETIRED, "2026-08-22",           "opus"},
    {"claude-3-sonnet-20240229",   AL_MODEL_RETIRED, "2026-08-22",           "sonnet"},
};
/* clang-format on */
const size_t al_cc_model_count = COUNT(al_cc_models);

/* clang-format off */
const al_cc_near_miss al_cc_near_misses[] = {
    {"allowedTools",     "tools",           "`allowedTools` is not an agent field; the agent runs with every tool"},
    {"allowed-tools",    "tools",           "`allowed-tools` is the skills spelling; in an agent it is ignored and the agent runs with " "every tool"},
    {"allowed_tools",    "tools",           "`allowed_tools` is not an agent field; the agent runs with every tool"},
    {"tool",             "tools",           "`tool` is not an agent field; the agent runs with every tool"},
    {"disallowed-tools", "disallowedTools", "`disallowed-tools` is the skills spelling; in an agent it is ignored and nothing is denied"},
    {"disallowed_tools", "disallowedTools", "`disallowed_tools` is not an agent field; nothing is denied"},
    {"deniedTools",      "disallowedTools", "`deniedTools` is not an agent field; nothing is denied"},
    {"permission-mode",  "permissionMode",  "agent fields are camelCase"},
    {"permission_mode",  "permissionMode",  "agent fields are camelCase"},
    {"max-turns",        "maxTurns",        "agent fields are camelCase"},
    {"max_turns",        "maxTurns",        "agent fields are camelCase"},
    {"mcp-servers",      "mcpServers",      "agent fields are camelCase"},
    {"mcp_servers",      "mcpServers",      "agent fields are camelCase"},
    {"initial-prompt",   "initialPrompt",   "agent fields are camelCase"},
    {"initial_prompt",   "initialPrompt",   "agent fields are camelCase"},
    {"colour",           "color",           "the field is spelled the American way"},
    {"models",           "model",           "the field takes one model"},
};
/* clang-format on */
const size_t al_cc_near_miss_count = COUNT(al_cc_near_misses);

/* Settings hook events ("All hook events are supported" in agents). */
const char *const al_cc_hook_events[] = {
    "PreToolUse",         /* 2025-07 */
    "PostToolUse",        /* 2025-07 */
    "PostToolUseFailure", /* v2.0.x */
    "Notification",       /* 2025-07 */
    "UserPromptSubmit",   /* 2025-07 */
    "Stop",               /* 2025-07; becomes SubagentStop in an agent */
    "SubagentStart",      /* v2.0.43 */
    "SubagentStop",       /* 2025-07 */
    "PreCompact",         /* 2025-07 */
    "SessionStart",       /* 2025-07 */
    "SessionEnd",         /* 2025-08 */
    "PermissionRequest",  /* v2.0.45 */
};
const size_t al_cc_hook_event_count = COUNT(al_cc_hook_events);

static bool eq(const char *table_word, const char *s, size_t len)
{
    return strlen(table_word) == len && memcmp(table_word, s, len) == 0;
}

const al_cc_field *al_cc_field_find(const char *name, size_t len)
{
    for (size_t i = 0; i < al_cc_field_count; i++)
        if (eq(al_cc_fields[i].name, name, len)) return &al_cc_fields[i];
    return NULL;
}

const al_cc_tool *al_cc_tool_find(const char *name, size_t len)
{
    for (size_t i = 0; i < al_cc_tool_count; i++)
        if (eq(al_cc_tools[i].name, name, len)) return &al_cc_tools[i];
    return NULL;
}

const al_cc_model *al_cc_model_find(const char *id, size_t len)
{
    for (size_t i = 0; i < al_cc_model_count; i++)
        if (eq(al_cc_models[i].id, id, len)) return &al_cc_models[i];
    return NULL;
}

const al_cc_value *al_cc_value_find(const char *field, const char *value, size_t len)
{
    for (size_t i = 0; i < al_cc_value_count; i++)
        if (strcmp(al_cc_values[i].field, field) == 0 && eq(al_cc_values[i].value, value, len))
            return &al_cc_values[i];
    return NULL;
}

const al_cc_near_miss *al_cc_near_miss_find(const char *key, size_t len)
{
    for (size_t i = 0; i < al_cc_near_miss_count; i++)
        if (eq(al_cc_near_misses[i].wrong, key, len)) return &al_cc_near_misses[i];
    return NULL;
}
