#include "parse/json_tree.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/vec.h"

typedef struct {
    const char *s; /* the text, with non-UTF-8 bytes replaced */
    size_t len, i;
    al_arena *arena;
    al_vec duplicates; /* al_json_duplicate */
    bool failed;       /* out of memory */
} reader;

static void skip_ws(reader *r)
{
    while (r->i < r->len &&
           (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r'))
        r->i++;
}

static al_yaml_node *node(reader *r, al_yaml_kind kind, al_yaml_style style, size_t start)
{
    al_yaml_node *n = al_arena_alloc(r->arena, sizeof *n);
    if (!n) {
        r->failed = true;
        return NULL;
    }
    n->kind = kind;
    n->style = style;
    n->start = start;
    return n;
}

/* A string token at r->i (known to be valid JSON): its decoded value. */
static al_yaml_node *string(reader *r)
{
    size_t start = r->i++;
    bool escaped = false;
    while (r->i < r->len && r->s[r->i] != '"') {
        if (r->s[r->i] == '\\') {
            escaped = true;
            r->i++;
        }
        r->i++;
    }
    r->i++; /* the closing quote */
    al_yaml_node *n = node(r, AL_YAML_SCALAR, AL_YAML_DOUBLE_QUOTED, start);
    if (!n) return NULL;
    n->end = r->i;
    if (!escaped) {
        n->text = al_arena_strndup(r->arena, r->s + start + 1, r->i - start - 2);
        n->text_len = r->i - start - 2;
    } else {
        /* jansson decodes the escapes (\uXXXX pairs included) */
        json_t *v = json_loadb(r->s + start, r->i - start, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
        if (v && json_is_string(v)) {
            n->text_len = json_string_length(v);
            n->text = al_arena_strndup(r->arena, json_string_value(v), n->text_len);
        } else { /* a lone surrogate jansson refuses: the raw text stands in */
            n->text_len = r->i - start - 2;
            n->text = al_arena_strndup(r->arena, r->s + start + 1, n->text_len);
        }
        json_decref(v);
    }
    if (!n->text) r->failed = true;
    return n;
}

static al_yaml_node *value(reader *r);

typedef struct {
    const char *key;
    size_t len, index;
} key_ref;

static int key_order(const void *pa, const void *pb)
{
    const key_ref *a = pa, *b = pb;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->key, b->key, n);
    if (c) return c;
    if (a->len != b->len) return a->len < b->len ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Marks in dropped[] every pair whose key comes again later in the object
 * (JSON.parse keeps the last value) and records it; sorting keeps a large
 * object from costing the square of its size. */
static void find_duplicates(reader *r, const al_yaml_pair *ps, size_t n, bool *dropped)
{
    key_ref *refs = malloc(n * sizeof *refs);
    if (!refs) {
        r->failed = true;
        return;
    }
    for (size_t k = 0; k < n; k++)
        refs[k] = (key_ref){ps[k].key->text, ps[k].key->text_len, k};
    qsort(refs, n, sizeof *refs, key_order);
    for (size_t k = 0; k + 1 < n; k++) {
        if (refs[k].len != refs[k + 1].len || memcmp(refs[k].key, refs[k + 1].key, refs[k].len))
            continue;
        size_t last = k + 1; /* the group's last pair in the text wins */
        while (last + 1 < n && refs[last + 1].len == refs[k].len &&
               memcmp(refs[last + 1].key, refs[k].key, refs[k].len) == 0)
            last++;
        for (size_t j = k; j < last; j++) {
            al_json_duplicate *d = al_vec_push(&r->duplicates);
            if (!d) {
                r->failed = true;
                break;
            }
            dropped[refs[j].index] = true;
            d->ignored = ps[refs[j].index].key;
            d->kept = ps[refs[last].index].key;
        }
        k = last;
    }
    free(refs);
}

static al_yaml_node *object(reader *r)
{
    al_yaml_node *n = node(r, AL_YAML_MAPPING, AL_YAML_FLOW, r->i);
    if (!n) return NULL;
    r->i++;
    al_vec pairs = AL_VEC_INIT(sizeof(al_yaml_pair));
    skip_ws(r);
    while (!r->failed && r->i < r->len && r->s[r->i] == '"') {
        al_yaml_node *key = string(r);
        skip_ws(r);
        r->i++; /* ':' */
        skip_ws(r);
        al_yaml_node *val = key ? value(r) : NULL;
        al_yaml_pair *p = val ? al_vec_push(&pairs) : NULL;
        if (!p) {
            r->failed = true;
            break;
        }
        p->key = key;
        p->value = val;
        skip_ws(r);
        if (r->i < r->len && r->s[r->i] == ',') r->i++;
        skip_ws(r);
    }
    r->i++; /* '}' */
    n->end = r->i;
    al_yaml_pair *ps = pairs.items;
    bool *dropped = !r->failed && pairs.count > 1 ? calloc(pairs.count, sizeof *dropped) : NULL;
    if (dropped) {
        find_duplicates(r, ps, pairs.count, dropped);
        size_t kept = 0;
        for (size_t k = 0; k < pairs.count; k++)
            if (!dropped[k]) ps[kept++] = ps[k];
        pairs.count = kept;
        free(dropped);
    } else if (!r->failed && pairs.count > 1) {
        r->failed = true;
    }
    bool ok = true;
    n->count = pairs.count;
    n->pairs = al_vec_finish(&pairs, r->arena, &ok);
    if (!ok) r->failed = true;
    return r->failed ? NULL : n;
}

static al_yaml_node *array(reader *r)
{
    al_yaml_node *n = node(r, AL_YAML_SEQUENCE, AL_YAML_FLOW, r->i);
    if (!n) return NULL;
    r->i++;
    al_vec items = AL_VEC_INIT(sizeof(al_yaml_node *));
    skip_ws(r);
    while (!r->failed && r->i < r->len && r->s[r->i] != ']') {
        al_yaml_node *item = value(r);
        const al_yaml_node **slot = item ? al_vec_push(&items) : NULL;
        if (!slot) {
            r->failed = true;
            break;
        }
        *slot = item;
        skip_ws(r);
        if (r->i < r->len && r->s[r->i] == ',') r->i++;
        skip_ws(r);
    }
    r->i++; /* ']' */
    n->end = r->i;
    bool ok = true;
    n->count = items.count;
    n->items = al_vec_finish(&items, r->arena, &ok);
    if (!ok) r->failed = true;
    return r->failed ? NULL : n;
}

/* A scalar that is not a string: a number, true, false or null, kept as
 * written (a plain scalar). */
static al_yaml_node *bare(reader *r)
{
    size_t start = r->i;
    while (r->i < r->len && !strchr(",]} \t\r\n", r->s[r->i]))
        r->i++;
    al_yaml_node *n = node(r, AL_YAML_SCALAR, AL_YAML_PLAIN, start);
    if (!n) return NULL;
    n->end = r->i;
    n->text_len = r->i - start;
    n->text = al_arena_strndup(r->arena, r->s + start, n->text_len);
    if (!n->text) r->failed = true;
    return n;
}

/* The checker bounded the depth (AL_JSON_MAX_DEPTH), so recursion is too. */
static al_yaml_node *value(reader *r)
{
    if (r->i >= r->len) return NULL;
    switch (r->s[r->i]) {
    case '{':
        return object(r);
    case '[':
        return array(r);
    case '"':
        return string(r);
    default:
        return bare(r);
    }
}

/* The text with each byte that is not UTF-8 replaced by '?' (same
 * offsets), or the text itself when it is all UTF-8. */
static const char *readable_text(const al_source *src, al_arena *arena)
{
    if (src->invalid_utf8_offset >= src->len) return src->data;
    char *copy = al_arena_alloc_uninit(arena, src->len + 1);
    if (!copy) return NULL;
    memcpy(copy, src->data, src->len);
    copy[src->len] = '\0';
    for (size_t i = src->invalid_utf8_offset; i < src->len;) {
        if ((unsigned char)copy[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = al_utf8_decode(copy + i, src->len - i, &cp);
        if (n)
            i += n;
        else
            copy[i++] = '?';
    }
    return copy;
}

bool al_json_tree_read(al_json_tree *t, const al_source *src, al_arena *arena)
{
    memset(t, 0, sizeof *t);
    t->read = true;
    const char *text = readable_text(src, arena);
    if (!text) return false;
    size_t from = src->len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    t->syntax = al_json_check(text + from, src->len - from);
    t->syntax.offset += from;
    if (t->syntax.status != AL_JSON_OK) return true;
    reader r = {text, src->len, from, arena, AL_VEC_INIT(sizeof(al_json_duplicate)), false};
    skip_ws(&r);
    if (r.i >= r.len) return true; /* empty: no value at all */
    t->root = value(&r);
    if (r.failed) {
        free(r.duplicates.items);
        return false;
    }
    skip_ws(&r);
    if (r.i < r.len) {
        /* valid for the checker (JSON Lines: several values), not one document */
        t->syntax.status = AL_JSON_ERROR;
        t->syntax.offset = r.i;
        t->syntax.message = "a second JSON value follows the first; the file must hold one";
        t->root = NULL;
        free(r.duplicates.items);
        return true;
    }
    bool ok = true;
    t->duplicate_count = r.duplicates.count;
    t->duplicates = al_vec_finish(&r.duplicates, arena, &ok);
    return ok;
}

static bool plain(const al_yaml_node *n)
{
    return n && n->kind == AL_YAML_SCALAR && n->style == AL_YAML_PLAIN && !n->tag;
}

bool al_value_is_number(const al_yaml_node *n, double *value)
{
    if (!plain(n) || n->text_len == 0 || n->text_len > 64) return false;
    char buf[72], *end;
    memcpy(buf, n->text, n->text_len);
    buf[n->text_len] = '\0';
    if (!((buf[0] >= '0' && buf[0] <= '9') || buf[0] == '-' || buf[0] == '+' || buf[0] == '.'))
        return false;
    double v = strtod(buf, &end);
    if (*end != '\0' || !isfinite(v)) return false;
    if (value) *value = v;
    return true;
}

bool al_value_is_bool(const al_yaml_node *n, bool *value)
{
    return al_yaml_is_bool(n, value);
}

bool al_value_is_string(const al_yaml_node *n)
{
    if (!n || n->kind != AL_YAML_SCALAR) return false;
    if (n->style != AL_YAML_PLAIN) return true;
    return !al_yaml_is_null(n) && !al_yaml_is_bool(n, NULL) && !al_value_is_number(n, NULL);
}

const char *al_value_type_name(const al_yaml_node *n, bool json)
{
    if (!n) return "nothing";
    switch (n->kind) {
    case AL_YAML_MAPPING:
        return json ? "an object" : "a mapping";
    case AL_YAML_SEQUENCE:
        return json ? "an array" : "a list";
    case AL_YAML_ALIAS:
        return "an alias";
    case AL_YAML_SCALAR:
        break;
    }
    if (al_yaml_is_null(n)) return "null";
    if (al_yaml_is_bool(n, NULL)) return "a boolean";
    if (al_value_is_number(n, NULL)) return "a number";
    return "a string";
}
