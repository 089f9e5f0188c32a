#include "util/thread_cache.h"

#include <pthread.h>
#include <stdlib.h>

#include "agentlint/agentlint.h"

/* A chunk larger than this (a huge file's arena) is not kept between files. */
#define AL_KEPT_ARENA_MAX (4u << 20)

static pthread_key_t cache_key;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;
static bool cache_key_ok;

static void cache_destroy(void *p)
{
    al_thread_cache *c = p;
    if (c->yaml_parser) c->yaml_parser_free(c->yaml_parser);
    al_arena_free(&c->arena);
    free(c);
}

static void make_cache_key(void)
{
    cache_key_ok = pthread_key_create(&cache_key, cache_destroy) == 0;
}

al_thread_cache *al_thread_cache_get(void)
{
    pthread_once(&cache_key_once, make_cache_key);
    if (!cache_key_ok) return NULL;
    al_thread_cache *c = pthread_getspecific(cache_key);
    if (c) return c;
    c = calloc(1, sizeof *c);
    if (!c) return NULL;
    al_arena_init(&c->arena);
    if (pthread_setspecific(cache_key, c) != 0) {
        free(c);
        return NULL;
    }
    return c;
}

void al_thread_cleanup(void)
{
    pthread_once(&cache_key_once, make_cache_key);
    if (!cache_key_ok) return;
    al_thread_cache *c = pthread_getspecific(cache_key);
    if (!c) return;
    pthread_setspecific(cache_key, NULL);
    cache_destroy(c);
}

al_arena *al_thread_arena_take(al_arena *fallback)
{
    al_thread_cache *c = al_thread_cache_get();
    if (c && !c->arena_busy) {
        c->arena_busy = true;
        return &c->arena;
    }
    al_arena_init(fallback);
    return fallback;
}

void al_thread_arena_release(al_arena *arena, al_arena *fallback)
{
    if (arena == fallback) {
        al_arena_free(arena);
        return;
    }
    al_thread_cache *c = al_thread_cache_get();
    al_arena_reset(arena, AL_KEPT_ARENA_MAX);
    if (c) c->arena_busy = false;
}
