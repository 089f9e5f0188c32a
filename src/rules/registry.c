/* The rule registry: one row per rule, the only list of rules there is.
 *
 * Codes are stable and grouped by family; never reuse a retired code.
 * A row made with R runs on every kind of file; RK names the kinds (a mask of
 * AL_KIND_BIT, see rule.h): front-matter rules follow the kind, body rules
 * run everywhere.
 *   IN  input (binary, size)            FM  front matter and YAML
 *   CC  Claude Code fields              BD  Markdown body (MD before 0.2.0)
 *   EN  encoding and hidden text        SEC secrets
 *   EX  Elixir syntax                   EXA Elixir APIs and snippet mistakes
 *   CP  GitHub Copilot agents           OC  OpenCode agents
 *   GM  Gemini CLI subagents            CU  Cursor subagents and rules
 *   CR  Claude Code rules (.claude/rules)
 *   JS  JSON of settings, hooks, MCP    HK  hooks (settings, plugins, front matter)
 *   ST  settings files                  MC  MCP server configuration
 *   MM  memory files' @imports          LK  links in what Claude Code reads
 *   AL  agentlint itself (suppressions, configuration)
 * Explanations with examples are in docs/rules/CODE.md. RF rows carry
 * AL_RULE_ flags (rule.h); RUN rows are found by the engine after the file's
 * rules (engine/suppress.c, engine/cross_file.c) and have no check function. */
#include <ctype.h>
#include <string.h>

#include "rules/checks.h"
#include "rules/explanations.h"
#include "rules/rule.h"

#define R(code, name, sev, on, summary, fn)                                                        \
    {                                                                                              \
        {code, name, sev, on, summary}, fn, AL_KINDS_ALL, 0                                        \
    }
#define RK(code, name, sev, on, kinds, summary, fn)                                                \
    {                                                                                              \
        {code, name, sev, on, summary}, fn, kinds, 0                                               \
    }
/* With AL_RULE_ flags (rule.h). */
#define RF(code, name, sev, on, flags, summary, fn)                                                \
    {                                                                                              \
        {code, name, sev, on, summary}, fn, AL_KINDS_ALL, flags                                    \
    }
/* A rule the engine finds once the file's rules have run: no check function. */
#define RUN(code, name, sev, on, kinds, summary)                                                   \
    {                                                                                              \
        {code, name, sev, on, summary}, NULL, kinds, AL_RULE_RUN_LEVEL                             \
    }

#define COPILOT AL_KIND_BIT(AL_KIND_COPILOT_AGENT)
/* Copilot's agents, instructions and prompt files */
#define COPILOT_FILES                                                                              \
    (COPILOT | AL_KIND_BIT(AL_KIND_COPILOT_INSTRUCTIONS) | AL_KIND_BIT(AL_KIND_COPILOT_PROMPT))
#define COPILOT_TOOLS (COPILOT | AL_KIND_BIT(AL_KIND_COPILOT_PROMPT))
#define CLAUDE_RULE AL_KIND_BIT(AL_KIND_CLAUDE_RULE)
#define OPENCODE AL_KIND_BIT(AL_KIND_OPENCODE_AGENT)
#define GEMINI AL_KIND_BIT(AL_KIND_GEMINI_AGENT)
#define CURSOR_RULE AL_KIND_BIT(AL_KIND_CURSOR_RULE)
#define CURSOR      (AL_KIND_BIT(AL_KIND_CURSOR_AGENT) | CURSOR_RULE)
#define SETTINGS AL_KIND_BIT(AL_KIND_SETTINGS)
#define MEMORY AL_KIND_BIT(AL_KIND_MEMORY)
#define SURFACE_JSON (SETTINGS | AL_KIND_BIT(AL_KIND_PLUGIN_HOOKS) | AL_KIND_BIT(AL_KIND_MCP_CONFIG))
/* Where hooks are written: settings, plugin hooks and manifests, front matter. */
#define HOOK_FILES (SETTINGS | AL_KIND_BIT(AL_KIND_PLUGIN_HOOKS) | AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST) | AL_KINDS_CLAUDE)
/* Where MCP servers are defined: .mcp.json, plugin.json, agent front matter. */
#define MCP_FILES (AL_KIND_BIT(AL_KIND_MCP_CONFIG) | AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST) | AL_KIND_BIT(AL_KIND_AGENT))
/* Markdown Claude Code reads whose links matter. */
#define LINKED (AL_KINDS_CLAUDE | MEMORY)

#define SECRETS  AL_RULE_FINDS_SECRETS
#define SOFTENED AL_RULE_SOFTENED_IN_BAD_EXAMPLES

/* clang-format off */
const al_rule al_rule_table[] = {
    /* Input */
    R("IN001",  "binary-file",                   AL_ERROR,   true,  "File is binary, not text",                                                 al_check_binary_file),
    R("IN002",  "file-too-large",                AL_ERROR,   true,  "File is larger than the size limit",                                       al_check_file_too_large),
    /* Front matter */
    RK("FM001",  "missing-front-matter",          AL_ERROR,   true, AL_KIND_BIT(AL_KIND_AGENT),  "File has no YAML front matter",                                            al_check_missing_front_matter),
    RK("FM002",  "front-matter-not-at-start",     AL_ERROR,   true, AL_KINDS_FRONT_MATTER,  "Front matter does not start on line 1",                                    al_check_front_matter_not_at_start),
    RK("FM003",  "unterminated-front-matter",     AL_ERROR,   true, AL_KINDS_FRONT_MATTER,  "Front matter is never closed with `---`",                                  al_check_unterminated_front_matter),
    RK("FM004",  "invalid-yaml",                  AL_ERROR,   true, AL_KINDS_FRONT_MATTER & ~CURSOR_RULE,  "Front matter is not valid YAML",                                           al_check_invalid_yaml),
    RK("FM005",  "front-matter-not-mapping",      AL_ERROR,   true, AL_KINDS_FRONT_MATTER,  "Front matter is not a mapping of keys to values",                          al_check_front_matter_not_mapping),
    RK("FM006",  "duplicate-key",                 AL_ERROR,   true, AL_KINDS_FRONT_MATTER,  "Front-matter key appears twice",                                           al_check_duplicate_key),
    /* Claude Code fields */
    RK("CC001",  "missing-name",                  AL_ERROR,   true, AL_KIND_BIT(AL_KIND_AGENT),  "Agent has no `name`",                                                      al_check_missing_name),
    RK("CC002",  "name-skipped",                  AL_ERROR,   true, AL_KIND_BIT(AL_KIND_AGENT),  "`name` contains `:` or starts with `-`, so Claude Code skips the agent",   al_check_name_skipped),
    RK("CC003",  "name-format",                   AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "`name` is not lowercase letters, digits and hyphens",                      al_check_name_format),
    RUN("CC004",  "duplicate-name",                AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "Two agents in one run have the same `name`"),
    RK("CC005",  "name-matches-filename",         AL_INFO,    false, AL_KIND_BIT(AL_KIND_AGENT), "`name` differs from the file name (opt-in)",                               al_check_name_matches_filename),
    RK("CC006",  "missing-description",           AL_ERROR,   true, AL_KIND_BIT(AL_KIND_AGENT),  "Agent has no `description`",                                               al_check_missing_description),
    RK("CC007",  "unknown-field",                 AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "Front-matter key is not an agent field",                                   al_check_unknown_field),
    RK("CC008",  "invalid-field-value",           AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "Field has a value of the wrong type or outside its allowed set",           al_check_invalid_field_value),
    RK("CC009",  "removed-field-value",           AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "Field value was removed from Claude Code",                                 al_check_removed_field_value),
    RK("CC010",  "unknown-tool",                  AL_WARNING, true, AL_KINDS_CLAUDE,  "Tool name is not a Claude Code tool",                                      al_check_unknown_tool),
    RK("CC011",  "retired-tool",                  AL_WARNING, true, AL_KINDS_CLAUDE,  "Tool was retired or renamed",                                              al_check_retired_tool),
    RK("CC012",  "duplicate-tool",                AL_WARNING, true, AL_KINDS_CLAUDE,  "Tool is listed twice",                                                     al_check_duplicate_tool),
    RK("CC013",  "empty-tool-entry",              AL_WARNING, true, AL_KINDS_CLAUDE,  "Tool list has an empty entry",                                             al_check_empty_tool_entry),
    RK("CC014",  "malformed-mcp-tool",            AL_WARNING, true, AL_KINDS_CLAUDE,  "MCP tool name is malformed",                                               al_check_malformed_mcp_tool),
    RK("CC015",  "mcp-wildcard-in-tools",         AL_WARNING, true, AL_KIND_BIT(AL_KIND_AGENT),  "`mcp__*` works only in `disallowedTools`",                                 al_check_mcp_wildcard_in_tools),
    RK("CC016",  "no-valid-tools",                AL_ERROR,   true, AL_KIND_BIT(AL_KIND_AGENT),  "No entry of `tools` is a tool, so Claude Code refuses to start the agent", al_check_no_valid_tools),
    RK("CC017",  "unknown-model",                 AL_WARNING, true, AL_KINDS_CLAUDE,  "`model` is not a model alias or model ID",                                 al_check_unknown_model),
    RK("CC018",  "retired-model",                 AL_WARNING, true, AL_KINDS_CLAUDE,  "`model` names a retired model",                                            al_check_retired_model),
    RK("CC019",  "invalid-hooks",                 AL_ERROR,   true, HOOK_FILES,  "`hooks` does not have the hooks shape (event, matcher groups, handlers)",  al_check_invalid_hooks),
    RK("CC020",  "invalid-mcp-servers",           AL_ERROR,   true, MCP_FILES,   "MCP server configuration is malformed for its transport",                   al_check_invalid_mcp_servers),
    RUN("CC021",  "unknown-preloaded-skill",      AL_WARNING, true,  AL_KIND_BIT(AL_KIND_AGENT),          "`skills:` entry is a near miss of a skill of the run"),
    /* Skills and commands (dialect tables in spec/skills.c) */
    RK("SK001",  "skill-unknown-field",          AL_WARNING, true,  AL_KINDS_SKILL_LIKE,          "Front-matter key is not a skill or command field",                        al_check_skill_unknown_field),
    RK("SK002",  "skill-invalid-field-value",    AL_WARNING, true,  AL_KINDS_SKILL_LIKE,          "Skill field has a value of the wrong type, length or set",                al_check_skill_field_value),
    RK("SK003",  "skill-field-not-read",         AL_WARNING, true,  AL_KINDS_SKILL_LIKE,          "Field is ignored in this kind of file, or is another kind's spelling",    al_check_skill_field_not_read),
    RK("SK004",  "skill-missing-field",          AL_ERROR,   true,  AL_KINDS_SKILL_LIKE,          "Skill lacks a field its profile requires",                                al_check_skill_missing_field),
    RK("SK005",  "skill-name-format",            AL_WARNING, true,  AL_KINDS_SKILL_LIKE,          "Skill `name` breaks the Agent Skills name rules",                         al_check_skill_name_format),
    RK("SK006",  "skill-listing-too-long",       AL_WARNING, true,  AL_KINDS_SKILL_LIKE,          "`description` + `when_to_use` is cut in the skill listing",               al_check_skill_listing_too_long),
    RK("SK007",  "skill-outside-skills-folder",  AL_INFO,    true,  AL_KIND_BIT(AL_KIND_SKILL),   "SKILL.md is not in a `skills/<name>/` folder",                            al_check_skill_outside_skills_folder),
    RUN("SK008",  "command-shadowed-by-skill",    AL_WARNING, true,  AL_KIND_BIT(AL_KIND_COMMAND), "A skill of the same name wins over this command"),
    RUN("SK009",  "skill-agent-not-found",        AL_WARNING, true,  AL_KINDS_SKILL_LIKE, "`agent:` names no agent of the run"),
    RK("SK010",  "skill-name-reserved-word",     AL_ERROR,   true,  AL_KIND_BIT(AL_KIND_SKILL),          "Skill `name` contains `claude` or `anthropic` (agent-skills profile)",     al_check_skill_name_reserved_word),
    /* Claude Code plugins (spec/claude_plugin.c) */
    RK("PL001",  "plugin-invalid-json",          AL_ERROR,   true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "Plugin manifest is not valid JSON",                           al_check_plugin_invalid_json),
    RK("PL002",  "plugin-missing-name",          AL_ERROR,   true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "Plugin manifest has no `name`",                               al_check_plugin_missing_name),
    RK("PL003",  "plugin-name-format",           AL_WARNING, true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "Plugin `name` is not kebab-case",                             al_check_plugin_name_format),
    RK("PL004",  "plugin-invalid-field",         AL_WARNING, true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "Plugin manifest field has the wrong type",                    al_check_plugin_invalid_field),
    RK("PL005",  "plugin-path-missing",          AL_WARNING, true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "Path listed in a plugin manifest does not exist",             al_check_plugin_path_missing),
    RK("PL006",  "plugin-agent-ignored-field",   AL_WARNING, true,  AL_KIND_BIT(AL_KIND_AGENT),           "Plugin agent sets `hooks`, `mcpServers` or `permissionMode`, which plugins ignore", al_check_plugin_agent_ignored_field),
    RK("PL007",  "plugin-hooks-duplicate",       AL_ERROR,   true,  AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "plugin.json `hooks` names hooks/hooks.json, which loads by itself",           al_check_plugin_hooks_duplicate),
    /* JSON files of the .claude/ surface */
    RK("JS001",  "invalid-json",                 AL_ERROR,   true,  SURFACE_JSON,  "Settings, hooks or MCP file is not one valid JSON object",                        al_check_invalid_json),
    RK("JS002",  "json-duplicate-key",           AL_WARNING, true,  SURFACE_JSON | AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST), "JSON key appears twice in one object; the later value wins", al_check_json_duplicate_key),
    /* Hooks (spec/claude_hooks.c); the shape is CC019 */
    RK("HK001",  "unknown-hook-event",           AL_WARNING, true,  HOOK_FILES,    "Hook event name is not one Claude Code fires",                                     al_check_unknown_hook_event),
    RK("HK002",  "unknown-hook-type",            AL_ERROR,   true,  HOOK_FILES,    "Hook handler `type` is not command, http, mcp_tool, prompt or agent",              al_check_unknown_hook_type),
    RK("HK003",  "hook-missing-field",           AL_ERROR,   true,  HOOK_FILES,    "Hook handler lacks the field its type needs",                                      al_check_hook_missing_field),
    RK("HK004",  "hook-type-not-supported",      AL_WARNING, true,  HOOK_FILES,    "Hook event does not run handlers of this type",                                    al_check_hook_type_not_supported),
    RK("HK005",  "hook-matcher-ignored",         AL_WARNING, true,  HOOK_FILES,    "`matcher` on an event without matcher support is ignored",                         al_check_hook_matcher_ignored),
    RK("HK006",  "invalid-hook-matcher",         AL_WARNING, true,  HOOK_FILES,    "Hook matcher is not a valid pattern or names nothing it can match",                al_check_invalid_hook_matcher),
    RK("HK007",  "hook-script-missing",          AL_ERROR,   true,  HOOK_FILES,    "Hook command runs a script that does not exist",                                   al_check_hook_script_missing),
    RK("HK008",  "hook-timeout",                 AL_WARNING, true,  HOOK_FILES,    "Hook `timeout` is not a positive number of seconds, or looks like milliseconds",   al_check_hook_timeout),
    RK("HK009",  "hook-if-never-runs",           AL_WARNING, true,  HOOK_FILES,    "Handler with `if` on an event other than the tool events never runs",              al_check_hook_if_never_runs),
    /* Settings files (spec/claude_settings.c) */
    RK("ST001",  "unknown-setting",              AL_WARNING, true,  SETTINGS,      "Key is not a Claude Code setting, or is not read from a settings file",           al_check_unknown_setting),
    RK("ST002",  "invalid-setting-value",        AL_ERROR,   true,  SETTINGS,      "Setting has a value of the wrong type or outside its set",                         al_check_invalid_setting_value),
    RK("ST003",  "setting-ignored-here",         AL_WARNING, true,  SETTINGS,      "Setting is read only from user or managed settings, not a project file",           al_check_setting_ignored_here),
    RK("ST004",  "unknown-permission-tool",      AL_WARNING, true,  SETTINGS,      "Permission rule names no Claude Code tool",                                        al_check_unknown_permission_tool),
    RK("ST005",  "malformed-permission-rule",    AL_WARNING, true,  SETTINGS,      "Permission rule is not `Tool` or `Tool(specifier)`",                              al_check_malformed_permission_rule),
    RK("ST006",  "permission-rule-conflict",     AL_WARNING, true,  SETTINGS,      "Permission rule is in allow and in deny (or ask), so one never applies",           al_check_permission_rule_conflict),
    RK("ST007",  "permission-rule-ignored",      AL_WARNING, true,  SETTINGS,      "Permission rule Claude Code keeps but never consults",                             al_check_permission_rule_ignored),
    /* MCP servers; the shape is CC020 */
    RK("MC001",  "unknown-mcp-type",             AL_ERROR,   true,  MCP_FILES,     "MCP server `type` is not stdio, http, sse or ws",                                  al_check_unknown_mcp_type),
    RK("MC002",  "mcp-variable-syntax",          AL_WARNING, true,  MCP_FILES,     "`${VAR}` in an MCP server is malformed or is not expanded there",                  al_check_mcp_variable_syntax),
    RUN("MC003",  "unknown-mcp-server",           AL_INFO,    true,  AL_KIND_BIT(AL_KIND_AGENT), "Agent's `mcpServers` names a server no file of the run defines"),
    /* Memory files: imports */
    RK("MM001",  "import-not-found",             AL_WARNING, true,  MEMORY,        "`@path` import does not resolve to a file",                                        al_check_import_not_found),
    RK("MM002",  "import-cycle",                 AL_WARNING, true,  MEMORY,        "`@path` imports lead back to a file already imported",                             al_check_import_cycle),
    RK("MM003",  "import-too-deep",              AL_WARNING, true,  MEMORY,        "`@path` imports go deeper than Claude Code follows",                               al_check_import_too_deep),
    /* Links in what Claude Code reads */
    RK("LK001",  "broken-link",                  AL_WARNING, true,  LINKED,        "Relative link points to a file that does not exist",                               al_check_broken_link),
    RK("LK002",  "broken-link-fragment",         AL_WARNING, true,  LINKED,        "Link's `#fragment` names no heading of its target",                                al_check_broken_link_fragment),
    /* GitHub Copilot custom agents (spec/copilot.c) */
    RK("CP001",  "copilot-missing-field",        AL_ERROR,   true,  COPILOT,  "Copilot agent lacks `description`",                                         al_check_copilot_missing_field),
    RK("CP002",  "copilot-unknown-field",        AL_WARNING, true,  COPILOT_FILES, "Key Copilot does not read in a custom agent, instructions or prompt file", al_check_copilot_unknown_field),
    RK("CP003",  "copilot-invalid-value",        AL_WARNING, true,  COPILOT_FILES, "Copilot field has a value of the wrong type or outside its set",      al_check_copilot_invalid_value),
    RK("CP004",  "copilot-retired-field",        AL_WARNING, true,  COPILOT_FILES, "Copilot file uses a retired field (`infer`, a prompt's `mode`)",       al_check_copilot_retired_field),
    RK("CP005",  "copilot-unknown-tool",         AL_WARNING, true,  COPILOT_TOOLS, "Tool entry Copilot ignores: a misspelt alias or a malformed `server/tool`", al_check_copilot_unknown_tool),
    RK("CP006",  "copilot-prompt-too-long",      AL_WARNING, true,  COPILOT,  "Copilot agent prompt is over 30,000 characters",                            al_check_copilot_prompt_too_long),
    /* OpenCode agents (spec/opencode.c) */
    RK("OC001",  "opencode-missing-field",       AL_WARNING, true,  OPENCODE, "OpenCode agent lacks `description`",                                        al_check_opencode_missing_field),
    RK("OC002",  "opencode-unknown-field",       AL_WARNING, true,  OPENCODE, "Key OpenCode does not know, passed to the model provider",                 al_check_opencode_unknown_field),
    RK("OC003",  "opencode-invalid-value",       AL_ERROR,   true,  OPENCODE, "OpenCode agent field has a value OpenCode rejects",                         al_check_opencode_invalid_value),
    RK("OC004",  "opencode-deprecated-field",    AL_WARNING, true,  OPENCODE, "OpenCode agent uses a deprecated field (`tools`, `maxSteps`)",              al_check_opencode_deprecated_field),
    RK("OC005",  "opencode-model-format",        AL_WARNING, true,  OPENCODE, "OpenCode `model` is not `provider/model-id`",                               al_check_opencode_model),
    /* Gemini CLI subagents (spec/gemini.c) */
    RK("GM001",  "gemini-missing-field",         AL_ERROR,   true,  GEMINI,   "Gemini CLI subagent lacks a required field",                                al_check_gemini_missing_field),
    RK("GM002",  "gemini-unknown-field",         AL_ERROR,   true,  GEMINI,   "Key Gemini CLI rejects, so the subagent does not load",                     al_check_gemini_unknown_field),
    RK("GM003",  "gemini-invalid-value",         AL_ERROR,   true,  GEMINI,   "Gemini CLI subagent field has a value of the wrong type or outside its set", al_check_gemini_invalid_value),
    RK("GM004",  "gemini-name-format",           AL_ERROR,   true,  GEMINI,   "Gemini CLI subagent `name` is not a lowercase slug",                        al_check_gemini_name_format),
    RK("GM005",  "gemini-unknown-tool",          AL_ERROR,   true,  GEMINI,   "Tool name Gemini CLI rejects",                                              al_check_gemini_unknown_tool),
    RK("GM006",  "gemini-model",                 AL_WARNING, true,  GEMINI,   "Gemini CLI subagent `model` is a Claude Code alias",                        al_check_gemini_model),
    /* Cursor subagents and rules (spec/cursor.c) */
    RK("CU001",  "cursor-unknown-field",         AL_WARNING, true,  CURSOR,   "Key Cursor does not read in a rule (a note in a subagent)",                 al_check_cursor_unknown_field),
    RK("CU002",  "cursor-invalid-value",         AL_WARNING, true,  CURSOR,   "Cursor field has a value of the wrong type",                                al_check_cursor_invalid_value),
    RK("CU003",  "cursor-model-format",          AL_WARNING, true,  CURSOR,   "Cursor subagent `model` has malformed `[key=value]` parameters",            al_check_cursor_model),
    RK("CU004",  "cursor-rule-not-mdc",          AL_WARNING, true,  CURSOR_RULE, "File in .cursor/rules is not `.mdc`, so Cursor ignores it",              al_check_cursor_rule_not_mdc),
    /* Claude Code rules (spec/claude_rule_fields.c) */
    RK("CR001",  "claude-rule-unknown-field",    AL_WARNING, true,  CLAUDE_RULE, "Key a Claude Code rule does not have (a near miss of `paths`: a warning)", al_check_claude_rule_unknown_field),
    RK("CR002",  "claude-rule-foreign-field",    AL_WARNING, true,  CLAUDE_RULE, "Cursor's `globs` or Copilot's `applyTo` in a Claude Code rule",          al_check_claude_rule_foreign_field),
    RK("CR003",  "claude-rule-invalid-paths",    AL_WARNING, true,  CLAUDE_RULE, "`paths` is not a glob or a list of globs, or a glob matches nothing",   al_check_claude_rule_invalid_paths),
    /* Markdown body */
    RK("BD001",  "empty-body",                    AL_WARNING, true, AL_KINDS_AGENTS,  "Agent has no system prompt",                                               al_check_empty_body),
    RK("BD002",  "unterminated-code-fence",       AL_ERROR,   true, AL_KINDS_MARKDOWN,  "Code fence is never closed, so the rest is swallowed into code",           al_check_unterminated_code_fence),
    RK("BD003",  "fence-without-language",        AL_INFO,    true, AL_KINDS_MARKDOWN,  "Code fence has no info string naming its language",                        al_check_fence_without_language),
    RK("BD004",  "invalid-yaml-block",            AL_WARNING, true, AL_KINDS_MARKDOWN,  "```yaml block is not valid YAML",                                          al_check_invalid_yaml_block),
    RK("BD005",  "invalid-json-block",            AL_WARNING, true, AL_KINDS_MARKDOWN,  "```json block is not valid JSON",                                          al_check_invalid_json_block),
    RK("BD006",  "nested-fence-closes-outer",     AL_WARNING, true, AL_KINDS_MARKDOWN,  "Nested block's closing fence closes the outer block",                      al_check_nested_fence_closed_early),
    RK("BD007",  "fence-glued-to-text",           AL_WARNING, true, AL_KINDS_MARKDOWN,  "Code fence glued to text, so no block opens",                              al_check_fence_glued_to_text),
    /* Encoding and hidden text */
    R("EN001",  "invalid-utf8",                  AL_ERROR,   true,  "Bytes that are not valid UTF-8",                                           al_check_invalid_utf8),
    R("EN002",  "nul-byte",                      AL_ERROR,   true,  "NUL byte in the text",                                                     al_check_nul_byte),
    R("EN003",  "bare-carriage-return",          AL_ERROR,   true,  "Carriage return without a line feed",                                      al_check_bare_carriage_return),
    R("EN004",  "replacement-character",         AL_WARNING, true,  "U+FFFD: text already damaged by a wrong decoding",                         al_check_replacement_character),
    R("EN005",  "byte-order-mark",               AL_WARNING, true,  "File starts with a byte-order mark",                                       al_check_byte_order_mark),
    R("EN006",  "crlf-line-endings",             AL_WARNING, true,  "CRLF or mixed line endings",                                               al_check_line_endings),
    R("EN007",  "missing-final-newline",         AL_INFO,    false, "File does not end with a newline (opt-in)",                                al_check_missing_final_newline),
    R("EN008",  "mojibake",                      AL_WARNING, true,  "UTF-8 text decoded as Windows-1252 and saved again",                       al_check_mojibake),
    R("EN009",  "bidi-control",                  AL_ERROR,   true,  "Bidirectional control character reorders displayed text",                  al_check_bidi_control),
    R("EN010",  "zero-width-character",          AL_ERROR,   true,  "Zero-width character hides text",                                          al_check_zero_width_character),
    R("EN011",  "unicode-tag-characters",        AL_ERROR,   true,  "Unicode tag characters spell invisible text",                              al_check_unicode_tag_characters),
    R("EN012",  "hidden-format-character",       AL_ERROR,   true,  "Invisible format character",                                               al_check_invisible_format_character),
    R("EN013",  "control-character",             AL_WARNING, true,  "Terminal control character (ESC, BEL, C1) in the text",                   al_check_control_character),
    /* Secrets */
    RF("SEC001", "hardcoded-secret",            AL_ERROR,   true,  SECRETS,  "Credential in a known format (API key, token, private key)",               al_check_hardcoded_secret),
    RF("SEC002", "secret-assignment",           AL_ERROR,   true,  SECRETS,  "Credential assignment with a random-looking value",                        al_check_secret_assignment),
    /* Elixir snippets */
    R("EX001",  "elixir-syntax-error",           AL_ERROR,   true,  "Elixir snippet does not parse",                                            al_check_elixir_syntax),
    R("EX002",  "elixir-incomplete-fragment",    AL_INFO,    true,  "Elixir snippet is an excerpt that stops before its terminators",           al_check_elixir_fragment),
    R("EX003",  "typographic-character-in-code", AL_ERROR,   true,  "Smart quote, ellipsis or other typographic character in Elixir code",      al_check_elixir_typographic),
    /* Elixir APIs and snippet mistakes */
    RF("EXA001", "removed-api",                 AL_ERROR,   true,  SOFTENED, "Elixir block uses an API that was removed or now raises",                  al_check_removed_api),
    RF("EXA002", "deprecated-api",              AL_WARNING, true,  SOFTENED, "Elixir block uses a deprecated API that warns when compiled",              al_check_deprecated_api),
    RF("EXA003", "soft-deprecated-api",         AL_INFO,    true,  SOFTENED, "Elixir block uses an API documented as deprecated",                        al_check_soft_deprecated_api),
    RF("EXA004", "shell-in-elixir-block",       AL_WARNING, true,  SOFTENED, "Shell commands inside an Elixir block",                                    al_check_shell_in_elixir),
    RF("EXA005", "heex-in-elixir-block",        AL_WARNING, true,  SOFTENED, "HEEx/EEx markup in an Elixir block outside a `~H` sigil",                  al_check_heex_outside_sigil),
    RF("EXA006", "heex-sigil-quote",            AL_ERROR,   true,  SOFTENED, "`~H\"...\"` contains a `\"` that closes it early",                         al_check_heex_sigil_quote),
    RF("EXA007", "logger-without-require",      AL_ERROR,   true,  SOFTENED, "`Logger` macros used in a module without `require Logger`",                al_check_logger_without_require),
    RF("EXA008", "app-env-in-attribute",        AL_WARNING, true,  SOFTENED, "`Application.get_env` in a module attribute",                              al_check_app_env_in_attribute),
    RF("EXA009", "atom-from-input",             AL_WARNING, true,  SOFTENED, "Atoms created from runtime data",                                          al_check_atom_from_input),
    RF("EXA010", "debug-leftover",              AL_INFO,    true,  SOFTENED, "Debugging call left in an Elixir example",                                 al_check_debug_leftover),
    RF("EXA011", "foreign-construct",           AL_WARNING, true,  SOFTENED, "Construct from another language that means something else in Elixir",      al_check_foreign_construct),
    /* agentlint itself */
    RUN("AL001", "unused-suppression",          AL_INFO,    true,  AL_KINDS_ALL, "Suppression comment suppresses nothing"),
    RUN("AL002", "invalid-suppression",         AL_WARNING, true,  AL_KINDS_ALL, "Suppression comment names an unknown rule or directive"),
};
/* clang-format on */
const size_t al_rule_table_count = sizeof al_rule_table / sizeof al_rule_table[0];
_Static_assert(sizeof al_rule_table / sizeof al_rule_table[0] <= AL_RULE_CAPACITY,
               "more rules than al_options has room for: raise AL_RULE_CAPACITY (core/options.h)");

size_t al_rule_count(void)
{
    return al_rule_table_count;
}

const al_rule_info *al_rule_at(size_t index)
{
    return index < al_rule_table_count ? &al_rule_table[index].info : NULL;
}

size_t al_rule_index(const al_rule_info *rule)
{
    return (size_t)((const al_rule *)rule - al_rule_table);
}

/* The options keep a severity per rule by its index (core/options.h). */
void al_options_set_severity(al_options *o, const al_rule_info *rule, al_severity sev)
{
    o->severity[al_rule_index(rule)] = (signed char)sev;
}

al_severity al_options_severity(const al_options *o, const al_rule_info *rule)
{
    int s = o ? o->severity[al_rule_index(rule)] : -1;
    if (s >= 0) return (al_severity)s;
    return rule->default_enabled ? rule->default_severity : AL_OFF;
}

static bool code_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (toupper((unsigned char)*a) != toupper((unsigned char)*b)) return false;
    return *a == *b;
}

/* Families renamed: the old codes stay accepted, with a note, everywhere a
 * rule is named (configuration, --select/--ignore, suppressions, baselines).
 * Never reuse an old prefix for another family. */
/* clang-format off */
static const struct {
    const char *old_prefix, *new_prefix, *since;
} code_renames[] = {
    {"MD", "BD", "0.2.0"}, /* markdownlint's MD001... are other rules on the same .md files */
};
/* clang-format on */

bool al_rule_code_renamed(const char *code, char *out, size_t outlen, const char **since)
{
    for (size_t i = 0; i < sizeof code_renames / sizeof code_renames[0]; i++) {
        size_t n = strlen(code_renames[i].old_prefix);
        if (strlen(code) < n) continue;
        bool same = true;
        for (size_t k = 0; k < n; k++)
            if (toupper((unsigned char)code[k]) != code_renames[i].old_prefix[k]) same = false;
        if (!same) continue;
        const char *rest = code + n;
        for (const char *p = rest; *p; p++)
            if (*p < '0' || *p > '9') same = false;
        if (!same) continue;
        if ((size_t)snprintf(out, outlen, "%s%s", code_renames[i].new_prefix, rest) >= outlen)
            return false;
        if (since) *since = code_renames[i].since;
        return true;
    }
    return false;
}

const al_rule_info *al_rule_find(const char *code_or_name)
{
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule_info *r = &al_rule_table[i].info;
        if (code_equal(r->code, code_or_name) || strcmp(r->name, code_or_name) == 0) return r;
    }
    return al_rule_find_renamed(code_or_name, NULL);
}

const al_rule_info *al_rule_find_renamed(const char *old_code, const char **since)
{
    char code[16];
    if (!al_rule_code_renamed(old_code, code, sizeof code, since) || code[0] == '\0' ||
        !(code[strlen(code) - 1] >= '0' && code[strlen(code) - 1] <= '9'))
        return NULL;
    for (size_t i = 0; i < al_rule_table_count; i++)
        if (code_equal(al_rule_table[i].info.code, code)) return &al_rule_table[i].info;
    return NULL;
}

const char *al_rule_explanation(const al_rule_info *rule)
{
    for (const al_explanation *e = al_explanations; e->code; e++)
        if (strcmp(e->code, rule->code) == 0) return e->text;
    return NULL;
}
