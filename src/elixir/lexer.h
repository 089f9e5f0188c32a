/* Elixir lexer for agentlint.
 *
 * A pull-style tokenizer for Elixir's complete token grammar, following the clause order of
 * Elixir's own tokenizer (lib/elixir/src/elixir_tokenizer.erl). It never allocates: all state
 * lives in the caller-provided ex_lexer; interpolation frames live in a small inline array or in
 * a caller-provided array (ex_lexer_set_frames).
 *
 *     ex_lexer lx;
 *     ex_token tok;
 *     ex_lexer_init(&lx, src, len);
 *     do {
 *         ex_lexer_next(&lx, &tok);
 *         ...
 *     } while (tok.kind != EX_TOK_EOF && !(tok.kind == EX_TOK_ERROR && !lx.err.recoverable));
 *
 * Positions: byte offsets into src (end exclusive), 1-based line, 1-based column in bytes.
 *
 * Strings and interpolation. A string-like literal (string, charlist, heredoc, sigil, quoted atom,
 * quoted keyword key, quoted call name) without interpolation is ONE token, EX_TOK_STRING. With
 * interpolation it is split like a template literal and the interpolated code is lexed as ordinary
 * nested tokens:
 *     "a #{x} b #{y} c"  ->  STRING_START `"a #{`   IDENTIFIER `x`
 *                            STRING_PART  `} b #{` IDENTIFIER `y`   STRING_END `} c"`
 * So a consumer that must never look inside strings skips every EX_TOK_STRING* token, and one that
 * must also skip interpolated code counts STRING_START (+1) / STRING_END (-1).
 *
 * Comments (EX_TOK_COMMENT) and newlines (EX_TOK_EOL) are tokens; skip them when matching token
 * sequences. Line continuations (`\` + newline) produce no token.
 *
 * Errors. EX_TOK_ERROR carries details in lx.err. If lx.err.recoverable (typographic characters
 * such as smart quotes in code) the lexer has skipped the character and can go on; otherwise the
 * stream is over and every later call returns EX_TOK_EOF.
 */
#ifndef AGENTLINT_ELIXIR_LEXER_H
#define AGENTLINT_ELIXIR_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    EX_TOK_EOF = 0,
    EX_TOK_ERROR,      /* see ex_lexer.err */
    EX_TOK_EOL,        /* newline in code: "\n" or "\r\n" */
    EX_TOK_COMMENT,    /* "#" up to (excluding) the newline */
    EX_TOK_IDENTIFIER, /* foo, foo?, bar!, _x; also word operators used as names (&and/2) */
    EX_TOK_ALIAS,      /* Foo (one segment; Foo.Bar is ALIAS OP(.) ALIAS) */
    EX_TOK_KEYWORD,    /* reserved word, sub = ex_keyword */
    EX_TOK_KW_KEY,     /* keyword-list key with its colon: foo:  do:  +:  (quoted: see EX_TF_KEY) */
    EX_TOK_ATOM,       /* :foo  :Foo  :+  :%{}  (quoted atoms are string tokens, EX_STR_ATOM) */
    EX_TOK_INT,        /* 12, 1_000, 0x1F, 0b10, 0o17 */
    EX_TOK_FLOAT,      /* 1.5, 1.0e-3 */
    EX_TOK_CHAR,       /* ?a  ?\n  ?é */
    EX_TOK_STRING,     /* whole string-like literal without interpolation, sub = ex_str_kind */
    EX_TOK_STRING_START, /* opener .. "#{" */
    EX_TOK_STRING_PART,  /* "}" .. "#{" */
    EX_TOK_STRING_END,   /* "}" .. closer (+ sigil modifiers, + ":" of a quoted key) */
    EX_TOK_OP,           /* operator, sub = ex_op */
    EX_TOK_LPAREN,       /* ( */
    EX_TOK_RPAREN,       /* ) */
    EX_TOK_LBRACKET,     /* [ */
    EX_TOK_RBRACKET,     /* ] */
    EX_TOK_LBRACE,       /* { */
    EX_TOK_RBRACE,       /* } (not the one closing an interpolation) */
    EX_TOK_MAP_OPEN,     /* %{ (closed by RBRACE) */
    EX_TOK_LBIN,         /* << */
    EX_TOK_RBIN,         /* >> */
    EX_TOK_COMMA,        /* , */
    EX_TOK_SEMI,         /* ; */
    EX_TOK__COUNT
} ex_tok_kind;

typedef enum {
    EX_KW_NONE = 0,
    EX_KW_DO,
    EX_KW_END,
    EX_KW_FN,
    EX_KW_TRUE,
    EX_KW_FALSE,
    EX_KW_NIL,
    EX_KW_NOT,
    EX_KW_AND,
    EX_KW_OR,
    EX_KW_WHEN,
    EX_KW_IN,
    EX_KW_AFTER,
    EX_KW_ELSE,
    EX_KW_CATCH,
    EX_KW_RESCUE
} ex_keyword;

typedef enum {
    EX_OP_NONE = 0,
    /* three characters */
    EX_OP_BNOT3,      /* ~~~ (deprecated) */
    EX_OP_ELLIPSIS,   /* ... */
    EX_OP_STRICT_EQ,  /* === */
    EX_OP_STRICT_NE,  /* !== */
    EX_OP_AND3,       /* &&& */
    EX_OP_OR3,        /* ||| */
    EX_OP_XOR3,       /* ^^^ (deprecated) */
    EX_OP_CONCAT3,    /* +++ */
    EX_OP_SUB3,       /* --- */
    EX_OP_SHL3,       /* <<< */
    EX_OP_SHR3,       /* >>> */
    EX_OP_ARROW_RR,   /* ~>> */
    EX_OP_ARROW_LL,   /* <<~ */
    EX_OP_ARROW_LR,   /* <~> */
    EX_OP_PIPE_LR,    /* <|> (deprecated) */
    EX_OP_ASSOC,      /* => */
    EX_OP_RANGE_STEP, /* ..// (only as a name: &..///3) */
    /* two characters */
    EX_OP_STEP,     /* // */
    EX_OP_POW,      /* ** */
    EX_OP_RANGE,    /* .. */
    EX_OP_CONCAT,   /* ++ */
    EX_OP_SUBTRACT, /* -- */
    EX_OP_BINCAT,   /* <> */
    EX_OP_PIPE,     /* |> */
    EX_OP_ARROW_R,  /* ~> */
    EX_OP_ARROW_L,  /* <~ */
    EX_OP_EQ,       /* == */
    EX_OP_MATCH_RE, /* =~ */
    EX_OP_NE,       /* != */
    EX_OP_LE,       /* <= */
    EX_OP_GE,       /* >= */
    EX_OP_AND2,     /* && */
    EX_OP_OR2,      /* || */
    EX_OP_LARROW,   /* <- */
    EX_OP_DEFAULT,  /* \\ */
    EX_OP_TYPE,     /* :: */
    EX_OP_STAB,     /* -> */
    /* one character */
    EX_OP_CAPTURE, /* & */
    EX_OP_AT,      /* @ */
    EX_OP_BANG,    /* ! */
    EX_OP_PIN,     /* ^ */
    EX_OP_LT,      /* < */
    EX_OP_GT,      /* > */
    EX_OP_PLUS,    /* + */
    EX_OP_MINUS,   /* - */
    EX_OP_MUL,     /* * */
    EX_OP_DIV,     /* / */
    EX_OP_MATCH,   /* = */
    EX_OP_BAR,     /* | */
    EX_OP_STRUCT,  /* % (struct prefix; %{ is EX_TOK_MAP_OPEN) */
    EX_OP_DOT,     /* . (also before ( in fun.(x) and before a quoted call name) */
    EX_OP__COUNT
} ex_op;

/* Kind of a string-like literal (sub of EX_TOK_STRING*). */
typedef enum {
    EX_STR_STRING = 1,       /* "..." */
    EX_STR_CHARLIST,         /* '...' */
    EX_STR_HEREDOC,          /* """ ... """ */
    EX_STR_CHARLIST_HEREDOC, /* ''' ... ''' */
    EX_STR_SIGIL,            /* ~s(...), ~r/.../i, ~HTML"..." */
    EX_STR_SIGIL_HEREDOC,    /* ~s""" ... """ */
    EX_STR_ATOM,             /* :"..." */
    EX_STR_CALL              /* the name in Mod."fun"(...) */
} ex_str_kind;

/* Token flags. */
enum {
    EX_TF_SPACE_BEFORE = 1u << 0, /* horizontal whitespace right before the token */
    EX_TF_KEY = 1u << 1,          /* quoted keyword key: "a b": (STRING or STRING_END) */
    EX_TF_LINE_START = 1u << 2    /* first token on its line (comments included) */
};

typedef struct {
    ex_tok_kind kind;
    uint16_t sub;   /* ex_keyword, ex_op or ex_str_kind, depending on kind */
    uint16_t flags; /* EX_TF_* */
    size_t start;   /* byte offset of the first byte */
    size_t end;     /* byte offset after the last byte */
    size_t line;    /* 1-based line of start */
    size_t col;     /* 1-based byte column of start */
    size_t indent;  /* Elixir's indentation of the code line the token is on (for end hints) */
} ex_token;

typedef enum {
    EX_ERR_NONE = 0,
    EX_ERR_TYPOGRAPHIC,      /* recoverable: smart quote, NBSP, ellipsis... (cp, replacement) */
    EX_ERR_UNEXPECTED_CHAR,  /* unexpected token: "x" (cp) */
    EX_ERR_CONFLICT_MARKER,  /* <<<<<<< at column 1 */
    EX_ERR_NUMBER_LETTER,    /* 123abc, 1e10 */
    EX_ERR_FLOAT,            /* 1.0e309 */
    EX_ERR_KW_SPACE,         /* foo:bar */
    EX_ERR_HEREDOC_HEADER,   /* """x */
    EX_ERR_SIGIL_DELIM,      /* ~s\x\ */
    EX_ERR_SIGIL_NAME,       /* ~ab(x) */
    EX_ERR_UNTERMINATED,     /* string-like literal reaches end of input */
    EX_ERR_ESCAPE_HEX,       /* "\xZZ" */
    EX_ERR_ESCAPE_UNICODE,   /* "\u12" */
    EX_ERR_ESCAPE_CODEPOINT, /* "\u{D800}" */
    EX_ERR_BIDI,             /* bidirectional control in string or comment */
    EX_ERR_COMMENT_BREAK,    /* line-break character (U+2028, form feed, bare CR...) in comment */
    EX_ERR_ALIAS_CHAR,       /* Foo!, Olá */
    EX_ERR_IDENT_AT,         /* foo@bar */
    EX_ERR_ALIAS_PAREN,      /* Foo() */
    EX_ERR_RESERVED_TOKEN,   /* __aliases__, __block__ */
    EX_ERR_MAP_DELIM,        /* %( or %[ */
    EX_ERR_PERCENT_SPACE,    /* % {} */
    EX_ERR_BACKSLASH_EOF,    /* \ at end of input */
    EX_ERR_CALL_INTERP,      /* Mod."a#{b}"() */
    EX_ERR_LIMIT             /* interpolation nested deeper than the frame stack */
} ex_lex_err;

typedef struct {
    ex_lex_err code;
    bool recoverable;
    size_t pos, end;  /* offending bytes */
    size_t line, col; /* of pos */
    uint32_t cp;      /* offending code point (UNEXPECTED_CHAR, TYPOGRAPHIC, ALIAS_CHAR, BIDI...) */
    const char *replacement; /* TYPOGRAPHIC: plain ASCII text */
    const char *cp_name;     /* TYPOGRAPHIC: Unicode name */
    /* literal the error belongs to (UNTERMINATED, escapes, BIDI, CALL_INTERP, HEREDOC_HEADER) */
    ex_str_kind what;
    size_t open_pos, open_line;
    char closer[4];            /* expected terminator text: "\"", "'", "\"\"\"", ")" ... */
    char sigil_open[3];        /* for sigils: first letter of the name + opening delimiter */
    size_t tok_start, tok_end; /* the whole token the error concerns (identifier, number...) */
} ex_lex_error;

/* One open string whose interpolation is being lexed. Private. */
typedef struct {
    size_t open_pos, open_line, open_col;
    size_t saved_depth, saved_indent;
    uint8_t kind;   /* ex_str_kind */
    uint8_t closer; /* closing byte */
    bool heredoc;
    bool key_ok; /* may become a quoted keyword key */
    char sigil_open[3];
} ex_lex_frame;

#define EX_LEXER_INLINE_FRAMES 32

/* Lexer state. Fields are private; read only err. */
typedef struct {
    const unsigned char *s;
    size_t len, pos;
    size_t line, line_start, indent;
    size_t depth;          /* open ( [ { << do fn in the current code level */
    ex_tok_kind prev_kind; /* previous token other than comment/EOL */
    uint16_t prev_sub;
    bool eol_since_prev;
    bool line_fresh; /* nothing but whitespace lexed on this line yet */
    bool done;
    ex_lex_frame *frames;
    size_t nframes, frame_cap;
    ex_lex_frame inline_frames[EX_LEXER_INLINE_FRAMES];
    ex_lex_error err;
} ex_lexer;

/* Prepares lx to lex src[0, len). src need not be NUL-terminated and may hold any bytes. */
void ex_lexer_init(ex_lexer *lx, const char *src, size_t len);

/* Optional: lets interpolation nest up to cap levels deep using caller memory (call right after
 * ex_lexer_init). Without it, nesting deeper than EX_LEXER_INLINE_FRAMES gives EX_ERR_LIMIT. */
void ex_lexer_set_frames(ex_lexer *lx, ex_lex_frame *frames, size_t cap);

/* Writes the next token to *tok and returns its kind. */
ex_tok_kind ex_lexer_next(ex_lexer *lx, ex_token *tok);

/* Formats lx->err as one sentence in Elixir's wording. Line numbers in it are shifted by
 * line_delta (file line = lexer line + line_delta). Returns buf. */
char *ex_lexer_error_message(const ex_lexer *lx, size_t line_delta, char *buf, size_t size);

/* Human-readable names, for tests and debugging. */
const char *ex_tok_kind_name(ex_tok_kind kind);
const char *ex_op_text(ex_op op);
const char *ex_keyword_text(ex_keyword kw);

/* Decodes one UTF-8 sequence at s[0, n) (n >= 1). Invalid bytes decode as U+FFFD with length 1. */
uint32_t ex_utf8_decode(const unsigned char *s, size_t n, size_t *seq_len);

#endif
