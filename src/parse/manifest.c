#include "parse/manifest.h"

#include <string.h>

static size_t skip_ws(const char *s, size_t i, size_t end)
{
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* The end of the value starting at i, in text known to be JSON. */
static size_t skip_value(const char *s, size_t i, size_t end)
{
    if (i >= end) return end;
    if (s[i] == '"') {
        for (i++; i < end && s[i] != '"'; i++)
            if (s[i] == '\\') i++;
        return i < end ? i + 1 : end;
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < end; i++) {
            char c = s[i];
            if (c == '"') {
                i = skip_value(s, i, end) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) return i + 1;
            }
        }
        return end;
    }
    while (i < end && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
           s[i] != '\n' && s[i] != '\r')
        i++;
    return i;
}

size_t al_json_array_items(const char *s, size_t start, size_t end, size_t *item_start,
                           size_t *item_end, size_t max)
{
    size_t n = 0, i = skip_ws(s, start, end);
    if (i >= end || s[i] != '[') return 0;
    i = skip_ws(s, i + 1, end);
    while (i < end && s[i] != ']' && n < max) {
        size_t e = skip_value(s, i, end);
        item_start[n] = i;
        item_end[n] = e;
        n++;
        i = skip_ws(s, e, end);
        if (i < end && s[i] == ',') i = skip_ws(s, i + 1, end);
    }
    return n;
}

static bool find_members(al_manifest *m, const al_source *src, al_arena *arena)
{
    const char *s = src->data;
    size_t end = src->len, i = skip_ws(s, 0, end);
    if (i >= end || s[i] != '{' || !json_is_object(m->root)) return true;
    size_t cap = json_object_size(m->root) + 1;
    m->members = al_arena_alloc(arena, cap * sizeof *m->members);
    if (!m->members) return false;
    i = skip_ws(s, i + 1, end);
    while (i < end && s[i] == '"' && m->member_count < cap) {
        al_json_member *mem = &m->members[m->member_count];
        mem->key_start = i;
        mem->key_end = skip_value(s, i, end);
        /* the decoded key: jansson's, matched by its raw text when it has no escapes */
        mem->key = al_arena_strndup(arena, s + i + 1, mem->key_end - i - 2);
        if (!mem->key) return false;
        i = skip_ws(s, mem->key_end, end);
        if (i < end && s[i] == ':') i = skip_ws(s, i + 1, end);
        mem->value_start = i;
        mem->value_end = skip_value(s, i, end);
        mem->value = json_object_get(m->root, mem->key);
        /* a key seen before: only the later member counts, as its value does */
        for (size_t k = 0; k < m->member_count; k++)
            if (strcmp(m->members[k].key, mem->key) == 0) {
                memmove(&m->members[k], &m->members[k + 1],
                        (m->member_count - k) * sizeof *m->members);
                m->member_count--;
                mem = &m->members[m->member_count];
                break;
            }
        m->member_count++;
        i = skip_ws(s, mem->value_end, end);
        if (i < end && s[i] == ',') i = skip_ws(s, i + 1, end);
    }
    return true;
}

bool al_manifest_read(al_manifest *m, const al_source *src, al_arena *arena)
{
    memset(m, 0, sizeof *m);
    m->read = true;
    /* json_check gives the exact start of a syntax error (jansson points
     * past the offending token) and tells JSONC comments apart. */
    m->syntax = al_json_check(src->data, src->len);
    if (m->syntax.status != AL_JSON_OK) return true;
    json_error_t err;
    /* a repeated key is no error: JSON.parse, Claude Code's reader, keeps
     * the later value, as jansson does (JS002 reports it) */
    m->root = json_loadb(src->data, src->len, 0, &err);
    if (!m->root) {
        /* valid for the checker (JSON Lines: several values), not one document */
        m->syntax.status = AL_JSON_ERROR;
        m->syntax.offset = err.position > 0 ? (size_t)err.position - 1 : 0;
        if (m->syntax.offset > src->len) m->syntax.offset = src->len;
        m->error_text = al_arena_strdup(arena, err.text);
        m->syntax.message = m->error_text ? m->error_text : "not one JSON document";
        return true;
    }
    return find_members(m, src, arena);
}

void al_manifest_free(al_manifest *m)
{
    if (m->root) json_decref(m->root);
    m->root = NULL;
}

const al_json_member *al_manifest_member(const al_manifest *m, const char *key)
{
    for (size_t i = 0; i < m->member_count; i++)
        if (strcmp(m->members[i].key, key) == 0) return &m->members[i];
    return NULL;
}
