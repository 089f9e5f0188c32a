#include "util/vec.h"

#include <stdlib.h>
#include <string.h>

void *al_vec_push(al_vec *v)
{
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void *p = realloc(v->items, cap * v->size);
        if (!p) return NULL;
        v->items = p;
        v->cap = cap;
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
