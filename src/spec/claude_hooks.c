/* Claude Code hook events and handler types, current to the hooks
 * documentation of 2026-08-22 (Claude Code v2.1.240): "Hook events",
 * "Matcher patterns" (what each event's matcher filters, and which events
 * have none), "Prompt-based hooks" (the events that run `prompt` and
 * `agent` handlers; SessionStart and Setup run only `command` and
 * `mcp_tool`) and "Hook handler fields". "Since" is the first CHANGELOG
 * entry naming the event; CL 1.0.38 only says hooks were released, so the
 * four events dated 1.0.38 are inferred; three events have no CHANGELOG
 * entry and carry the date they first appear in the docs. One entry per
 * line. */
#include "spec/claude_hooks.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define NONE   AL_HOOK_MATCH_NONE
#define TOOL   AL_HOOK_MATCH_TOOL
#define VALUES AL_HOOK_MATCH_VALUES
#define NAME   AL_HOOK_MATCH_NAME

/* clang-format off */
const al_hook_event al_hook_events[] = {
    {"PreToolUse",          "v1.0.38",               TOOL,   NULL,                                   true,  true,  false, "docs:hooks; CL 1.0.38"},
    {"PostToolUse",         "v1.0.38",               TOOL,   NULL,                                   true,  true,  false, "docs:hooks; CL 1.0.38"},
    {"Notification",        "v1.0.38",               VALUES, "permission_prompt idle_prompt auth_success elicitation_dialog elicitation_url_dialog elicitation_complete elicitation_response agent_needs_input agent_completed", false, true, false, "docs:hooks matcher table"},
    {"Stop",                "v1.0.38",               NONE,   NULL,                                   true,  true,  false, "docs:hooks; CL 1.0.38"},
    {"SubagentStop",        "v1.0.41",               NAME,   NULL,                                   true,  true,  false, "CL 1.0.41"},
    {"PreCompact",          "v1.0.48",               VALUES, "manual auto",                          false, true,  false, "CL 1.0.48"},
    {"UserPromptSubmit",    "v1.0.54",               NONE,   NULL,                                   true,  true,  false, "CL 1.0.54"},
    {"SessionStart",        "v1.0.62",               VALUES, "startup resume clear compact fork",    false, false, false, "CL 1.0.62; docs:hooks (command and mcp_tool only)"},
    {"SessionEnd",          "v1.0.85",               VALUES, "clear resume logout prompt_input_exit other", false, true, false, "CL 1.0.85"},
    {"SubagentStart",       "v2.0.43",               NAME,   NULL,                                   false, true,  false, "CL 2.0.43"},
    {"PermissionRequest",   "v2.0.45",               TOOL,   NULL,                                   true,  true,  false, "CL 2.0.45"},
    {"Setup",               "v2.1.10",               VALUES, "init maintenance",                     false, false, false, "CL 2.1.10; docs:hooks (command and mcp_tool only)"},
    {"PostToolUseFailure",  "docs 2026-01-22",       TOOL,   NULL,                                   true,  true,  false, "docs:hooks (no CHANGELOG entry)"},
    {"TeammateIdle",        "v2.1.33",               NONE,   NULL,                                   true,  true,  false, "CL 2.1.33"},
    {"TaskCompleted",       "v2.1.33",               NONE,   NULL,                                   true,  true,  false, "CL 2.1.33"},
    {"ConfigChange",        "v2.1.49",               VALUES, "user_settings project_settings local_settings policy_settings skills", false, true, false, "CL 2.1.49"},
    {"WorktreeCreate",      "v2.1.50",               NONE,   NULL,                                   false, true,  false, "CL 2.1.50"},
    {"WorktreeRemove",      "v2.1.50",               NONE,   NULL,                                   false, true,  false, "CL 2.1.50"},
    {"InstructionsLoaded",  "v2.1.69",               VALUES, "session_start nested_traversal path_glob_match include compact", false, true, false, "CL 2.1.69"},
    {"PostCompact",         "v2.1.76",               VALUES, "manual auto",                          false, true,  false, "CL 2.1.76"},
    {"Elicitation",         "v2.1.76",               NAME,   NULL,                                   false, true,  false, "CL 2.1.76"},
    {"ElicitationResult",   "v2.1.76",               NAME,   NULL,                                   false, true,  false, "CL 2.1.76"},
    {"StopFailure",         "v2.1.78",               VALUES, "rate_limit overloaded authentication_failed oauth_org_not_allowed billing_error invalid_request model_not_found server_error max_output_tokens unknown", false, true, true, "CL 2.1.78; docs:hooks (narrow exact-match set)"},
    {"CwdChanged",          "v2.1.83",               NONE,   NULL,                                   false, true,  false, "CL 2.1.83"},
    {"FileChanged",         "v2.1.83",               NAME,   NULL,                                   false, true,  true,  "CL 2.1.83; docs:hooks (narrow exact-match set)"},
    {"TaskCreated",         "v2.1.84",               NONE,   NULL,                                   true,  true,  false, "CL 2.1.84"},
    {"PermissionDenied",    "v2.1.89",               TOOL,   NULL,                                   true,  true,  false, "CL 2.1.89"},
    {"UserPromptExpansion", "docs 2026-04-21",       NAME,   NULL,                                   true,  true,  false, "docs:hooks (no CHANGELOG entry)"},
    {"PostToolBatch",       "docs 2026-04-23",       NONE,   NULL,                                   true,  true,  false, "docs:hooks (no CHANGELOG entry)"},
    {"MessageDisplay",      "v2.1.152",              NONE,   NULL,                                   false, true,  false, "CL 2.1.152"},
    {"DirectoryAdded",      "v2.1.219",              VALUES, "slash_command register_repo_root",     false, true,  false, "CL 2.1.219"},
};

const al_hook_type al_hook_types[] = {
    {"command",  "v1.0.38", "command",     "docs:hooks \"Command hook fields\""},
    {"prompt",   "v2.0.30", "prompt",      "docs:hooks \"Prompt and agent hook fields\"; CL 2.0.30"},
    {"agent",    "v2.1.0",  "prompt",      "docs:hooks \"Prompt and agent hook fields\" (experimental)"},
    {"http",     "v2.1.63", "url",         "docs:hooks \"HTTP hook fields\"; CL 2.1.63"},
    {"mcp_tool", "v2.1.118", "server tool", "docs:hooks \"MCP tool hook fields\"; CL 2.1.118"},
};
/* clang-format on */
const size_t al_hook_event_count = COUNT(al_hook_events);
const size_t al_hook_type_count = COUNT(al_hook_types);

static bool eq(const char *word, const char *s, size_t len)
{
    return strlen(word) == len && memcmp(word, s, len) == 0;
}

const al_hook_event *al_hook_event_find(const char *name, size_t len)
{
    for (size_t i = 0; i < al_hook_event_count; i++)
        if (eq(al_hook_events[i].name, name, len)) return &al_hook_events[i];
    return NULL;
}

const al_hook_type *al_hook_type_find(const char *type, size_t len)
{
    for (size_t i = 0; i < al_hook_type_count; i++)
        if (eq(al_hook_types[i].type, type, len)) return &al_hook_types[i];
    return NULL;
}

bool al_hook_word_in(const char *list, const char *word, size_t len)
{
    for (const char *p = list; p && *p;) {
        size_t n = strcspn(p, " ");
        if (n == len && memcmp(p, word, len) == 0) return true;
        p += n;
        while (*p == ' ')
            p++;
    }
    return false;
}
