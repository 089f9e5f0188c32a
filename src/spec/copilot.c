/* GitHub Copilot custom agents (.github/agents/NAME.agent.md or NAME.md).
 * Source: github/docs content/copilot/reference/custom-agents-configuration.md
 * at commit 03e038c5 (read 2026-09-23; reference notes §9.4 and §12).
 * Copilot ignores keys and tool names it does not know. One entry per line. */
#include <string.h>
#include <strings.h>

#include "spec/dialects.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define CUR      AL_DF_CURRENT
#define DOCS     "github/docs@03e038c5, 2026-09"
#define VSCODE   "github/docs@03e038c5, 2026-09 (VS Code only; ignored on github.com)"
#define VSREF                                                                                      \
    "VS Code custom agent file reference; microsoft/vscode agent-customization skill, 2026"
#define VSTOOL "VS Code tool or tool set, seen in .github/agents files (not a near miss)"

/* clang-format off */
static const al_dialect_field copilot_fields[] = {
    {"name",                     AL_DT_STRING,      false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"description",              AL_DT_STRING,      true,  CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"target",                   AL_DT_ENUM,        false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"tools",                    AL_DT_TOOLS,       false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"model",                    AL_DT_ANY,         false, CUR,           DOCS " (VS Code: also a list, tried in order)", NULL, NULL, 0, 0, 0},
    {"disable-model-invocation", AL_DT_BOOL,        false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"user-invocable",           AL_DT_BOOL,        false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"infer",                    AL_DT_BOOL,        false, AL_DF_RETIRED, DOCS,   "retired by 2026-09", "use `disable-model-invocation` (`infer: false` is `disable-model-invocation: true`) and `user-invocable`", 0, 0, 0},
    {"mcp-servers",              AL_DT_MAPPING,     false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"metadata",                 AL_DT_STRING_MAP,  false, CUR,           DOCS,   NULL,      NULL, 0, 0, 0},
    {"argument-hint",            AL_DT_STRING,      false, CUR,           VSCODE, NULL,      NULL, 0, 0, 0},
    {"handoffs",                 AL_DT_ANY,         false, CUR,           VSCODE, NULL,      NULL, 0, 0, 0},
    {"agents",                   AL_DT_ANY,         false, CUR,           VSREF,  NULL,      NULL, 0, 0, 0},
    {"hooks",                    AL_DT_MAPPING,     false, CUR,           VSREF " (preview; not on github.com)", NULL, NULL, 0, 0, 0},
    {"user-invokable",           AL_DT_ANY,         false, AL_DF_ELSEWHERE, VSREF, NULL,     "it is VS Code's earlier spelling; GitHub Copilot and current VS Code read `user-invocable`", 0, 0, 0},
};

static const al_dialect_value copilot_values[] = {
    {"target", "vscode",         DOCS, NULL},
    {"target", "github-copilot", DOCS, NULL},
};

/* "All aliases are case insensitive"; the compatible aliases are other
 * tools' names that Copilot maps to its own. */
static const al_dialect_tool copilot_tools[] = {
    {"execute",      DOCS, NULL},
    {"read",         DOCS, NULL},
    {"edit",         DOCS, NULL},
    {"search",       DOCS, NULL},
    {"agent",        DOCS, NULL},
    {"web",          DOCS, NULL},
    {"todo",         DOCS, NULL},
    {"shell",        DOCS, "execute"},
    {"Bash",         DOCS, "execute"},
    {"powershell",   DOCS, "execute"},
    {"Read",         DOCS, "read"},
    {"NotebookRead", DOCS, "read"},
    {"Edit",         DOCS, "edit"},
    {"MultiEdit",    DOCS, "edit"},
    {"Write",        DOCS, "edit"},
    {"NotebookEdit", DOCS, "edit"},
    {"Grep",         DOCS, "search"},
    {"Glob",         DOCS, "search"},
    {"custom-agent", DOCS, "agent"},
    {"Task",         DOCS, "agent"},
    {"WebSearch",    DOCS, "web"},
    {"WebFetch",     DOCS, "web"},
    {"TodoWrite",    DOCS, "todo"},
    /* Names Copilot ignores but VS Code reads; listed so that they are not
     * taken for misspelt aliases (`todos` is one letter from `todo`). */
    {"vscode",            VSTOOL, NULL},
    {"todos",             VSTOOL, NULL},
    {"runCommands",       VSTOOL, NULL},
    {"runTasks",          VSTOOL, NULL},
    {"runNotebooks",      VSTOOL, NULL},
    {"runSubagent",       VSTOOL, NULL},
    {"runTests",          VSTOOL, NULL},
    {"editFiles",         VSTOOL, NULL},
    {"codebase",          VSTOOL, NULL},
    {"fetch",             VSTOOL, NULL},
    {"githubRepo",        VSTOOL, NULL},
    {"problems",          VSTOOL, NULL},
    {"usages",            VSTOOL, NULL},
    {"changes",           VSTOOL, NULL},
    {"testFailure",       VSTOOL, NULL},
    {"openSimpleBrowser", VSTOOL, NULL},
    {"vscodeAPI",         VSTOOL, NULL},
    {"extensions",        VSTOOL, NULL},
    {"new",               VSTOOL, NULL},
    {"think",             VSTOOL, NULL},
    {"terminalLastCommand", VSTOOL, NULL},
    {"terminalSelection", VSTOOL, NULL},
    {"findTestFiles",     VSTOOL, NULL},
    {"searchResults",     VSTOOL, NULL},
};
/* clang-format on */

const al_dialect al_dialect_copilot = {
    .label = "Copilot custom agent",
    .reader = "GitHub Copilot",
    .fields = copilot_fields,
    .field_count = COUNT(copilot_fields),
    .values = copilot_values,
    .value_count = COUNT(copilot_values),
    .tools = copilot_tools,
    .tool_count = COUNT(copilot_tools),
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "GitHub Copilot ignores keys it does not know, so it has no effect",
};

/* Path-specific instructions (*.instructions.md) and prompt files
 * (*.prompt.md): reference notes claude-code-surface.md §6, from
 * github/docs custom-instructions-path and the VS Code docs
 * custom-instructions.md and prompt-files.md (2026-07-29). VS Code's editor
 * validator (promptValidator.ts) marks keys it does not know
 * ("Attribute 'x' is not supported in ... files") and non-string
 * `applyTo`, `argument-hint` and `name`. */
#define INSTR  "github/docs custom-instructions-path; VS Code custom-instructions, 2026-07-29"
#define PROMPT "VS Code prompt-files, 2026-07-29"

/* clang-format off */
static const al_dialect_field copilot_instructions_fields[] = {
    {"applyTo",      AL_DT_STRING, false, CUR, INSTR " (glob patterns, comma-separated; without it applied by hand only)", NULL, NULL, 0, 0, 0},
    {"excludeAgent", AL_DT_ANY,    false, CUR, INSTR " (`code-review` or `coding-agent`; string in GitHub's docs, list in VS Code's validator)", NULL, NULL, 0, 0, 0},
    {"name",         AL_DT_STRING, false, CUR, INSTR " (VS Code)", NULL, NULL, 0, 0, 0},
    {"description",  AL_DT_STRING, false, CUR, INSTR " (VS Code)", NULL, NULL, 0, 0, 0},
};

static const al_dialect_field copilot_prompt_fields[] = {
    {"description",   AL_DT_STRING, false, CUR, PROMPT, NULL, NULL, 0, 0, 0},
    {"name",          AL_DT_STRING, false, CUR, PROMPT " (default: the file name)", NULL, NULL, 0, 0, 0},
    {"argument-hint", AL_DT_STRING, false, CUR, PROMPT, NULL, NULL, 0, 0, 0},
    {"agent",         AL_DT_STRING, false, CUR, PROMPT " (`ask`, `agent`, `plan` or a custom agent's name)", NULL, NULL, 0, 0, 0},
    {"model",         AL_DT_ANY,    false, CUR, PROMPT, NULL, NULL, 0, 0, 0},
    {"tools",         AL_DT_TOOLS,  false, CUR, PROMPT " (a list; `<server>/*` for an MCP server)", NULL, NULL, 0, 0, 0},
    {"mode",          AL_DT_ANY,    false, AL_DF_RETIRED, PROMPT, "renamed `agent` on 2025-10-20, microsoft/vscode#272282", "write `agent:` with the same value (VS Code's validator marks `mode` as an error when there is no `agent`)", 0, 0, 0},
};
/* clang-format on */

const al_dialect al_dialect_copilot_instructions = {
    .label = "Copilot instructions file",
    .reader = "GitHub Copilot",
    .fields = copilot_instructions_fields,
    .field_count = COUNT(copilot_instructions_fields),
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "Copilot reads only `applyTo`, `excludeAgent`, `name` and "
                            "`description` there (VS Code marks the key as not supported), so "
                            "it has no effect",
};

const al_dialect al_dialect_copilot_prompt = {
    .label = "Copilot prompt file",
    .reader = "VS Code",
    .fields = copilot_prompt_fields,
    .field_count = COUNT(copilot_prompt_fields),
    .tools = copilot_tools,
    .tool_count = COUNT(copilot_tools),
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "VS Code marks keys a prompt file does not have as not supported and "
                            "ignores them, so it has no effect",
};

const al_dialect_tool *al_dialect_tool_find(const al_dialect *d, const char *name, size_t len,
                                            bool case_insensitive)
{
    /* The exact spelling first, so that `Read` (an alias) wins over `read`. */
    for (size_t i = 0; i < d->tool_count; i++)
        if (strlen(d->tools[i].name) == len && memcmp(d->tools[i].name, name, len) == 0)
            return &d->tools[i];
    if (case_insensitive)
        for (size_t i = 0; i < d->tool_count; i++)
            if (strlen(d->tools[i].name) == len && strncasecmp(d->tools[i].name, name, len) == 0)
                return &d->tools[i];
    return NULL;
}
