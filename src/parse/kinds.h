/* Deciding what a file is (its al_file_kind), from the path and the
 * patterns in spec/file_kinds.c, then from the content. */
#ifndef AL_KINDS_H
#define AL_KINDS_H

#include "agentlint/agentlint.h"
#include "parse/frontmatter.h"

/* al_kind_for_path, also giving the plugin root folder of a plugin's agent or
 * command (malloc'd, NULL for other files; plugin_root may be NULL). */
al_file_kind al_kind_resolve(const al_options *opts, const char *path, char **plugin_root);
/* The kind of a file whose path did not decide: an agent when its front
 * matter has `name` and `description` (as keys, or as lines of a front matter
 * that does not parse), else documentation. */
al_file_kind al_kind_from_content(const al_frontmatter *fm, const al_source *src);

/* Whether files of kind are JSON (plugin manifests, settings, plugin hooks,
 * MCP configuration), not Markdown. */
bool al_kind_is_json(al_file_kind kind);

#endif
