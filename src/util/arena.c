#include "util/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Chunks grow so that a large document costs few mallocs. */
#define AL_ARENA_MIN_CHUNK 8192

struct al_arena_chunk {
    al_arena_chunk *next;
    size_t used;
    size_t size;
    max_align_t data[];
};

struct al_arena_owned {
    al_arena_owned *next;
    void *block;
};

void al_arena_init(al_arena *arena)
{
    arena->head = NULL;
    arena->owned = NULL;
    arena->first_chunk = AL_ARENA_MIN_CHUNK;
}

void al_arena_init_sized(al_arena *arena, size_t size)
{
    al_arena_init(arena);
    arena->first_chunk = size > 256 ? size : 256;
}

/* Frees the blocks the arena adopted, and the chunks from c on. */
static void free_owned(al_arena *arena)
{
    for (al_arena_owned *o = arena->owned; o; o = o->next)
        free(o->block);
    arena->owned = NULL;
}

static void free_chunks(al_arena_chunk *c)
{
    while (c) {
        al_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
}

void al_arena_free(al_arena *arena)
{
    free_owned(arena);
    free_chunks(arena->head);
    arena->head = NULL;
}

void al_arena_reset(al_arena *arena, size_t keep_max)
{
    al_arena_chunk *keep = arena->head;
    if (keep && keep->size > keep_max) {
        al_arena_free(arena);
        return;
    }
    free_owned(arena);
    if (!keep) return;
    free_chunks(keep->next);
    keep->next = NULL;
    keep->used = 0;
}

void *al_arena_alloc_uninit(al_arena *arena, size_t size)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0) size = align;
    al_arena_chunk *c = arena->head;
    if (!c || c->size - c->used < size) {
        size_t cap = c ? c->size * 2 : arena->first_chunk;
        if (cap < size) cap = size;
        if (cap > SIZE_MAX - sizeof(al_arena_chunk)) return NULL;
        al_arena_chunk *n = malloc(sizeof(al_arena_chunk) + cap);
        if (!n) return NULL;
        n->next = c;
        n->used = 0;
        n->size = cap;
        arena->head = n;
        c = n;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    return p;
}

void *al_arena_alloc(al_arena *arena, size_t size)
{
    void *p = al_arena_alloc_uninit(arena, size);
    if (p) memset(p, 0, size);
    return p;
}

void *al_arena_realloc(al_arena *arena, void *p, size_t old_size, size_t new_size)
{
    const size_t align = sizeof(max_align_t);
    al_arena_chunk *c = arena->head;
    if (p && c) {
        size_t old_rounded = (old_size + align - 1) / align * align;
        if (old_rounded == 0) old_rounded = align;
        size_t at = (size_t)((char *)p - (char *)c->data);
        /* the chunk's last block: grow or shrink it where it is */
        if ((char *)p >= (char *)c->data && at + old_rounded == c->used &&
            new_size <= c->size - at) {
            size_t rounded = (new_size + align - 1) / align * align;
            c->used = at + (rounded ? rounded : align);
            return p;
        }
    }
    void *q = al_arena_alloc_uninit(arena, new_size);
    if (q && p) memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

bool al_arena_adopt(al_arena *arena, void *p)
{
    al_arena_owned *o = al_arena_alloc_uninit(arena, sizeof *o);
    if (!o) return false;
    o->block = p;
    o->next = arena->owned;
    arena->owned = o;
    return true;
}

char *al_arena_strndup(al_arena *arena, const char *s, size_t len)
{
    char *p = al_arena_alloc_uninit(arena, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *al_arena_strdup(al_arena *arena, const char *s)
{
    return al_arena_strndup(arena, s, strlen(s));
}

char *al_arena_printf(al_arena *arena, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = al_arena_alloc_uninit(arena, (size_t)n + 1);
    if (!p) return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

char *al_arena_vprintf(al_arena *arena, size_t *len, const char *fmt, va_list ap)
{
    const size_t align = sizeof(max_align_t);
    al_arena_chunk *c = arena->head;
    va_list again;
    va_copy(again, ap);
    /* Straight into the room left, and kept when it fitted. */
    size_t room = c ? c->size - c->used : 0;
    char *at = c ? (char *)c->data + c->used : NULL;
    char scratch[1];
    int n = vsnprintf(room ? at : scratch, room ? room : 1, fmt, ap);
    char *p = NULL;
    if (n >= 0 && (size_t)n < room) {
        c->used += ((size_t)n + 1 + align - 1) / align * align;
        p = at;
    } else if (n >= 0) {
        p = al_arena_alloc_uninit(arena, (size_t)n + 1);
        if (p) vsnprintf(p, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    if (p && len) *len = (size_t)n;
    return p;
}

void al_arena_unalloc(al_arena *arena, void *p, size_t size)
{
    const size_t align = sizeof(max_align_t);
    al_arena_chunk *c = arena->head;
    size = (size + align - 1) / align * align;
    if (size == 0) size = align;
    if (c && size <= c->used && (char *)c->data + c->used - size == (char *)p) c->used -= size;
}

size_t al_arena_used(const al_arena *arena)
{
    size_t n = 0;
    for (const al_arena_chunk *c = arena->head; c; c = c->next)
        n += c->used;
    return n;
}
