/* GitHub Copilot custom agents (.github/agents/NAME.agent.md or NAME.md).
 * Source: github/docs content/copilot/reference/custom-agents-configuration.md
 * at commit 03e038c5 (read 2026-09-23; docs/sources.md).
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
