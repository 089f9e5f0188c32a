#include "util/suggest.h"

#include <ctype.h>
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
