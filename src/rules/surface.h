/* What the rules of the .claude/ surface share (hooks, settings, MCP,
 * memory and links): where a file's project and plugin folders are, the
 * JSON or YAML tree a file's settings live in, and how a key is fixed in
 * either. */
#ifndef AL_RULES_SURFACE_H
#define AL_RULES_SURFACE_H

#include "rules/rule.h"

/* The project folder of a file inside `.claude/` (the folder holding it),
 * "." for a path starting with `.claude/`, NULL for other files or when out
 * of memory (malloc'd). */
char *al_project_root_of(const char *path);

/* The plugin folder of the document: the plugin root of a plugin's agent,
 * skill, command or hooks file, the folder holding `.claude-plugin/` for a
 * manifest, NULL otherwise (malloc'd). */
char *al_plugin_root_for(const al_context *ctx, const al_document *doc);

/* The root object of a JSON kind that parsed, or NULL. */
const al_yaml_node *al_json_root(const al_document *doc);

/* Adds to p a fix that replaces the text of node (a key or a string value,
 * JSON or YAML) by replacement, when the text can be replaced as written
 * (a plain or quoted scalar without escapes). */
void al_fix_rename(al_context *ctx, al_pending *p, const al_yaml_node *node,
                   const char *replacement);

/* A name node (a key or a scalar), for the MCP server names a file defines
 * or an agent refers to. */
typedef void (*al_name_visit)(const al_yaml_node *name, void *ctx);
/* The MCP servers path defines: a .mcp.json's, a plugin.json's inline
 * `mcpServers`, an agent's `name: {config}` entries. */
void al_mcp_servers_defined(const char *path, const al_document *doc, al_name_visit visit,
                            void *ctx);
/* The servers an agent's `mcpServers` names (its string entries). */
void al_mcp_servers_named(const al_document *doc, al_name_visit visit, void *ctx);

#endif
