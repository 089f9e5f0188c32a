/* A bump allocator: everything a document needs is freed at once. */
#ifndef AL_ARENA_H
#define AL_ARENA_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct al_arena_chunk al_arena_chunk;

typedef struct al_arena_owned al_arena_owned;

typedef struct {
    al_arena_chunk *head;
    al_arena_owned *owned; /* malloc'd blocks freed with the arena (al_arena_adopt) */
    size_t first_chunk;    /* size of the first chunk (al_arena_init_sized) */
} al_arena;

void al_arena_init(al_arena *arena);
/* An arena whose first chunk holds size bytes (at least 256; al_arena_init
 * takes 8 KB): one small malloc for an object that usually needs little. */
void al_arena_init_sized(al_arena *arena, size_t size);
void al_arena_free(al_arena *arena);
/* Frees everything allocated but keeps the newest (largest) chunk, when it is
 * at most keep_max bytes, for the next use: an arena used file after file
 * then touches the same memory each time. */
void al_arena_reset(al_arena *arena, size_t keep_max);
/* Returns zeroed, suitably aligned memory, or NULL when out of memory. */
void *al_arena_alloc(al_arena *arena, size_t size);
/* The same without zeroing, for memory the caller writes whole at once: a
 * document with 100k findings would otherwise clear tens of megabytes. */
void *al_arena_alloc_uninit(al_arena *arena, size_t size);
/* Resizes p, the block of old_size bytes allocated last: in place when the
 * chunk has room, else by copying into a new block (the old one is only
 * freed with the arena). p NULL allocates. New bytes are not zeroed. */
void *al_arena_realloc(al_arena *arena, void *p, size_t old_size, size_t new_size);
/* Frees the malloc'd block p with the arena, so that a large array built by
 * realloc need not be copied into it. Returns false (p still the caller's)
 * when out of memory. */
bool al_arena_adopt(al_arena *arena, void *p);
/* The bytes handed out so far (for tests of what a document costs). */
size_t al_arena_used(const al_arena *arena);
/* Copies len bytes and adds a NUL. */
char *al_arena_strndup(al_arena *arena, const char *s, size_t len);
char *al_arena_strdup(al_arena *arena, const char *s);
/* printf into the arena. */
char *al_arena_printf(al_arena *arena, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same from a va_list, formatted once when it fits the room left in
 * the current chunk (twice only when it does not); *len (may be NULL) gets
 * the length. For a finding's message, made 100k times in a large file. */
char *al_arena_vprintf(al_arena *arena, size_t *len, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
/* Gives back p, size bytes, when it was the last allocation (a string that
 * turned out to repeat one kept before); otherwise does nothing. */
void al_arena_unalloc(al_arena *arena, void *p, size_t size);

#endif
