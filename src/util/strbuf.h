/* A growable byte string for building messages and output. */
#ifndef AL_STRBUF_H
#define AL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *data; /* always NUL-terminated once anything was added */
    size_t len;
    size_t cap;
    bool failed; /* an allocation failed; contents are truncated */
} al_strbuf;

void al_strbuf_init(al_strbuf *sb);
void al_strbuf_free(al_strbuf *sb);
void al_strbuf_clear(al_strbuf *sb);
void al_strbuf_append(al_strbuf *sb, const char *s, size_t len);
void al_strbuf_puts(al_strbuf *sb, const char *s);
void al_strbuf_putc(al_strbuf *sb, char c);
void al_strbuf_printf(al_strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
