/* What a thread keeps between the files it lints, so that each file does not
 * pay for set-up again: a libyaml parser (its initialisation allocates about
 * 80 KB) and the document arena's memory (fresh pages each file cost page
 * faults and the allocator's trimming).
 *
 * State outside the objects passed to the library, but per thread: a
 * pthread key whose value no other thread sees (the other such state is
 * parse/markdown.c's _Thread_local arena pointer for cmark, set only during a
 * call). It knows nothing of what it keeps: the maker of the parser says how
 * to free it. A thread's
 * exit frees its cache; al_thread_cleanup() frees the calling thread's now
 * (needed for a main thread, which runs no key destructors). The key is made
 * once (pthread_once) and never changes. */
#ifndef AL_THREAD_CACHE_H
#define AL_THREAD_CACHE_H

#include <stdbool.h>

#include "util/arena.h"

typedef struct {
    /* A yaml_parser_t * (parse/frontmatter.c), and how to free it: set by
     * whoever makes it, called when the thread's cache goes. */
    void *yaml_parser;
    void (*yaml_parser_free)(void *parser);
    al_arena arena;  /* a document's arena between files: emptied, its last chunk kept */
    bool arena_busy; /* a document on this thread uses the arena now */
} al_thread_cache;

/* The calling thread's cache, made on first use; NULL when out of memory. */
al_thread_cache *al_thread_cache_get(void);

/* A document's arena: the thread's own when free (al_thread_arena_release
 * gives it back), else *fallback, initialised. */
al_arena *al_thread_arena_take(al_arena *fallback);
void al_thread_arena_release(al_arena *arena, al_arena *fallback);

#endif
