/* Elixir lexer: see lexer.h. The clause order of ex_lexer_next() follows tokenize/5 in Elixir's
 * elixir_tokenizer.erl, because at several positions more than one rule could apply (`?#` is a
 * char, not a comment; `:<<>>` is an atom, not `:` + `<<`; `..//` wins over `..` + `//`). */
#include "elixir/lexer.h"

#include <errno.h>
#include <float.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keeps the rare paths out of ex_lexer_next's hot loop (only a hint; plain C11 elsewhere). */
#if defined(__GNUC__)
#define NOINLINE      __attribute__((noinline))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NOINLINE
#define ALWAYS_INLINE inline
#endif

/* ---------------------------------------------------------------------------------------------
 * Knowledge tables
 * ------------------------------------------------------------------------------------------- */

typedef struct {
    const char *text;
    uint8_t len;
    uint8_t op;
    bool kw; /* "op: " is a keyword key (handle_op/handle_unary_op in the tokenizer) */
} op_def;

/* Clause 10: three-character operators, tried before punctuation. */
static const op_def OPS3[] = {
    {"~~~", 3, EX_OP_BNOT3, true},     {"...", 3, EX_OP_ELLIPSIS, true},
    {"===", 3, EX_OP_STRICT_EQ, true}, {"!==", 3, EX_OP_STRICT_NE, true},
    {"&&&", 3, EX_OP_AND3, true},      {"|||", 3, EX_OP_OR3, true},
    {"^^^", 3, EX_OP_XOR3, true},      {"+++", 3, EX_OP_CONCAT3, true},
    {"---", 3, EX_OP_SUB3, true},      {"<<<", 3, EX_OP_SHL3, true},
    {">>>", 3, EX_OP_SHR3, true},      {"~>>", 3, EX_OP_ARROW_RR, true},
    {"<<~", 3, EX_OP_ARROW_LL, true},  {"<~>", 3, EX_OP_ARROW_LR, true},
    {"<|>", 3, EX_OP_PIPE_LR, true},
};

/* Clause 12: two-character operators, tried after punctuation. */
static const op_def OPS2[] = {
    {"//", 2, EX_OP_STEP, false},    {"**", 2, EX_OP_POW, true},
    {"..", 2, EX_OP_RANGE, true},    {"++", 2, EX_OP_CONCAT, true},
    {"--", 2, EX_OP_SUBTRACT, true}, {"<>", 2, EX_OP_BINCAT, true},
    {"|>", 2, EX_OP_PIPE, true},     {"~>", 2, EX_OP_ARROW_R, true},
    {"<~", 2, EX_OP_ARROW_L, true},  {"==", 2, EX_OP_EQ, true},
    {"=~", 2, EX_OP_MATCH_RE, true}, {"!=", 2, EX_OP_NE, true},
    {"<=", 2, EX_OP_LE, true},       {">=", 2, EX_OP_GE, true},
    {"&&", 2, EX_OP_AND2, true},     {"||", 2, EX_OP_OR2, true},
    {"<-", 2, EX_OP_LARROW, true},   {"\\\\", 2, EX_OP_DEFAULT, true},
    {"::", 2, EX_OP_TYPE, true},     {"->", 2, EX_OP_STAB, true},
};

/* Clause 13: one-character operators, indexed by their byte (other entries are empty). `&` takes
 * no keyword form here: "&: " is clause 8. */
static const op_def OPS1[128] = {
    ['&'] = {"&", 1, EX_OP_CAPTURE, false}, ['@'] = {"@", 1, EX_OP_AT, true},
    ['!'] = {"!", 1, EX_OP_BANG, true},     ['^'] = {"^", 1, EX_OP_PIN, true},
    ['<'] = {"<", 1, EX_OP_LT, true},       ['>'] = {">", 1, EX_OP_GT, true},
    ['+'] = {"+", 1, EX_OP_PLUS, true},     ['-'] = {"-", 1, EX_OP_MINUS, true},
    ['*'] = {"*", 1, EX_OP_MUL, true},      ['/'] = {"/", 1, EX_OP_DIV, true},
    ['='] = {"=", 1, EX_OP_MATCH, true},    ['|'] = {"|", 1, EX_OP_BAR, true},
};

/* Clause 8: operator atoms. Order matters (":%{}" before ":%"). */
static const char *const OP_ATOMS_SPECIAL[] = {":<<>>", ":%{}", ":%", ":{}", ":..//"};
static const char *const OP_ATOMS3[] = {"~~~", "===", "!==", "&&&", "|||", "<<<", ">>>", "~>>",
                                        "<<~", "<~>", "<|>", "^^^", "+++", "---", "..."};
static const char *const OP_ATOMS2[] = {"==", "=~", "!=",   "<=", ">=", "&&", "||", "|>", "~>",
                                        "<~", "<-", "\\\\", "++", "--", "<>", "**", "->", ".."};
static const char OP_ATOMS1[] = "@!^&+-*/<>=|.";

/* Clause 8: operator-looking keyword keys, valid only when followed by whitespace. */
static const char *const OP_KEYS[] = {".:", "<<>>:", "%{}:", "%:", "&:", "{}:", "..//:"};

/* Which of the tables above have an entry starting with a given byte: the operator lookups only
 * search those (a speed-up; derived from OP_KEYS, OPS3 and OPS2, keep them in step; the
 * unit test test_operator_table lexes every operator text). */
enum { OPI_KEY = 1, OPI_3 = 2, OPI_2 = 4 };
/* clang-format off */
static const uint8_t OP_FIRST[128] = {
    ['!'] = OPI_3 | OPI_2,
    ['%'] = OPI_KEY,
    ['&'] = OPI_KEY | OPI_3 | OPI_2,
    ['*'] = OPI_2,
    ['+'] = OPI_3 | OPI_2,
    ['-'] = OPI_3 | OPI_2,
    ['.'] = OPI_KEY | OPI_3 | OPI_2,
    ['/'] = OPI_2,
    [':'] = OPI_2,
    ['<'] = OPI_KEY | OPI_3 | OPI_2,
    ['='] = OPI_3 | OPI_2,
    ['>'] = OPI_3 | OPI_2,
    ['\\'] = OPI_2,
    ['^'] = OPI_3,
    ['{'] = OPI_KEY,
    ['|'] = OPI_3 | OPI_2,
    ['~'] = OPI_3 | OPI_2,
};
/* clang-format on */

typedef struct {
    char text[7]; /* inline: no pointer to follow in the lookup */
    uint8_t len;
    uint8_t kw;
} kw_def;

/* Sorted by first letter: KW_BY_LETTER[c - 'a'] .. KW_BY_LETTER[c - 'a' + 1] are the keywords
 * that start with c, so a word is compared with two at most. */
static const kw_def KEYWORDS[] = {
    {"after", 5, EX_KW_AFTER},   {"and", 3, EX_KW_AND},   {"catch", 5, EX_KW_CATCH},
    {"do", 2, EX_KW_DO},         {"else", 4, EX_KW_ELSE}, {"end", 3, EX_KW_END},
    {"false", 5, EX_KW_FALSE},   {"fn", 2, EX_KW_FN},     {"in", 2, EX_KW_IN},
    {"nil", 3, EX_KW_NIL},       {"not", 3, EX_KW_NOT},   {"or", 2, EX_KW_OR},
    {"rescue", 6, EX_KW_RESCUE}, {"true", 4, EX_KW_TRUE}, {"when", 4, EX_KW_WHEN},
};
/* clang-format off */
static const uint8_t KW_BY_LETTER[27] = {
    /* a */ 0, /* b */ 2, /* c */ 2, /* d */ 3, /* e */ 4, /* f */ 6, /* g */ 8, /* h */ 8,
    /* i */ 8, /* j */ 9, /* k */ 9, /* l */ 9, /* m */ 9, /* n */ 9, /* o */ 11, /* p */ 12,
    /* q */ 12, /* r */ 12, /* s */ 13, /* t */ 13, /* u */ 14, /* v */ 14, /* w */ 14,
    /* x */ 15, /* y */ 15, /* z */ 15, 15,
};
/* clang-format on */
_Static_assert(sizeof KEYWORDS / sizeof KEYWORDS[0] == 15, "update KW_BY_LETTER with KEYWORDS");

/* Sigil delimiters (?is_sigil) and their closers (sigil_terminator/1). */
static const char SIGIL_OPEN[] = "/|\"'([{<";
static const char SIGIL_CLOSE[] = "/|\"')]}>";

typedef struct {
    uint32_t cp;
    const char *name;
    const char *repl; /* never longer than the UTF-8 encoding of cp */
} typo_def;

/* Characters that word processors and chat models put into code. Elixir rejects each of them
 * ("unexpected token"); the fix is the plain ASCII text. Sorted by code point. */
static const typo_def TYPOGRAPHIC[] = {
    {0x00A0, "NO-BREAK SPACE", " "},
    {0x2002, "EN SPACE", " "},
    {0x2003, "EM SPACE", " "},
    {0x2007, "FIGURE SPACE", " "},
    {0x2009, "THIN SPACE", " "},
    {0x200A, "HAIR SPACE", " "},
    {0x200B, "ZERO WIDTH SPACE", ""},
    {0x2010, "HYPHEN", "-"},
    {0x2011, "NON-BREAKING HYPHEN", "-"},
    {0x2013, "EN DASH", "-"},
    {0x2014, "EM DASH", "-"},
    {0x2018, "LEFT SINGLE QUOTATION MARK", "'"},
    {0x2019, "RIGHT SINGLE QUOTATION MARK", "'"},
    {0x201C, "LEFT DOUBLE QUOTATION MARK", "\""},
    {0x201D, "RIGHT DOUBLE QUOTATION MARK", "\""},
    {0x201E, "DOUBLE LOW-9 QUOTATION MARK", "\""},
    {0x2026, "HORIZONTAL ELLIPSIS", "..."},
    {0x202F, "NARROW NO-BREAK SPACE", " "},
    {0x2032, "PRIME", "'"},
    {0x2033, "DOUBLE PRIME", "\""},
    {0x2190, "LEFTWARDS ARROW", "<-"},
    {0x2192, "RIGHTWARDS ARROW", "->"},
    {0x21D2, "RIGHTWARDS DOUBLE ARROW", "=>"},
    {0x2212, "MINUS SIGN", "-"},
    {0x2260, "NOT EQUAL TO", "!="},
    {0x2264, "LESS-THAN OR EQUAL TO", "<="},
    {0x2265, "GREATER-THAN OR EQUAL TO", ">="},
    {0x3000, "IDEOGRAPHIC SPACE", " "},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE", ""},
};

/* handle_char/1: names Elixir uses for control characters in "unexpected token" messages. */
static const struct {
    unsigned char c;
    const char *name;
} CONTROL_NAMES[] = {
    {0, "null byte"}, {7, "alert"},      {8, "backspace"},     {127, "delete"},
    {27, "escape"},   {12, "form feed"}, {10, "newline"},      {13, "carriage return"},
    {32, "space"},    {9, "tab"},        {11, "vertical tab"},
};

/* ---------------------------------------------------------------------------------------------
 * Character classes
 * ------------------------------------------------------------------------------------------- */

/* One byte's classes, for the scanning loops (a table lookup instead of comparison chains). */
enum {
    CC_LOWER = 1u << 0,   /* a-z */
    CC_UPPER = 1u << 1,   /* A-Z */
    CC_DIGIT = 1u << 2,   /* 0-9 */
    CC_UNDER = 1u << 3,   /* _ */
    CC_HSPACE = 1u << 4,  /* space, tab */
    CC_SPACE = 1u << 5,   /* ?is_space: space, tab, \n, \r, \v, \f */
    CC_HEX = 1u << 6,     /* 0-9 a-f A-F */
    CC_OPSTART = 1u << 7, /* may start an operator, punctuation, operator atom or operator key */
    CC_COMMENT = 1u << 8, /* printable ASCII and tab: nothing to check in a comment */
    CC_STRING = 1u << 9,  /* the same except " # \\: nothing to check in a "string" */
    CC_IDENT = CC_LOWER | CC_UPPER | CC_DIGIT | CC_UNDER /* ASCII identifier continuation */
};

/* clang-format off */
#define L  CC_LOWER
#define U  CC_UPPER
#define D  CC_DIGIT
#define US CC_UNDER
#define HS CC_HSPACE
#define SP CC_SPACE
#define HX CC_HEX
#define OP CC_OPSTART
#define C  CC_COMMENT
#define P  (CC_COMMENT | CC_STRING)
/* Bytes 0x80-0xFF have no class (non-ASCII is decoded where it matters). */
static const uint16_t CCLASS[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, HS|SP|P, SP, SP, SP, SP, 0, 0,  /* 00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 10 */
    HS|SP|P, OP|P, C, C, P, OP|P, OP|P, P, OP|P, OP|P, OP|P, OP|P, OP|P, OP|P, OP|P, OP|P,  /*  !"#$%&'()*+,-./ */
    D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, D|HX|P, OP|P, P, OP|P, OP|P, OP|P, P,  /* 0-9:;<=>? */
    OP|P, U|HX|P, U|HX|P, U|HX|P, U|HX|P, U|HX|P, U|HX|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P,  /* @A-O */
    U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, U|P, OP|P, OP|C, OP|P, OP|P, US|P,  /* P-Z[\]^_ */
    P, L|HX|P, L|HX|P, L|HX|P, L|HX|P, L|HX|P, L|HX|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P,  /* `a-o */
    L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, L|P, OP|P, OP|P, OP|P, OP|P, 0,  /* p-z{|}~ DEL */
};
#undef L
#undef U
#undef D
#undef US
#undef HS
#undef SP
#undef HX
#undef OP
#undef C
#undef P
/* clang-format on */

/* The predicates take an int so that peek()'s -1 (end of input) is simply no class. */
static bool has_class(int c, unsigned cls)
{
    return (unsigned)c < 256 && (CCLASS[c] & cls) != 0;
}
static bool is_digit(int c)
{
    return has_class(c, CC_DIGIT);
}
static bool is_lower(int c)
{
    return has_class(c, CC_LOWER);
}
static bool is_upper(int c)
{
    return has_class(c, CC_UPPER);
}
static bool is_alpha(int c)
{
    return has_class(c, CC_LOWER | CC_UPPER);
}
static bool is_hex(int c)
{
    return has_class(c, CC_HEX);
}
static bool is_hspace(int c)
{
    return has_class(c, CC_HSPACE);
}
/* ?is_space: what may follow the colon of a keyword key. */
static bool is_space(int c)
{
    return has_class(c, CC_SPACE);
}
static bool is_bidi(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}
static bool is_line_break_cp(uint32_t cp)
{
    return cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

uint32_t ex_utf8_decode(const unsigned char *s, size_t n, size_t *seq_len)
{
    unsigned char c = s[0];
    size_t need;
    uint32_t cp;
    if (c < 0x80) {
        *seq_len = 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
    } else {
        *seq_len = 1;
        return 0xFFFD;
    }
    if (n < need + 1) {
        *seq_len = 1;
        return 0xFFFD;
    }
    for (size_t i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *seq_len = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    /* overlong forms, surrogates and values above U+10FFFF are invalid */
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        *seq_len = 1;
        return 0xFFFD;
    }
    *seq_len = need + 1;
    return cp;
}

static const typo_def *find_typographic(uint32_t cp)
{
    size_t lo = 0, hi = sizeof TYPOGRAPHIC / sizeof TYPOGRAPHIC[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (TYPOGRAPHIC[mid].cp == cp) return &TYPOGRAPHIC[mid];
        if (TYPOGRAPHIC[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Code points that are certainly neither identifier characters nor tokens in Elixir: Latin-1
 * symbols, general punctuation, arrows, mathematical operators, box drawing, dingbats, emoji.
 * Other non-ASCII code points are treated as identifier characters (Elixir accepts letters from
 * every script; exact Unicode tables are not worth their size here). */
static bool is_non_identifier_cp(uint32_t cp)
{
    if (cp >= 0xA1 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xB7 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;
    if (cp >= 0x2000 && cp <= 0x206F)
        return cp != 0x200C && cp != 0x200D && cp != 0x203F && cp != 0x2040 && cp != 0x2054;
    if (cp >= 0x2190 && cp <= 0x23FF) return true;
    if (cp >= 0x2500 && cp <= 0x27BF) return true;
    if (cp >= 0x3000 && cp <= 0x3003) return true;
    if (cp == 0xFEFF || cp == 0xFFFD) return false; /* BOM is typographic; invalid bytes lenient */
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
    return false;
}

static bool is_ident_cp(uint32_t cp)
{
    return !find_typographic(cp) && !is_bidi(cp) && !is_line_break_cp(cp) &&
           !is_non_identifier_cp(cp);
}

/* ---------------------------------------------------------------------------------------------
 * Lexer plumbing
 * ------------------------------------------------------------------------------------------- */

void ex_lexer_init(ex_lexer *lx, const char *src, size_t len)
{
    /* the inline frames are written before they are read: no need to clear them */
    memset(lx, 0, offsetof(ex_lexer, inline_frames));
    memset(&lx->err, 0, sizeof lx->err);
    lx->s = (const unsigned char *)src;
    lx->len = src ? len : 0;
    lx->line = 1;
    lx->line_fresh = true;
    lx->prev_kind = EX_TOK_EOF;
    lx->frames = lx->inline_frames;
    lx->frame_cap = EX_LEXER_INLINE_FRAMES;
}

void ex_lexer_set_frames(ex_lexer *lx, ex_lex_frame *frames, size_t cap)
{
    if (frames && cap > 0 && lx->nframes == 0) {
        lx->frames = frames;
        lx->frame_cap = cap;
    }
}

static int peek(const ex_lexer *lx, size_t at)
{
    return at < lx->len ? lx->s[at] : -1;
}

static bool has_prefix(const ex_lexer *lx, size_t at, const char *text, size_t n)
{
    if (at > lx->len || lx->len - at < n) return false;
    for (size_t i = 0; i < n; i++) /* operators are short: a loop beats a memcmp call */
        if (lx->s[at + i] != (unsigned char)text[i]) return false;
    return true;
}

/* Position bookkeeping for a newline whose last byte is at pos - 1. */
static void newline_before(ex_lexer *lx, size_t pos)
{
    lx->line++;
    lx->line_start = pos;
}

/* tokenize_eol: a newline in code also sets the indentation of the new line. */
static void code_newline_before(ex_lexer *lx, size_t pos)
{
    size_t p = pos;
    newline_before(lx, pos);
    while (p < lx->len && is_hspace(lx->s[p]))
        p++;
    lx->indent = p - pos;
    lx->line_fresh = true;
}

typedef struct {
    size_t start, line, col, indent;
    uint16_t flags;
} tok_origin;

static ex_tok_kind emit(ex_lexer *lx, ex_token *tok, const tok_origin *o, ex_tok_kind kind,
                        unsigned sub, size_t end)
{
    tok->kind = kind;
    tok->sub = (uint16_t)sub;
    tok->flags = o->flags;
    tok->start = o->start;
    tok->end = end;
    tok->line = o->line;
    tok->col = o->col;
    tok->indent = o->indent;
    if (end > lx->pos) lx->pos = end;
    if (kind != EX_TOK_COMMENT && kind != EX_TOK_EOL) {
        lx->prev_kind = kind;
        lx->prev_sub = (uint16_t)sub;
        lx->eol_since_prev = false;
    }
    if (kind != EX_TOK_EOL) lx->line_fresh = false;
    return kind;
}

static void set_err(ex_lexer *lx, ex_lex_err code, size_t pos, size_t end)
{
    ex_lex_error *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->code = code;
    e->pos = pos;
    e->end = end;
    /* pos is on the current line or earlier (open positions are set explicitly by callers) */
    e->line = lx->line;
    e->col = pos >= lx->line_start ? pos - lx->line_start + 1 : 1;
    e->tok_start = pos;
    e->tok_end = end;
}

static ex_tok_kind fail(ex_lexer *lx, ex_token *tok, const tok_origin *o)
{
    lx->done = true;
    tok->kind = EX_TOK_ERROR;
    tok->sub = (uint16_t)lx->err.code;
    tok->flags = o->flags;
    tok->start = lx->err.pos;
    tok->end = lx->err.end;
    tok->line = lx->err.line;
    tok->col = lx->err.col;
    tok->indent = o->indent;
    return EX_TOK_ERROR;
}

static ex_tok_kind fail_at(ex_lexer *lx, ex_token *tok, const tok_origin *o, ex_lex_err code,
                           size_t pos, size_t end)
{
    set_err(lx, code, pos, end);
    return fail(lx, tok, o);
}

static ex_tok_kind fail_unexpected(ex_lexer *lx, ex_token *tok, const tok_origin *o, size_t pos)
{
    size_t n = 1;
    uint32_t cp = ex_utf8_decode(lx->s + pos, lx->len - pos, &n);
    set_err(lx, EX_ERR_UNEXPECTED_CHAR, pos, pos + n);
    lx->err.cp = cp;
    return fail(lx, tok, o);
}

/* ---------------------------------------------------------------------------------------------
 * String-like literals
 * ------------------------------------------------------------------------------------------- */

typedef enum { SCAN_CLOSED, SCAN_INTERP, SCAN_EOF, SCAN_ERROR } scan_result;

typedef struct {
    uint8_t closer;
    bool heredoc;
    bool interp;
    bool escapes; /* validate \x and \u (strings, charlists, atoms, calls; not sigils) */
    bool call;    /* quoted call name: interpolation is an error */
} body_spec;

static size_t hex_run(const ex_lexer *lx, size_t p, size_t max, uint32_t *value)
{
    size_t n = 0;
    uint32_t v = 0;
    while (n < max && p + n < lx->len && is_hex(lx->s[p + n])) {
        int c = lx->s[p + n];
        v = v * 16 + (uint32_t)(is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        n++;
    }
    *value = v;
    return n;
}

/* Validates the escape starting at the backslash at p (unescape_chars in elixir_interpolation).
 * Returns EX_ERR_NONE or the error code; *cp receives a rejected code point. */
static ex_lex_err check_escape(const ex_lexer *lx, size_t p, uint32_t *cp)
{
    int kind = peek(lx, p + 1);
    uint32_t v = 0;
    size_t n;
    if (kind == 'x') {
        if (hex_run(lx, p + 2, 2, &v) >= 1) return EX_ERR_NONE;
        if (peek(lx, p + 2) == '{') {
            n = hex_run(lx, p + 3, 6, &v);
            if (n >= 1 && peek(lx, p + 3 + n) == '}') return EX_ERR_NONE;
        }
        return EX_ERR_ESCAPE_HEX;
    }
    if (kind != 'u') return EX_ERR_NONE;
    if (peek(lx, p + 2) == '{') {
        n = hex_run(lx, p + 3, 6, &v);
        if (n == 0 || peek(lx, p + 3 + n) != '}') return EX_ERR_ESCAPE_UNICODE;
    } else if (hex_run(lx, p + 2, 4, &v) != 4) {
        return EX_ERR_ESCAPE_UNICODE;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = v;
        return EX_ERR_ESCAPE_CODEPOINT;
    }
    return EX_ERR_NONE;
}

/* At the start of a heredoc line: optional spaces/tabs, then the closing triple quote? */
static bool heredoc_closer_at(const ex_lexer *lx, size_t p, uint8_t q, size_t *after)
{
    while (p < lx->len && is_hspace(lx->s[p]))
        p++;
    if (p + 3 <= lx->len && lx->s[p] == q && lx->s[p + 1] == q && lx->s[p + 2] == q) {
        *after = p + 3;
        return true;
    }
    return false;
}

/* Scans a literal's body from lx->pos (extract/6 in elixir_interpolation.erl): the first
 * unescaped closer ends it (no nesting, even for brackets); a backslash always takes the next
 * byte; "#{" starts an interpolation when the literal interpolates. */
static scan_result scan_body(ex_lexer *lx, const body_spec *sp, bool at_line_start)
{
    const unsigned char *s = lx->s;
    size_t len = lx->len, p = lx->pos, after = 0;
    if (sp->heredoc && at_line_start && heredoc_closer_at(lx, p, sp->closer, &after)) {
        lx->pos = after;
        return SCAN_CLOSED;
    }
    while (p < len) {
        unsigned char c = s[p];
        if (c == '\n') {
            p++;
            newline_before(lx, p);
            if (sp->heredoc && heredoc_closer_at(lx, p, sp->closer, &after)) {
                lx->pos = after;
                return SCAN_CLOSED;
            }
            continue;
        }
        if (c == '\\') {
            if (p + 1 >= len) {
                p++;
                break;
            }
            if (sp->escapes) {
                uint32_t bad = 0;
                ex_lex_err e = check_escape(lx, p, &bad);
                if (e != EX_ERR_NONE) {
                    set_err(lx, e, p, p + 2);
                    lx->err.cp = bad;
                    lx->pos = p;
                    return SCAN_ERROR;
                }
            }
            if (s[p + 1] == '\n') {
                p += 2;
                newline_before(lx, p);
            } else {
                p += 2;
            }
            continue;
        }
        if (c == sp->closer && !sp->heredoc) {
            lx->pos = p + 1;
            return SCAN_CLOSED;
        }
        if (c == '#' && sp->interp && p + 1 < len && s[p + 1] == '{') {
            if (sp->call) {
                set_err(lx, EX_ERR_CALL_INTERP, p, p + 2);
                lx->pos = p;
                return SCAN_ERROR;
            }
            lx->pos = p + 2;
            return SCAN_INTERP;
        }
        if (c == 0xE2) { /* U+202A..U+202E and U+2066..U+2069 start with E2 80 / E2 81 */
            size_t n = 1;
            uint32_t cp = ex_utf8_decode(s + p, len - p, &n);
            if (is_bidi(cp)) {
                set_err(lx, EX_ERR_BIDI, p, p + n);
                lx->err.cp = cp;
                lx->pos = p;
                return SCAN_ERROR;
            }
            p += n;
            continue;
        }
        p++;
    }
    lx->pos = p;
    return SCAN_EOF;
}

static body_spec spec_from_frame(const ex_lex_frame *f)
{
    body_spec sp;
    sp.closer = f->closer;
    sp.heredoc = f->heredoc;
    /* uppercase sigils never interpolate */
    sp.interp = !(f->kind == EX_STR_SIGIL || f->kind == EX_STR_SIGIL_HEREDOC) ||
                is_lower((unsigned char)f->sigil_open[0]);
    sp.escapes = f->kind != EX_STR_SIGIL && f->kind != EX_STR_SIGIL_HEREDOC;
    sp.call = f->kind == EX_STR_CALL;
    return sp;
}

/* Literal-level error details that messages need. */
static void describe_literal(ex_lexer *lx, const ex_lex_frame *f)
{
    ex_lex_error *e = &lx->err;
    e->what = (ex_str_kind)f->kind;
    e->open_pos = f->open_pos;
    e->open_line = f->open_line;
    if (f->heredoc) {
        e->closer[0] = e->closer[1] = e->closer[2] = (char)f->closer;
        e->closer[3] = 0;
    } else {
        e->closer[0] = (char)f->closer;
        e->closer[1] = 0;
    }
    memcpy(e->sigil_open, f->sigil_open, sizeof e->sigil_open);
}

/* Sigil modifiers and the colon of a quoted keyword key come right after the closer. */
static size_t literal_suffix(ex_lexer *lx, const ex_lex_frame *f, uint16_t *flags)
{
    size_t p = lx->pos;
    if (f->kind == EX_STR_SIGIL || f->kind == EX_STR_SIGIL_HEREDOC) {
        while (p < lx->len && (is_alpha(lx->s[p]) || is_digit(lx->s[p])))
            p++;
    } else if (f->key_ok && peek(lx, p) == ':' && p + 1 < lx->len && is_space(lx->s[p + 1])) {
        p++;
        *flags |= EX_TF_KEY;
    }
    return p;
}

/* Continues a literal whose body starts at lx->pos; f describes it (it is not on the stack
 * yet when fresh is true). */
static ex_tok_kind lex_literal_body(ex_lexer *lx, ex_token *tok, tok_origin *o, ex_lex_frame *f,
                                    bool fresh)
{
    body_spec sp = spec_from_frame(f);
    scan_result r = scan_body(lx, &sp, fresh && f->heredoc);
    if (r == SCAN_ERROR) {
        describe_literal(lx, f);
        return fail(lx, tok, o);
    }
    if (r == SCAN_EOF) {
        set_err(lx, EX_ERR_UNTERMINATED, f->open_pos, f->open_pos);
        lx->err.line = f->open_line;
        lx->err.col = f->open_col;
        describe_literal(lx, f);
        /* the error token spans the opener */
        lx->err.end = f->open_pos + 1;
        return fail(lx, tok, o);
    }
    if (r == SCAN_INTERP) {
        if (fresh) {
            if (lx->nframes >= lx->frame_cap) {
                set_err(lx, EX_ERR_LIMIT, lx->pos - 2, lx->pos);
                return fail(lx, tok, o);
            }
            f->saved_depth = lx->depth;
            f->saved_indent = lx->indent;
            lx->frames[lx->nframes++] = *f;
        }
        lx->depth = 0;
        return emit(lx, tok, o, fresh ? EX_TOK_STRING_START : EX_TOK_STRING_PART, f->kind, lx->pos);
    }
    /* closed */
    size_t end = literal_suffix(lx, f, &o->flags);
    if (!fresh) {
        lx->depth = f->saved_depth;
        lx->indent = f->saved_indent;
        lx->nframes--;
    }
    return emit(lx, tok, o, fresh ? EX_TOK_STRING : EX_TOK_STRING_END, f->kind, end);
}

static void init_frame(ex_lex_frame *f, const tok_origin *o, ex_str_kind kind, uint8_t closer,
                       bool heredoc)
{
    memset(f, 0, sizeof *f);
    f->open_pos = o->start;
    f->open_line = o->line;
    f->open_col = o->col;
    f->kind = (uint8_t)kind;
    f->closer = closer;
    f->heredoc = heredoc;
}

/* extract_heredoc_header: only spaces/tabs, then a newline, may follow the opening quotes. */
static bool heredoc_header(ex_lexer *lx, size_t p, size_t *body)
{
    while (p < lx->len && is_hspace(lx->s[p]))
        p++;
    if (peek(lx, p) == '\n') {
        *body = p + 1;
        return true;
    }
    if (peek(lx, p) == '\r' && peek(lx, p + 1) == '\n') {
        *body = p + 2;
        return true;
    }
    return false;
}

/* """ or ''' at lx->pos (also after a sigil name, at q_pos). */
static ex_tok_kind lex_heredoc(ex_lexer *lx, ex_token *tok, tok_origin *o, ex_lex_frame *f,
                               size_t q_pos)
{
    size_t body = 0;
    if (!heredoc_header(lx, q_pos + 3, &body)) {
        set_err(lx, EX_ERR_HEREDOC_HEADER, q_pos, q_pos + 3);
        describe_literal(lx, f);
        return fail(lx, tok, o);
    }
    lx->pos = body;
    newline_before(lx, body);
    return lex_literal_body(lx, tok, o, f, true);
}

static ex_tok_kind lex_quoted(ex_lexer *lx, ex_token *tok, tok_origin *o, size_t q_pos,
                              ex_str_kind kind)
{
    ex_lex_frame f;
    uint8_t q = lx->s[q_pos];
    init_frame(&f, o, kind, q, false);
    f.key_ok = kind == EX_STR_STRING || kind == EX_STR_CHARLIST;
    lx->pos = q_pos + 1;
    return lex_literal_body(lx, tok, o, &f, true);
}

static ex_tok_kind lex_sigil(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    size_t p = lx->pos + 1; /* the name's first letter */
    size_t name = p;
    if (is_lower(lx->s[p])) {
        p++;
        if (p < lx->len && is_lower(lx->s[p])) {
            while (p < lx->len && is_alpha(lx->s[p]))
                p++;
            return fail_at(lx, tok, o, EX_ERR_SIGIL_NAME, o->start, p);
        }
    } else {
        p++;
        while (p < lx->len && (is_upper(lx->s[p]) || is_digit(lx->s[p])))
            p++;
        if (p < lx->len && is_lower(lx->s[p])) {
            while (p < lx->len && (is_alpha(lx->s[p]) || is_digit(lx->s[p])))
                p++;
            return fail_at(lx, tok, o, EX_ERR_SIGIL_NAME, o->start, p);
        }
    }
    if (p >= lx->len) /* Elixir 1.14 rejects a bare "~s" at the end of the input */
        return fail_unexpected(lx, tok, o, o->start);
    uint8_t d = lx->s[p];
    const char *slot = strchr(SIGIL_OPEN, d);
    if (!slot || d == 0) {
        size_t n = 1;
        uint32_t cp = ex_utf8_decode(lx->s + p, lx->len - p, &n);
        set_err(lx, EX_ERR_SIGIL_DELIM, o->start, p + n);
        lx->err.cp = cp;
        return fail(lx, tok, o);
    }
    ex_lex_frame f;
    bool heredoc =
        (d == '"' || d == '\'') && p + 2 < lx->len && lx->s[p + 1] == d && lx->s[p + 2] == d;
    init_frame(&f, o, heredoc ? EX_STR_SIGIL_HEREDOC : EX_STR_SIGIL,
               (uint8_t)SIGIL_CLOSE[slot - SIGIL_OPEN], heredoc);
    f.sigil_open[0] = (char)lx->s[name];
    f.sigil_open[1] = (char)d;
    if (heredoc) return lex_heredoc(lx, tok, o, &f, p);
    lx->pos = p + 1;
    return lex_literal_body(lx, tok, o, &f, true);
}

/* "}" closing an interpolation: resume the innermost open literal. */
static ex_tok_kind resume_literal(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    ex_lex_frame *f = &lx->frames[lx->nframes - 1];
    lx->pos = o->start + 1;
    ex_lex_frame copy = *f;
    return lex_literal_body(lx, tok, o, &copy, false);
}

/* ---------------------------------------------------------------------------------------------
 * Numbers, chars, comments
 * ------------------------------------------------------------------------------------------- */

static size_t based_digits(const ex_lexer *lx, size_t p, bool (*ok)(int))
{
    while (p < lx->len) {
        if (ok(lx->s[p]))
            p++;
        else if (lx->s[p] == '_' && p + 1 < lx->len && ok(lx->s[p + 1]))
            p += 2;
        else
            break;
    }
    return p;
}

static bool is_bin_digit(int c)
{
    return c == '0' || c == '1';
}
static bool is_oct_digit(int c)
{
    return c >= '0' && c <= '7';
}

static bool based_int_start(const ex_lexer *lx, size_t p, bool (**ok)(int))
{
    int b = peek(lx, p + 1), d = peek(lx, p + 2);
    if (lx->s[p] != '0' || d < 0) return false;
    if (b == 'x' && is_hex(d))
        *ok = is_hex;
    else if (b == 'b' && is_bin_digit(d))
        *ok = is_bin_digit;
    else if (b == 'o' && is_oct_digit(d))
        *ok = is_oct_digit;
    else
        return false;
    return true;
}

/* list_to_float rejects what does not fit a double (1.0e309) and a second exponent. */
static bool float_ok(const ex_lexer *lx, size_t start, size_t end, int exponents)
{
    char buf[400];
    size_t n = 0;
    if (exponents > 1) return false;
    if (end - start >= sizeof buf) return true; /* too long to check cheaply: assume fine */
    for (size_t p = start; p < end; p++)
        if (lx->s[p] != '_') buf[n++] = (char)lx->s[p];
    buf[n] = 0;
    errno = 0;
    double v = strtod(buf, NULL);
    return !(errno == ERANGE && (v > DBL_MAX || v < -DBL_MAX));
}

static ex_tok_kind lex_number(ex_lexer *lx, ex_token *tok, const tok_origin *o)
{
    size_t p = o->start + 1;
    bool is_float = false;
    int exponents = 0;
    for (;;) { /* tokenize_number/4 */
        int c = peek(lx, p), c1 = peek(lx, p + 1), c2 = peek(lx, p + 2);
        if (c == '.' && is_digit(c1) && !is_float) {
            is_float = true;
            p += 2;
        } else if (c == '_' && is_digit(c1)) {
            p += 2;
        } else if (is_float && (c == 'e' || c == 'E') && (c1 == '+' || c1 == '-') && is_digit(c2)) {
            p += 3;
            exponents++;
        } else if (is_float && (c == 'e' || c == 'E') && is_digit(c1)) {
            p += 2;
            exponents++;
        } else if (is_digit(c)) {
            p++;
        } else {
            break;
        }
    }
    int next = peek(lx, p);
    if (next >= 0 && (is_alpha(next) || next == '_')) {
        set_err(lx, EX_ERR_NUMBER_LETTER, p, p + 1);
        lx->err.cp = (uint32_t)next;
        lx->err.tok_start = o->start;
        lx->err.tok_end = p;
        lx->err.pos = o->start; /* Elixir reports the number's position */
        lx->err.col = o->col;
        return fail(lx, tok, o);
    }
    if (is_float && !float_ok(lx, o->start, p, exponents)) {
        set_err(lx, EX_ERR_FLOAT, o->start, p);
        lx->err.col = o->col;
        return fail(lx, tok, o);
    }
    return emit(lx, tok, o, is_float ? EX_TOK_FLOAT : EX_TOK_INT, 0, p);
}

static ex_tok_kind lex_char(ex_lexer *lx, ex_token *tok, const tok_origin *o)
{
    size_t p = o->start + 1, n = 1;
    if (p >= lx->len) return fail_unexpected(lx, tok, o, o->start);
    if (lx->s[p] == '\\' && p + 1 < lx->len) p++;
    ex_utf8_decode(lx->s + p, lx->len - p, &n);
    bool nl = lx->s[p] == '\n';
    ex_tok_kind k = emit(lx, tok, o, EX_TOK_CHAR, 0, p + n);
    if (nl) code_newline_before(lx, p + n); /* the tokenizer calls tokenize_eol here */
    return k;
}

static ex_tok_kind lex_comment(ex_lexer *lx, ex_token *tok, const tok_origin *o)
{
    size_t p = o->start + 1;
    while (p < lx->len) {
        unsigned char c = lx->s[p];
        if (c == '\n') break;
        if (c == '\r' && peek(lx, p + 1) == '\n') break;
        if (c == '\r' || c == 0x0B || c == 0x0C) {
            set_err(lx, EX_ERR_COMMENT_BREAK, p, p + 1);
            lx->err.cp = c;
            return fail(lx, tok, o);
        }
        if (c >= 0x80) {
            size_t n = 1;
            uint32_t cp = ex_utf8_decode(lx->s + p, lx->len - p, &n);
            if (is_bidi(cp) || is_line_break_cp(cp)) {
                set_err(lx, is_bidi(cp) ? EX_ERR_BIDI : EX_ERR_COMMENT_BREAK, p, p + n);
                lx->err.cp = cp;
                lx->err.what = 0; /* comment */
                return fail(lx, tok, o);
            }
            p += n;
            continue;
        }
        p++;
    }
    return emit(lx, tok, o, EX_TOK_COMMENT, 0, p);
}

/* ---------------------------------------------------------------------------------------------
 * Identifiers, aliases, keywords, atoms
 * ------------------------------------------------------------------------------------------- */

typedef struct {
    size_t end;
    bool has_at, non_ascii, punct;
    uint32_t first_bad; /* first character that an alias may not contain */
} ident_scan;

static bool ident_start_at(const ex_lexer *lx, size_t p, size_t *n)
{
    unsigned char c = lx->s[p];
    *n = 1;
    if (is_alpha(c) || c == '_') return true;
    if (c < 0x80) return false;
    uint32_t cp = ex_utf8_decode(lx->s + p, lx->len - p, n);
    return is_ident_cp(cp);
}

/* String.Tokenizer.tokenize/1 continue rules: letters, digits, _ and @; a final ? or ! ends it. */
static void scan_ident(const ex_lexer *lx, size_t p, ident_scan *r)
{
    const unsigned char *s = lx->s;
    size_t len = lx->len;
    r->has_at = r->non_ascii = r->punct = false;
    r->first_bad = 0;
    for (;;) {
        while (p < len && (CCLASS[s[p]] & CC_IDENT))
            p++;
        if (p >= len) break;
        unsigned char c = s[p];
        if (c == '@') {
            r->has_at = true;
            p++;
        } else if (c >= 0x80) {
            size_t n = 1;
            uint32_t cp = ex_utf8_decode(s + p, len - p, &n);
            if (!is_ident_cp(cp)) break;
            if (!r->non_ascii && !r->first_bad) r->first_bad = cp;
            r->non_ascii = true;
            p += n;
        } else {
            break;
        }
    }
    if (p < len && (s[p] == '?' || s[p] == '!')) {
        if (!r->first_bad) r->first_bad = s[p];
        r->punct = true;
        p++;
    }
    r->end = p;
}

static ALWAYS_INLINE ex_keyword keyword_of(const ex_lexer *lx, size_t start, size_t end)
{
    size_t n = end - start;
    const unsigned char *w = lx->s + start;
    unsigned letter = (unsigned)w[0] - 'a';
    if (n < 2 || n > 6 || letter >= 26) return EX_KW_NONE;
    for (size_t i = KW_BY_LETTER[letter]; i < KW_BY_LETTER[letter + 1]; i++) {
        if (KEYWORDS[i].len != n) continue;
        const char *k = KEYWORDS[i].text;
        size_t j = 1;
        while (j < n && (unsigned char)k[j] == w[j])
            j++;
        if (j == n) return (ex_keyword)KEYWORDS[i].kw;
    }
    return EX_KW_NONE;
}

static bool next_nonspace_is(const ex_lexer *lx, size_t p, int c)
{
    while (p < lx->len && is_hspace(lx->s[p]))
        p++;
    return peek(lx, p) == c;
}

static bool is_kw_colon(const ex_lexer *lx, size_t p)
{
    return peek(lx, p) == ':' && p + 1 < lx->len && is_space(lx->s[p + 1]);
}

static ex_tok_kind lex_keyword(ex_lexer *lx, ex_token *tok, const tok_origin *o, ex_keyword kw,
                               size_t end)
{
    switch (kw) {
    case EX_KW_NOT:
    case EX_KW_AND:
    case EX_KW_OR:
    case EX_KW_WHEN:
    case EX_KW_IN:
        /* `&and/2`, `when / 2`: a word operator followed by "/" is a plain name */
        if (next_nonspace_is(lx, end, '/')) return emit(lx, tok, o, EX_TOK_IDENTIFIER, 0, end);
        break;
    case EX_KW_DO:
    case EX_KW_FN:
        lx->depth++;
        break;
    case EX_KW_END:
        if (lx->depth > 0) lx->depth--;
        break;
    default:
        break;
    }
    return emit(lx, tok, o, EX_TOK_KEYWORD, kw, end);
}

static ex_tok_kind lex_identifier(ex_lexer *lx, ex_token *tok, const tok_origin *o)
{
    ident_scan r;
    size_t start = o->start;
    bool alias = is_upper(lx->s[start]);
    scan_ident(lx, start, &r);
    /* a colon right after the word: keyword key, "foo:bar", or "::" (maybe_keyword/1) */
    bool colon = peek(lx, r.end) == ':';
    bool after_dot = lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT;
    if (!alias && !after_dot && (!colon || peek(lx, r.end + 1) == ':')) {
        ex_keyword kw = keyword_of(lx, start, r.end);
        if (kw != EX_KW_NONE) return lex_keyword(lx, tok, o, kw, r.end);
    }
    if (colon) {
        if (is_kw_colon(lx, r.end)) return emit(lx, tok, o, EX_TOK_KW_KEY, 0, r.end + 1);
        if (r.end + 1 < lx->len && lx->s[r.end + 1] != ':') {
            set_err(lx, EX_ERR_KW_SPACE, start, r.end + 1);
            lx->err.col = o->col;
            return fail(lx, tok, o);
        }
    }
    if (r.has_at) {
        set_err(lx, EX_ERR_IDENT_AT, start, r.end);
        lx->err.col = o->col;
        lx->err.cp = alias ? 1 : 0; /* 1: alias */
        return fail(lx, tok, o);
    }
    size_t n = r.end - start;
    if (lx->s[start] == '_' && ((n == 11 && memcmp(lx->s + start, "__aliases__", 11) == 0) ||
                                (n == 9 && memcmp(lx->s + start, "__block__", 9) == 0)))
        return fail_at(lx, tok, o, EX_ERR_RESERVED_TOKEN, start, r.end);
    if (alias && (r.non_ascii || r.punct)) {
        set_err(lx, EX_ERR_ALIAS_CHAR, start, r.end);
        lx->err.col = o->col;
        lx->err.cp = r.first_bad;
        return fail(lx, tok, o);
    }
    return emit(lx, tok, o, alias ? EX_TOK_ALIAS : EX_TOK_IDENTIFIER, 0, r.end);
}

/* ":" at lx->pos once the operator atoms and "::" did not match (clause 14). */
static ex_tok_kind lex_colon_atom(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    size_t p = o->start + 1, n = 1;
    if (p < lx->len && (lx->s[p] == '"' || lx->s[p] == '\''))
        return lex_quoted(lx, tok, o, p, EX_STR_ATOM);
    if (p < lx->len && ident_start_at(lx, p, &n)) {
        ident_scan r;
        scan_ident(lx, p, &r);
        return emit(lx, tok, o, EX_TOK_ATOM, 0, r.end);
    }
    return fail_unexpected(lx, tok, o, o->start);
}

/* Clause 8: operator atoms such as :+ :<<>> :... */
static bool op_atom_len(const ex_lexer *lx, size_t p, size_t *n)
{
    for (size_t i = 0; i < sizeof OP_ATOMS_SPECIAL / sizeof OP_ATOMS_SPECIAL[0]; i++) {
        size_t l = strlen(OP_ATOMS_SPECIAL[i]);
        if (has_prefix(lx, p, OP_ATOMS_SPECIAL[i], l)) {
            *n = l;
            return true;
        }
    }
    for (size_t i = 0; i < sizeof OP_ATOMS3 / sizeof OP_ATOMS3[0]; i++)
        if (has_prefix(lx, p + 1, OP_ATOMS3[i], 3)) {
            *n = 4;
            return true;
        }
    if (has_prefix(lx, p, ":::", 3)) {
        *n = 3;
        return true;
    }
    for (size_t i = 0; i < sizeof OP_ATOMS2 / sizeof OP_ATOMS2[0]; i++)
        if (has_prefix(lx, p + 1, OP_ATOMS2[i], 2)) {
            *n = 3;
            return true;
        }
    int c = peek(lx, p + 1);
    if (c > 0 && strchr(OP_ATOMS1, c)) {
        *n = 2;
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------------------------------------
 * Operators and punctuation
 * ------------------------------------------------------------------------------------------- */

static const op_def *match_table(const ex_lexer *lx, size_t p, const op_def *t, size_t n)
{
    unsigned char c = lx->s[p];
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)t[i].text[0] == c && has_prefix(lx, p, t[i].text, t[i].len))
            return &t[i];
    return NULL;
}

static const op_def *op1_at(unsigned char c)
{
    return c < 128 && OPS1[c].len ? &OPS1[c] : NULL;
}

/* Bytes that can start an operator, punctuation, an operator atom or an operator key: the only
 * ones worth trying the operator tables on (a speed-up; the clause order is unchanged). */
static bool starts_operator(unsigned char c)
{
    return (CCLASS[c] & CC_OPSTART) != 0;
}

static ex_tok_kind emit_op(ex_lexer *lx, ex_token *tok, const tok_origin *o, const op_def *d)
{
    size_t end = o->start + d->len;
    if (d->kw && is_kw_colon(lx, end)) return emit(lx, tok, o, EX_TOK_KW_KEY, 0, end + 1);
    return emit(lx, tok, o, EX_TOK_OP, d->op, end);
}

static ex_tok_kind lex_open(ex_lexer *lx, ex_token *tok, const tok_origin *o, ex_tok_kind k,
                            size_t n)
{
    lx->depth++;
    return emit(lx, tok, o, k, 0, o->start + n);
}

static ex_tok_kind lex_close(ex_lexer *lx, ex_token *tok, const tok_origin *o, ex_tok_kind k,
                             size_t n)
{
    if (lx->depth > 0) lx->depth--;
    return emit(lx, tok, o, k, 0, o->start + n);
}

/* Clause 11: punctuation. Returns EX_TOK_EOF when nothing matched. */
static ex_tok_kind lex_punct(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    size_t p = o->start;
    unsigned char c = lx->s[p];
    bool prev_alias = lx->prev_kind == EX_TOK_ALIAS && !lx->eol_since_prev;
    bool prev_struct =
        lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_STRUCT && !lx->eol_since_prev;
    switch (c) {
    case ',':
        return emit(lx, tok, o, EX_TOK_COMMA, 0, p + 1);
    case '<':
        if (peek(lx, p + 1) == '<') return lex_open(lx, tok, o, EX_TOK_LBIN, 2);
        return EX_TOK_EOF;
    case '>':
        if (peek(lx, p + 1) == '>') return lex_close(lx, tok, o, EX_TOK_RBIN, 2);
        return EX_TOK_EOF;
    case '(':
        if (prev_alias) return fail_at(lx, tok, o, EX_ERR_ALIAS_PAREN, p, p + 1);
        return lex_open(lx, tok, o, EX_TOK_LPAREN, 1);
    case '[':
        return lex_open(lx, tok, o, EX_TOK_LBRACKET, 1);
    case '{':
        if (prev_struct) return fail_at(lx, tok, o, EX_ERR_PERCENT_SPACE, p, p + 1);
        return lex_open(lx, tok, o, EX_TOK_LBRACE, 1);
    case ')':
        return lex_close(lx, tok, o, EX_TOK_RPAREN, 1);
    case ']':
        return lex_close(lx, tok, o, EX_TOK_RBRACKET, 1);
    case '}':
        if (lx->depth == 0 && lx->nframes > 0) return resume_literal(lx, tok, o);
        return lex_close(lx, tok, o, EX_TOK_RBRACE, 1);
    default:
        return EX_TOK_EOF;
    }
}

/* Clauses 9 to 13. Returns EX_TOK_EOF when nothing matched. */
static ex_tok_kind lex_operator(ex_lexer *lx, ex_token *tok, tok_origin *o, unsigned first)
{
    static const op_def ASSOC = {"=>", 2, EX_OP_ASSOC, false};
    static const op_def STEP_NAME = {"..//", 4, EX_OP_RANGE_STEP, false};
    size_t p = o->start;
    const op_def *d;
    if (lx->s[p] == '=' && has_prefix(lx, p, "=>", 2)) return emit_op(lx, tok, o, &ASSOC);
    if (lx->s[p] == '.' && has_prefix(lx, p, "..//", 4)) {
        if (next_nonspace_is(lx, p + 4, '/')) return emit_op(lx, tok, o, &STEP_NAME);
        return fail_unexpected(lx, tok, o, p);
    }
    if ((first & OPI_3) && (d = match_table(lx, p, OPS3, sizeof OPS3 / sizeof OPS3[0])))
        return emit_op(lx, tok, o, d);
    ex_tok_kind k = lex_punct(lx, tok, o);
    if (k != EX_TOK_EOF) return k;
    if ((first & OPI_2) && (d = match_table(lx, p, OPS2, sizeof OPS2 / sizeof OPS2[0])))
        return emit_op(lx, tok, o, d);
    if ((d = op1_at(lx->s[p]))) return emit_op(lx, tok, o, d);
    return EX_TOK_EOF;
}

/* ---------------------------------------------------------------------------------------------
 * Main dispatch
 * ------------------------------------------------------------------------------------------- */

static ex_tok_kind lex_newline(ex_lexer *lx, ex_token *tok, tok_origin *o, size_t n)
{
    bool after_dot = lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT;
    size_t saved_indent = lx->indent;
    ex_tok_kind k = emit(lx, tok, o, EX_TOK_EOL, 0, o->start + n);
    code_newline_before(lx, o->start + n);
    if (after_dot) lx->indent = saved_indent; /* tokenize_dot skips newlines without tokenize_eol */
    lx->eol_since_prev = true;
    return k;
}

static ex_tok_kind lex_backslash(ex_lexer *lx, ex_token *tok, tok_origin *o, bool *again)
{
    size_t p = o->start;
    size_t nl = peek(lx, p + 1) == '\n' ? 1 : (has_prefix(lx, p + 1, "\r\n", 2) ? 2 : 0);
    *again = false;
    if (p + 1 >= lx->len || (nl && p + 1 + nl >= lx->len))
        return fail_at(lx, tok, o, EX_ERR_BACKSLASH_EOF, p, p + 1);
    if (nl) { /* line continuation: whitespace */
        lx->pos = p + 1 + nl;
        code_newline_before(lx, lx->pos);
        *again = true;
        return EX_TOK_EOF;
    }
    return fail_unexpected(lx, tok, o, p);
}

static ex_tok_kind lex_percent(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    int c = peek(lx, o->start + 1);
    if (c == '(' || c == '[') return fail_at(lx, tok, o, EX_ERR_MAP_DELIM, o->start, o->start + 2);
    if (c == '{') return lex_open(lx, tok, o, EX_TOK_MAP_OPEN, 2);
    return emit(lx, tok, o, EX_TOK_OP, EX_OP_STRUCT, o->start + 1);
}

static ex_tok_kind lex_non_ascii(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    size_t n = 1;
    uint32_t cp = ex_utf8_decode(lx->s + o->start, lx->len - o->start, &n);
    const typo_def *t = find_typographic(cp);
    if (t) {
        set_err(lx, EX_ERR_TYPOGRAPHIC, o->start, o->start + n);
        lx->err.recoverable = true;
        lx->err.cp = cp;
        lx->err.replacement = t->repl;
        lx->err.cp_name = t->name;
        tok->kind = EX_TOK_ERROR;
        tok->sub = EX_ERR_TYPOGRAPHIC;
        tok->flags = o->flags;
        tok->start = o->start;
        tok->end = o->start + n;
        tok->line = o->line;
        tok->col = o->col;
        tok->indent = o->indent;
        lx->pos = o->start + n;
        return EX_TOK_ERROR;
    }
    if (!is_ident_cp(cp)) return fail_unexpected(lx, tok, o, o->start);
    return lex_identifier(lx, tok, o);
}

static bool op_key_at(const ex_lexer *lx, size_t p, size_t *n)
{
    for (size_t i = 0; i < sizeof OP_KEYS / sizeof OP_KEYS[0]; i++) {
        if (OP_KEYS[i][0] != (char)lx->s[p]) continue;
        size_t l = strlen(OP_KEYS[i]);
        if (has_prefix(lx, p, OP_KEYS[i], l) && p + l < lx->len && is_space(lx->s[p + l])) {
            *n = l;
            return true;
        }
    }
    return false;
}

/* Operator atoms, operator keys, operators and punctuation (clauses 8 to 13). */
static ex_tok_kind lex_operator_like(ex_lexer *lx, ex_token *tok, tok_origin *o)
{
    size_t p = o->start, n = 0;
    unsigned first = lx->s[p] < 128 ? OP_FIRST[lx->s[p]] : 0;
    /* The second character of every multi-character operator, operator atom and operator key
     * is itself an operator character: otherwise only one-character ones can match. */
    if (p + 1 >= lx->len || !starts_operator(lx->s[p + 1])) {
        ex_tok_kind k = lex_punct(lx, tok, o);
        if (k != EX_TOK_EOF || lx->done) return k;
        const op_def *d = op1_at(lx->s[p]);
        return d ? emit_op(lx, tok, o, d) : EX_TOK_EOF;
    }
    if ((first & OPI_KEY) && op_key_at(lx, p, &n)) return emit(lx, tok, o, EX_TOK_KW_KEY, 0, p + n);
    if (lx->s[p] == ':' && op_atom_len(lx, p, &n)) return emit(lx, tok, o, EX_TOK_ATOM, 0, p + n);
    return lex_operator(lx, tok, o, first);
}

/* One token at o->start. The switch on the first byte only routes: within each case the checks
 * keep the order of tokenize/5's clauses. */
NOINLINE static ex_tok_kind dispatch(ex_lexer *lx, ex_token *tok, tok_origin *o, bool *again)
{
    size_t p = o->start;
    unsigned char c = lx->s[p];
    bool (*digit_ok)(int) = NULL;
    ex_tok_kind k;
    *again = false;
    switch (c) {
    case '\n':
        return lex_newline(lx, tok, o, 1);
    case '#':
        return lex_comment(lx, tok, o);
    case '?':
        return lex_char(lx, tok, o);
    case ';':
        return emit(lx, tok, o, EX_TOK_SEMI, 0, p + 1);
    case '\r':
        if (peek(lx, p + 1) == '\n') return lex_newline(lx, tok, o, 2);
        return fail_unexpected(lx, tok, o, p);
    case '"':
    case '\'':
        if (p + 2 < lx->len && lx->s[p + 1] == c && lx->s[p + 2] == c) {
            ex_lex_frame f;
            init_frame(&f, o, c == '"' ? EX_STR_HEREDOC : EX_STR_CHARLIST_HEREDOC, c, true);
            return lex_heredoc(lx, tok, o, &f, p);
        } else {
            bool call = lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT;
            ex_str_kind kind = call ? EX_STR_CALL : (c == '"' ? EX_STR_STRING : EX_STR_CHARLIST);
            return lex_quoted(lx, tok, o, p, kind);
        }
    case '~':
        if (p + 1 < lx->len && is_alpha(lx->s[p + 1])) return lex_sigil(lx, tok, o);
        break;
    case '<':
        if (p == lx->line_start && has_prefix(lx, p, "<<<<<<<", 7)) {
            size_t e = p;
            while (e < lx->len && lx->s[e] != '\n' && lx->s[e] != '\r')
                e++;
            return fail_at(lx, tok, o, EX_ERR_CONFLICT_MARKER, p, e);
        }
        break;
    case '%':
        k = lex_operator_like(lx, tok, o);
        return k != EX_TOK_EOF || lx->done ? k : lex_percent(lx, tok, o);
    case '.':
        /* every operator, atom or key starting with "." has "." or ":" next */
        if (peek(lx, p + 1) != '.' && peek(lx, p + 1) != ':')
            return emit(lx, tok, o, EX_TOK_OP, EX_OP_DOT, p + 1);
        k = lex_operator_like(lx, tok, o);
        return k != EX_TOK_EOF || lx->done ? k : emit(lx, tok, o, EX_TOK_OP, EX_OP_DOT, p + 1);
    case ':':
        /* an operator atom or "::" has an operator character next; a letter means :atom */
        if (p + 1 < lx->len && (is_alpha(lx->s[p + 1]) || lx->s[p + 1] == '_'))
            return lex_colon_atom(lx, tok, o);
        k = lex_operator_like(lx, tok, o);
        return k != EX_TOK_EOF || lx->done ? k : lex_colon_atom(lx, tok, o);
    case ',':
    case '(':
    case ')':
    case '[':
    case ']':
    case '}':
        /* no operator, operator atom or operator key starts with these */
        return lex_punct(lx, tok, o);
    case '\\':
        k = lex_operator_like(lx, tok, o);
        return k != EX_TOK_EOF || lx->done ? k : lex_backslash(lx, tok, o, again);
    default:
        if (is_alpha(c) || c == '_') return lex_identifier(lx, tok, o);
        if (is_digit(c)) {
            if (c == '0' && based_int_start(lx, p, &digit_ok))
                return emit(lx, tok, o, EX_TOK_INT, 0, based_digits(lx, p + 2, digit_ok));
            return lex_number(lx, tok, o);
        }
        if (c >= 0x80) return lex_non_ascii(lx, tok, o);
        break;
    }
    if (starts_operator(c)) {
        k = lex_operator_like(lx, tok, o);
        if (k != EX_TOK_EOF || lx->done) return k;
    }
    return fail_unexpected(lx, tok, o, p);
}

NOINLINE static ex_tok_kind lex_eof(ex_lexer *lx, ex_token *tok)
{
    tok_origin o = {lx->len, lx->line, lx->len - lx->line_start + 1, lx->indent, 0};
    lx->done = true;
    return emit(lx, tok, &o, EX_TOK_EOF, 0, lx->len);
}

/* Every token by the general dispatch, after the spaces that flags records. */
NOINLINE static ex_tok_kind lex_general(ex_lexer *lx, ex_token *tok, uint16_t flags)
{
    for (;;) {
        size_t p = lx->pos;
        if (lx->done || p >= lx->len) return lex_eof(lx, tok);
        if (CCLASS[lx->s[p]] & CC_HSPACE) {
            do
                p++;
            while (p < lx->len && (CCLASS[lx->s[p]] & CC_HSPACE));
            lx->pos = p;
            flags |= EX_TF_SPACE_BEFORE;
            continue;
        }
        tok_origin o;
        o.start = p;
        o.line = lx->line;
        o.col = p - lx->line_start + 1;
        o.indent = lx->indent;
        o.flags = (uint16_t)(flags | (lx->line_fresh ? EX_TF_LINE_START : 0));
        bool again = false;
        ex_tok_kind k = dispatch(lx, tok, &o, &again);
        if (again) {
            flags |= EX_TF_SPACE_BEFORE;
            continue;
        }
        return k;
    }
}

/* The commonest tokens are lexed here, without the general dispatch: words of ASCII letters,
 * digits and _ that nothing special follows (no ?, !, @, colon or non-ASCII character), the
 * keywords among them except the word operators, and , ( ) [ ]. Each decision is the one that
 * dispatch() makes; everything else goes there. */
ex_tok_kind ex_lexer_next(ex_lexer *lx, ex_token *tok)
{
    const unsigned char *s = lx->s;
    size_t len = lx->len, p = lx->pos, e;
    uint16_t flags = 0;
    ex_tok_kind kind;
    unsigned sub = 0; /* ex_keyword or ex_op */
    if (lx->done || p >= len) return lex_eof(lx, tok);
    if (s[p] == ' ' || s[p] == '\t') {
        do
            p++;
        while (p < len && (s[p] == ' ' || s[p] == '\t'));
        lx->pos = p;
        flags = EX_TF_SPACE_BEFORE;
        if (p >= len) return lex_eof(lx, tok);
    }
    unsigned char c = s[p];
    unsigned cls = CCLASS[c];
    if (cls & (CC_LOWER | CC_UPPER | CC_UNDER)) {
        e = p + 1;
        while (e < len && (CCLASS[s[e]] & CC_IDENT))
            e++;
        if (e < len && (s[e] >= 0x80 || s[e] == '@' || s[e] == '?' || s[e] == '!' || s[e] == ':')) {
            if (s[e] != ':' || e + 1 >= len || !(CCLASS[s[e + 1]] & CC_SPACE))
                return lex_general(lx, tok, flags);
            kind = EX_TOK_KW_KEY; /* "foo: " (never a keyword: maybe_keyword/1) */
            e++;
            goto done;
        }
        if (c == '_' && (e - p == 9 || e - p == 11))
            return lex_general(lx, tok, flags); /* maybe __block__ or __aliases__ */
        kind = cls & CC_UPPER ? EX_TOK_ALIAS : EX_TOK_IDENTIFIER;
        if (kind == EX_TOK_IDENTIFIER && e - p <= 6 &&
            !(lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT)) {
            sub = keyword_of(lx, p, e);
            switch ((ex_keyword)sub) {
            case EX_KW_NONE:
                break;
            case EX_KW_NOT:
            case EX_KW_AND:
            case EX_KW_OR:
            case EX_KW_WHEN:
            case EX_KW_IN:
                return lex_general(lx, tok, flags); /* maybe a name: &and/2 */
            case EX_KW_DO:
            case EX_KW_FN:
                lx->depth++;
                kind = EX_TOK_KEYWORD;
                break;
            case EX_KW_END:
                if (lx->depth > 0) lx->depth--;
                kind = EX_TOK_KEYWORD;
                break;
            default:
                kind = EX_TOK_KEYWORD;
                break;
            }
        }
    } else {
        e = p + 1;
        switch (c) {
        case '\n': {
            /* lex_newline */
            bool after_dot = lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT;
            tok->kind = EX_TOK_EOL;
            tok->sub = 0;
            tok->flags = (uint16_t)(flags | (lx->line_fresh ? EX_TF_LINE_START : 0));
            tok->start = p;
            tok->end = e;
            tok->line = lx->line;
            tok->col = p - lx->line_start + 1;
            tok->indent = lx->indent;
            lx->pos = e;
            lx->line++;
            lx->line_start = e;
            lx->line_fresh = true;
            lx->eol_since_prev = true;
            if (!after_dot) { /* tokenize_dot skips newlines without tokenize_eol */
                while (e < len && (CCLASS[s[e]] & CC_HSPACE))
                    e++;
                lx->indent = e - lx->line_start;
            }
            return EX_TOK_EOL;
        }
        case ',':
            kind = EX_TOK_COMMA;
            break;
        case '"':
            /* a one-line string without escapes, interpolation or bidi characters that is no
             * heredoc, quoted call name or quoted keyword key */
            if (lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_DOT)
                return lex_general(lx, tok, flags);
            while (e < len && (CCLASS[s[e]] & CC_STRING))
                e++;
            if (e >= len || s[e] != '"' || e == p + 1 || (e + 1 < len && s[e + 1] == ':'))
                return lex_general(lx, tok, flags);
            e++;
            kind = EX_TOK_STRING;
            sub = EX_STR_STRING;
            break;
        case '#':
            /* a comment of printable ASCII characters and tabs */
            while (e < len && (CCLASS[s[e]] & CC_COMMENT))
                e++;
            if (e < len && s[e] != '\n') return lex_general(lx, tok, flags);
            tok->kind = EX_TOK_COMMENT;
            tok->sub = 0;
            tok->flags = (uint16_t)(flags | (lx->line_fresh ? EX_TF_LINE_START : 0));
            tok->start = p;
            tok->end = e;
            tok->line = lx->line;
            tok->col = p - lx->line_start + 1;
            tok->indent = lx->indent;
            lx->pos = e;
            lx->line_fresh = false;
            return EX_TOK_COMMENT;
        case '%':
            if (e < len && s[e] == '{' && (e + 1 >= len || s[e + 1] != '}')) {
                lx->depth++; /* lex_percent */
                kind = EX_TOK_MAP_OPEN;
                e++;
                break;
            }
            if (e < len && (CCLASS[s[e]] & CC_OPSTART)) return lex_general(lx, tok, flags);
            kind = EX_TOK_OP;
            sub = EX_OP_STRUCT;
            break;
        case '{':
            /* not "{}: " (an operator key) nor "% {" (an error) */
            if ((e < len && s[e] == '}') ||
                (lx->prev_kind == EX_TOK_OP && lx->prev_sub == EX_OP_STRUCT && !lx->eol_since_prev))
                return lex_general(lx, tok, flags);
            lx->depth++;
            kind = EX_TOK_LBRACE;
            break;
        case '}':
            if (lx->depth == 0) {
                if (lx->nframes > 0) return lex_general(lx, tok, flags); /* ends "#{" */
            } else {
                lx->depth--;
            }
            kind = EX_TOK_RBRACE;
            break;
        case '(':
            if (lx->prev_kind == EX_TOK_ALIAS && !lx->eol_since_prev)
                return lex_general(lx, tok, flags); /* Foo() */
            lx->depth++;
            kind = EX_TOK_LPAREN;
            break;
        case '[':
            lx->depth++;
            kind = EX_TOK_LBRACKET;
            break;
        case ')':
            if (lx->depth > 0) lx->depth--;
            kind = EX_TOK_RPAREN;
            break;
        case ']':
            if (lx->depth > 0) lx->depth--;
            kind = EX_TOK_RBRACKET;
            break;
        default:
            if (cls & CC_DIGIT) { /* a decimal integer that no '.', '_' or letter follows */
                while (e < len && (CCLASS[s[e]] & CC_DIGIT))
                    e++;
                if (e < len && (s[e] == '.' || (CCLASS[s[e]] & (CC_LOWER | CC_UPPER | CC_UNDER))))
                    return lex_general(lx, tok, flags);
                kind = EX_TOK_INT;
                break;
            }
            if (c >= 128 || !(CCLASS[c] & CC_OPSTART)) return lex_general(lx, tok, flags);
            if (c == ':' && e < len && (CCLASS[s[e]] & (CC_LOWER | CC_UPPER | CC_UNDER))) {
                /* :atom (lex_colon_atom) that no ?, !, @ or non-ASCII character follows */
                e++;
                while (e < len && (CCLASS[s[e]] & CC_IDENT))
                    e++;
                if (e < len && (s[e] >= 0x80 || s[e] == '@' || s[e] == '?' || s[e] == '!'))
                    return lex_general(lx, tok, flags);
                kind = EX_TOK_ATOM;
                break;
            }
            if (e >= len || !(CCLASS[s[e]] & CC_OPSTART)) {
                /* a one-character operator that no operator character follows */
                const op_def *d = op1_at(c);
                if (d) {
                    kind = EX_TOK_OP;
                    sub = d->op;
                    break;
                }
                if (c == '.') {
                    kind = EX_TOK_OP;
                    sub = EX_OP_DOT;
                    break;
                }
                return lex_general(lx, tok, flags);
            }
            if ((OP_FIRST[c] & OPI_2) && c != ':' && s[e] != ':' &&
                (e + 1 >= len || !(CCLASS[s[e + 1]] & CC_OPSTART))) {
                /* a two-character operator that no operator character follows: no operator
                 * atom, operator key or three-character operator can match */
                const op_def *d = NULL;
                if (c == '=' && s[e] == '>') {
                    sub = EX_OP_ASSOC;
                } else if (s[e] == c && (c == '<' || c == '>')) {
                    return lex_general(lx, tok, flags); /* << >> */
                } else if ((d = match_table(lx, p, OPS2, sizeof OPS2 / sizeof OPS2[0]))) {
                    sub = d->op;
                } else {
                    return lex_general(lx, tok, flags);
                }
                kind = EX_TOK_OP;
                e = p + 2;
                break;
            }
            return lex_general(lx, tok, flags);
        }
    }
done:
    tok->kind = kind;
    tok->sub = (uint16_t)sub;
    tok->flags = (uint16_t)(flags | (lx->line_fresh ? EX_TF_LINE_START : 0));
    tok->start = p;
    tok->end = e;
    tok->line = lx->line;
    tok->col = p - lx->line_start + 1;
    tok->indent = lx->indent;
    lx->pos = e;
    lx->prev_kind = kind;
    lx->prev_sub = (uint16_t)sub;
    lx->eol_since_prev = false;
    lx->line_fresh = false;
    return kind;
}

/* ---------------------------------------------------------------------------------------------
 * Names and messages
 * ------------------------------------------------------------------------------------------- */

const char *ex_tok_kind_name(ex_tok_kind kind)
{
    static const char *const names[] = {
        "EOF",     "ERROR",        "EOL",         "COMMENT",    "IDENTIFIER", "ALIAS",
        "KEYWORD", "KW_KEY",       "ATOM",        "INT",        "FLOAT",      "CHAR",
        "STRING",  "STRING_START", "STRING_PART", "STRING_END", "OP",         "LPAREN",
        "RPAREN",  "LBRACKET",     "RBRACKET",    "LBRACE",     "RBRACE",     "MAP_OPEN",
        "LBIN",    "RBIN",         "COMMA",       "SEMI"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

const char *ex_op_text(ex_op op)
{
    static const op_def extra[] = {{"=>", 2, EX_OP_ASSOC, false},
                                   {"..//", 4, EX_OP_RANGE_STEP, false},
                                   {"%", 1, EX_OP_STRUCT, false},
                                   {".", 1, EX_OP_DOT, false}};
    const op_def *tables[] = {OPS3, OPS2, OPS1, extra};
    size_t sizes[] = {sizeof OPS3 / sizeof OPS3[0], sizeof OPS2 / sizeof OPS2[0],
                      sizeof OPS1 / sizeof OPS1[0], sizeof extra / sizeof extra[0]};
    for (size_t t = 0; t < 4; t++)
        for (size_t i = 0; i < sizes[t]; i++)
            if (tables[t][i].len && tables[t][i].op == op) return tables[t][i].text;
    return "?";
}

const char *ex_keyword_text(ex_keyword kw)
{
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof KEYWORDS[0]; i++)
        if (KEYWORDS[i].kw == kw) return KEYWORDS[i].text;
    return "?";
}

/* Copies src[start, end) for display, at most max bytes, cut on a UTF-8 boundary. */
static void excerpt(const ex_lexer *lx, size_t start, size_t end, char *out, size_t max)
{
    size_t n = end > start ? end - start : 0;
    if (n > max) {
        n = max;
        while (n > 0 && (lx->s[start + n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(out, lx->s + start, n);
    out[n] = 0;
    for (size_t i = 0; i < n; i++)
        if (out[i] == 0 || out[i] == '\n' || out[i] == '\r') out[i] = ' ';
}

static void encode_cp(uint32_t cp, char out[5])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        out[1] = 0;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        out[2] = 0;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        out[3] = 0;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        out[4] = 0;
    }
}

bool ex_typographic_info(uint32_t cp, const char **name, const char **replacement)
{
    const typo_def *t = find_typographic(cp);
    if (!t) return false;
    if (name) *name = t->name;
    if (replacement) *replacement = t->repl;
    return true;
}

char *ex_typographic_message(uint32_t cp, char *buf, size_t size)
{
    const typo_def *t = find_typographic(cp);
    char enc[5];
    encode_cp(cp, enc);
    if (!t)
        snprintf(buf, size, "unexpected token: \"%s\" (code point U+%04X)", enc, (unsigned)cp);
    else if (t->repl[0] == ' ')
        snprintf(buf, size,
                 "unexpected token: \"%s\" (code point U+%04X %s); Elixir code needs a plain "
                 "space here",
                 enc, (unsigned)cp, t->name);
    else if (t->repl[0])
        snprintf(buf, size, "unexpected token: \"%s\" (code point U+%04X %s); write %s instead",
                 enc, (unsigned)cp, t->name, t->repl);
    else
        snprintf(buf, size, "unexpected token: invisible character U+%04X %s; remove it",
                 (unsigned)cp, t->name);
    return buf;
}

/* `"x" (code point U+0078)` or `carriage return (code point U+000D)` */
static void describe_char(uint32_t cp, char *out, size_t size)
{
    char enc[5];
    for (size_t i = 0; i < sizeof CONTROL_NAMES / sizeof CONTROL_NAMES[0]; i++)
        if (CONTROL_NAMES[i].c == cp) {
            snprintf(out, size, "%s (code point U+%04X)", CONTROL_NAMES[i].name, (unsigned)cp);
            return;
        }
    if (cp < 0x20 || cp == 0xFFFD) {
        snprintf(out, size, "byte (code point U+%04X)", (unsigned)cp);
        return;
    }
    encode_cp(cp, enc);
    snprintf(out, size, "\"%s\" (code point U+%04X)", enc, (unsigned)cp);
}

static const char *literal_label(ex_str_kind k)
{
    switch (k) {
    case EX_STR_HEREDOC:
    case EX_STR_CHARLIST_HEREDOC:
    case EX_STR_SIGIL_HEREDOC:
        return "heredoc";
    case EX_STR_SIGIL:
        return "sigil";
    case EX_STR_ATOM:
        return "atom";
    case EX_STR_CALL:
        return "function name";
    default:
        return "string";
    }
}

static void unterminated_message(const ex_lex_error *e, size_t delta, char *buf, size_t size)
{
    size_t line = e->open_line + delta;
    if (e->what == EX_STR_SIGIL)
        snprintf(buf, size, "missing terminator: %s (for sigil ~%c%c starting at line %zu)",
                 e->closer, e->sigil_open[0], e->sigil_open[1], line);
    else
        snprintf(buf, size, "missing terminator: %s (for %s starting at line %zu)", e->closer,
                 literal_label(e->what), line);
}

char *ex_lexer_error_message(const ex_lexer *lx, size_t line_delta, char *buf, size_t size)
{
    const ex_lex_error *e = &lx->err;
    char text[72], ch[64], enc[5];
    excerpt(lx, e->tok_start, e->tok_end, text, 60);
    encode_cp(e->cp, enc);
    switch (e->code) {
    case EX_ERR_TYPOGRAPHIC:
        ex_typographic_message(e->cp, buf, size);
        break;
    case EX_ERR_UNEXPECTED_CHAR:
        describe_char(e->cp, ch, sizeof ch);
        snprintf(buf, size, "unexpected token: %s", ch);
        break;
    case EX_ERR_CONFLICT_MARKER:
        snprintf(buf, size,
                 "found an unexpected version control marker, please resolve the conflicts: %s",
                 text);
        break;
    case EX_ERR_NUMBER_LETTER:
        snprintf(buf, size,
                 "invalid character \"%s\" after number %s. If you intended to write a number, "
                 "make sure to separate the number from the character (using comma, space, etc). "
                 "If you meant to write a function name or a variable, note that identifiers in "
                 "Elixir cannot start with numbers",
                 enc, text);
        break;
    case EX_ERR_FLOAT:
        snprintf(buf, size, "invalid float number %s", text);
        break;
    case EX_ERR_KW_SPACE:
        snprintf(buf, size, "keyword argument must be followed by space after: %s", text);
        break;
    case EX_ERR_HEREDOC_HEADER:
        snprintf(buf, size,
                 "heredoc allows only whitespace characters followed by a new line after opening "
                 "%s",
                 text);
        break;
    case EX_ERR_SIGIL_DELIM:
        describe_char(e->cp, ch, sizeof ch);
        snprintf(buf, size,
                 "invalid sigil delimiter: %s. The available delimiters are: //, ||, \"\", '', "
                 "(), [], {}, <>",
                 ch);
        break;
    case EX_ERR_SIGIL_NAME:
        snprintf(buf, size,
                 "invalid sigil name, it should be either a one-letter lowercase letter or an "
                 "uppercase letter optionally followed by uppercase letters and digits, got: %s",
                 text);
        break;
    case EX_ERR_UNTERMINATED:
        unterminated_message(e, line_delta, buf, size);
        break;
    case EX_ERR_ESCAPE_HEX:
        snprintf(buf, size,
                 "invalid hex escape character, expected \\xHH where H is a hexadecimal digit. "
                 "Syntax error after: \\x");
        break;
    case EX_ERR_ESCAPE_UNICODE:
        snprintf(buf, size,
                 "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a "
                 "hexadecimal digit. Syntax error after: \\u");
        break;
    case EX_ERR_ESCAPE_CODEPOINT:
        snprintf(buf, size,
                 "invalid or reserved Unicode code point \\u{%X}. Syntax error after: \\u",
                 (unsigned)e->cp);
        break;
    case EX_ERR_BIDI:
        if (e->what)
            snprintf(buf, size,
                     "invalid bidirectional formatting character in string: \\u%04X. If you want "
                     "to use such character, use it in its escaped \\u%04X form instead",
                     (unsigned)e->cp, (unsigned)e->cp);
        else
            snprintf(buf, size, "invalid bidirectional formatting character in comment: \\u%04X",
                     (unsigned)e->cp);
        break;
    case EX_ERR_COMMENT_BREAK:
        snprintf(buf, size, "invalid line break character in comment: \\u%04X", (unsigned)e->cp);
        break;
    case EX_ERR_ALIAS_CHAR: {
        char bad[5];
        encode_cp(e->cp, bad);
        snprintf(buf, size,
                 "invalid character \"%s\" (code point U+%04X) in alias (only ASCII characters, "
                 "without punctuation, are allowed): %s",
                 bad, (unsigned)e->cp, text);
        break;
    }
    case EX_ERR_IDENT_AT:
        snprintf(buf, size, "invalid character \"@\" (code point U+0040) in %s: %s",
                 e->cp ? "alias" : "identifier", text);
        break;
    case EX_ERR_ALIAS_PAREN: {
        /* the alias is the previous token: show the text before "(" */
        size_t a = e->pos;
        while (a > 0 && (is_alpha(lx->s[a - 1]) || is_digit(lx->s[a - 1]) || lx->s[a - 1] == '_' ||
                         is_hspace(lx->s[a - 1])))
            a--;
        while (a < e->pos && is_hspace(lx->s[a]))
            a++;
        size_t z = a;
        while (z < e->pos && !is_hspace(lx->s[z]))
            z++;
        excerpt(lx, a, z, text, 60);
        snprintf(buf, size,
                 "unexpected ( after alias %s. Function names and identifiers in Elixir start with "
                 "lowercase characters or underscore, for example hello_world() or "
                 "may_finish_with_question_mark?()",
                 text);
        break;
    }
    case EX_ERR_RESERVED_TOKEN:
        snprintf(buf, size, "reserved token: %s", text);
        break;
    case EX_ERR_MAP_DELIM:
        snprintf(buf, size, "expected %%{ to define a map, got: %s", text);
        break;
    case EX_ERR_PERCENT_SPACE:
        snprintf(buf, size,
                 "unexpected space between %% and {. If you want to define a map, write %%{...}, "
                 "with no spaces. If you want to define a struct, write %%StructName{...}");
        break;
    case EX_ERR_BACKSLASH_EOF:
        snprintf(buf, size, "invalid escape \\ at end of file");
        break;
    case EX_ERR_CALL_INTERP:
        snprintf(buf, size,
                 "interpolation is not allowed when calling function/macro. Found interpolation in "
                 "a call starting with: %s",
                 e->closer);
        break;
    case EX_ERR_LIMIT:
        snprintf(buf, size, "interpolation nested too deeply to be checked");
        break;
    default:
        snprintf(buf, size, "syntax error");
        break;
    }
    return buf;
}
