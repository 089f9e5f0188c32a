/* The compiled secret patterns and the index of their prefixes. */
#include "core/secret_set.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "spec/secrets.h"

/* Bounds for one match attempt: the patterns are simple, so these are only
 * a guard against pathological input. */
#define SECRET_MATCH_LIMIT 1000000
#define SECRET_DEPTH_LIMIT 1000

al_secret_set *al_secret_set_retain(al_secret_set *set)
{
    if (set) atomic_fetch_add(&set->refs, 1);
    return set;
}

void al_secret_set_free(al_secret_set *set)
{
    if (!set || atomic_fetch_sub(&set->refs, 1) > 1) return;
    if (set->codes)
        for (size_t i = 0; i < al_secret_pattern_count; i++)
            pcre2_code_free(set->codes[i]);
    free(set->codes);
    free(set->prefixes);
    free(set->by_first);
    pcre2_match_context_free(set->mctx);
    free(set);
}

static void set_pair(pair_map map, unsigned a, unsigned b, unsigned bit)
{
    map[a << 8 | b] |= (uint8_t)bit;
}

static bool same_byte(unsigned a, unsigned b, bool fold)
{
    return fold ? tolower((int)a) == tolower((int)b) : a == b;
}

/* Marks the pair of bytes (a, b) in map; b < 0 stands for any byte. */
static void mark_pair(pair_map map, unsigned a, int b, bool fold, unsigned bit)
{
    for (unsigned ca = 0; ca < 256; ca++)
        for (unsigned cb = 0; same_byte(ca, a, fold) && cb < 256; cb++)
            if (b < 0 || same_byte(cb, (unsigned)b, fold)) set_pair(map, ca, cb, bit);
}

/* Parses the prefixes columns into set->prefixes, the bigram maps and the
 * index by first byte. */
static bool add_prefixes(al_secret_set *set)
{
    size_t n = 0;
    for (size_t i = 0; i < al_secret_pattern_count; i++)
        for (const char *c = al_secret_patterns[i].prefixes; *c; c++)
            n += *c == '|';
    n += al_secret_pattern_count;
    set->prefixes = calloc(n, sizeof *set->prefixes);
    set->by_first = calloc(2 * n, sizeof *set->by_first);
    if (!set->prefixes || !set->by_first) return false;
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        const al_secret_pattern *p = &al_secret_patterns[i];
        bool fold = strncmp(p->pattern, "(?i)", 4) == 0;
        for (const char *c = p->prefixes; *c;) {
            size_t len = strcspn(c, "|");
            if (len == 0) return false; /* every place would need a match */
            set->prefixes[set->prefix_count++] = (al_secret_prefix){c, len, i, fold};
            const unsigned char *u = (const unsigned char *)c;
            unsigned scan = PAIR_SCAN(p->kind), start = PAIR_START(p->kind);
            if (len == 1) {
                for (size_t k = 0; k < sizeof set->pairs; k++)
                    set->pairs[k] |= (uint8_t)(scan | start);
            } else {
                mark_pair(set->pairs, u[0], u[1], fold, scan | start);
                mark_pair(set->pairs, u[1], len > 2 ? u[2] : -1, fold, scan);
            }
            c += len + (c[len] == '|');
        }
    }
    /* The index: for each kind and byte, the prefixes that can begin with it. */
    size_t at = 0;
    for (int kind = 0; kind < 2; kind++)
        for (unsigned b = 0; b < 256; b++) {
            set->first[kind][b] = at;
            for (size_t k = 0; k < set->prefix_count; k++) {
                const al_secret_prefix *p = &set->prefixes[k];
                if ((int)al_secret_patterns[p->pattern].kind == kind &&
                    same_byte(b, (unsigned char)p->text[0], p->fold))
                    set->by_first[at++] = k;
            }
            if (b == 255) set->first[kind][256] = at;
        }
    return true;
}

al_secret_set *al_secret_set_new(void)
{
    al_secret_set *set = calloc(1, sizeof *set);
    if (!set) return NULL;
    atomic_init(&set->refs, 1);
    set->codes = calloc(al_secret_pattern_count, sizeof *set->codes);
    set->mctx = pcre2_match_context_create(NULL);
    if (!set->codes || !set->mctx) {
        al_secret_set_free(set);
        return NULL;
    }
    pcre2_set_match_limit(set->mctx, SECRET_MATCH_LIMIT);
    pcre2_set_depth_limit(set->mctx, SECRET_DEPTH_LIMIT);
    if (!add_prefixes(set)) {
        al_secret_set_free(set);
        return NULL;
    }
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        int err;
        PCRE2_SIZE erroff;
        set->codes[i] = pcre2_compile((PCRE2_SPTR)al_secret_patterns[i].pattern,
                                      PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED, &err, &erroff, NULL);
        if (!set->codes[i]) {
            al_secret_set_free(set);
            return NULL;
        }
        /* Without JIT support pcre2_match interprets: slower, same result. */
        (void)pcre2_jit_compile(set->codes[i], PCRE2_JIT_COMPLETE);
    }
    return set;
}
