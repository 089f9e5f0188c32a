/* How messages speak of each kind of file, current to the reference notes of
 * 2026-09-23 (claude-code-agent-format.md §4, §9, §11, §12). One entry per
 * line, with its source. Where the reference does not say what a tool does
 * with front matter it cannot read, `unread` or `unparsed` is NULL and the
 * messages say only that none of the fields is read. */
#include "spec/kind_wording.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* clang-format off */
static const al_kind_wording wordings[] = {
    {AL_KIND_AGENT,           "agent",                       "agent file", "Claude Code", "Claude Code finds no `name` and skips the agent", "Claude Code skips an agent whose front matter does not parse", true, true, "name: my-agent", "§4 (no `name`: skipped; unparsable YAML: skipped); §11 (v2.1.259: \"failed to parse and was ignored\")"},
    {AL_KIND_SKILL,           "skill",                       "skill file", "Claude Code", "Claude Code reads none of the skill's fields", NULL, true, true, "description: …", "§9.1 (every field optional); behaviour on unparsable YAML not documented"},
    {AL_KIND_COMMAND,         "command",                     "command file", "Claude Code", "Claude Code reads none of the command's fields", NULL, true, true, "description: …", "§9.3 (skill front matter; none required)"},
    {AL_KIND_PLUGIN_MANIFEST, "plugin manifest",             "plugin manifest", "Claude Code", NULL, NULL, false, false, NULL, "§12 (plugin.json)"},
    {AL_KIND_COPILOT_AGENT,   "GitHub Copilot custom agent", "Copilot custom agent file", "GitHub Copilot", "none of its fields is read, not even the `description` GitHub Copilot requires", NULL, false, true, "description: …", "§9.4 (`description` required)"},
    {AL_KIND_OPENCODE_AGENT,  "OpenCode agent",              "OpenCode agent file", "OpenCode", "none of its fields is read, not even the `description` OpenCode requires", NULL, false, true, "description: …", "§9.5 (`description` required)"},
    {AL_KIND_GEMINI_AGENT,    "Gemini CLI subagent",         "Gemini CLI subagent file", "Gemini CLI", "none of its fields is read, not even the `name` and `description` Gemini CLI requires", NULL, false, true, "description: …", "§12 (`name`, `description` required)"},
    {AL_KIND_CURSOR_AGENT,    "Cursor subagent",             "Cursor subagent file", "Cursor", "none of its fields is read", NULL, false, true, "description: …", "§9.6, §12 (no field required; `name` defaults to the file name)"},
    {AL_KIND_CURSOR_RULE,     "Cursor rule",                 "Cursor rule file", "Cursor", "none of its fields (`description`, `globs`, `alwaysApply`) is read", NULL, false, true, "description: …", "§9.6, §12 (no field required)"},
    {AL_KIND_INSTRUCTIONS,    "instruction file",            "instruction file", NULL, NULL, NULL, false, true, NULL, "§11 (AGENTS.md, v2.1.277), §12 (plain Markdown)"},
    {AL_KIND_DOCUMENTATION,   "documentation file",          "documentation file", NULL, NULL, NULL, false, false, NULL, "§4 (README beside agents, v2.1.43)"},
    {AL_KIND_COPILOT_INSTRUCTIONS, "Copilot instructions file", "Copilot instructions file", "GitHub Copilot", "none of its fields is read, so it applies to no file by itself", NULL, false, true, "applyTo: \"**\"", "surface §6 (applyTo: without it, applied by hand only)"},
    {AL_KIND_COPILOT_PROMPT,  "Copilot prompt file",         "Copilot prompt file", "VS Code", "none of its fields is read", NULL, false, true, "description: …", "surface §6 (no field required)"},
    {AL_KIND_CLAUDE_RULE,     "Claude Code rule",            "rule file", "Claude Code", "the rule loads at every launch, for every file", NULL, false, true, "paths: [\"src/**\"]", "surface §5 (no `paths`: loads at launch; unparsable front matter: unverified)"},
    {AL_KIND_SETTINGS,        "settings file",               "settings file", "Claude Code", NULL, NULL, false, false, NULL, "settings (docs 2026-08-22)"},
    {AL_KIND_PLUGIN_HOOKS,    "plugin hooks file",           "plugin hooks file", "Claude Code", NULL, NULL, false, false, NULL, "plugins-reference (docs 2026-08-22)"},
    {AL_KIND_MCP_CONFIG,      "MCP configuration",           "MCP configuration file", "Claude Code", NULL, NULL, false, false, NULL, "mcp (docs 2026-08-22)"},
    {AL_KIND_MEMORY,          "memory file",                 "memory file", "Claude Code", NULL, NULL, false, true, NULL, "memory (docs 2026-08-22)"},
};

static const al_kind_wording plugin_agent =
    {AL_KIND_AGENT,           "plugin agent",                "plugin agent file", "Claude Code", "Claude Code still loads a plugin agent without a `name`, under its file name, but reads none of its fields", "a plugin agent whose front matter does not parse still loads, under its file name and with the placeholder description \"Agent from <plugin> plugin\", but none of its fields is read", true, true, "name: my-agent", "§4 (plugin agent: still loads under the file name); §11 (v2.1.259, placeholder description)"};
/* clang-format on */

const al_kind_wording *al_kind_wording_for(al_file_kind kind, bool plugin)
{
    if (kind == AL_KIND_AGENT && plugin) return &plugin_agent;
    for (size_t i = 0; i < COUNT(wordings); i++)
        if (wordings[i].kind == kind) return &wordings[i];
    return &wordings[0]; /* AL_KIND_AUTO never reaches the rules */
}
