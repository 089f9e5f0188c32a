#include "parse/yaml_tree.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const al_yaml_pair *al_yaml_get_pair(const al_yaml_node *mapping, const char *key)
{
    if (!mapping || mapping->kind != AL_YAML_MAPPING) return NULL;
    for (size_t i = 0; i < mapping->count; i++)
        if (al_yaml_scalar_is(mapping->pairs[i].key, key)) return &mapping->pairs[i];
    return NULL;
}

const al_yaml_node *al_yaml_get(const al_yaml_node *mapping, const char *key)
{
    const al_yaml_pair *p = al_yaml_get_pair(mapping, key);
    return p ? p->value : NULL;
}

bool al_yaml_scalar_is(const al_yaml_node *node, const char *s)
{
    if (!node || node->kind != AL_YAML_SCALAR) return false;
    size_t n = strlen(s);
    return node->text_len == n && memcmp(node->text, s, n) == 0;
}

static bool plain_in(const al_yaml_node *node, const char *const *words)
{
    if (!node || node->kind != AL_YAML_SCALAR || node->style != AL_YAML_PLAIN || node->tag)
        return false;
    for (; *words; words++)
        if (al_yaml_scalar_is(node, *words)) return true;
    return false;
}

bool al_yaml_is_null(const al_yaml_node *node)
{
    static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
    return plain_in(node, nulls);
}

bool al_yaml_is_bool(const al_yaml_node *node, bool *value)
{
    static const char *const yes[] = {"true", "True", "TRUE", "yes", "Yes",
                                      "YES",  "on",   "On",   "ON",  NULL};
    static const char *const no[] = {"false", "False", "FALSE", "no",  "No",
                                     "NO",    "off",   "Off",   "OFF", NULL};
    if (plain_in(node, yes)) {
        if (value) *value = true;
        return true;
    }
    if (plain_in(node, no)) {
        if (value) *value = false;
        return true;
    }
    return false;
}

bool al_yaml_is_int(const al_yaml_node *node, long long *value)
{
    if (!node || node->kind != AL_YAML_SCALAR || node->style != AL_YAML_PLAIN) return false;
    if (node->text_len == 0 || node->text_len > 20) return false;
    char buf[24];
    memcpy(buf, node->text, node->text_len);
    buf[node->text_len] = '\0';
    size_t i = (buf[0] == '-' || buf[0] == '+') ? 1 : 0;
    if (!buf[i]) return false;
    for (size_t j = i; buf[j]; j++)
        if (buf[j] < '0' || buf[j] > '9') return false;
    errno = 0;
    long long v = strtoll(buf, NULL, 10);
    if (errno) return false;
    if (value) *value = v;
    return true;
}

const char *al_yaml_type_name(const al_yaml_node *node)
{
    if (!node) return "nothing";
    switch (node->kind) {
    case AL_YAML_SEQUENCE:
        return "a list";
    case AL_YAML_MAPPING:
        return "a mapping";
    case AL_YAML_ALIAS:
        return "an alias";
    case AL_YAML_SCALAR:
        break;
    }
    if (al_yaml_is_null(node)) return "null";
    if (al_yaml_is_bool(node, NULL)) return "a boolean";
    if (al_yaml_is_int(node, NULL)) return "a number";
    return "a string";
}
