/* The pipeline stage for the JSON files of the .claude/ surface (settings,
 * plugin hooks, MCP configuration, and plugin manifests for their inline
 * `hooks` and `mcpServers`): the text checked by util/json_check.c, then
 * read into the same node tree as front matter (parse/yaml_tree.h), every
 * node with its byte span, so that one checker serves a hook written in
 * JSON and one written in YAML.
 *
 * Objects are mappings, arrays sequences, strings double-quoted scalars
 * (their value decoded by jansson when they hold an escape), numbers,
 * true, false and null plain scalars (their text as written). A key that
 * appears twice in one object keeps its later value, as JavaScript's
 * JSON.parse (Claude Code's reader) does; the earlier pair is dropped from
 * the tree and listed in duplicates. */
#ifndef AL_JSON_TREE_H
#define AL_JSON_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/source.h"
#include "parse/yaml_tree.h"
#include "util/arena.h"
#include "util/json_check.h"

typedef struct {
    const al_yaml_node *ignored; /* the earlier key, whose value is dropped */
    const al_yaml_node *kept;    /* the later key, whose value counts */
} al_json_duplicate;

typedef struct {
    bool read;                /* the file is of a JSON kind and was read */
    al_json_result syntax;    /* AL_JSON_OK when the text is one JSON value */
    const al_yaml_node *root; /* NULL unless it parsed (and for an empty file) */
    al_json_duplicate *duplicates;
    size_t duplicate_count;
} al_json_tree;

/* Reads src (a UTF-8 byte-order mark at its start is skipped, as the
 * encoding rules report it; bytes that are not UTF-8 read as '?', as a
 * decoder replaces them). Returns false only when out of memory. */
bool al_json_tree_read(al_json_tree *t, const al_source *src, al_arena *arena);

/* Value tests that read a node of either tree the same way: a JSON string
 * and a YAML string scalar (quoted, or plain but not null, a boolean or a
 * number) are strings. */
bool al_value_is_string(const al_yaml_node *node);
/* A number (JSON number; YAML plain integer or decimal); sets *value. */
bool al_value_is_number(const al_yaml_node *node, double *value);
/* true or false (and YAML 1.1's yes/no/on/off); sets *value. */
bool al_value_is_bool(const al_yaml_node *node, bool *value);
/* The value's type for a message: "an object" / "a mapping", "an array" /
 * "a list", "a string", "a number", "a boolean", "null". */
const char *al_value_type_name(const al_yaml_node *node, bool json);

#endif
