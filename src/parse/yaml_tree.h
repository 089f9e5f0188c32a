/* The front matter as a small YAML node tree.
 *
 * Built from libyaml events. Every node keeps its start and end byte offsets
 * in the file and its style, so that rules can point at the exact key or
 * value and know whether it was quoted. Aliases are kept as alias nodes and
 * never expanded, so an alias bomb costs nothing. */
#ifndef AL_YAML_TREE_H
#define AL_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    AL_YAML_SCALAR,
    AL_YAML_SEQUENCE,
    AL_YAML_MAPPING,
    AL_YAML_ALIAS,
} al_yaml_kind;

typedef enum {
    AL_YAML_PLAIN,
    AL_YAML_SINGLE_QUOTED,
    AL_YAML_DOUBLE_QUOTED,
    AL_YAML_LITERAL, /* | */
    AL_YAML_FOLDED,  /* > */
    AL_YAML_FLOW,    /* [ ] or { } */
    AL_YAML_BLOCK,   /* - item / key: value on their own lines */
} al_yaml_style;

typedef struct al_yaml_node al_yaml_node;

typedef struct {
    const al_yaml_node *key;
    const al_yaml_node *value;
} al_yaml_pair;

struct al_yaml_node {
    al_yaml_kind kind;
    al_yaml_style style;
    size_t start, end;  /* byte offsets in the file, end exclusive */
    const char *tag;    /* explicit tag such as "!!str", or NULL */
    const char *anchor; /* the anchor defined here, or the alias's target */
    /* AL_YAML_SCALAR: the value after YAML unescaping and folding. */
    const char *text;
    size_t text_len;
    /* AL_YAML_SEQUENCE: items; AL_YAML_MAPPING: pairs. */
    size_t count;
    const al_yaml_node *const *items;
    const al_yaml_pair *pairs;
};

/* The value under a key in a mapping (the first one if duplicated), or NULL. */
const al_yaml_node *al_yaml_get(const al_yaml_node *mapping, const char *key);
/* The pair with this key, or NULL. */
const al_yaml_pair *al_yaml_get_pair(const al_yaml_node *mapping, const char *key);
/* True for a scalar whose text equals s. */
bool al_yaml_scalar_is(const al_yaml_node *node, const char *s);
/* A plain scalar that YAML reads as null: empty, "~", "null". */
bool al_yaml_is_null(const al_yaml_node *node);
/* A plain scalar that YAML 1.1 (and Claude Code) read as a boolean. */
bool al_yaml_is_bool(const al_yaml_node *node, bool *value);
/* A plain scalar that is a decimal integer; sets *value. */
bool al_yaml_is_int(const al_yaml_node *node, long long *value);
/* "string", "list", "mapping", "number", "boolean", "null" or "alias", for messages. */
const char *al_yaml_type_name(const al_yaml_node *node);

#endif
