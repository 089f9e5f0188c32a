/* The compiled secret patterns: built with the options, read-only after. */
#ifndef AL_SECRET_SET_H
#define AL_SECRET_SET_H

typedef struct al_secret_set al_secret_set;

/* Compiles every pattern of spec/secrets.c (JIT where available). NULL when
 * out of memory. */
al_secret_set *al_secret_set_new(void);
/* Another reference to the same compiled set (thread-safe). */
al_secret_set *al_secret_set_retain(al_secret_set *set);
/* Drops a reference; the last one frees the set. */
void al_secret_set_free(al_secret_set *set);

#endif
