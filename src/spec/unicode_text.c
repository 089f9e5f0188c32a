/* Unicode data for the encoding rules (Unicode 15.1 names). One entry per
 * line; ranges are sorted and do not overlap. */
#include "spec/unicode_text.h"

#include "util/utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    uint32_t first, last;
} range;

static bool in_ranges(const range *r, size_t n, uint32_t cp)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].first && cp <= r[i].last) return true;
    return false;
}

/* clang-format off */
static const al_hidden_range hidden[] = {
    {0x00AD,  0x00AD,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "SOFT HYPHEN"},
    {0x034F,  0x034F,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "COMBINING GRAPHEME JOINER"},
    {0x061C,  0x061C,  AL_HIDDEN_FORMAT,     AL_ALLOW_RTL_MARK,  "ARABIC LETTER MARK"},
    {0x115F,  0x1160,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "HANGUL CHOSEONG FILLER"},
    {0x17B4,  0x17B5,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "KHMER VOWEL INHERENT AQ"},
    {0x180B,  0x180F,  AL_HIDDEN_FORMAT,     AL_ALLOW_MONGOLIAN, "MONGOLIAN FREE VARIATION SELECTOR"},
    {0x200B,  0x200B,  AL_HIDDEN_ZERO_WIDTH, AL_ALLOW_NEVER,     "ZERO WIDTH SPACE"},
    {0x200C,  0x200C,  AL_HIDDEN_ZERO_WIDTH, AL_ALLOW_JOINER,    "ZERO WIDTH NON-JOINER"},
    {0x200D,  0x200D,  AL_HIDDEN_ZERO_WIDTH, AL_ALLOW_JOINER,    "ZERO WIDTH JOINER"},
    {0x200E,  0x200E,  AL_HIDDEN_FORMAT,     AL_ALLOW_RTL_MARK,  "LEFT-TO-RIGHT MARK"},
    {0x200F,  0x200F,  AL_HIDDEN_FORMAT,     AL_ALLOW_RTL_MARK,  "RIGHT-TO-LEFT MARK"},
    {0x202A,  0x202A,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B,  0x202B,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C,  0x202C,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "POP DIRECTIONAL FORMATTING"},
    {0x202D,  0x202D,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E,  0x202E,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060,  0x2060,  AL_HIDDEN_ZERO_WIDTH, AL_ALLOW_NEVER,     "WORD JOINER"},
    {0x2061,  0x2061,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "FUNCTION APPLICATION"},
    {0x2062,  0x2062,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "INVISIBLE TIMES"},
    {0x2063,  0x2063,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "INVISIBLE SEPARATOR"},
    {0x2064,  0x2064,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "INVISIBLE PLUS"},
    {0x2066,  0x2066,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "LEFT-TO-RIGHT ISOLATE"},
    {0x2067,  0x2067,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "RIGHT-TO-LEFT ISOLATE"},
    {0x2068,  0x2068,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "FIRST STRONG ISOLATE"},
    {0x2069,  0x2069,  AL_HIDDEN_BIDI,       AL_ALLOW_NEVER,     "POP DIRECTIONAL ISOLATE"},
    {0x206A,  0x206F,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "INHIBIT SYMMETRIC SWAPPING"},
    {0x3164,  0x3164,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "HANGUL FILLER"},
    {0xFEFF,  0xFEFF,  AL_HIDDEN_ZERO_WIDTH, AL_ALLOW_NEVER,     "ZERO WIDTH NO-BREAK SPACE"},
    {0xFFA0,  0xFFA0,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "HALFWIDTH HANGUL FILLER"},
    {0xFFF9,  0xFFFB,  AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "INTERLINEAR ANNOTATION ANCHOR"},
    {0x1BCA0, 0x1BCA3, AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "SHORTHAND FORMAT LETTER OVERLAP"},
    {0x1D173, 0x1D17A, AL_HIDDEN_FORMAT,     AL_ALLOW_NEVER,     "MUSICAL SYMBOL BEGIN BEAM"},
    {0xE0000, 0xE007F, AL_HIDDEN_TAG,        AL_ALLOW_FLAG_TAG,  "TAG"},
    {0xE0100, 0xE01EF, AL_HIDDEN_FORMAT,     AL_ALLOW_IVS,       "VARIATION SELECTOR-17"},
};

/* The control characters (general category Cc): C0, DEL, C1, each with its
 * abbreviation and name from Unicode's NameAliases.txt (Unicode 15.1; the
 * names of ISO/IEC 6429 and ECMA-48, which define what a terminal does
 * with them). Indexed by code point: 0x00-0x1F, 0x7F, 0x80-0x9F. */
static const al_control_name controls[] = {
    {0x0000, "NUL", "NULL"},
    {0x0001, "SOH", "START OF HEADING"},
    {0x0002, "STX", "START OF TEXT"},
    {0x0003, "ETX", "END OF TEXT"},
    {0x0004, "EOT", "END OF TRANSMISSION"},
    {0x0005, "ENQ", "ENQUIRY"},
    {0x0006, "ACK", "ACKNOWLEDGE"},
    {0x0007, "BEL", "BELL"},
    {0x0008, "BS",  "BACKSPACE"},
    {0x0009, "HT",  "CHARACTER TABULATION"},
    {0x000A, "LF",  "LINE FEED"},
    {0x000B, "VT",  "LINE TABULATION"},
    {0x000C, "FF",  "FORM FEED"},
    {0x000D, "CR",  "CARRIAGE RETURN"},
    {0x000E, "SO",  "SHIFT OUT"},
    {0x000F, "SI",  "SHIFT IN"},
    {0x0010, "DLE", "DATA LINK ESCAPE"},
    {0x0011, "DC1", "DEVICE CONTROL ONE"},
    {0x0012, "DC2", "DEVICE CONTROL TWO"},
    {0x0013, "DC3", "DEVICE CONTROL THREE"},
    {0x0014, "DC4", "DEVICE CONTROL FOUR"},
    {0x0015, "NAK", "NEGATIVE ACKNOWLEDGE"},
    {0x0016, "SYN", "SYNCHRONOUS IDLE"},
    {0x0017, "ETB", "END OF TRANSMISSION BLOCK"},
    {0x0018, "CAN", "CANCEL"},
    {0x0019, "EM",  "END OF MEDIUM"},
    {0x001A, "SUB", "SUBSTITUTE"},
    {0x001B, "ESC", "ESCAPE"},
    {0x001C, "FS",  "INFORMATION SEPARATOR FOUR"},
    {0x001D, "GS",  "INFORMATION SEPARATOR THREE"},
    {0x001E, "RS",  "INFORMATION SEPARATOR TWO"},
    {0x001F, "US",  "INFORMATION SEPARATOR ONE"},
    {0x007F, "DEL", "DELETE"},
    {0x0080, "PAD", "PADDING CHARACTER"},
    {0x0081, "HOP", "HIGH OCTET PRESET"},
    {0x0082, "BPH", "BREAK PERMITTED HERE"},
    {0x0083, "NBH", "NO BREAK HERE"},
    {0x0084, "IND", "INDEX"},
    {0x0085, "NEL", "NEXT LINE"},
    {0x0086, "SSA", "START OF SELECTED AREA"},
    {0x0087, "ESA", "END OF SELECTED AREA"},
    {0x0088, "HTS", "CHARACTER TABULATION SET"},
    {0x0089, "HTJ", "CHARACTER TABULATION WITH JUSTIFICATION"},
    {0x008A, "VTS", "LINE TABULATION SET"},
    {0x008B, "PLD", "PARTIAL LINE FORWARD"},
    {0x008C, "PLU", "PARTIAL LINE BACKWARD"},
    {0x008D, "RI",  "REVERSE LINE FEED"},
    {0x008E, "SS2", "SINGLE SHIFT TWO"},
    {0x008F, "SS3", "SINGLE SHIFT THREE"},
    {0x0090, "DCS", "DEVICE CONTROL STRING"},
    {0x0091, "PU1", "PRIVATE USE ONE"},
    {0x0092, "PU2", "PRIVATE USE TWO"},
    {0x0093, "STS", "SET TRANSMIT STATE"},
    {0x0094, "CCH", "CANCEL CHARACTER"},
    {0x0095, "MW",  "MESSAGE WAITING"},
    {0x0096, "SPA", "START OF GUARDED AREA"},
    {0x0097, "EPA", "END OF GUARDED AREA"},
    {0x0098, "SOS", "START OF STRING"},
    {0x0099, "SGC", "SINGLE GRAPHIC CHARACTER INTRODUCER"},
    {0x009A, "SCI", "SINGLE CHARACTER INTRODUCER"},
    {0x009B, "CSI", "CONTROL SEQUENCE INTRODUCER"},
    {0x009C, "ST",  "STRING TERMINATOR"},
    {0x009D, "OSC", "OPERATING SYSTEM COMMAND"},
    {0x009E, "PM",  "PRIVACY MESSAGE"},
    {0x009F, "APC", "APPLICATION PROGRAM COMMAND"},
};

/* Windows-1252 bytes 0x80-0x9F that are not Latin-1 C1 controls. */
static const struct { uint32_t cp; unsigned char byte; } cp1252[] = {
    {0x20AC, 0x80}, /* EURO SIGN */
    {0x201A, 0x82}, /* SINGLE LOW-9 QUOTATION MARK */
    {0x0192, 0x83}, /* LATIN SMALL LETTER F WITH HOOK */
    {0x201E, 0x84}, /* DOUBLE LOW-9 QUOTATION MARK */
    {0x2026, 0x85}, /* HORIZONTAL ELLIPSIS */
    {0x2020, 0x86}, /* DAGGER */
    {0x2021, 0x87}, /* DOUBLE DAGGER */
    {0x02C6, 0x88}, /* MODIFIER LETTER CIRCUMFLEX ACCENT */
    {0x2030, 0x89}, /* PER MILLE SIGN */
    {0x0160, 0x8A}, /* LATIN CAPITAL LETTER S WITH CARON */
    {0x2039, 0x8B}, /* SINGLE LEFT-POINTING ANGLE QUOTATION MARK */
    {0x0152, 0x8C}, /* LATIN CAPITAL LIGATURE OE */
    {0x017D, 0x8E}, /* LATIN CAPITAL LETTER Z WITH CARON */
    {0x2018, 0x91}, /* LEFT SINGLE QUOTATION MARK */
    {0x2019, 0x92}, /* RIGHT SINGLE QUOTATION MARK */
    {0x201C, 0x93}, /* LEFT DOUBLE QUOTATION MARK */
    {0x201D, 0x94}, /* RIGHT DOUBLE QUOTATION MARK */
    {0x2022, 0x95}, /* BULLET */
    {0x2013, 0x96}, /* EN DASH */
    {0x2014, 0x97}, /* EM DASH */
    {0x02DC, 0x98}, /* SMALL TILDE */
    {0x2122, 0x99}, /* TRADE MARK SIGN */
    {0x0161, 0x9A}, /* LATIN SMALL LETTER S WITH CARON */
    {0x203A, 0x9B}, /* SINGLE RIGHT-POINTING ANGLE QUOTATION MARK */
    {0x0153, 0x9C}, /* LATIN SMALL LIGATURE OE */
    {0x017E, 0x9E}, /* LATIN SMALL LETTER Z WITH CARON */
    {0x0178, 0x9F}, /* LATIN CAPITAL LETTER Y WITH DIAERESIS */
};

static const range emoji[] = {
    {0x00A9,  0x00A9},  /* copyright */
    {0x00AE,  0x00AE},  /* registered */
    {0x203C,  0x203C},  /* double exclamation */
    {0x2049,  0x2049},  /* exclamation question */
    {0x2122,  0x2122},  /* trade mark */
    {0x2139,  0x2139},  /* information */
    {0x2194,  0x21FF},  /* arrows */
    {0x2300,  0x23FF},  /* miscellaneous technical */
    {0x24C2,  0x24C2},  /* circled M */
    {0x25A0,  0x27BF},  /* shapes, miscellaneous symbols, dingbats */
    {0x2934,  0x2935},  /* curved arrows */
    {0x2B00,  0x2BFF},  /* miscellaneous symbols and arrows */
    {0x3030,  0x3030},  /* wavy dash */
    {0x303D,  0x303D},  /* part alternation mark */
    {0x3297,  0x3299},  /* circled ideographs */
    {0x1F000, 0x1FAFF}, /* pictographs, emoticons, transport, supplemental */
};

static const range emoji_modifiers[] = {
    {0x20E3,  0x20E3},  /* combining enclosing keycap */
    {0xFE0E,  0xFE0F},  /* variation selectors 15 and 16 */
    {0x1F3FB, 0x1F3FF}, /* skin tones */
    {0xE0020, 0xE007F}, /* tags (subdivision flags) */
};

static const range joining_scripts[] = {
    {0x0600,  0x08FF},  /* Arabic, Syriac, Thaana, NKo, Arabic supplements */
    {0x0900,  0x0DFF},  /* Devanagari to Sinhala */
    {0x0F00,  0x0FFF},  /* Tibetan */
    {0x1000,  0x109F},  /* Myanmar */
    {0x1780,  0x17FF},  /* Khmer */
    {0xA8E0,  0xA8FF},  /* Devanagari extended */
    {0xFB50,  0xFDFF},  /* Arabic presentation forms A */
    {0xFE70,  0xFEFE},  /* Arabic presentation forms B */
};

static const range rtl_letters[] = {
    {0x0590,  0x08FF},  /* Hebrew, Arabic, Syriac, Thaana, NKo, ... */
    {0xFB1D,  0xFDFF},  /* Hebrew and Arabic presentation forms */
    {0xFE70,  0xFEFE},  /* Arabic presentation forms B */
};

static const range cjk_ideographs[] = {
    {0x3400,  0x4DBF},  /* extension A */
    {0x4E00,  0x9FFF},  /* unified ideographs */
    {0xF900,  0xFAFF},  /* compatibility ideographs */
    {0x20000, 0x3FFFF}, /* extensions B and later */
};

/* What repaired mojibake may decode to: letters and the symbols people type. */
static const range plausible[] = {
    {0x00A0,  0x017F},  /* Latin-1 supplement, Latin extended-A */
    {0x0370,  0x03FF},  /* Greek */
    {0x0400,  0x04FF},  /* Cyrillic */
    {0x05D0,  0x05EA},  /* Hebrew letters */
    {0x0600,  0x06FF},  /* Arabic */
    {0x2010,  0x205E},  /* dashes, quotes, bullets, ellipsis */
    {0x20A0,  0x20CF},  /* currency */
    {0x2100,  0x215F},  /* letterlike, number forms */
    {0x2190,  0x23FF},  /* arrows, mathematical operators, technical */
    {0x2460,  0x27BF},  /* enclosed, box drawing, shapes, symbols, dingbats */
    {0x2900,  0x2BFF},  /* arrows, mathematical, symbols */
    {0x3000,  0x30FF},  /* CJK punctuation, kana */
    {0x3400,  0x9FFF},  /* CJK ideographs */
    {0xAC00,  0xD7AF},  /* Hangul */
    {0xFF00,  0xFFEF},  /* fullwidth forms */
    {0x1F000, 0x1FAFF}, /* emoji */
};
/* clang-format on */

/* Letters of scripts other than Latin, by script: repaired mojibake that
 * yields one of them must sit among letters of the same script. Ranges from
 * the Unicode 15.1 block list. */
/* clang-format off */
static const struct {
    uint32_t first, last;
    int script;
} letter_scripts[] = {
    {0x0370,  0x03FF,  1},  /* Greek */
    {0x1F00,  0x1FFF,  1},  /* Greek extended */
    {0x0400,  0x052F,  2},  /* Cyrillic */
    {0x0530,  0x058F,  3},  /* Armenian */
    {0x0590,  0x05FF,  4},  /* Hebrew */
    {0x0600,  0x06FF,  5},  /* Arabic */
    {0x0750,  0x077F,  5},  /* Arabic supplement */
    {0x0700,  0x074F,  6},  /* Syriac */
    {0x0780,  0x07BF,  7},  /* Thaana */
    {0x07C0,  0x07FF,  8},  /* NKo */
    {0x3040,  0x30FF,  9},  /* kana (with CJK ideographs: Japanese) */
    {0x3400,  0x9FFF,  9},  /* CJK ideographs */
    {0xAC00,  0xD7AF,  10}, /* Hangul */
};
/* clang-format on */

int al_unicode_letter_script(uint32_t cp)
{
    for (size_t i = 0; i < COUNT(letter_scripts); i++)
        if (cp >= letter_scripts[i].first && cp <= letter_scripts[i].last)
            return letter_scripts[i].script;
    return 0;
}

const al_hidden_range *al_hidden_lookup(uint32_t cp)
{
    if (cp < 0x00AD) return NULL;
    for (size_t i = 0; i < COUNT(hidden); i++)
        if (cp >= hidden[i].first && cp <= hidden[i].last) return &hidden[i];
    return NULL;
}

const al_control_name *al_control_lookup(uint32_t cp)
{
    if (cp < 0x20) return &controls[cp];
    if (cp == 0x7F) return &controls[0x20];
    if (cp >= 0x80 && cp <= 0x9F) return &controls[0x21 + (cp - 0x80)];
    return NULL;
}

bool al_cp_printed_escaped(uint32_t cp)
{
    if (cp < 0x80) return false;
    return cp < 0xa0 || cp == 0x2028 || cp == 0x2029 || al_utf8_is_invisible(cp) ||
           al_hidden_lookup(cp) != NULL;
}

int al_cp1252_byte(uint32_t cp)
{
    if (cp >= 0x80 && cp <= 0xFF) return (int)cp;
    for (size_t i = 0; i < COUNT(cp1252); i++)
        if (cp1252[i].cp == cp) return cp1252[i].byte;
    return -1;
}

uint32_t al_cp1252_char(unsigned char byte)
{
    for (size_t i = 0; i < COUNT(cp1252); i++)
        if (cp1252[i].byte == byte) return cp1252[i].cp;
    return byte;
}

bool al_unicode_is_emoji(uint32_t cp)
{
    return in_ranges(emoji, COUNT(emoji), cp);
}

bool al_unicode_is_emoji_modifier(uint32_t cp)
{
    return in_ranges(emoji_modifiers, COUNT(emoji_modifiers), cp);
}

bool al_unicode_is_joining_script(uint32_t cp)
{
    return in_ranges(joining_scripts, COUNT(joining_scripts), cp);
}

bool al_unicode_is_rtl_letter(uint32_t cp)
{
    return in_ranges(rtl_letters, COUNT(rtl_letters), cp);
}

bool al_unicode_is_cjk_ideograph(uint32_t cp)
{
    return in_ranges(cjk_ideographs, COUNT(cjk_ideographs), cp);
}

bool al_unicode_is_mongolian(uint32_t cp)
{
    return cp >= 0x1800 && cp <= 0x18AF;
}

bool al_unicode_is_plausible_text(uint32_t cp)
{
    return in_ranges(plausible, COUNT(plausible), cp);
}
