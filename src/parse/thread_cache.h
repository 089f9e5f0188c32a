/* What a thread keeps between the files it lints, so that each file does not
 * pay for set-up again: a libyaml parser (its initialisation allocates about
 * 80 KB) and the document arena's memory (fresh pages each file cost page
 * faults and the allocator's trimming).
 *
 * This is the library's only state outside the objects passed to it, and it
 * is per thread: a pthread key whose value no other thread sees. A thread's
 * exit frees its cache; al_thread_cleanup() frees the calling thread's now
 * (needed for a main thread, which runs no key destructors). The key is made
 * once (pthread_once) and never changes. */
#ifndef AL_THREAD_CACHE_H
#define AL_THREAD_CACHE_H

#include <stdbool.h>

#include "util/arena.h"

typedef struct {
    void *yaml_parser; /* a yaml_parser_t *, owned by frontmatter.c's functions */
    al_arena arena;    /* a document's arena between files: emptied, its last chunk kept */
    bool arena_busy;   /* a document on this thread uses the arena now */
} al_thread_cache;

/* The calling thread's cache, made on first use; NULL when out of memory. */
al_thread_cache *al_thread_cache_get(void);

/* A document's arena: the thread's own when free (al_thread_arena_release
 * gives it back), else *fallback, initialised. */
al_arena *al_thread_arena_take(al_arena *fallback);
void al_thread_arena_release(al_arena *arena, al_arena *fallback);

#endif
