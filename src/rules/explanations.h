/* Rule explanations, generated from docs/rules/CODE.md at build time. */
#ifndef AL_EXPLANATIONS_H
#define AL_EXPLANATIONS_H

typedef struct {
    const char *code;
    const char *text;
} al_explanation;

/* Ends with a {NULL, NULL} row. */
extern const al_explanation al_explanations[];

#endif
