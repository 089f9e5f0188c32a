/* Structure checker: see syntax.h. The terminator stack and its indentation hints follow
 * check_terminator/3 and missing_terminator_hint/3 in elixir_tokenizer.erl. */
#include "elixir/syntax.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FRAME_CAP 256 /* interpolation levels checked; deeper input is left unchecked */

typedef enum { E_PAREN, E_BRACKET, E_BRACE, E_BIN, E_DO, E_FN, E_INTERP } entry_kind;

/* Opener and closer spellings per entry kind, as Elixir prints them. */
static const char *const OPENER_TEXT[] = {"(", "[", "{", "<<", "do", "fn", "#{"};
static const char *const CLOSER_TEXT[] = {")", "]", "}", ">>", "end", "end", "}"};

/* An element of a list, tuple or bitstring that is a call without parentheses (`[foo 1, 2]`)
 * makes the next comma at that level ambiguous, so Elixir rejects it. The element's head is
 * followed: an optional `@`, then names joined by dots, the last one an identifier, then an
 * argument on the same line after a space. */
typedef enum {
    CALL_NONE,  /* inside an element that is no such call (or not known to be one) */
    CALL_START, /* at the start of an element or of a keyword value */
    CALL_AT,    /* after a leading @ */
    CALL_ALIAS, /* after an alias: a dot must follow */
    CALL_DOT,   /* after a dot: a name must follow */
    CALL_NAME,  /* after the identifier: an argument makes it a call */
    CALL_ARGS   /* a call without parentheses with arguments: a comma here is ambiguous */
} call_state;

/* Where a `->` clause inside an entry stands (for clauses without a body). */
typedef enum { ARROW_NONE, ARROW_AFTER, ARROW_HEAD } arrow_state;

typedef struct {
    uint8_t kind;
    bool has_arrow;
    bool map;        /* E_BRACE opened by %{ */
    bool elem_start; /* next significant token starts an element (after the opener or a comma) */
    bool kw_seen;    /* an element was a keyword pair */
    uint8_t arrow;   /* arrow_state */
    size_t arrow_line;
    ex_token comma; /* last comma at this level */
    size_t line, start, end, indent;
    uint16_t str_kind;  /* E_INTERP: the literal's ex_str_kind */
    size_t str_start;   /* E_INTERP: the literal's first byte */
    uint8_t call;       /* call_state, in lists, tuples and bitstrings */
    ex_token call_head; /* the name of the call without parentheses (CALL_NAME, CALL_ARGS) */
    bool spaced_call;   /* E_PAREN right after a name and a space: `foo (` */
    bool had_comma;     /* a comma at this level */
    bool had_stab;      /* a -> at this level */
} entry;

typedef struct {
    const char *text;
    size_t len, line_delta;
    entry *stack;
    size_t depth, cap;
    /* most recent indentation hints (mismatch_hints in the tokenizer) */
    size_t hint_do_line, hint_do_start, hint_do_end;
    size_t hint_fn_line, hint_fn_start, hint_fn_end;
    size_t hint_end_line;
    /* previous token other than comment/EOL */
    ex_token prev;
    bool have_prev, eol_since_prev;
    ex_syntax_error pending; /* first parser-level error */
    ex_syntax_error *err;
    ex_typo_fn on_typo;
    void *ctx;
} checker;

static int push(checker *c, entry_kind kind, const ex_token *t)
{
    if (c->depth == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        entry *s = realloc(c->stack, cap * sizeof *s);
        if (!s) return -1;
        c->stack = s;
        c->cap = cap;
    }
    entry *e = &c->stack[c->depth++];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->line = t->line;
    e->start = t->start;
    e->end = t->end;
    e->indent = t->indent;
    e->str_kind = t->sub;
    e->str_start = t->start;
    e->map = t->kind == EX_TOK_MAP_OPEN;
    e->elem_start = true;
    e->call = CALL_START;
    return 0;
}

static entry *top(checker *c)
{
    return c->depth ? &c->stack[c->depth - 1] : NULL;
}

static void set_error(ex_syntax_error *e, ex_syntax_code code, const ex_token *t, size_t related)
{
    e->code = code;
    e->start = t->start;
    e->end = t->end;
    e->line = t->line;
    e->related_line = related;
}

/* A parser-level error: kept only if it is the first one and no tokenizer error follows. */
static ex_syntax_error *parser_error(checker *c, ex_syntax_code code, const ex_token *t)
{
    if (c->pending.code != EX_SYN_NONE) return NULL;
    set_error(&c->pending, code, t, 0);
    return &c->pending;
}

static void token_text(const checker *c, const ex_token *t, char *out, size_t max)
{
    size_t n = t->end - t->start;
    if (n > max - 1) n = max - 1;
    memcpy(out, c->text + t->start, n);
    out[n] = 0;
}

/* ----- pushing and popping --------------------------------------------------------------- */

/* Pushing do/fn: if the innermost entry is the same kind and not less indented, that one
 * probably lacks its end. */
static int push_block(checker *c, entry_kind kind, const ex_token *t)
{
    entry *e = top(c);
    if (e && e->kind == kind && t->indent <= e->indent) {
        if (kind == E_DO) {
            c->hint_do_line = e->line;
            c->hint_do_start = e->start;
            c->hint_do_end = e->end;
        } else {
            c->hint_fn_line = e->line;
            c->hint_fn_start = e->start;
            c->hint_fn_end = e->end;
        }
    }
    return push(c, kind, t);
}

static void unexpected_closer(checker *c, const ex_token *t, bool is_end)
{
    ex_syntax_error *e = c->err;
    char tx[8];
    set_error(e, EX_SYN_UNEXPECTED_CLOSER, t, 0);
    token_text(c, t, tx, sizeof tx);
    if (is_end && c->hint_end_line) {
        e->related_line = c->hint_end_line;
        snprintf(e->message, sizeof e->message,
                 "unexpected reserved word: end. Hint: the \"end\" on line %zu may not have a "
                 "matching \"do\" defined before it (based on indentation)",
                 c->hint_end_line + c->line_delta);
    } else {
        snprintf(e->message, sizeof e->message, "unexpected %s: %s",
                 is_end ? "reserved word" : "token", tx);
    }
}

static void mismatched_closer(checker *c, const ex_token *t, const entry *open, bool is_end)
{
    ex_syntax_error *e = c->err;
    char tx[8];
    set_error(e, EX_SYN_MISMATCHED_CLOSER, t, open->line);
    token_text(c, t, tx, sizeof tx);
    snprintf(e->message, sizeof e->message,
             "unexpected %s: %s. The \"%s\" at line %zu is missing terminator \"%s\"",
             is_end ? "reserved word" : "token", tx, OPENER_TEXT[open->kind],
             open->line + c->line_delta, CLOSER_TEXT[open->kind]);
}

/* Returns 1 when the closer is fine, 0 when it is an error (c->err filled). */
static int pop(checker *c, entry_kind want, const ex_token *t)
{
    bool is_end = want == E_DO;
    entry *e = top(c);
    if (!e || e->kind == E_INTERP) {
        unexpected_closer(c, t, is_end);
        return 0;
    }
    bool ok = is_end ? (e->kind == E_DO || e->kind == E_FN) : e->kind == want;
    if (!ok) {
        mismatched_closer(c, t, e, is_end);
        return 0;
    }
    if (e->kind == E_DO && t->indent > e->indent) c->hint_end_line = t->line;
    if (e->kind == E_FN && !e->has_arrow) {
        ex_token fn = *t;
        fn.start = e->start;
        fn.end = e->end;
        fn.line = e->line;
        ex_syntax_error *p = parser_error(c, EX_SYN_FN_NO_ARROW, &fn);
        if (p)
            snprintf(p->message, sizeof p->message,
                     "expected anonymous functions to be defined with -> inside: 'fn'");
    }
    c->depth--;
    return 1;
}

/* ----- individual checks ---------------------------------------------------------------- */

static bool prev_is(const checker *c, ex_tok_kind k)
{
    return c->have_prev && c->prev.kind == k;
}

static bool prev_keyword(const checker *c, ex_keyword kw)
{
    return prev_is(c, EX_TOK_KEYWORD) && c->prev.sub == kw;
}

/* tokenize_keyword_terminator / is_valid_do: the tokenizer rejects `do` right after `fn` and
 * after a comma or semicolon (even across a newline, which it folds into the comma). After a
 * word operator or block keyword on the same line the parser rejects it instead. */
static bool check_do(checker *c, const ex_token *t)
{
    static const ex_keyword invalid_before[] = {EX_KW_NOT,  EX_KW_AND,   EX_KW_OR,
                                                EX_KW_WHEN, EX_KW_IN,    EX_KW_AFTER,
                                                EX_KW_ELSE, EX_KW_CATCH, EX_KW_RESCUE};
    ex_syntax_error *e = c->err;
    if (prev_keyword(c, EX_KW_FN) && !c->eol_since_prev) {
        set_error(e, EX_SYN_FN_DO, t, 0);
        snprintf(e->message, sizeof e->message,
                 "unexpected reserved word: do. Anonymous functions are written as: "
                 "fn pattern -> expression end. Please remove the \"do\" keyword");
        return false;
    }
    if (prev_is(c, EX_TOK_COMMA) || prev_is(c, EX_TOK_SEMI)) {
        set_error(e, EX_SYN_DO_AFTER_COMMA, t, 0);
        snprintf(e->message, sizeof e->message,
                 "unexpected reserved word: do. In case you wanted to write a \"do\" expression, "
                 "you must either use do-blocks or separate the keyword argument with comma, as "
                 "in \"if cond do ... end\" or \"if(cond, do: a, else: b)\". You may see this "
                 "error if you forget a trailing comma before the \"do\" in a \"do\" block");
        return false;
    }
    for (size_t i = 0; !c->eol_since_prev && i < sizeof invalid_before / sizeof *invalid_before;
         i++)
        if (prev_keyword(c, invalid_before[i])) {
            ex_syntax_error *p = parser_error(c, EX_SYN_DO_AFTER_COMMA, t);
            if (p) snprintf(p->message, sizeof p->message, "syntax error before: do");
            break;
        }
    return true;
}

static void check_comma(checker *c, const ex_token *t)
{
    bool bad = !c->have_prev || prev_is(c, EX_TOK_COMMA) || prev_is(c, EX_TOK_LPAREN) ||
               prev_is(c, EX_TOK_LBRACKET) || prev_is(c, EX_TOK_LBRACE) ||
               prev_is(c, EX_TOK_MAP_OPEN) || prev_is(c, EX_TOK_LBIN);
    if (!bad) return;
    ex_syntax_error *p = parser_error(c, EX_SYN_COMMA, t);
    if (p) snprintf(p->message, sizeof p->message, "syntax error before: ','");
}

/* Tokens after which a keyword key needs a comma: the end of a complete expression that cannot
 * be a call without parentheses (`foo do: 1` is a call, `foo(x) do: 1` is an error). */
static bool ends_expression(const ex_token *t)
{
    switch (t->kind) {
    case EX_TOK_RPAREN:
    case EX_TOK_RBRACKET:
    case EX_TOK_RBRACE:
    case EX_TOK_RBIN:
    case EX_TOK_INT:
    case EX_TOK_FLOAT:
    case EX_TOK_CHAR:
    case EX_TOK_ATOM:
    case EX_TOK_ALIAS:
        return true;
    case EX_TOK_STRING:
    case EX_TOK_STRING_END:
        return !(t->flags & EX_TF_KEY);
    case EX_TOK_KEYWORD:
        return t->sub == EX_KW_END || t->sub == EX_KW_TRUE || t->sub == EX_KW_FALSE ||
               t->sub == EX_KW_NIL;
    default:
        return false;
    }
}

static void check_key(checker *c, const ex_token *t)
{
    if (!c->have_prev || c->eol_since_prev || !ends_expression(&c->prev)) return;
    ex_syntax_error *p = parser_error(c, EX_SYN_KEYWORD_NO_COMMA, t);
    if (!p) return;
    char tx[40];
    token_text(c, t, tx, sizeof tx);
    if (strcmp(tx, "do:") == 0)
        snprintf(p->message, sizeof p->message,
                 "unexpected keyword: do:. In case you wanted to write a \"do\" expression, you "
                 "must either use do-blocks or separate the keyword argument with comma, as in "
                 "\"def f(x), do: x\" or \"def f(x) do x end\"");
    else
        snprintf(p->message, sizeof p->message,
                 "syntax error before: '%s'. A comma is missing before this keyword argument", tx);
}

static void check_block_keyword(checker *c, const ex_token *t)
{
    entry *e = top(c);
    if (e && e->kind == E_DO) return;
    ex_syntax_error *p = parser_error(c, EX_SYN_BLOCK_KEYWORD, t);
    if (!p) return;
    const char *w = ex_keyword_text((ex_keyword)t->sub);
    snprintf(p->message, sizeof p->message,
             "syntax error before: %s. \"%s\" is a reserved word that can only be used directly "
             "inside a do ... end block",
             w, w);
}

static void lexer_error(checker *c, const ex_lexer *lx, const ex_token *t)
{
    ex_syntax_error *e = c->err;
    e->code = EX_SYN_LEXER;
    e->lex_code = lx->err.code;
    e->start = lx->err.pos;
    e->end = lx->err.end;
    e->line = lx->err.line;
    e->related_line = lx->err.open_line;
    (void)t;
    ex_lexer_error_message(lx, c->line_delta, e->message, sizeof e->message);
}

static int report_typo(checker *c, const ex_lexer *lx)
{
    ex_typo ty;
    memset(&ty, 0, sizeof ty);
    ty.start = lx->err.pos;
    ty.end = lx->err.end;
    ty.line = lx->err.line;
    ty.cp = lx->err.cp;
    ty.replacement = lx->err.replacement;
    ex_lexer_error_message(lx, c->line_delta, ty.message, sizeof ty.message);
    return c->on_typo ? c->on_typo(c->ctx, &ty) : 0;
}

/* Keyword lists must come last in lists, maps and call arguments: once an element is a keyword
 * pair, every later element must be one too. Tuples are left alone. */
static bool is_key(const ex_token *t)
{
    return t->kind == EX_TOK_KW_KEY || (t->kind == EX_TOK_STRING && (t->flags & EX_TF_KEY));
}

static void check_element(checker *c, const ex_token *t)
{
    entry *e = top(c);
    if (!e || !e->elem_start) return;
    e->elem_start = false;
    if (!(e->kind == E_BRACKET || e->kind == E_PAREN || (e->kind == E_BRACE && e->map))) return;
    /* an interpolated string may still turn out to be a quoted key: leave it unjudged */
    if (t->kind == EX_TOK_STRING_START) return;
    if (is_key(t)) {
        e->kw_seen = true;
        return;
    }
    if (!e->kw_seen) return;
    ex_syntax_error *p = parser_error(c, EX_SYN_KEYWORD_NOT_LAST, &e->comma);
    if (p)
        snprintf(p->message, sizeof p->message,
                 "unexpected expression after keyword list. Keyword lists must always come last "
                 "in lists and maps, as in [:another, some: :value]. Syntax error after: ','");
}

/* `a ->` whose body is empty, directly followed by the head of the next clause, is a parser
 * error. A head is what follows the arrow's line without any newline or ";" at the same level. */
static void on_arrow(checker *c, const ex_token *t)
{
    entry *e = top(c);
    if (!e || e->kind == E_INTERP) return;
    if (e->arrow == ARROW_HEAD) {
        ex_syntax_error *p = parser_error(c, EX_SYN_EMPTY_CLAUSE, t);
        if (p) {
            p->related_line = e->arrow_line;
            p->outer_line = e->arrow_line;
            snprintf(p->message, sizeof p->message,
                     "syntax error before: '->'. The clause on line %zu has no body: an "
                     "expression is required after its ->",
                     e->arrow_line + c->line_delta);
        }
    }
    e->arrow = ARROW_AFTER;
    e->arrow_line = t->line;
}

static void arrow_progress(checker *c, const ex_token *t)
{
    entry *e = top(c);
    if (!e) return;
    if (t->kind == EX_TOK_EOL || t->kind == EX_TOK_SEMI) {
        if (e->arrow == ARROW_HEAD) e->arrow = ARROW_NONE;
    } else if (e->arrow == ARROW_AFTER && t->kind != EX_TOK_COMMENT) {
        e->arrow = ARROW_HEAD;
    }
}

/* An operator, comma or keyword key can never end the input. */
static bool dangles(const ex_token *t)
{
    switch (t->kind) {
    case EX_TOK_OP:
        return t->sub != EX_OP_ELLIPSIS && t->sub != EX_OP_RANGE;
    case EX_TOK_COMMA:
    case EX_TOK_KW_KEY:
        return true;
    case EX_TOK_KEYWORD:
        return t->sub == EX_KW_AND || t->sub == EX_KW_OR || t->sub == EX_KW_WHEN ||
               t->sub == EX_KW_IN || t->sub == EX_KW_NOT;
    default:
        return false;
    }
}

/* A token that starts an argument of a call without parentheses when a space precedes it.
 * Unary operators, ranges, ellipses and "(" are left out: `foo -1` or `foo (1)` are not
 * followed (precision first). */
static bool starts_argument(const ex_token *t)
{
    switch (t->kind) {
    case EX_TOK_INT:
    case EX_TOK_FLOAT:
    case EX_TOK_CHAR:
    case EX_TOK_ATOM:
    case EX_TOK_IDENTIFIER:
    case EX_TOK_ALIAS:
    case EX_TOK_LBRACKET:
    case EX_TOK_LBRACE:
    case EX_TOK_MAP_OPEN:
    case EX_TOK_LBIN:
        return true;
    case EX_TOK_STRING:
        return !(t->flags & EX_TF_KEY);
    case EX_TOK_KEYWORD:
        return t->sub == EX_KW_TRUE || t->sub == EX_KW_FALSE || t->sub == EX_KW_NIL ||
               t->sub == EX_KW_FN;
    case EX_TOK_OP:
        return t->sub == EX_OP_AT || t->sub == EX_OP_CAPTURE || t->sub == EX_OP_BANG ||
               t->sub == EX_OP_PIN || t->sub == EX_OP_STRUCT;
    default:
        return false;
    }
}

/* Follows call_state for the element the token belongs to (see call_state). Called before the
 * token opens or closes anything. */
static void track_call(checker *c, const ex_token *t)
{
    entry *e = top(c);
    if (!e || !(e->kind == E_BRACKET || e->kind == E_BIN || (e->kind == E_BRACE && !e->map)))
        return;
    bool key =
        t->kind == EX_TOK_KW_KEY ||
        ((t->kind == EX_TOK_STRING || t->kind == EX_TOK_STRING_END) && (t->flags & EX_TF_KEY));
    if (t->kind == EX_TOK_COMMA) {
        if (e->call == CALL_ARGS) {
            /* Elixir points at the call, or at the comma when it starts a later line */
            const ex_token *at = e->call_head.line == t->line ? &e->call_head : t;
            ex_syntax_error *p = parser_error(c, EX_SYN_AMBIGUOUS_CALL, at);
            if (p) {
                char name[48];
                token_text(c, &e->call_head, name, sizeof name);
                snprintf(p->message, sizeof p->message,
                         "unexpected comma. Parentheses are required to solve ambiguity inside "
                         "containers: the call %s on line %zu has no parentheses, so it is not "
                         "clear whether what follows the comma is its argument; write %s(...) "
                         "or add the missing comma",
                         name, e->call_head.line + c->line_delta, name);
            }
        }
        e->call = CALL_START;
        return;
    }
    if (key) { /* a keyword element: its value starts; keyword arguments of a call: not followed */
        e->call = e->call == CALL_START ? CALL_START : CALL_NONE;
        return;
    }
    switch (e->call) {
    case CALL_START:
        if (t->kind == EX_TOK_OP && t->sub == EX_OP_AT) {
            e->call = CALL_AT;
            e->call_head = *t;
        } else if (t->kind == EX_TOK_IDENTIFIER) {
            e->call = CALL_NAME;
            e->call_head = *t;
        } else {
            e->call = t->kind == EX_TOK_ALIAS ? CALL_ALIAS : CALL_NONE;
        }
        break;
    case CALL_AT:
        e->call = t->kind == EX_TOK_IDENTIFIER && !c->eol_since_prev ? CALL_NAME : CALL_NONE;
        break;
    case CALL_ALIAS:
        e->call = t->kind == EX_TOK_OP && t->sub == EX_OP_DOT ? CALL_DOT : CALL_NONE;
        break;
    case CALL_DOT:
        if (t->kind == EX_TOK_IDENTIFIER) {
            e->call = CALL_NAME;
            /* Elixir points at the last name (keeps "@" when it leads) */
            if (!(e->call_head.kind == EX_TOK_OP && e->call_head.sub == EX_OP_AT))
                e->call_head = *t;
        } else {
            e->call = t->kind == EX_TOK_ALIAS ? CALL_ALIAS : CALL_NONE;
        }
        break;
    case CALL_NAME:
        if (t->kind == EX_TOK_OP && t->sub == EX_OP_DOT && !(t->flags & EX_TF_SPACE_BEFORE))
            e->call = CALL_DOT;
        else if (!c->eol_since_prev && (t->flags & EX_TF_SPACE_BEFORE) && starts_argument(t))
            e->call = CALL_ARGS;
        else
            e->call = CALL_NONE;
        break;
    case CALL_ARGS:
        /* a do-block ends the call; clauses and map pairs are other errors, and so is an
         * expression on a later line: not followed */
        if (c->eol_since_prev || (t->kind == EX_TOK_KEYWORD && t->sub == EX_KW_DO) ||
            (t->kind == EX_TOK_OP && (t->sub == EX_OP_STAB || t->sub == EX_OP_ASSOC)))
            e->call = CALL_NONE;
        break;
    default:
        break;
    }
}

/* `0x1G`, `0b102`, `0o18`: the digits of a hexadecimal, binary or octal integer stop at the
 * first byte that is not one, and a name or number glued to it is a syntax error. */
static void check_number_suffix(checker *c, const ex_token *t)
{
    const ex_token *n = &c->prev;
    if (!c->have_prev || n->kind != EX_TOK_INT || n->end != t->start || n->end - n->start < 3)
        return;
    if (!(t->kind == EX_TOK_IDENTIFIER || t->kind == EX_TOK_ALIAS || t->kind == EX_TOK_INT ||
          t->kind == EX_TOK_FLOAT || t->kind == EX_TOK_ATOM))
        return;
    const char *s = c->text + n->start;
    const char *base = s[0] != '0'   ? NULL
                       : s[1] == 'x' ? "hexadecimal"
                       : s[1] == 'b' ? "binary"
                       : s[1] == 'o' ? "octal"
                                     : NULL;
    if (!base) return;
    ex_syntax_error *p = parser_error(c, EX_SYN_NUMBER_SUFFIX, t);
    if (p) {
        char num[32], rest[32];
        token_text(c, n, num, sizeof num);
        token_text(c, t, rest, sizeof rest);
        snprintf(p->message, sizeof p->message,
                 "syntax error before: %s. The %s number %s ends where its digits end, and %s "
                 "cannot follow it without a space or operator; fix the digits or separate them",
                 rest, base, num, rest);
    }
}

/* `"a"b`, `"a"1`, `'a'"b"`, `:"a"b`: a string, charlist or quoted atom directly followed by a
 * name, number or another literal (often a string closed too early). Sigils are left out: their
 * modifiers are part of the token. */
static void check_string_suffix(checker *c, const ex_token *t)
{
    const ex_token *s = &c->prev;
    if (!c->have_prev || s->end != t->start || (s->flags & EX_TF_KEY) ||
        !(s->kind == EX_TOK_STRING || s->kind == EX_TOK_STRING_END))
        return;
    if (!(s->sub == EX_STR_STRING || s->sub == EX_STR_CHARLIST || s->sub == EX_STR_HEREDOC ||
          s->sub == EX_STR_CHARLIST_HEREDOC || s->sub == EX_STR_ATOM))
        return;
    if (!(t->kind == EX_TOK_IDENTIFIER || t->kind == EX_TOK_ALIAS || t->kind == EX_TOK_INT ||
          t->kind == EX_TOK_FLOAT || t->kind == EX_TOK_ATOM ||
          (t->kind == EX_TOK_STRING && !(t->flags & EX_TF_KEY))))
        return;
    ex_syntax_error *p = parser_error(c, EX_SYN_STRING_SUFFIX, t);
    if (p) {
        char rest[40];
        token_text(c, t, rest, sizeof rest);
        snprintf(p->message, sizeof p->message,
                 "syntax error before: %s. It follows the closing quote on line %zu directly; "
                 "an operator or comma is missing, or a quote closes the literal too early",
                 rest, t->line + c->line_delta);
    }
}

/* A keyword key cannot start an expression outside brackets (`a: 1` alone, or program output
 * such as `warning: ...` pasted after the code): only call arguments and containers hold
 * keyword lists. */
static void check_key_start(checker *c, const ex_token *t)
{
    if (c->depth > 0) return;
    if (c->have_prev) {
        bool sep =
            c->prev.kind == EX_TOK_SEMI ||
            (c->eol_since_prev && (ends_expression(&c->prev) || c->prev.kind == EX_TOK_IDENTIFIER));
        if (!sep) return;
    }
    ex_syntax_error *p = parser_error(c, EX_SYN_KEYWORD_START, t);
    if (p) {
        char key[40];
        token_text(c, t, key, sizeof key);
        size_t n = strlen(key);
        if (n > 0 && key[n - 1] == ':') key[n - 1] = 0;
        snprintf(p->message, sizeof p->message,
                 "syntax error before: %s. An expression cannot start with a keyword key: keyword "
                 "lists need brackets outside call arguments (if this line is program output, "
                 "not code, remove it or make it a comment)",
                 key);
    }
}

/* `foo (a, b)`: with a space before "(", the parentheses do not hold the arguments of foo but
 * one argument, and a comma cannot separate expressions inside parentheses (a -> makes them
 * the head of a clause, as in a type `(a, b -> c)`). Checked at the ")" of the innermost entry. */
static void check_spaced_call(checker *c)
{
    entry *e = top(c);
    if (!e || e->kind != E_PAREN || !e->spaced_call || !e->had_comma || e->had_stab) return;
    ex_token open = {0};
    open.kind = EX_TOK_LPAREN;
    open.start = e->start;
    open.end = e->end;
    open.line = e->line;
    ex_syntax_error *p = parser_error(c, EX_SYN_SPACED_CALL, &open);
    if (p)
        snprintf(p->message, sizeof p->message,
                 "unexpected parentheses. If you are making a function call, do not insert "
                 "spaces between the function name and the opening parentheses. Syntax error "
                 "before: '('");
}

/* ----- end of input ---------------------------------------------------------------------- */

static void missing_terminator(checker *c)
{
    ex_syntax_error *e = c->err;
    entry *in = top(c);
    e->code = EX_SYN_MISSING_TERMINATOR;
    e->start = in->start;
    e->end = in->end;
    e->line = in->line;
    e->related_line = in->line;
    e->outer_line = c->stack[0].line;
    size_t d = c->line_delta;
    if (in->kind == E_INTERP) {
        const char *label = in->str_kind == EX_STR_SIGIL ? "sigil" : "string";
        if (in->str_kind == EX_STR_HEREDOC || in->str_kind == EX_STR_CHARLIST_HEREDOC ||
            in->str_kind == EX_STR_SIGIL_HEREDOC)
            label = "heredoc";
        else if (in->str_kind == EX_STR_ATOM)
            label = "atom";
        /* the literal starts where its STRING_START token starts */
        snprintf(e->message, sizeof e->message,
                 "missing interpolation terminator: \"}\" (for %s starting at line %zu)", label,
                 in->line + d);
        return;
    }
    int n = snprintf(e->message, sizeof e->message,
                     "missing terminator: %s (for \"%s\" starting at line %zu)",
                     CLOSER_TEXT[in->kind], OPENER_TEXT[in->kind], in->line + d);
    size_t hint = in->kind == E_DO ? c->hint_do_line : in->kind == E_FN ? c->hint_fn_line : 0;
    if (hint && n > 0 && (size_t)n < sizeof e->message) {
        snprintf(e->message + n, sizeof e->message - (size_t)n,
                 ". Hint: it looks like the \"%s\" on line %zu does not have a matching \"end\"",
                 OPENER_TEXT[in->kind], hint + d);
        /* point at the construct that most likely lacks its end */
        e->related_line = hint;
        e->start = in->kind == E_DO ? c->hint_do_start : c->hint_fn_start;
        e->end = in->kind == E_DO ? c->hint_do_end : c->hint_fn_end;
        e->line = hint;
    }
}

/* ----- main loop ------------------------------------------------------------------------- */

static entry_kind closer_entry(ex_tok_kind k)
{
    switch (k) {
    case EX_TOK_RPAREN:
        return E_PAREN;
    case EX_TOK_RBRACKET:
        return E_BRACKET;
    case EX_TOK_RBRACE:
        return E_BRACE;
    default:
        return E_BIN;
    }
}

/* Returns 1 to go on, 0 when an error ended the check, -1 on out-of-memory. */
static int on_token(checker *c, const ex_lexer *lx, const ex_token *t)
{
    if (t->kind != EX_TOK_ERROR) {
        if (t->kind != EX_TOK_EOL && t->kind != EX_TOK_COMMENT) {
            track_call(c, t);
            check_number_suffix(c, t);
            check_string_suffix(c, t);
            if (t->kind == EX_TOK_KW_KEY || (t->kind == EX_TOK_STRING && (t->flags & EX_TF_KEY)))
                check_key_start(c, t);
        }
        if (!(t->kind == EX_TOK_OP && t->sub == EX_OP_STAB)) arrow_progress(c, t);
        if (t->kind != EX_TOK_EOL && t->kind != EX_TOK_COMMENT && t->kind != EX_TOK_COMMA &&
            t->kind != EX_TOK_RPAREN && t->kind != EX_TOK_RBRACKET && t->kind != EX_TOK_RBRACE &&
            t->kind != EX_TOK_RBIN && t->kind != EX_TOK_STRING_PART && t->kind != EX_TOK_STRING_END)
            check_element(c, t);
    }
    switch (t->kind) {
    case EX_TOK_ERROR:
        if (lx->err.recoverable) return report_typo(c, lx) ? -1 : 1;
        if (lx->err.code == EX_ERR_LIMIT) return 0;
        lexer_error(c, lx, t);
        return 0;
    case EX_TOK_EOL:
        c->eol_since_prev = true;
        return 1;
    case EX_TOK_COMMENT:
        return 1;
    case EX_TOK_LPAREN:
        if (push(c, E_PAREN, t)) return -1;
        top(c)->spaced_call =
            prev_is(c, EX_TOK_IDENTIFIER) && !c->eol_since_prev && (t->flags & EX_TF_SPACE_BEFORE);
        return 1;
    case EX_TOK_LBRACKET:
        return push(c, E_BRACKET, t) ? -1 : 1;
    case EX_TOK_LBRACE:
    case EX_TOK_MAP_OPEN:
        return push(c, E_BRACE, t) ? -1 : 1;
    case EX_TOK_LBIN:
        return push(c, E_BIN, t) ? -1 : 1;
    case EX_TOK_RPAREN:
        /* foo(a, b: 1,) is accepted (with a warning): keyword arguments may end with a comma */
        if (prev_is(c, EX_TOK_COMMA) && !(top(c) && top(c)->kind == E_PAREN && top(c)->kw_seen)) {
            ex_syntax_error *p = parser_error(c, EX_SYN_TRAILING_COMMA, t);
            if (p)
                snprintf(p->message, sizeof p->message,
                         "syntax error before: ')'. Function call arguments and parentheses "
                         "cannot end with a trailing comma");
        }
        check_spaced_call(c);
        return pop(c, E_PAREN, t);
    case EX_TOK_RBRACKET:
    case EX_TOK_RBRACE:
    case EX_TOK_RBIN:
        return pop(c, closer_entry(t->kind), t);
    case EX_TOK_COMMA:
        check_comma(c, t);
        if (top(c)) {
            top(c)->elem_start = true;
            top(c)->comma = *t;
            top(c)->had_comma = true;
        }
        return 1;
    case EX_TOK_KW_KEY:
        check_key(c, t);
        return 1;
    case EX_TOK_STRING:
        if (t->flags & EX_TF_KEY) check_key(c, t);
        return 1;
    case EX_TOK_STRING_START:
        return push(c, E_INTERP, t) ? -1 : 1;
    case EX_TOK_STRING_PART:
        return 1;
    case EX_TOK_STRING_END: {
        entry *e = top(c);
        if (e && e->kind == E_INTERP) c->depth--;
        if (t->flags & EX_TF_KEY) check_key(c, t);
        return 1;
    }
    case EX_TOK_OP:
        if (t->sub == EX_OP_STAB) {
            if (top(c) && top(c)->kind == E_FN) top(c)->has_arrow = true;
            if (top(c)) top(c)->had_stab = true;
            on_arrow(c, t);
        }
        return 1;
    case EX_TOK_KEYWORD:
        switch (t->sub) {
        case EX_KW_DO:
            if (!check_do(c, t)) return 0;
            return push_block(c, E_DO, t) ? -1 : 1;
        case EX_KW_FN:
            return push_block(c, E_FN, t) ? -1 : 1;
        case EX_KW_END:
            return pop(c, E_DO, t);
        case EX_KW_ELSE:
        case EX_KW_AFTER:
        case EX_KW_CATCH:
        case EX_KW_RESCUE:
            check_block_keyword(c, t);
            return 1;
        default:
            return 1;
        }
    default:
        return 1;
    }
}

int ex_syntax_check(const char *text, size_t len, size_t line_delta, ex_typo_fn on_typo, void *ctx,
                    ex_syntax_error *err)
{
    checker c;
    ex_lexer lx;
    ex_token t;
    int rc = 0;
    ex_lex_frame *frames = malloc(FRAME_CAP * sizeof *frames);
    memset(err, 0, sizeof *err);
    memset(&c, 0, sizeof c);
    if (!frames) return -1;
    c.text = text;
    c.len = len;
    c.line_delta = line_delta;
    c.err = err;
    c.on_typo = on_typo;
    c.ctx = ctx;
    ex_lexer_init(&lx, text, len);
    ex_lexer_set_frames(&lx, frames, FRAME_CAP);
    for (;;) {
        ex_lexer_next(&lx, &t);
        if (t.kind == EX_TOK_EOF) break;
        int r = on_token(&c, &lx, &t);
        if (r < 0) {
            rc = -1;
            break;
        }
        if (r == 0) break;
        if (t.kind != EX_TOK_EOL && t.kind != EX_TOK_COMMENT && t.kind != EX_TOK_ERROR) {
            c.prev = t;
            c.have_prev = true;
            c.eol_since_prev = false;
        }
    }
    if (rc == 0 && err->code == EX_SYN_NONE && t.kind == EX_TOK_EOF) {
        if (c.depth > 0)
            missing_terminator(&c);
        else if (c.pending.code != EX_SYN_NONE)
            *err = c.pending;
        else if (c.have_prev && dangles(&c.prev)) {
            set_error(err, EX_SYN_INCOMPLETE, &c.prev, 0);
            snprintf(err->message, sizeof err->message,
                     "syntax error: expression is incomplete (nothing follows this operator or "
                     "separator at the end of the code)");
        }
    }
    free(c.stack);
    free(frames);
    return rc;
}
