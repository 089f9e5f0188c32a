/* "Did you mean": the closest known word to a misspelling. */
#ifndef AL_SUGGEST_H
#define AL_SUGGEST_H

#include <stdbool.h>
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

/* Names one typing slip apart, for a "did you mean" over many names (the
 * skills of a run): a word matches a name when they are equal once case and
 * the separators `-`, `_` and space are ignored, or when one letter was
 * added, dropped, replaced or two letters swapped. Slips that touch a digit
 * do not count (`v2`/`v3`, `sk1`/`sk10` are other names), nor do slips in
 * words of under four letters. A look-up tries each slip of the word
 * against a hash of the names, so it costs time linear in the word's
 * length whatever the number of names. */
typedef struct al_near_names al_near_names;

al_near_names *al_near_names_new(void);
void al_near_names_free(al_near_names *set);
/* Adds a name (kept as given, for the answer); false when out of memory.
 * Of names alike once case and separators are ignored, the first is kept. */
bool al_near_names_add(al_near_names *set, const char *name, size_t len);
/* The name one slip from word, or NULL: a name equal but for case and
 * separators first, then the first slip found. Not the word itself: a name
 * that is exactly word is no slip. */
const char *al_near_names_find(const al_near_names *set, const char *word, size_t len);

#endif
