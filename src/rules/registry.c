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
    R("IN001",  "binary-file",                   AL_ERROR,   true,  "File is binary, not text",                                                 al_check_binary_file),
    R("IN002",  "file-too-large",                AL_ERROR,   true,  "File is larger than the size limit",                                       al_check_file_too_large),
    /* Front matter */
    R("FM001",  "missing-front-matter",          AL_ERROR,   true,  "File has no YAML front matter",                                            al_check_missing_front_matter),
    R("FM002",  "front-matter-not-at-start",     AL_ERROR,   true,  "Front matter does not start on line 1",                                    al_check_front_matter_not_at_start),
    R("FM003",  "unterminated-front-matter",     AL_ERROR,   true,  "Front matter is never closed with `---`",                                  al_check_unterminated_front_matter),
    R("FM004",  "invalid-yaml",                  AL_ERROR,   true,  "Front matter is not valid YAML",                                           al_check_invalid_yaml),
    R("FM005",  "front-matter-not-mapping",      AL_ERROR,   true,  "Front matter is not a mapping of keys to values",                          al_check_front_matter_not_mapping),
    R("FM006",  "duplicate-key",                 AL_ERROR,   true,  "Front-matter key appears twice",                                           al_check_duplicate_key),
    /* Claude Code fields */
    R("CC001",  "missing-name",                  AL_ERROR,   true,  "Agent has no `name`",                                                      al_check_missing_name),
    R("CC002",  "name-skipped",                  AL_ERROR,   true,  "`name` contains `:` or starts with `-`, so Claude Code skips the agent",   al_check_name_skipped),
    R("CC003",  "name-format",                   AL_WARNING, true,  "`name` is not lowercase letters, digits and hyphens",                      al_check_name_format),
    R("CC004",  "duplicate-name",                AL_WARNING, true,  "Two agents in one run have the same `name`",                               al_check_duplicate_name),
    R("CC005",  "name-matches-filename",         AL_INFO,    false, "`name` differs from the file name (opt-in)",                               al_check_name_matches_filename),
    R("CC006",  "missing-description",           AL_ERROR,   true,  "Agent has no `description`",                                               al_check_missing_description),
    R("CC007",  "unknown-field",                 AL_WARNING, true,  "Front-matter key is not an agent field",                                   al_check_unknown_field),
    R("CC008",  "invalid-field-value",           AL_WARNING, true,  "Field has a value of the wrong type or outside its allowed set",           al_check_invalid_field_value),
    R("CC009",  "removed-field-value",           AL_WARNING, true,  "Field value was removed from Claude Code",                                 al_check_removed_field_value),
    R("CC010",  "unknown-tool",                  AL_WARNING, true,  "Tool name is not a Claude Code tool",                                      al_check_unknown_tool),
    R("CC011",  "retired-tool",                  AL_WARNING, true,  "Tool was retired or renamed",                                              al_check_retired_tool),
    R("CC012",  "duplicate-tool",                AL_WARNING, true,  "Tool is listed twice",                                                     al_check_duplicate_tool),
    R("CC013",  "empty-tool-entry",              AL_WARNING, true,  "Tool list has an empty entry",                                             al_check_empty_tool_entry),
    R("CC014",  "malformed-mcp-tool",            AL_WARNING, true,  "MCP tool name is malformed",                                               al_check_malformed_mcp_tool),
    R("CC015",  "mcp-wildcard-in-tools",         AL_WARNING, true,  "`mcp__*` works only in `disallowedTools`",                                 al_check_mcp_wildcard_in_tools),
    R("CC016",  "no-valid-tools",                AL_ERROR,   true,  "No entry of `tools` is a tool, so Claude Code refuses to start the agent", al_check_no_valid_tools),
    R("CC017",  "unknown-model",                 AL_WARNING, true,  "`model` is not a model alias or model ID",                                 al_check_unknown_model),
    R("CC018",  "retired-model",                 AL_WARNING, true,  "`model` names a retired model",                                            al_check_retired_model),
    R("CC019",  "invalid-hooks",                 AL_WARNING, true,  "`hooks` does not have the settings hooks shape",                           al_check_invalid_hooks),
    R("CC020",  "invalid-mcp-servers",           AL_WARNING, true,  "`mcpServers` entry is malformed",                                          al_check_invalid_mcp_servers),
    /* Markdown body */
    R("MD001",  "empty-body",                    AL_WARNING, true,  "Agent has no system prompt",                                               al_check_empty_body),
    R("MD002",  "unterminated-code-fence",       AL_ERROR,   true,  "Code fence is never closed, so the rest is swallowed into code",           al_check_unterminated_code_fence),
    R("MD003",  "fence-without-language",        AL_INFO,    true,  "Code fence has no info string naming its language",                        al_check_fence_without_language),
    R("MD004",  "invalid-yaml-block",            AL_WARNING, true,  "```yaml block is not valid YAML",                                          al_check_invalid_yaml_block),
    R("MD005",  "invalid-json-block",            AL_WARNING, true,  "```json block is not valid JSON",                                          al_check_invalid_json_block),
    R("MD006",  "nested-fence-closes-outer",     AL_WARNING, true,  "Nested block's closing fence closes the outer block",                      al_check_nested_fence_closed_early),
    R("MD007",  "fence-glued-to-text",           AL_WARNING, true,  "Code fence glued to text, so no block opens",                              al_check_fence_glued_to_text),
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
    /* Secrets */
    R("SEC001", "hardcoded-secret",              AL_ERROR,   true,  "Credential in a known format (API key, token, private key)",               al_check_hardcoded_secret),
    R("SEC002", "secret-assignment",             AL_ERROR,   true,  "Credential assignment with a random-looking value",                        al_check_secret_assignment),
    /* Elixir snippets */
    R("EX001",  "elixir-syntax-error",           AL_ERROR,   true,  "Elixir snippet does not parse",                                            al_check_elixir_syntax),
    R("EX002",  "elixir-incomplete-fragment",    AL_INFO,    true,  "Elixir snippet is an excerpt that stops before its terminators",           al_check_elixir_fragment),
    R("EX003",  "typographic-character-in-code", AL_ERROR,   true,  "Smart quote, ellipsis or other typographic character in Elixir code",      al_check_elixir_typographic),
    /* Elixir APIs and snippet mistakes */
    R("EXA001", "removed-api",                   AL_ERROR,   true,  "Elixir block uses an API that was removed or now raises",                  al_check_removed_api),
    R("EXA002", "deprecated-api",                AL_WARNING, true,  "Elixir block uses a deprecated API that warns when compiled",              al_check_deprecated_api),
    R("EXA003", "soft-deprecated-api",           AL_INFO,    true,  "Elixir block uses an API documented as deprecated",                        al_check_soft_deprecated_api),
    R("EXA004", "shell-in-elixir-block",         AL_WARNING, true,  "Shell commands inside an Elixir block",                                    al_check_shell_in_elixir),
    R("EXA005", "heex-in-elixir-block",          AL_WARNING, true,  "HEEx/EEx markup in an Elixir block outside a `~H` sigil",                  al_check_heex_outside_sigil),
    R("EXA006", "heex-sigil-quote",              AL_ERROR,   true,  "`~H\"...\"` contains a `\"` that closes it early",                         al_check_heex_sigil_quote),
    R("EXA007", "logger-without-require",        AL_ERROR,   true,  "`Logger` macros used in a module without `require Logger`",                al_check_logger_without_require),
    R("EXA008", "app-env-in-attribute",          AL_WARNING, true,  "`Application.get_env` in a module attribute",                              al_check_app_env_in_attribute),
    R("EXA009", "atom-from-input",               AL_WARNING, true,  "Atoms created from runtime data",                                          al_check_atom_from_input),
    R("EXA010", "debug-leftover",                AL_INFO,    true,  "Debugging call left in an Elixir example",                                 al_check_debug_leftover),
    R("EXA011", "foreign-construct",             AL_WARNING, true,  "Construct from another language that means something else in Elixir",      al_check_foreign_construct),
    /* agentlint itself */
    R("AL001",  "unused-suppression",            AL_INFO,    true,  "Suppression comment suppresses nothing",                                   al_check_suppressions),
    R("AL002",  "invalid-suppression",           AL_WARNING, true,  "Suppression comment names an unknown rule or directive",                   al_check_suppressions),
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
