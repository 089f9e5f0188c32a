/* Where each tool keeps its files, current to the reference notes of
 * 2026-09-23 (claude-code-agent-format.md §2, §9, §12) and of the repository
 * surface (claude-code-surface.md §5, §6, §8). One pattern per line; the
 * first that matches decides, so documentation names come before the
 * folders they sit in (a README.md inside .claude/agents is not an agent),
 * test fixtures before every tool's folder (a fixture is made broken on
 * purpose), each tool's own folders before the places that hold no agents
 * or skills a tool loads (a skill's other files, docs/, examples/,
 * templates/), then skills, then the naming conventions that hold anywhere
 * (`*.agent.md`).
 *
 * A path no pattern matches is decided by its content (parse/kinds.c): front
 * matter that says agent (`name` or `description` with another agent key, or
 * both), then the other Markdown files of its folder (a file among agents is
 * an agent), else documentation. */
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
    [AL_KIND_COPILOT_INSTRUCTIONS] = "copilot-instructions",
    [AL_KIND_COPILOT_PROMPT] = "copilot-prompt",
    [AL_KIND_CLAUDE_RULE] = "claude-rule",
    [AL_KIND_SETTINGS] = "settings",
    [AL_KIND_PLUGIN_HOOKS] = "plugin-hooks",
    [AL_KIND_MCP_CONFIG] = "mcp-config",
    [AL_KIND_MEMORY] = "memory",
};

#define P       AL_KIND_ANCHOR_PATH
#define PLUGIN  AL_KIND_ANCHOR_PLUGIN_ROOT
#define CPLUGIN AL_KIND_ANCHOR_CURSOR_PLUGIN_ROOT
#define PROJ    AL_KIND_ANCHOR_PROJECT
#define SKILL   AL_KIND_ANCHOR_SKILL_ROOT
#define DOC     AL_KIND_DOCUMENTATION

/* clang-format off */
const al_kind_pattern al_kind_patterns[] = {
    /* Documentation kept beside definitions ("treated as documentation", §4, v2.1.43) */
    {"README*",                             DOC,                          P,       "name README*",                  "sub-agents §4 (v2.1.43)"},
    {"CHANGELOG*",                          DOC,                          P,       "name CHANGELOG*",               "convention"},
    {"CONTRIBUTING*",                       DOC,                          P,       "name CONTRIBUTING*",            "convention"},
    {"LICENSE*",                            DOC,                          P,       "name LICENSE*",                 "convention"},
    {"CODE_OF_CONDUCT*",                    DOC,                          P,       "name CODE_OF_CONDUCT*",         "convention"},
    /* Test fixtures: another tool's test inputs, broken on purpose (agnix tests/fixtures) */
    {"**/fixtures/**",                      DOC,                          PROJ,    "test fixture (fixtures/)",      "convention (pytest, Rust, JavaScript test suites)"},
    {"**/__fixtures__/**",                  DOC,                          PROJ,    "test fixture (__fixtures__/)",  "convention (Jest)"},
    {"**/__tests__/**",                     DOC,                          PROJ,    "test fixture (__tests__/)",     "convention (Jest)"},
    {"**/testdata/**",                      DOC,                          PROJ,    "test fixture (testdata/)",      "convention (Go: ignored by the go tool)"},
    /* Claude Code memory files: plain Markdown loaded whole, with @path imports */
    {"CLAUDE.md",                           AL_KIND_MEMORY,               P,       "name CLAUDE.md",                "memory (docs 2026-08-22): ./CLAUDE.md, ./.claude/CLAUDE.md, nested"},
    {"CLAUDE.local.md",                     AL_KIND_MEMORY,               P,       "name CLAUDE.local.md",          "memory (docs 2026-08-22)"},
    {"AGENTS.md",                           AL_KIND_MEMORY,               P,       "name AGENTS.md",                "agents.md; Claude Code reads it without a CLAUDE.md since v2.1.277"},
    /* Instruction files of other tools, plain Markdown read whole */
    {"AGENTS.override.md",                  AL_KIND_INSTRUCTIONS,         P,       "name AGENTS.override.md",       "Codex (§12)"},
    {"GEMINI.md",                           AL_KIND_INSTRUCTIONS,         P,       "name GEMINI.md",                "Gemini CLI docs"},
    {"**/.github/copilot-instructions.md",  AL_KIND_INSTRUCTIONS,         P,       "Copilot repository instructions", "github/docs add-repository-instructions (surface §6: no front matter)"},
    /* Claude Code plugins (plugins-reference) */
    {"**/.claude-plugin/plugin.json",       AL_KIND_PLUGIN_MANIFEST,      P,       "folder .claude-plugin",         "plugins-reference"},
    {"**/.claude-plugin/marketplace.json",  AL_KIND_PLUGIN_MANIFEST,      P,       "folder .claude-plugin",         "plugin-marketplaces"},
    /* The .claude/ surface in JSON: settings, plugin hooks, MCP servers */
    {"**/.claude/settings.json",            AL_KIND_SETTINGS,             P,       "folder .claude, settings.json", "settings (docs 2026-08-22)"},
    {"**/.claude/settings.local.json",      AL_KIND_SETTINGS,             P,       "folder .claude, settings.local.json", "settings (docs 2026-08-22)"},
    {".mcp.json",                           AL_KIND_MCP_CONFIG,           P,       "name .mcp.json",                "mcp (docs 2026-08-22): project root, plugin root"},
    /* GitHub Agentic Workflows: Markdown with `on:` front matter, compiled to .lock.yml */
    {"**/.github/workflows/*.md",           DOC,                          P,       "GitHub agentic workflow (.github/workflows)", "github/gh-aw docs (workflow files); no checks for them"},
    /* Claude Code subagents, commands and rules */
    {"**/.claude/agents/**/*.md",           AL_KIND_AGENT,                P,       "folder .claude/agents",         "sub-agents §2"},
    {"**/.claude/commands/**/*.md",         AL_KIND_COMMAND,              P,       "folder .claude/commands",       "slash-commands §9.3"},
    {"**/.claude/rules/**/*.md",            AL_KIND_CLAUDE_RULE,          P,       "folder .claude/rules",          "memory docs (surface §5; recursive since 2.0.64)"},
    {"**/.claude/skills/*/SKILL.md",        AL_KIND_SKILL,                P,       "skills/<dir>/SKILL.md",         "skills §9.1"},
    {"**/.claude/output-styles/**/*.md",    DOC,                          P,       "Claude Code output style (no checks for output styles)", "code.claude.com/docs/en/output-styles (`name`, `description`: not an agent; /output-style, v2.1.269)"},
    {"agents/**/*.md",                      AL_KIND_AGENT,                PLUGIN,  "plugin folder agents/",         "sub-agents §2 (plugin agents)"},
    {"commands/**/*.md",                    AL_KIND_COMMAND,              PLUGIN,  "plugin folder commands/",       "plugins-reference"},
    {"hooks/hooks.json",                    AL_KIND_PLUGIN_HOOKS,         PLUGIN,  "plugin folder hooks/",          "plugins-reference (docs 2026-08-22): hooks/hooks.json at the plugin root"},
    /* Cursor plugins (.cursor-plugin/plugin.json; `agents` and `rules` folders) */
    {"agents/**/*.md",                      AL_KIND_CURSOR_AGENT,         CPLUGIN, "Cursor plugin folder agents/",  "cursor/plugins (plugin.json `agents`), §9.6"},
    {"rules/**/*.mdc",                      AL_KIND_CURSOR_RULE,          CPLUGIN, "Cursor plugin folder rules/",   "cursor/plugins (create-plugin, cursor-team-kit rules/*.mdc), §9.6"},
    /* GitHub Copilot (§9.4, §12; surface §6) */
    {"**/.github/agents/*.md",              AL_KIND_COPILOT_AGENT,        P,       "folder .github/agents",         "github/docs custom-agents-configuration"},
    {"**/.github/instructions/**/*.instructions.md", AL_KIND_COPILOT_INSTRUCTIONS, P, "folder .github/instructions", "github/docs custom-instructions-path (surface §6)"},
    {"**/.github/prompts/**/*.prompt.md",   AL_KIND_COPILOT_PROMPT,       P,       "folder .github/prompts",        "VS Code prompt-files (surface §6)"},
    /* Other tools' agents (§12) */
    {"**/.opencode/agent/**/*.md",          AL_KIND_OPENCODE_AGENT,       P,       "folder .opencode/agent",        "opencode docs (singular, older); AGENT_GLOB {agent,agents}/**/*.md"},
    {"**/.opencode/agents/**/*.md",         AL_KIND_OPENCODE_AGENT,       P,       "folder .opencode/agents",       "opencode docs (agents/team/reviewer.md is agent team/reviewer)"},
    {"**/.gemini/agents/*.md",              AL_KIND_GEMINI_AGENT,         P,       "folder .gemini/agents",         "gemini-cli docs/core/subagents.md"},
    {"**/.cursor/agents/**/*.md",           AL_KIND_CURSOR_AGENT,         P,       "folder .cursor/agents",         "cursor.com/docs/subagents"},
    {"**/.cursor/rules/**/*.mdc",           AL_KIND_CURSOR_RULE,          P,       "folder .cursor/rules",          "cursor.com/docs/rules"},
    {"**/.cursor/rules/**/*.md",            AL_KIND_CURSOR_RULE,          P,       "folder .cursor/rules",          "a plain .md there is ignored (agnix CUR-020): CU004 says so"},
    /* Tools agentlint has no checks for */
    {"**/.kiro/agents/**/*.md",             DOC,                          P,       "Kiro agent (no checks for Kiro)", "§12 (Kiro CLI v3 Markdown profiles)"},
    {"**/.kiro/steering/**/*.md",           DOC,                          P,       "Kiro steering file (no checks for Kiro)", "§12"},
    /* Places that hold no agents or skills a tool loads: body rules only (`kinds:` says otherwise).
     * First a skill's other files (any but a SKILL.md below a folder holding one) */
    {"**",                                  DOC,                          SKILL,   "skill resource",                "skills §9.1 (a skill's folder holds its SKILL.md and the files it reads)"},
    {"**/examples/**",                      DOC,                          PROJ,    "examples folder",               "convention"},
    {"**/example/**",                       DOC,                          PROJ,    "examples folder",               "convention"},
    {"**/templates/**",                     DOC,                          PROJ,    "templates folder",              "convention"},
    {"**/template/**",                      DOC,                          PROJ,    "templates folder",              "convention"},
    {"**/docs/**",                          DOC,                          PROJ,    "docs folder",                   "convention"},
    {"**/doc/**",                           DOC,                          PROJ,    "docs folder",                   "convention"},
    /* Skills: <skills folder>/<dir>/SKILL.md (.agents/skills, .cursor/skills, plugins) */
    {"**/skills/*/SKILL.md",                AL_KIND_SKILL,                P,       "skills/<dir>/SKILL.md",         "skills §9.1, §9.2"},
    {"SKILL.md",                            AL_KIND_SKILL,                P,       "name SKILL.md",                 "skills §9.1 (outside skills/<dir>/: a note)"},
    /* Other tools' naming conventions, which hold anywhere (collections keep them outside .github) */
    {"*.agent.md",                          AL_KIND_COPILOT_AGENT,        P,       "name *.agent.md (Copilot custom agent)", "github/docs custom-agents-configuration"},
    {"*.chatmode.md",                       AL_KIND_COPILOT_AGENT,        P,       "name *.chatmode.md (Copilot chat mode)", "§9.4 (chat mode: the former name of custom agents)"},
    {"*.instructions.md",                   AL_KIND_COPILOT_INSTRUCTIONS, P,       "name *.instructions.md (Copilot instructions)", "surface §6"},
    {"*.prompt.md",                         AL_KIND_COPILOT_PROMPT,       P,       "name *.prompt.md (Copilot prompt file)", "surface §6"},
    /* .mdc in a rules folder (collections: rules/, global-rules/, cursor_rules/); elsewhere
     * .mdc may be Nuxt Content's Markdown, not a Cursor rule */
    {"**/*rule*/**/*.mdc",                  AL_KIND_CURSOR_RULE,          PROJ,    "*.mdc in a rules folder (Cursor rule)", "cursor.com/docs/rules (.mdc is Cursor's rule format)"},
};
/* clang-format on */
const size_t al_kind_pattern_count = COUNT(al_kind_patterns);

/* The folders of the path table above that hold one tool's files (§2, §12; surface §5, §6) */
const char *const al_tool_folders[] = {
    ".claude/agents", ".claude/commands", ".claude/rules",
    ".github/agents", ".github/instructions", ".github/prompts",
    ".gemini/agents", ".opencode/agents", ".opencode/agent", ".cursor/agents", ".cursor/rules",
};
const size_t al_tool_folder_count = COUNT(al_tool_folders);

/* clang-format off */
const al_foreign_key al_foreign_keys[] = {
    {"on",           "GitHub agentic workflow",         "github/gh-aw docs (the workflow's triggers)"},
    {"safe-outputs", "GitHub agentic workflow",         "github/gh-aw docs"},
    {"applyTo",      "Copilot instructions file",       "surface §6 (VS Code custom-instructions, 2026-07-29)"},
    {"excludeAgent", "Copilot instructions file",       "surface §6"},
    {"globs",        "Cursor rule",                     "§9.6 (rules: description, globs, alwaysApply)"},
    {"alwaysApply",  "Cursor rule",                     "§9.6"},
    {"mode",         "OpenCode agent or Copilot prompt file", "§9.5 (mode: primary|subagent|all); surface §6 (prompt `mode`, renamed `agent`)"},
    {"inclusion",    "Kiro steering file",              "§12 (inclusion: always|fileMatch|manual|auto)"},
};
/* clang-format on */
const size_t al_foreign_key_count = COUNT(al_foreign_keys);

const char *const al_agent_required_keys[] = {"name", "description"}; /* sub-agents §3 */
const size_t al_agent_required_key_count = COUNT(al_agent_required_keys);
