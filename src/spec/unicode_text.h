/* Unicode knowledge for the encoding rules, as data: characters that render
 * as nothing (hidden text), the Windows-1252 byte table used to undo
 * mojibake, and the script ranges that decide the few legitimate uses of
 * joiners and marks. One entry per line in unicode_text.c. */
#ifndef AL_SPEC_UNICODE_TEXT_H
#define AL_SPEC_UNICODE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    AL_HIDDEN_NONE = 0,
    AL_HIDDEN_BIDI,       /* bidirectional embedding, override and isolate controls */
    AL_HIDDEN_ZERO_WIDTH, /* zero-width spaces, joiners, word joiner, BOM inside text */
    AL_HIDDEN_TAG,        /* Unicode tag characters U+E0000-E007F */
    AL_HIDDEN_FORMAT,     /* other invisible format characters */
} al_hidden_kind;

/* When a hidden character is legitimate. */
typedef enum {
    AL_ALLOW_NEVER = 0,
    AL_ALLOW_JOINER,    /* ZWJ inside an emoji sequence, ZWJ/ZWNJ inside a joining script */
    AL_ALLOW_RTL_MARK,  /* LRM/RLM/ALM next to right-to-left letters */
    AL_ALLOW_FLAG_TAG,  /* tags spelling an emoji subdivision flag after U+1F3F4 */
    AL_ALLOW_IVS,       /* ideographic variation selector after a CJK ideograph */
    AL_ALLOW_MONGOLIAN, /* Mongolian variation selectors after Mongolian letters */
} al_hidden_allow;

typedef struct {
    uint32_t first, last;
    al_hidden_kind kind;
    al_hidden_allow allow;
    const char *name; /* the Unicode name (of the first, for a range) */
} al_hidden_range;

/* The range holding cp, or NULL when cp is visible. */
const al_hidden_range *al_hidden_lookup(uint32_t cp);

/* A control character (C0, DEL, C1): its abbreviation ("ESC") and name
 * ("ESCAPE"). */
typedef struct {
    uint32_t cp;
    const char *abbr, *name;
} al_control_name;

/* The control character cp, or NULL when cp is not one. */
const al_control_name *al_control_lookup(uint32_t cp);

/* Whether cp is shown as <U+XXXX> wherever text leaves the program (messages,
 * paths, source lines): invisible and hidden characters, C1 controls and the
 * line and paragraph separators, which a terminal or editor would act on or
 * not show. */
bool al_cp_printed_escaped(uint32_t cp);

/* The byte Windows-1252 (or, for U+0080-U+00FF, Latin-1) encodes cp as;
 * -1 when neither encodes it as a byte >= 0x80. */
int al_cp1252_byte(uint32_t cp);

/* The character a byte >= 0x80 stands for in Windows-1252 (Latin-1 for the
 * five bytes Windows-1252 leaves undefined). */
uint32_t al_cp1252_char(unsigned char byte);

/* Script classes used by the exceptions above and by mojibake. */
bool al_unicode_is_emoji(uint32_t cp);
bool al_unicode_is_emoji_modifier(uint32_t cp); /* FE0F, skin tones, keycap: skipped */
bool al_unicode_is_joining_script(uint32_t cp); /* Arabic, Syriac, Indic, ... */
bool al_unicode_is_rtl_letter(uint32_t cp);
bool al_unicode_is_cjk_ideograph(uint32_t cp);
bool al_unicode_is_mongolian(uint32_t cp);
/* Characters that real text is made of: what repaired mojibake must yield. */
bool al_unicode_is_plausible_text(uint32_t cp);
/* The script of a letter outside Latin (Greek, Cyrillic, Hebrew, Arabic, CJK,
 * ...) as a small number; 0 for Latin letters, digits, punctuation and
 * symbols. */
int al_unicode_letter_script(uint32_t cp);

#endif
