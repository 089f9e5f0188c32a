/* The secret patterns of spec/secrets.c compiled once per al_options (JIT
 * where available) and shared read-only between threads and clones, with the
 * index of their literal prefixes that rules/secret_rules.c scans for. */
#ifndef AL_SECRET_SET_H
#define AL_SECRET_SET_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One literal of a pattern's prefixes column. */
typedef struct {
    const char *text;
    size_t len;
    size_t pattern; /* index in al_secret_patterns */
    bool fold;      /* compared without case */
} al_secret_prefix;

/* For each pair of bytes (a << 8 | b), by al_secret_kind k: bit PAIR_SCAN(k)
 * when some prefix of that kind holds a b at its offset 0 or 1 (see
 * find_hits in rules/secret_rules.c), bit PAIR_START(k) when one starts with a b. A byte per pair,
 * not a bit: the scan is a load and a test. */
typedef uint8_t pair_map[65536];
#define PAIR_SCAN(kind)  (1u << (kind))
#define PAIR_START(kind) (4u << (kind))

typedef struct al_secret_set al_secret_set;

struct al_secret_set {
    pcre2_code **codes; /* al_secret_pattern_count entries, compiled anchored */
    pcre2_match_context *mctx;
    al_secret_prefix *prefixes;
    size_t prefix_count;
    pair_map pairs;
    /* The prefixes of a kind that can begin with byte c are
     * by_first[first[kind][c] .. first[kind][c + 1]). */
    size_t *by_first;
    size_t first[2][257];
    /* Options are cloned per file (configuration can differ by folder);
     * the compiled patterns are the same, so clones share them. */
    atomic_size_t refs;
};

/* Compiles every pattern of spec/secrets.c. NULL when out of memory. */
al_secret_set *al_secret_set_new(void);
/* Another reference to the same compiled set (thread-safe). */
al_secret_set *al_secret_set_retain(al_secret_set *set);
/* Drops a reference; the last one frees the set. */
void al_secret_set_free(al_secret_set *set);

#endif
