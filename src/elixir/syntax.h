/* Structure checker for Elixir code, built on the token stream of lexer.h.
 *
 * It reproduces what Elixir's tokenizer rejects (every lexer error, the terminator stack of
 * `( [ { << do fn` against `) ] } >> end`, `do` after a comma or after `fn`) and a few parser
 * errors that tokens reveal exactly (`fn` without `->`, `else`/`rescue`/`catch`/`after` outside a
 * do-block, a leading or doubled comma, a trailing comma before `)`, `) do: x` without a comma,
 * a keyword list followed by other elements, a `->` clause without a body followed by another
 * clause, an operator or comma at the very end, a call without parentheses followed by a comma
 * in a list, tuple or bitstring, a hexadecimal, octal or binary integer glued to a name, a
 * name or literal glued to a closing quote, a keyword key starting a top-level expression,
 * `foo (a, b)` with a space before the parentheses).
 * Like Elixir it stops at the first error, and a tokenizer error anywhere wins over a parser error
 * found earlier, because Elixir tokenizes the whole input before parsing. */
#ifndef AGENTLINT_ELIXIR_SYNTAX_H
#define AGENTLINT_ELIXIR_SYNTAX_H

#include "elixir/lexer.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    EX_SYN_NONE = 0,
    EX_SYN_LEXER,              /* a lexer error (see lexer.h ex_lex_err) */
    EX_SYN_MISSING_TERMINATOR, /* construct still open at the end of the input */
    EX_SYN_UNEXPECTED_CLOSER,  /* ) ] } >> end with nothing open */
    EX_SYN_MISMATCHED_CLOSER,  /* closer of another kind than the innermost opener */
    EX_SYN_DO_AFTER_COMMA,     /* `if x, do` */
    EX_SYN_FN_DO,              /* `fn do` */
    EX_SYN_FN_NO_ARROW,        /* `fn x end` */
    EX_SYN_BLOCK_KEYWORD,      /* `else` outside a do-block */
    EX_SYN_COMMA,              /* `(,` or `,,` */
    EX_SYN_TRAILING_COMMA,     /* `foo(a,)` */
    EX_SYN_KEYWORD_NO_COMMA,   /* `def f(x) do: x` */
    EX_SYN_KEYWORD_NOT_LAST,   /* `[a: 1, :b]` */
    EX_SYN_EMPTY_CLAUSE,       /* `x -> # ...` followed by another clause */
    EX_SYN_INCOMPLETE,         /* `1 +` at the end of the input */
    EX_SYN_AMBIGUOUS_CALL,     /* `[foo 1, 2]`: a call without parentheses before a comma */
    EX_SYN_NUMBER_SUFFIX,      /* `0x1G`, `0b102`: a based integer glued to a name or number */
    EX_SYN_KEYWORD_START,      /* `warning: x` starting an expression outside any brackets */
    EX_SYN_STRING_SUFFIX,      /* `"a"b`: a name, number or string glued to a closing quote */
    EX_SYN_SPACED_CALL         /* `foo (a, b)`: a space between a call's name and "(" */
} ex_syntax_code;

typedef struct {
    ex_syntax_code code;
    ex_lex_err lex_code; /* for EX_SYN_LEXER */
    size_t start, end;   /* bytes of the checked text the error points at */
    size_t line;         /* line of start, in the checked text (1-based) */
    size_t related_line; /* opener / hint named in the message, checked-text line, or 0 */
    size_t outer_line;   /* MISSING_TERMINATOR: line of the outermost open construct;
                            EMPTY_CLAUSE: line of the clause without a body */
    char message[320];   /* line numbers in it are shifted by line_delta */
} ex_syntax_error;

typedef struct {
    size_t start, end, line;
    uint32_t cp;
    const char *replacement;
    char message[320];
} ex_typo;

/* Called for each typographic character found in code; a nonzero return aborts the check. */
typedef int (*ex_typo_fn)(void *ctx, const ex_typo *typo);

/* Checks text[0, len). Fills *err (err->code == EX_SYN_NONE when the text is fine, or when it
 * could not be checked because interpolation nests more than 256 levels deep). line_delta is
 * added to line numbers written into messages. Returns 0, or -1 when out of memory or when
 * on_typo asked to stop. */
int ex_syntax_check(const char *text, size_t len, size_t line_delta, ex_typo_fn on_typo, void *ctx,
                    ex_syntax_error *err);

#endif
