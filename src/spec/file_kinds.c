/* Where each tool keeps its files, current to 2026-09-23 (docs/sources.md:
 * Claude Code's sub-agents, skills and plugins-reference pages, the other
 * tools' docs). One pattern per
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
};

#define P      AL_KIND_ANCHOR_PATH
#define PLUGIN AL_KIND_ANCHOR_PLUGIN_ROOT

/* clang-format off */
const al_kind_pattern al_kind_patterns[] = {
    /* Documentation kept beside definitions ("treated as documentation", changelog v2.1.43) */
    {"README*",                             AL_KIND_DOCUMENTATION,   P,      "sub-agents; changelog v2.1.43"},
    {"CHANGELOG*",                          AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"CONTRIBUTING*",                       AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"LICENSE*",                            AL_KIND_DOCUMENTATION,   P,      "convention"},
    {"CODE_OF_CONDUCT*",                    AL_KIND_DOCUMENTATION,   P,      "convention"},
    /* Instruction files, plain Markdown read whole by the tool */
    {"CLAUDE.md",                           AL_KIND_INSTRUCTIONS,    P,      "Claude Code memory docs"},
    {"CLAUDE.local.md",                     AL_KIND_INSTRUCTIONS,    P,      "Claude Code memory docs"},
    {"AGENTS.md",                           AL_KIND_INSTRUCTIONS,    P,      "agents.md; Claude Code v2.1.277"},
    {"AGENTS.override.md",                  AL_KIND_INSTRUCTIONS,    P,      "Codex (agnix CDX-003)"},
    {"GEMINI.md",                           AL_KIND_INSTRUCTIONS,    P,      "Gemini CLI docs"},
    /* Claude Code plugins (plugins-reference) */
    {"**/.claude-plugin/plugin.json",       AL_KIND_PLUGIN_MANIFEST, P,      "plugins-reference"},
    {"**/.claude-plugin/marketplace.json",  AL_KIND_PLUGIN_MANIFEST, P,      "plugin-marketplaces"},
    /* Skills: <skills folder>/<dir>/SKILL.md (.claude/skills, .agents/skills, .cursor/skills, plugins) */
    {"**/skills/*/SKILL.md",                AL_KIND_SKILL,           P,      "skills; Agent Skills spec"},
    {"SKILL.md",                            AL_KIND_SKILL,           P,      "skills (outside skills/<dir>/: a note)"},
    /* Claude Code subagents and commands */
    {"**/.claude/agents/**/*.md",           AL_KIND_AGENT,           P,      "sub-agents"},
    {"**/.claude/commands/**/*.md",         AL_KIND_COMMAND,         P,      "slash-commands; skills"},
    {"agents/**/*.md",                      AL_KIND_AGENT,           PLUGIN, "sub-agents (plugin agents)"},
    {"commands/**/*.md",                    AL_KIND_COMMAND,         PLUGIN, "plugins-reference"},
    /* Other tools' agents (docs/sources.md) */
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
