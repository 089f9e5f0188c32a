/* UTF-8 decoding and code-point classification. */
#ifndef AL_UTF8_H
#define AL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s. Returns its length in bytes (1-4), or 0 when
 * the bytes there are not valid UTF-8 (overlong, surrogate, truncated, >
 * U+10FFFF). */
size_t al_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Returns the offset of the first invalid byte, or len when all is valid. */
size_t al_utf8_validate(const char *s, size_t len);
/* Number of code points in [s, s+len); an invalid byte counts as one. */
size_t al_utf8_count(const char *s, size_t len);
/* Encodes cp into out (at least 4 bytes); returns the length. */
size_t al_utf8_encode(uint32_t cp, char *out);
/* Format and zero-width characters that render as nothing. */
bool al_utf8_is_invisible(uint32_t cp);

#endif
