#include "util/suggest.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define AL_SUGGEST_MAX_LEN 64

static int lower(char c)
{
    return tolower((unsigned char)c);
}

size_t al_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
    if (alen > AL_SUGGEST_MAX_LEN || blen > AL_SUGGEST_MAX_LEN) return limit + 1;
    size_t diff = alen > blen ? alen - blen : blen - alen;
    if (diff > limit) return limit + 1;
    /* Three rows of the dynamic-programming table are enough for OSA. */
    size_t rows[3][AL_SUGGEST_MAX_LEN + 1];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= blen; j++)
        prev[j] = j;
    for (size_t i = 1; i <= alen; i++) {
        cur[0] = i;
        size_t row_min = cur[0];
        for (size_t j = 1; j <= blen; j++) {
            size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            size_t v = prev[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            if (prev[j - 1] + cost < v) v = prev[j - 1] + cost;
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
            if (v < row_min) row_min = v;
        }
        if (row_min > limit) return limit + 1;
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[blen] > limit ? limit + 1 : prev[blen];
}

void al_suggest_begin(al_suggester *s, const char *word, size_t len)
{
    s->word = word;
    s->word_len = len;
    s->best = NULL;
    s->best_distance = (size_t)-1;
}

void al_suggest_consider(al_suggester *s, const char *candidate)
{
    size_t clen = strlen(candidate);
    /* A case-only difference is the best possible suggestion. */
    size_t limit = s->word_len <= 3 ? 1 : s->word_len <= 6 ? 2 : 3;
    size_t d = al_edit_distance(s->word, s->word_len, candidate, clen, limit);
    if (d <= limit && d < s->best_distance) {
        s->best = candidate;
        s->best_distance = d;
    }
}

const char *al_suggest_result(const al_suggester *s)
{
    return s->best;
}

/* ------------------------------------------------------------ near names */

/* Each name's letters (case folded, separators dropped) are hashed twice,
 * modulo two primes below 2^31, into one 64-bit key: polynomial hashes let
 * each slip of a word be hashed in constant time from the word's prefix
 * hashes, and two prime moduli keep crafted names from colliding the way
 * they do modulo 2^64. A key that matches is checked letter by letter. */
#define NEAR_MAX      AL_SUGGEST_MAX_LEN
#define NEAR_MIN_SLIP 4

static const uint64_t near_mod[2] = {2147483647u, 2147483629u};
static const uint64_t near_base[2] = {131u, 257u};

typedef struct {
    uint64_t key;
    char *norm; /* folded letters */
    size_t norm_len;
    char *name; /* as added */
} near_entry;

struct al_near_names {
    near_entry *slots;
    size_t cap, count;
    uint64_t alphabet[2]; /* the ASCII bytes of the folded names, a bit each */
};

/* The folded letters of s in out (at most cap of them); their number, or
 * cap + 1 when there are more. */
static size_t near_fold(const char *s, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '-' || c == '_' || c == ' ') continue;
        if (n == cap) return cap + 1;
        out[n++] = (char)lower(c);
    }
    return n;
}

static uint64_t near_key_of(const uint64_t h[2])
{
    return h[0] << 32 | h[1];
}

static uint64_t near_key(const char *s, size_t len)
{
    uint64_t h[2] = {0, 0};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < len; i++)
            h[k] = (h[k] * near_base[k] + (unsigned char)s[i]) % near_mod[k];
    return near_key_of(h);
}

al_near_names *al_near_names_new(void)
{
    return calloc(1, sizeof(al_near_names));
}

void al_near_names_free(al_near_names *set)
{
    if (!set) return;
    for (size_t i = 0; i < set->cap; i++) {
        free(set->slots[i].norm);
        free(set->slots[i].name);
    }
    free(set->slots);
    free(set);
}

static size_t near_home(const al_near_names *set, uint64_t key)
{
    uint64_t x = key * 0x9E3779B97F4A7C15u;
    return (size_t)(x >> 32) & (set->cap - 1);
}

/* The entry whose folded letters are norm (with key), or NULL. */
static const near_entry *near_lookup(const al_near_names *set, uint64_t key, const char *norm,
                                     size_t len)
{
    if (!set->cap) return NULL;
    for (size_t i = near_home(set, key);; i = (i + 1) & (set->cap - 1)) {
        const near_entry *e = &set->slots[i];
        if (!e->norm) return NULL;
        if (e->key == key && e->norm_len == len && memcmp(e->norm, norm, len) == 0) return e;
    }
}

static bool near_grow(al_near_names *set)
{
    size_t cap = set->cap ? set->cap * 2 : 64;
    near_entry *slots = calloc(cap, sizeof *slots);
    if (!slots) return false;
    near_entry *old = set->slots;
    size_t old_cap = set->cap;
    set->slots = slots;
    set->cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].norm) continue;
        size_t j = near_home(set, old[i].key);
        while (slots[j].norm)
            j = (j + 1) & (cap - 1);
        slots[j] = old[i];
    }
    free(old);
    return true;
}

bool al_near_names_add(al_near_names *set, const char *name, size_t len)
{
    char norm[NEAR_MAX];
    size_t n = near_fold(name, len, norm, sizeof norm);
    if (n == 0 || n > sizeof norm) return true; /* too long to be a slip of anything typed */
    uint64_t key = near_key(norm, n);
    if (near_lookup(set, key, norm, n)) return true;
    if ((set->count + 1) * 2 > set->cap && !near_grow(set)) return false;
    size_t j = near_home(set, key);
    while (set->slots[j].norm)
        j = (j + 1) & (set->cap - 1);
    near_entry e = {key, malloc(n), n, malloc(len + 1)};
    if (!e.norm || !e.name) {
        free(e.norm);
        free(e.name);
        return false;
    }
    memcpy(e.norm, norm, n);
    memcpy(e.name, name, len);
    e.name[len] = '\0';
    set->slots[j] = e;
    set->count++;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)norm[i] < 128)
            set->alphabet[(unsigned char)norm[i] >> 6] |= (uint64_t)1 << (norm[i] & 63);
    return true;
}

typedef enum { SLIP_DROP, SLIP_SWAP, SLIP_REPLACE, SLIP_ADD } near_slip;

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The prefix hashes of a folded word, and powers of the bases, to hash
 * each slip in constant time. */
typedef struct {
    const char *w;
    size_t m;
    uint64_t pre[2][NEAR_MAX + 1];
    uint64_t pow[2][NEAR_MAX + 2];
} near_word;

static uint64_t mod_sub(uint64_t a, uint64_t b, uint64_t p)
{
    return a >= b ? a - b : a + p - b;
}

/* Hash k of word[i, m). */
static uint64_t near_suffix(const near_word *nw, int k, size_t i)
{
    uint64_t p = near_mod[k];
    return mod_sub(nw->pre[k][nw->m], nw->pre[k][i] * nw->pow[k][nw->m - i] % p, p);
}

static uint64_t near_slip_key(const near_word *nw, near_slip slip, size_t i, unsigned char c)
{
    uint64_t h[2];
    size_t m = nw->m;
    const unsigned char *w = (const unsigned char *)nw->w;
    for (int k = 0; k < 2; k++) {
        uint64_t p = near_mod[k], full = nw->pre[k][m];
        switch (slip) {
        case SLIP_DROP:
            h[k] = (nw->pre[k][i] * nw->pow[k][m - 1 - i] + near_suffix(nw, k, i + 1)) % p;
            break;
        case SLIP_SWAP: {
            uint64_t a = w[i], b = w[i + 1];
            uint64_t hi = nw->pow[k][m - 1 - i], lo = nw->pow[k][m - 2 - i];
            h[k] = (mod_sub(full, (a * hi + b * lo) % p, p) + (b * hi + a * lo) % p) % p;
            break;
        }
        case SLIP_REPLACE:
            h[k] = (mod_sub(full, w[i] * nw->pow[k][m - 1 - i] % p, p) +
                    c * nw->pow[k][m - 1 - i] % p) %
                   p;
            break;
        case SLIP_ADD:
            h[k] = (nw->pre[k][i] * nw->pow[k][m - i + 1] % p + c * nw->pow[k][m - i] % p +
                    near_suffix(nw, k, i)) %
                   p;
            break;
        }
    }
    return near_key_of(h);
}

/* The word with the slip made, in out; its length. */
static size_t near_slip_text(const near_word *nw, near_slip slip, size_t i, char c, char *out)
{
    size_t n = 0;
    for (size_t j = 0; j < nw->m; j++) {
        if (slip == SLIP_ADD && j == i) out[n++] = c;
        if (slip == SLIP_DROP && j == i) continue;
        if (slip == SLIP_REPLACE && j == i)
            out[n++] = c;
        else if (slip == SLIP_SWAP && j == i)
            out[n++] = nw->w[i + 1];
        else if (slip == SLIP_SWAP && j == i + 1)
            out[n++] = nw->w[i];
        else
            out[n++] = nw->w[j];
    }
    if (slip == SLIP_ADD && i == nw->m) out[n++] = c;
    return n;
}

static const near_entry *near_try(const al_near_names *set, const near_word *nw, near_slip slip,
                                  size_t i, char c)
{
    uint64_t key = near_slip_key(nw, slip, i, (unsigned char)c);
    if (!set->cap) return NULL;
    /* the key alone first: most slips name nothing */
    for (size_t j = near_home(set, key);; j = (j + 1) & (set->cap - 1)) {
        const near_entry *e = &set->slots[j];
        if (!e->norm) return NULL;
        if (e->key == key) break;
    }
    char text[NEAR_MAX + 1];
    size_t n = near_slip_text(nw, slip, i, c, text);
    return near_lookup(set, key, text, n);
}

const char *al_near_names_find(const al_near_names *set, const char *word, size_t len)
{
    char w[NEAR_MAX];
    size_t m = near_fold(word, len, w, NEAR_MAX - 1); /* room for one letter added */
    if (!set || !set->count || m == 0 || m >= NEAR_MAX) return NULL;
    const near_entry *e = near_lookup(set, near_key(w, m), w, m);
    if (e) return strlen(e->name) == len && memcmp(e->name, word, len) == 0 ? NULL : e->name;
    if (m < NEAR_MIN_SLIP) return NULL;
    near_word nw = {.w = w, .m = m};
    for (int k = 0; k < 2; k++) {
        nw.pre[k][0] = 0;
        for (size_t i = 0; i < m; i++)
            nw.pre[k][i + 1] = (nw.pre[k][i] * near_base[k] + (unsigned char)w[i]) % near_mod[k];
        nw.pow[k][0] = 1;
        for (size_t i = 1; i <= m + 1; i++)
            nw.pow[k][i] = nw.pow[k][i - 1] * near_base[k] % near_mod[k];
    }
    for (size_t i = 0; i < m; i++)
        if (!is_digit(w[i]) && (e = near_try(set, &nw, SLIP_DROP, i, 0))) return e->name;
    for (size_t i = 0; i + 1 < m; i++)
        if (w[i] != w[i + 1] && !is_digit(w[i]) && !is_digit(w[i + 1]) &&
            (e = near_try(set, &nw, SLIP_SWAP, i, 0)))
            return e->name;
    for (unsigned c = 1; c < 128; c++) {
        if (!(set->alphabet[c >> 6] >> (c & 63) & 1) || is_digit((char)c)) continue;
        for (size_t i = 0; i < m; i++)
            if (w[i] != (char)c && !is_digit(w[i]) &&
                (e = near_try(set, &nw, SLIP_REPLACE, i, (char)c)))
                return e->name;
    }
    for (unsigned c = 1; c < 128; c++) {
        if (!(set->alphabet[c >> 6] >> (c & 63) & 1) || is_digit((char)c)) continue;
        for (size_t i = 0; i <= m; i++)
            if ((e = near_try(set, &nw, SLIP_ADD, i, (char)c))) return e->name;
    }
    return NULL;
}
