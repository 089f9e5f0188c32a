/* Where each tool keeps its files, current to the reference notes of
 * 2026-09-23 (claude-code-agent-format.md §2, §9, §12). One pattern per
 * line; the first that matches decides, so documentation names come before
 * the folders they sit in (a README.md inside .claude/agents is not an
 * agent). A path no pattern matches is decided by its content: front matter
 * with `name` or `description` makes an agent, anything else documentation. */
#include "spec/file_kinds.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const char *const al_kind_names[AL_KIND_COUNT] = {
    [AL_KIND_AUTO] = "auto",
    [AL_KIND_AGENT] = "agent",
    [AL_KIND_SKILL] = "skill",
    [AL_KIND_COMMAND] = "command",
    [AL_KIND_PLUGIN_MANIFEST] = "plugin-manifest",
    [AL_KIND_COPILOT_AGENT] = "copilot-agent",
    [AL_KIND_OPENCODE_AGENT] = "opencode-agent",
    [AL_KIND_GEMINI_AGENT] = "gemini-agent",
    [AL_KIND_CURSOR_AGENT] = "cursor-agent",
    [AL_KIND_CURSOR_RULE] = "cursor-rule",
    [AL_KIND_INSTRUCTIONS] = "instructions",
    [AL_KIND_DOCUMENTATION] = "documentation",
    [AL_KIND_SETTINGS] = "settings",
    [AL_KIND_PLUGIN_HOOKS] = "plugin-hooks",
    [AL_KIND_MCP_CONFIG] = "mcp-config",
    [AL_KIND_MEMORY] = "memory",
};

#define P      AL_KIND_ANCHOR_PATH
#define PLUGIN AL_KIND_ANCHOR_PLUGIN_ROOT

/* clang-format off */
const al_kind_pattern al_kind_patterns[] = {
    /* Documentation kept beside definitions ("treated as documentation", §4, v2.1.43) */
    {"README*",                             AL_KIND_DOCUMENTATION,   P,      "sub-agents §4 (v2.1.43)"},
    {"CHANGELOG*",                          AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"CONTRIBUTING*",                       AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"LICENSE*",                            AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"CODE_OF_CONDUCT*",                    AL_KIND_DOCUMENTATION,   P,      "convention"},
    /* Claude Code memory files: plain Markdown loaded whole, with @path imports */
    {"CLAUDE.md",                           AL_KIND_MEMORY,          P,      "memory (docs 2026-08-22): ./CLAUDE.md, ./.claude/CLAUDE.md, nested"},
    {"CLAUDE.local.md",                     AL_KIND_MEMORY,          P,      "memory (docs 2026-08-22)"},
    {"AGENTS.md",                           AL_KIND_MEMORY,          P,      "agents.md; Claude Code reads it without a CLAUDE.md since v2.1.277"},
    /* Instruction files of other tools, plain Markdown read whole */
    {"AGENTS.override.md",                  AL_KIND_INSTRUCTIONS,    P,      "Codex (§12)"},
    {"GEMINI.md",                           AL_KIND_INSTRUCTIONS,    P,      "Gemini CLI docs"},
    /* Claude Code plugins (§4 of issue 9; plugins-reference) */
    {"**/.claude-plugin/plugin.json",       AL_KIND_PLUGIN_MANIFEST, P,      "plugins-reference"},
    {"**/.claude-plugin/marketplace.json",  AL_KIND_PLUGIN_MANIFEST, P,      "plugin-marketplaces"},
    /* The .claude/ surface in JSON: settings, plugin hooks, MCP servers */
    {"**/.claude/settings.json",            AL_KIND_SETTINGS,        P,      "settings (docs 2026-08-22)"},
    {"**/.claude/settings.local.json",      AL_KIND_SETTINGS,        P,      "settings (docs 2026-08-22)"},
    {".mcp.json",                           AL_KIND_MCP_CONFIG,      P,      "mcp (docs 2026-08-22): project root, plugin root"},
    /* Skills: <skills folder>/<dir>/SKILL.md (.claude/skills, .agents/skills, .cursor/skills, plugins) */
    {"**/skills/*/SKILL.md",                AL_KIND_SKILL,           P,      "skills §9.1, §9.2"},
    {"SKILL.md",                            AL_KIND_SKILL,           P,      "skills §9.1 (outside skills/<dir>/: a note)"},
    /* Claude Code subagents and commands */
    {"**/.claude/agents/**/*.md",           AL_KIND_AGENT,           P,      "sub-agents §2"},
    {"**/.claude/commands/**/*.md",         AL_KIND_COMMAND,         P,      "slash-commands §9.3"},
    {"agents/**/*.md",                      AL_KIND_AGENT,           PLUGIN, "sub-agents §2 (plugin agents)"},
    {"commands/**/*.md",                    AL_KIND_COMMAND,         PLUGIN, "plugins-reference"},
    {"hooks/hooks.json",                    AL_KIND_PLUGIN_HOOKS,    PLUGIN, "plugins-reference (docs 2026-08-22): hooks/hooks.json at the plugin root"},
    /* Other tools' agents (§12) */
    {"**/.github/agents/*.md",              AL_KIND_COPILOT_AGENT,   P,      "github/docs custom-agents-configuration"},
    {"**/.opencode/agent/**/*.md",          AL_KIND_OPENCODE_AGENT,  P,      "opencode docs (singular, older); AGENT_GLOB {agent,agents}/**/*.md"},
    {"**/.opencode/agents/**/*.md",         AL_KIND_OPENCODE_AGENT,  P,      "opencode docs (agents/team/reviewer.md is agent team/reviewer)"},
    {"**/.gemini/agents/*.md",              AL_KIND_GEMINI_AGENT,    P,      "gemini-cli docs/core/subagents.md"},
    {"**/.cursor/agents/**/*.md",           AL_KIND_CURSOR_AGENT,    P,      "cursor.com/docs/subagents"},
    {"**/.cursor/rules/**/*.mdc",           AL_KIND_CURSOR_RULE,     P,      "cursor.com/docs/rules"},
    {"**/.cursor/rules/**/*.md",            AL_KIND_CURSOR_RULE,     P,      "a plain .md there is ignored (agnix CUR-020): CU004 says so"},
};
/* clang-format on */
const size_t al_kind_pattern_count = COUNT(al_kind_patterns);
