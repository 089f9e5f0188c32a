/* Every rule's check function, by source file. The registry (registry.c)
 * is the one table that names them. */
#ifndef AL_CHECKS_H
#define AL_CHECKS_H

#include "core/options.h"
#include "rules/rule.h"

/* input_rules.c */
void al_check_binary_file(al_context *ctx, const al_document *doc);
void al_check_file_too_large(al_context *ctx, const al_document *doc);

/* frontmatter_rules.c */
void al_check_missing_front_matter(al_context *ctx, const al_document *doc);
void al_check_front_matter_not_at_start(al_context *ctx, const al_document *doc);
void al_check_unterminated_front_matter(al_context *ctx, const al_document *doc);
void al_check_invalid_yaml(al_context *ctx, const al_document *doc);
void al_check_front_matter_not_mapping(al_context *ctx, const al_document *doc);
void al_check_duplicate_key(al_context *ctx, const al_document *doc);

/* skill_rules.c */
void al_check_skill_unknown_field(al_context *ctx, const al_document *doc);
void al_check_skill_field_value(al_context *ctx, const al_document *doc);
void al_check_skill_field_not_read(al_context *ctx, const al_document *doc);
void al_check_skill_missing_field(al_context *ctx, const al_document *doc);
void al_check_skill_name_format(al_context *ctx, const al_document *doc);
void al_check_skill_listing_too_long(al_context *ctx, const al_document *doc);
void al_check_skill_outside_skills_folder(al_context *ctx, const al_document *doc);
void al_check_skill_name_reserved_word(al_context *ctx, const al_document *doc);

/* plugin_rules.c */
void al_check_plugin_invalid_json(al_context *ctx, const al_document *doc);
void al_check_plugin_missing_name(al_context *ctx, const al_document *doc);
void al_check_plugin_name_format(al_context *ctx, const al_document *doc);
void al_check_plugin_invalid_field(al_context *ctx, const al_document *doc);
void al_check_plugin_path_missing(al_context *ctx, const al_document *doc);
void al_check_plugin_agent_ignored_field(al_context *ctx, const al_document *doc);
void al_check_plugin_hooks_duplicate(al_context *ctx, const al_document *doc);

/* claude_rules.c */
void al_check_missing_name(al_context *ctx, const al_document *doc);
void al_check_name_skipped(al_context *ctx, const al_document *doc);
void al_check_name_format(al_context *ctx, const al_document *doc);
void al_check_name_matches_filename(al_context *ctx, const al_document *doc);
void al_check_missing_description(al_context *ctx, const al_document *doc);
void al_check_unknown_field(al_context *ctx, const al_document *doc);
void al_check_invalid_field_value(al_context *ctx, const al_document *doc);
void al_check_removed_field_value(al_context *ctx, const al_document *doc);
void al_check_unknown_tool(al_context *ctx, const al_document *doc);
void al_check_retired_tool(al_context *ctx, const al_document *doc);
void al_check_duplicate_tool(al_context *ctx, const al_document *doc);
void al_check_empty_tool_entry(al_context *ctx, const al_document *doc);
void al_check_malformed_mcp_tool(al_context *ctx, const al_document *doc);
void al_check_mcp_wildcard_in_tools(al_context *ctx, const al_document *doc);
void al_check_no_valid_tools(al_context *ctx, const al_document *doc);
void al_check_unknown_model(al_context *ctx, const al_document *doc);
void al_check_retired_model(al_context *ctx, const al_document *doc);

/* json_rules.c */
void al_check_invalid_json(al_context *ctx, const al_document *doc);
void al_check_json_duplicate_key(al_context *ctx, const al_document *doc);

/* hook_rules.c (CC019 and the HK family) */
void al_check_invalid_hooks(al_context *ctx, const al_document *doc);
void al_check_unknown_hook_event(al_context *ctx, const al_document *doc);
void al_check_unknown_hook_type(al_context *ctx, const al_document *doc);
void al_check_hook_missing_field(al_context *ctx, const al_document *doc);
void al_check_hook_type_not_supported(al_context *ctx, const al_document *doc);
void al_check_hook_matcher_ignored(al_context *ctx, const al_document *doc);
void al_check_invalid_hook_matcher(al_context *ctx, const al_document *doc);
void al_check_hook_script_missing(al_context *ctx, const al_document *doc);
void al_check_hook_timeout(al_context *ctx, const al_document *doc);
void al_check_hook_if_never_runs(al_context *ctx, const al_document *doc);

/* settings_rules.c */
void al_check_unknown_setting(al_context *ctx, const al_document *doc);
void al_check_invalid_setting_value(al_context *ctx, const al_document *doc);
void al_check_setting_ignored_here(al_context *ctx, const al_document *doc);
void al_check_unknown_permission_tool(al_context *ctx, const al_document *doc);
void al_check_malformed_permission_rule(al_context *ctx, const al_document *doc);
void al_check_permission_rule_conflict(al_context *ctx, const al_document *doc);
void al_check_permission_rule_ignored(al_context *ctx, const al_document *doc);

/* mcp_rules.c (CC020 and the MC family; MC003 is found across files) */
void al_check_invalid_mcp_servers(al_context *ctx, const al_document *doc);
void al_check_unknown_mcp_type(al_context *ctx, const al_document *doc);
void al_check_mcp_variable_syntax(al_context *ctx, const al_document *doc);

/* memory_rules.c */
void al_check_import_not_found(al_context *ctx, const al_document *doc);
void al_check_import_cycle(al_context *ctx, const al_document *doc);
void al_check_import_too_deep(al_context *ctx, const al_document *doc);

/* link_rules.c */
void al_check_broken_link(al_context *ctx, const al_document *doc);
void al_check_broken_link_fragment(al_context *ctx, const al_document *doc);

/* elixir_rules.c */
void al_check_elixir_syntax(al_context *ctx, const al_document *doc);
void al_check_elixir_fragment(al_context *ctx, const al_document *doc);
void al_check_elixir_typographic(al_context *ctx, const al_document *doc);

/* body_rules.c */
void al_check_empty_body(al_context *ctx, const al_document *doc);

/* fence_rules.c */
void al_check_unterminated_code_fence(al_context *ctx, const al_document *doc);
void al_check_fence_without_language(al_context *ctx, const al_document *doc);
void al_check_nested_fence_closed_early(al_context *ctx, const al_document *doc);
void al_check_fence_glued_to_text(al_context *ctx, const al_document *doc);
void al_check_invalid_yaml_block(al_context *ctx, const al_document *doc);
void al_check_invalid_json_block(al_context *ctx, const al_document *doc);

/* encoding_rules.c */
void al_check_invalid_utf8(al_context *ctx, const al_document *doc);
void al_check_nul_byte(al_context *ctx, const al_document *doc);
void al_check_bare_carriage_return(al_context *ctx, const al_document *doc);
void al_check_replacement_character(al_context *ctx, const al_document *doc);
void al_check_byte_order_mark(al_context *ctx, const al_document *doc);
void al_check_line_endings(al_context *ctx, const al_document *doc);
void al_check_missing_final_newline(al_context *ctx, const al_document *doc);
void al_check_mojibake(al_context *ctx, const al_document *doc);
void al_check_bidi_control(al_context *ctx, const al_document *doc);
void al_check_zero_width_character(al_context *ctx, const al_document *doc);
void al_check_unicode_tag_characters(al_context *ctx, const al_document *doc);
void al_check_invisible_format_character(al_context *ctx, const al_document *doc);
void al_check_control_character(al_context *ctx, const al_document *doc);

/* secret_rules.c */
void al_check_hardcoded_secret(al_context *ctx, const al_document *doc);
void al_check_secret_assignment(al_context *ctx, const al_document *doc);

/* elixir_api_rules.c */
void al_check_removed_api(al_context *ctx, const al_document *doc);
void al_check_deprecated_api(al_context *ctx, const al_document *doc);
void al_check_soft_deprecated_api(al_context *ctx, const al_document *doc);

/* elixir_snippet_rules.c */
void al_check_shell_in_elixir(al_context *ctx, const al_document *doc);
void al_check_heex_outside_sigil(al_context *ctx, const al_document *doc);
void al_check_heex_sigil_quote(al_context *ctx, const al_document *doc);
void al_check_logger_without_require(al_context *ctx, const al_document *doc);
void al_check_app_env_in_attribute(al_context *ctx, const al_document *doc);
void al_check_atom_from_input(al_context *ctx, const al_document *doc);
void al_check_debug_leftover(al_context *ctx, const al_document *doc);
void al_check_foreign_construct(al_context *ctx, const al_document *doc);

/* dialect_rules.c: GitHub Copilot (CP), OpenCode (OC), Gemini CLI (GM), Cursor (CU) */
void al_check_copilot_missing_field(al_context *ctx, const al_document *doc);
void al_check_copilot_unknown_field(al_context *ctx, const al_document *doc);
void al_check_copilot_invalid_value(al_context *ctx, const al_document *doc);
void al_check_copilot_retired_field(al_context *ctx, const al_document *doc);
void al_check_copilot_unknown_tool(al_context *ctx, const al_document *doc);
void al_check_copilot_prompt_too_long(al_context *ctx, const al_document *doc);
void al_check_opencode_missing_field(al_context *ctx, const al_document *doc);
void al_check_opencode_unknown_field(al_context *ctx, const al_document *doc);
void al_check_opencode_invalid_value(al_context *ctx, const al_document *doc);
void al_check_opencode_deprecated_field(al_context *ctx, const al_document *doc);
void al_check_opencode_model(al_context *ctx, const al_document *doc);
void al_check_gemini_missing_field(al_context *ctx, const al_document *doc);
void al_check_gemini_unknown_field(al_context *ctx, const al_document *doc);
void al_check_gemini_invalid_value(al_context *ctx, const al_document *doc);
void al_check_gemini_name_format(al_context *ctx, const al_document *doc);
void al_check_gemini_unknown_tool(al_context *ctx, const al_document *doc);
void al_check_gemini_model(al_context *ctx, const al_document *doc);
void al_check_cursor_unknown_field(al_context *ctx, const al_document *doc);
void al_check_cursor_invalid_value(al_context *ctx, const al_document *doc);
void al_check_cursor_model(al_context *ctx, const al_document *doc);
void al_check_cursor_rule_not_mdc(al_context *ctx, const al_document *doc);
void al_check_claude_rule_unknown_field(al_context *ctx, const al_document *doc);
void al_check_claude_rule_foreign_field(al_context *ctx, const al_document *doc);
void al_check_claude_rule_invalid_paths(al_context *ctx, const al_document *doc);

#endif
