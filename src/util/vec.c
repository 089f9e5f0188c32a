#include "util/vec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *al_vec_grow(void *items, size_t *cap, size_t size, size_t first)
{
    if (*cap > SIZE_MAX / 2) return NULL;
    size_t n = *cap ? *cap * 2 : first;
    if (n > SIZE_MAX / size) return NULL;
    void *p = realloc(items, n * size);
    if (p) *cap = n;
    return p;
}

void *al_vec_push(al_vec *v)
{
    if (v->count == v->cap) {
        void *p = al_vec_grow(v->items, &v->cap, v->size, 8);
        if (!p) return NULL;
        v->items = p;
    }
    void *slot = (char *)v->items + v->count++ * v->size;
    memset(slot, 0, v->size);
    return slot;
}

void *al_vec_finish(al_vec *v, al_arena *arena, bool *ok)
{
    void *out = NULL;
    if (v->count) {
        out = al_arena_alloc_uninit(arena, v->count * v->size);
        if (out)
            memcpy(out, v->items, v->count * v->size);
        else
            *ok = false;
    }
    free(v->items); /* count stays: callers read it after */
    v->items = NULL;
    v->cap = 0;
    return out;
}
