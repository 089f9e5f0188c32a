/* The rule registry: one row per rule, the only list of rules there is.
 *
 * Codes are stable and grouped by family; never reuse a retired code.
 *   IN  input (binary, size)            FM  front matter and YAML
 *   CC  Claude Code fields              MD  Markdown body
 *   EN  encoding and hidden text        SEC secrets
 *   EX  Elixir syntax                   EXA Elixir APIs and snippet mistakes
 *   AL  agentlint itself (suppressions, configuration)
 * Explanations with examples are in docs/rules/CODE.md. */
#include <ctype.h>
#include <string.h>

#include "rules/checks.h"
#include "rules/explanations.h"
#include "rules/rule.h"

#define R(code, name, sev, on, summary, fn)                                                        \
    {                                                                                              \
        {code, name, sev, on, summary}, fn                                                         \
    }

/* clang-format off */
const al_rule al_rule_table[] = {
    /* Input */
    R("IN001", "binary-file",               AL_ERROR,   true,  "File is binary, not text",                                                 al_check_binary_file),
    R("IN002", "file-too-large",            AL_ERROR,   true,  "File is larger than the size limit",                                       al_check_file_too_large),
    /* Front matter */
    R("FM001", "missing-front-matter",      AL_ERROR,   true,  "File has no YAML front matter",                                            al_check_missing_front_matter),
    R("FM002", "front-matter-not-at-start", AL_ERROR,   true,  "Front matter does not start on line 1",                                    al_check_front_matter_not_at_start),
    R("FM003", "unterminated-front-matter", AL_ERROR,   true,  "Front matter is never closed with `---`",                                  al_check_unterminated_front_matter),
    R("FM004", "invalid-yaml",              AL_ERROR,   true,  "Front matter is not valid YAML",                                           al_check_invalid_yaml),
    R("FM005", "front-matter-not-mapping",  AL_ERROR,   true,  "Front matter is not a mapping of keys to values",                          al_check_front_matter_not_mapping),
    R("FM006", "duplicate-key",             AL_ERROR,   true,  "Front-matter key appears twice",                                           al_check_duplicate_key),
    /* Claude Code fields */
    R("CC001", "missing-name",              AL_ERROR,   true,  "Agent has no `name`",                                                      al_check_missing_name),
    R("CC002", "name-skipped",              AL_ERROR,   true,  "`name` contains `:` or starts with `-`, so Claude Code skips the agent",   al_check_name_skipped),
    R("CC003", "name-format",               AL_WARNING, true,  "`name` is not lowercase letters, digits and hyphens",                      al_check_name_format),
    R("CC004", "duplicate-name",            AL_WARNING, true,  "Two agents in one run have the same `name`",                               al_check_duplicate_name),
    R("CC005", "name-matches-filename",     AL_INFO,    false, "`name` differs from the file name (opt-in)",                               al_check_name_matches_filename),
    R("CC006", "missing-description",       AL_ERROR,   true,  "Agent has no `description`",                                               al_check_missing_description),
    R("CC007", "unknown-field",             AL_WARNING, true,  "Front-matter key is not an agent field",                                   al_check_unknown_field),
    R("CC008", "invalid-field-value",       AL_WARNING, true,  "Field has a value of the wrong type or outside its allowed set",           al_check_invalid_field_value),
    R("CC009", "removed-field-value",       AL_WARNING, true,  "Field value was removed from Claude Code",                                 al_check_removed_field_value),
    R("CC010", "unknown-tool",              AL_WARNING, true,  "Tool name is not a Claude Code tool",                                      al_check_unknown_tool),
    R("CC011", "retired-tool",              AL_WARNING, true,  "Tool was retired or renamed",                                              al_check_retired_tool),
    R("CC012", "duplicate-tool",            AL_WARNING, true,  "Tool is listed twice",                                                     al_check_duplicate_tool),
    R("CC013", "empty-tool-entry",          AL_WARNING, true,  "Tool list has an empty entry",                                             al_check_empty_tool_entry),
    R("CC014", "malformed-mcp-tool",        AL_WARNING, true,  "MCP tool name is malformed",                                               al_check_malformed_mcp_tool),
    R("CC015", "mcp-wildcard-in-tools",     AL_WARNING, true,  "`mcp__*` works only in `disallowedTools`",                                 al_check_mcp_wildcard_in_tools),
    R("CC016", "no-valid-tools",            AL_ERROR,   true,  "No entry of `tools` is a tool, so Claude Code refuses to start the agent", al_check_no_valid_tools),
    R("CC017", "unknown-model",             AL_WARNING, true,  "`model` is not a model alias or model ID",                                 al_check_unknown_model),
    R("CC018", "retired-model",             AL_WARNING, true,  "`model` names a retired model",                                            al_check_retired_model),
    R("CC019", "invalid-hooks",             AL_WARNING, true,  "`hooks` does not have the settings hooks shape",                           al_check_invalid_hooks),
    R("CC020", "invalid-mcp-servers",       AL_WARNING, true,  "`mcpServers` entry is malformed",                                          al_check_invalid_mcp_servers),
    /* Markdown body */
    R("MD001", "empty-body",                AL_WARNING, true,  "Agent has no system prompt",                                               al_check_empty_body),
    /* Elixir APIs and snippet mistakes */
    R("EXA001", "removed-api",              AL_ERROR,   true,  "Elixir block uses an API that was removed or now raises",                  al_check_removed_api),
    R("EXA002", "deprecated-api",           AL_WARNING, true,  "Elixir block uses a deprecated API that warns when compiled",              al_check_deprecated_api),
    R("EXA003", "soft-deprecated-api",      AL_INFO,    true,  "Elixir block uses an API documented as deprecated",                        al_check_soft_deprecated_api),
    R("EXA004", "shell-in-elixir-block",    AL_WARNING, true,  "Shell commands inside an Elixir block",                                    al_check_shell_in_elixir),
    R("EXA005", "heex-in-elixir-block",     AL_WARNING, true,  "HEEx/EEx markup in an Elixir block outside a `~H` sigil",                  al_check_heex_outside_sigil),
    R("EXA006", "heex-sigil-quote",         AL_ERROR,   true,  "`~H\"...\"` contains a `\"` that closes it early",                         al_check_heex_sigil_quote),
    R("EXA007", "logger-without-require",   AL_ERROR,   true,  "`Logger` macros used in a module without `require Logger`",                al_check_logger_without_require),
    R("EXA008", "app-env-in-attribute",     AL_WARNING, true,  "`Application.get_env` in a module attribute",                              al_check_app_env_in_attribute),
    R("EXA009", "atom-from-input",          AL_WARNING, true,  "Atoms created from runtime data",                                          al_check_atom_from_input),
    R("EXA010", "debug-leftover",           AL_INFO,    true,  "Debugging call left in an Elixir example",                                 al_check_debug_leftover),
    R("EXA011", "foreign-construct",        AL_WARNING, true,  "Construct from another language that means something else in Elixir",      al_check_foreign_construct),
};
/* clang-format on */
const size_t al_rule_table_count = sizeof al_rule_table / sizeof al_rule_table[0];

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

static bool code_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (toupper((unsigned char)*a) != toupper((unsigned char)*b)) return false;
    return *a == *b;
}

const al_rule_info *al_rule_find(const char *code_or_name)
{
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule_info *r = &al_rule_table[i].info;
        if (code_equal(r->code, code_or_name) || strcmp(r->name, code_or_name) == 0) return r;
    }
    return NULL;
}

const char *al_rule_explanation(const al_rule_info *rule)
{
    for (const al_explanation *e = al_explanations; e->code; e++)
        if (strcmp(e->code, rule->code) == 0) return e->text;
    return NULL;
}
