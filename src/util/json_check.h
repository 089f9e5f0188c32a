/* A strict JSON (RFC 8259) syntax checker: no comments, no trailing commas,
 * no single quotes, no NaN. It builds nothing; it says whether the text
 * parses and, when it does not, where and why. */
#ifndef AL_JSON_CHECK_H
#define AL_JSON_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* How deep arrays and objects may nest before checking stops. */
#define AL_JSON_MAX_DEPTH 512

typedef enum {
    AL_JSON_OK,
    AL_JSON_ERROR,    /* a syntax error at offset */
    AL_JSON_COMMENT,  /* a // or / * comment at offset: JSONC, not JSON */
    AL_JSON_TOO_DEEP, /* nested deeper than the limit; not checked further */
} al_json_status;

typedef struct {
    al_json_status status;
    size_t offset;       /* byte offset of the problem */
    const char *message; /* static text, for AL_JSON_ERROR */
} al_json_result;

/* Checks text holding one JSON value, or several separated by line breaks
 * (JSON Lines). */
al_json_result al_json_check(const char *s, size_t len);

#endif
