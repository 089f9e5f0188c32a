/* A growing array of fixed-size items, built with malloc while a pass runs
 * and moved into the document's arena when it ends (so the document frees
 * it with everything else). */
#ifndef AL_UTIL_VEC_H
#define AL_UTIL_VEC_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

typedef struct {
    void *items;
    size_t count, cap, size;
} al_vec;

/* clang-format off */
#define AL_VEC_INIT(item_size) {NULL, 0, 0, (item_size)}
/* clang-format on */

/* For an array kept in fields of its own (T *items; size_t count, cap) and
 * full: the items moved by realloc into a block twice the size (first items
 * when empty), *cap updated. NULL when out of memory or too large; the items
 * are then untouched. */
void *al_vec_grow(void *items, size_t *cap, size_t size, size_t first);

/* A new zeroed slot at the end; NULL when out of memory. */
void *al_vec_push(al_vec *v);
/* The items moved into the arena (NULL when there are none; *ok = false
 * when the copy fails); the vector's own memory is freed either way and
 * count is left as it was. */
void *al_vec_finish(al_vec *v, al_arena *arena, bool *ok);

#endif
