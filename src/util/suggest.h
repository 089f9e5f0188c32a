/* "Did you mean": the closest known word to a misspelling. */
#ifndef AL_SUGGEST_H
#define AL_SUGGEST_H

#include <stddef.h>

/* Optimal-string-alignment distance, case-insensitive. Stops counting past
 * limit (returns limit + 1). */
size_t al_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit);

/* Feeds candidates one at a time; keeps the best within a distance that
 * scales with the word's length. */
typedef struct {
    const char *word;
    size_t word_len;
    const char *best;
    size_t best_distance;
} al_suggester;

void al_suggest_begin(al_suggester *s, const char *word, size_t len);
void al_suggest_consider(al_suggester *s, const char *candidate);
/* The best candidate, or NULL when nothing is close enough. */
const char *al_suggest_result(const al_suggester *s);

#endif
