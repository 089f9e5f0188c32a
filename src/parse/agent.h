/* Stage 3 of the pipeline: the agent's fields, read from the YAML tree.
 *
 * Most fields are read by the rules straight from the tree. The tool lists
 * need splitting (a comma string or a YAML list), so they are split once here,
 * each entry keeping its exact span in the file. */
#ifndef AL_AGENT_H
#define AL_AGENT_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "parse/frontmatter.h"
#include "parse/source.h"
#include "util/arena.h"

typedef struct {
    const char *text; /* trimmed entry, NUL-terminated */
    size_t len;
    size_t start, end;        /* its span in the file */
    const al_yaml_node *node; /* the scalar it came from */
} al_tool_entry;

typedef struct {
    const al_yaml_pair *pair; /* NULL when the field is absent */
    bool usable;              /* a string or a list of strings */
    al_tool_entry *entries;
    size_t count;
} al_tool_list;

typedef struct {
    const al_yaml_node *fields; /* the root mapping, or NULL */
    const al_yaml_pair *name;
    const al_yaml_pair *description;
    al_tool_list tools;
    al_tool_list disallowed_tools;
} al_agent;

/* Reads the fields; the tool lists are `tools`/`disallowedTools` for agents,
 * `allowed-tools`/`disallowed-tools` for skills and commands. */
bool al_agent_read(al_agent *agent, const al_frontmatter *fm, const al_source *src, al_arena *arena,
                   al_file_kind kind);

/* The id Claude Code gives a plugin agent it loads without a `name` (no
 * front matter, or front matter it cannot read): its path below the
 * plugin's agents/ folder without `.md`, folders joined by `:`
 * (`agents/review/security.md` is `review:security`; anthropics/claude-code#86841,
 * alirezarezvani/claude-skills#977). In the
 * arena; NULL when path is not below plugin_root/agents/ or out of memory. */
char *al_plugin_agent_file_id(const char *path, const char *plugin_root, al_arena *arena);

/* The file span of a scalar's text[i..j) when it can be mapped exactly (a
 * plain or quoted scalar on one line without escapes); else the node's span. */
void al_scalar_subspan(const al_source *src, const al_yaml_node *node, size_t i, size_t j,
                       size_t *start, size_t *end);

#endif
