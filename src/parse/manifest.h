/* The pipeline stage for JSON files (plugin manifests): the syntax checked
 * with exact positions by util/json_check.c, the values read with jansson,
 * and the spans of the top-level members found in the text (jansson keeps
 * no positions). */
#ifndef AL_MANIFEST_H
#define AL_MANIFEST_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "parse/source.h"
#include "util/arena.h"
#include "util/json_check.h"

typedef struct {
    const char *key;               /* decoded, NUL-terminated */
    size_t key_start, key_end;     /* the quoted key */
    size_t value_start, value_end; /* the value */
    json_t *value;                 /* borrowed from the root */
} al_json_member;

typedef struct {
    bool read;             /* the file was a manifest and was looked at */
    al_json_result syntax; /* AL_JSON_OK when the text is JSON */
    size_t error_offset;   /* when jansson disagrees with the checker: its position */
    const char *error_text;
    json_t *root;            /* NULL unless the text parsed */
    al_json_member *members; /* of the top-level object, in file order */
    size_t member_count;
} al_manifest;

bool al_manifest_read(al_manifest *m, const al_source *src, al_arena *arena);
void al_manifest_free(al_manifest *m);
const al_json_member *al_manifest_member(const al_manifest *m, const char *key);
/* The spans of the items of the array whose text is [start, end); returns
 * their number (up to max). */
size_t al_json_array_items(const char *s, size_t start, size_t end, size_t *item_start,
                           size_t *item_end, size_t max);

#endif
