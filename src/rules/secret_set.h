/* The compiled secret patterns: built with the options, read-only after. */
#ifndef AL_SECRET_SET_H
#define AL_SECRET_SET_H

typedef struct al_secret_set al_secret_set;

/* Compiles every pattern of spec/secrets.c (JIT where available). NULL when
 * out of memory. */
al_secret_set *al_secret_set_new(void);
void al_secret_set_free(al_secret_set *set);

#endif
