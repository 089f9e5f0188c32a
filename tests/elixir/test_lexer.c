/* Unit tests for the Elixir lexer: one group per token kind, with cases modelled on Elixir's
 * tokenizer tests (lib/elixir/test/erlang/tokenizer_test.erl), written afresh. */
#include "elixir/lexer.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

/* Renders the token stream as "KIND:text KIND:text ..." (EOL as "EOL", errors as "ERROR:code"). */
static const char *lex(const char *src)
{
    static char out[4096];
    ex_lexer lx;
    ex_token t;
    size_t n = 0;
    out[0] = 0;
    ex_lexer_init(&lx, src, strlen(src));
    for (;;) {
        ex_lexer_next(&lx, &t);
        if (t.kind == EX_TOK_EOF) break;
        if (n) out[n++] = ' ';
        if (t.kind == EX_TOK_EOL) {
            n += (size_t)snprintf(out + n, sizeof out - n, "EOL");
        } else if (t.kind == EX_TOK_ERROR) {
            n += (size_t)snprintf(out + n, sizeof out - n, "ERROR:%d", (int)lx.err.code);
            if (!lx.err.recoverable) break;
        } else {
            n += (size_t)snprintf(out + n, sizeof out - n, "%s:%.*s", ex_tok_kind_name(t.kind),
                                  (int)(t.end - t.start), src + t.start);
        }
    }
    return out;
}

static ex_lex_err lex_error(const char *src, char *msg, size_t size)
{
    ex_lexer lx;
    ex_token t;
    ex_lexer_init(&lx, src, strlen(src));
    do {
        ex_lexer_next(&lx, &t);
        if (t.kind == EX_TOK_ERROR && !lx.err.recoverable) {
            if (msg) ex_lexer_error_message(&lx, 0, msg, size);
            return lx.err.code;
        }
    } while (t.kind != EX_TOK_EOF);
    return EX_ERR_NONE;
}

static void test_identifiers(void **state)
{
    (void)state;
    assert_string_equal(lex("foo bar? baz! _x a1_b"),
                        "IDENTIFIER:foo IDENTIFIER:bar? IDENTIFIER:baz! IDENTIFIER:_x "
                        "IDENTIFIER:a1_b");
    /* ? and ! end the identifier: foo?bar is foo?(bar) */
    assert_string_equal(lex("foo?bar"), "IDENTIFIER:foo? IDENTIFIER:bar");
    assert_string_equal(lex("olá ção"), "IDENTIFIER:olá IDENTIFIER:ção");
    assert_string_equal(lex("Foo.Bar"), "ALIAS:Foo OP:. ALIAS:Bar");
    assert_string_equal(lex("Logger.warn(x)"),
                        "ALIAS:Logger OP:. IDENTIFIER:warn LPAREN:( IDENTIFIER:x RPAREN:)");
    assert_int_equal(lex_error("foo@bar", NULL, 0), EX_ERR_IDENT_AT);
    assert_int_equal(lex_error("Foo!", NULL, 0), EX_ERR_ALIAS_CHAR);
    assert_int_equal(lex_error("Olá", NULL, 0), EX_ERR_ALIAS_CHAR);
    assert_int_equal(lex_error("Foo()", NULL, 0), EX_ERR_ALIAS_PAREN);
    assert_int_equal(lex_error("__aliases__", NULL, 0), EX_ERR_RESERVED_TOKEN);
}

static void test_keywords(void **state)
{
    (void)state;
    assert_string_equal(lex("do end fn true false nil"),
                        "KEYWORD:do KEYWORD:end KEYWORD:fn KEYWORD:true KEYWORD:false KEYWORD:nil");
    assert_string_equal(lex("not and or when in after else catch rescue"),
                        "KEYWORD:not KEYWORD:and KEYWORD:or KEYWORD:when KEYWORD:in "
                        "KEYWORD:after KEYWORD:else KEYWORD:catch KEYWORD:rescue");
    /* only whole words, never after a dot */
    assert_string_equal(lex("endpoint do_x end? foo.end Kernel.in"),
                        "IDENTIFIER:endpoint IDENTIFIER:do_x IDENTIFIER:end? IDENTIFIER:foo OP:. "
                        "IDENTIFIER:end ALIAS:Kernel OP:. IDENTIFIER:in");
    assert_string_equal(lex("foo.\n  end"), "IDENTIFIER:foo OP:. EOL IDENTIFIER:end");
    /* keyword keys */
    assert_string_equal(lex("do: 1, end: 2"), "KW_KEY:do: INT:1 COMMA:, KW_KEY:end: INT:2");
    assert_string_equal(lex("do::x"), "KEYWORD:do OP::: IDENTIFIER:x");
    /* word operators followed by / are names (&and/2) */
    assert_string_equal(lex("&and/2"), "OP:& IDENTIFIER:and OP:/ INT:2");
    assert_int_equal(lex_error("do:x", NULL, 0), EX_ERR_KW_SPACE);
}

static void test_keyword_keys(void **state)
{
    (void)state;
    char msg[320];
    assert_string_equal(lex("[a: 1, \"b c\": 2, +: 3, a@b: 4]"),
                        "LBRACKET:[ KW_KEY:a: INT:1 COMMA:, STRING:\"b c\": INT:2 COMMA:, "
                        "KW_KEY:+: INT:3 COMMA:, KW_KEY:a@b: INT:4 RBRACKET:]");
    assert_string_equal(lex("%{}: 1, {}: 2, .: 3"), "KW_KEY:%{}: INT:1 COMMA:, KW_KEY:{}: INT:2 "
                                                    "COMMA:, KW_KEY:.: INT:3");
    assert_int_equal(lex_error("foo(a:1)", msg, sizeof msg), EX_ERR_KW_SPACE);
    assert_string_equal(msg, "keyword argument must be followed by space after: a:");
    assert_string_equal(lex("a::b"), "IDENTIFIER:a OP::: IDENTIFIER:b");
}

static void test_atoms(void **state)
{
    (void)state;
    assert_string_equal(lex(":foo :Foo :foo? :a@b"), "ATOM::foo ATOM::Foo ATOM::foo? ATOM::a@b");
    assert_string_equal(lex(":+ :<<>> :%{} :% :{} :... :-> :.. :. :\\\\ :==="),
                        "ATOM::+ ATOM::<<>> ATOM::%{} ATOM::% ATOM::{} ATOM::... ATOM::-> "
                        "ATOM::.. ATOM::. ATOM::\\\\ ATOM::===");
    assert_string_equal(lex(":\"a b\" :'c'"), "STRING::\"a b\" STRING::'c'");
    assert_string_equal(lex(":\"a#{1}\""), "STRING_START::\"a#{ INT:1 STRING_END:}\"");
    assert_int_equal(lex_error("a ? b : c", NULL, 0), EX_ERR_UNEXPECTED_CHAR);
    assert_int_equal(lex_error(":\"foo", NULL, 0), EX_ERR_UNTERMINATED);
}

static void test_operators(void **state)
{
    (void)state;
    assert_string_equal(lex("a ||| b <~> c <<< d ~>> e"),
                        "IDENTIFIER:a OP:||| IDENTIFIER:b OP:<~> IDENTIFIER:c OP:<<< IDENTIFIER:d "
                        "OP:~>> IDENTIFIER:e");
    assert_string_equal(lex("x |> y <> z ++ w -- v"),
                        "IDENTIFIER:x OP:|> IDENTIFIER:y OP:<> IDENTIFIER:z OP:++ IDENTIFIER:w "
                        "OP:-- IDENTIFIER:v");
    assert_string_equal(lex("1..10//2"), "INT:1 OP:.. INT:10 OP:// INT:2");
    assert_string_equal(lex("&..///3"), "OP:& OP:..// OP:/ INT:3");
    assert_string_equal(lex("%{a => 1}"), "MAP_OPEN:%{ IDENTIFIER:a OP:=> INT:1 RBRACE:}");
    assert_string_equal(lex("%Foo{} <<1>>"),
                        "OP:% ALIAS:Foo LBRACE:{ RBRACE:} LBIN:<< INT:1 RBIN:>>");
    assert_string_equal(lex("a === b !== c =~ d"),
                        "IDENTIFIER:a OP:=== IDENTIFIER:b OP:!== IDENTIFIER:c OP:=~ IDENTIFIER:d");
    assert_string_equal(lex("x \\\\ 1 -> ^y ... @z"),
                        "IDENTIFIER:x OP:\\\\ INT:1 OP:-> OP:^ IDENTIFIER:y OP:... OP:@ "
                        "IDENTIFIER:z");
    assert_string_equal(lex("foo.(1)"), "IDENTIFIER:foo OP:. LPAREN:( INT:1 RPAREN:)");
    assert_int_equal(lex_error("a..//b", NULL, 0), EX_ERR_UNEXPECTED_CHAR);
    assert_int_equal(lex_error("%[1]", NULL, 0), EX_ERR_MAP_DELIM);
    assert_int_equal(lex_error("% {}", NULL, 0), EX_ERR_PERCENT_SPACE);
    assert_int_equal(lex_error("x = `a`", NULL, 0), EX_ERR_UNEXPECTED_CHAR);
}

/* Every operator, alone and followed by a space, a name, an operator character or the end, lexes
 * as itself (the lexer's fast path and its first-byte indexes must agree with the tables). */
static void test_operator_table(void **state)
{
    (void)state;
    static const char *const after[] = {" x", "x", "", " (", "\n"};
    for (int op = EX_OP_NONE + 1; op < EX_OP__COUNT; op++) {
        const char *text = ex_op_text((ex_op)op);
        assert_string_not_equal(text, "?");
        for (size_t a = 0; a < sizeof after / sizeof after[0]; a++) {
            char src[32];
            ex_lexer lx;
            ex_token t;
            if (op == EX_OP_RANGE_STEP) /* only a name: &..///3 */
                snprintf(src, sizeof src, "%s/3", text);
            else if (op == EX_OP_STRUCT) /* %x is a struct name prefix, %( an error */
                snprintf(src, sizeof src, "%sFoo{}", text);
            else
                snprintf(src, sizeof src, "%s%s", text, after[a]);
            ex_lexer_init(&lx, src, strlen(src));
            ex_lexer_next(&lx, &t);
            if (t.kind == EX_TOK_OP && t.sub == op && t.end == strlen(text)) continue;
            fail_msg("\"%s\": got %s sub %u end %zu", src, ex_tok_kind_name(t.kind), t.sub, t.end);
        }
    }
    /* operator keys and atoms built on the same tables */
    assert_string_equal(lex("[===: 1, ...: 2, |>: 3, -: 4]"),
                        "LBRACKET:[ KW_KEY:===: INT:1 COMMA:, KW_KEY:...: INT:2 COMMA:, "
                        "KW_KEY:|>: INT:3 COMMA:, KW_KEY:-: INT:4 RBRACKET:]");
    assert_string_equal(lex(":=== :... :|> :- :@"), "ATOM::=== ATOM::... ATOM::|> ATOM::- ATOM::@");
}

static void test_numbers(void **state)
{
    (void)state;
    char msg[320];
    assert_string_equal(lex("0x1F 0b1010 0o777 1_000 1.5e-3 007 1.0E5"),
                        "INT:0x1F INT:0b1010 INT:0o777 INT:1_000 FLOAT:1.5e-3 INT:007 "
                        "FLOAT:1.0E5");
    /* "1." is 1 followed by a dot; a digit outside the base ends the number */
    assert_string_equal(lex("1.foo 0b102"), "INT:1 OP:. IDENTIFIER:foo INT:0b10 INT:2");
    assert_int_equal(lex_error("1e10", msg, sizeof msg), EX_ERR_NUMBER_LETTER);
    assert_non_null(strstr(msg, "invalid character \"e\" after number 1."));
    assert_int_equal(lex_error("x = 123abc", msg, sizeof msg), EX_ERR_NUMBER_LETTER);
    assert_non_null(strstr(msg, "\"a\" after number 123"));
    assert_int_equal(lex_error("1_000_", msg, sizeof msg), EX_ERR_NUMBER_LETTER);
    assert_non_null(strstr(msg, "\"_\" after number 1_000"));
    assert_int_equal(lex_error("0xZZ", msg, sizeof msg), EX_ERR_NUMBER_LETTER);
    assert_non_null(strstr(msg, "\"x\" after number 0"));
    assert_int_equal(lex_error("1.0e309", msg, sizeof msg), EX_ERR_FLOAT);
    assert_string_equal(msg, "invalid float number 1.0e309");
}

static void test_chars(void **state)
{
    (void)state;
    assert_string_equal(lex("?a ?\\n ?# ?\" ?) ?é ?\\\\"),
                        "CHAR:?a CHAR:?\\n CHAR:?# CHAR:?\" CHAR:?) CHAR:?é CHAR:?\\\\");
    assert_string_equal(lex("[?#, ?)]"), "LBRACKET:[ CHAR:?# COMMA:, CHAR:?) RBRACKET:]");
    assert_int_equal(lex_error("x = ?", NULL, 0), EX_ERR_UNEXPECTED_CHAR);
}

static void test_strings(void **state)
{
    (void)state;
    assert_string_equal(lex("\"a\\\"b\" 'c'"), "STRING:\"a\\\"b\" STRING:'c'");
    assert_string_equal(lex("\"multi\nline\" x"), "STRING:\"multi\nline\" IDENTIFIER:x");
    assert_string_equal(lex("\"#{1}\""), "STRING_START:\"#{ INT:1 STRING_END:}\"");
    assert_string_equal(lex("\"a #{\"b #{1 + 1}\"} c\""),
                        "STRING_START:\"a #{ STRING_START:\"b #{ INT:1 OP:+ INT:1 STRING_END:}\" "
                        "STRING_END:} c\"");
    assert_string_equal(lex("\"#{%{a: 1}[:a]}\""),
                        "STRING_START:\"#{ MAP_OPEN:%{ KW_KEY:a: INT:1 RBRACE:} LBRACKET:[ "
                        "ATOM::a RBRACKET:] STRING_END:}\"");
    assert_string_equal(lex("\"\\#{x}\""), "STRING:\"\\#{x}\"");
    assert_string_equal(lex("Mod.\"fun\"(1)"),
                        "ALIAS:Mod OP:. STRING:\"fun\" LPAREN:( INT:1 RPAREN:)");
    assert_int_equal(lex_error("Mod.\"f#{1}\"()", NULL, 0), EX_ERR_CALL_INTERP);
    assert_int_equal(lex_error("\"abc", NULL, 0), EX_ERR_UNTERMINATED);
    assert_int_equal(lex_error("\"\\xZZ\"", NULL, 0), EX_ERR_ESCAPE_HEX);
    assert_int_equal(lex_error("\"\\u12\"", NULL, 0), EX_ERR_ESCAPE_UNICODE);
    assert_int_equal(lex_error("\"\\u{D800}\"", NULL, 0), EX_ERR_ESCAPE_CODEPOINT);
    assert_int_equal(lex_error("\"\\xA \\x{41} \\u00e9 \\u{1F600}\"", NULL, 0), EX_ERR_NONE);
    assert_int_equal(lex_error("\"a\xE2\x80\xAA\"", NULL, 0), EX_ERR_BIDI);
}

static void test_heredocs(void **state)
{
    (void)state;
    char msg[320];
    assert_string_equal(lex("x = \"\"\"\n  a \"\"\" b\n  \"\"\" |> f()"),
                        "IDENTIFIER:x OP:= STRING:\"\"\"\n  a \"\"\" b\n  \"\"\" OP:|> "
                        "IDENTIFIER:f LPAREN:( RPAREN:)");
    assert_string_equal(lex("'''\nx\n'''"), "STRING:'''\nx\n'''");
    assert_string_equal(lex("\"\"\"\n#{1}\n\"\"\""),
                        "STRING_START:\"\"\"\n#{ INT:1 STRING_END:}\n\"\"\"");
    assert_string_equal(lex("\"\"\"   \na\n\\\"\"\"\n\"\"\""),
                        "STRING:\"\"\"   \na\n\\\"\"\"\n\"\"\"");
    assert_int_equal(lex_error("\"\"\"x\n\"\"\"", msg, sizeof msg), EX_ERR_HEREDOC_HEADER);
    assert_string_equal(msg, "heredoc allows only whitespace characters followed by a new line "
                             "after opening \"\"\"");
    assert_int_equal(lex_error("a\n\"\"\"\nabc", msg, sizeof msg), EX_ERR_UNTERMINATED);
    assert_string_equal(msg, "missing terminator: \"\"\" (for heredoc starting at line 2)");
}

static void test_sigils(void **state)
{
    (void)state;
    char msg[320];
    assert_string_equal(lex("~r/a\\/b/iu ~w[a b]a ~S(#{x)"),
                        "STRING:~r/a\\/b/iu STRING:~w[a b]a STRING:~S(#{x)");
    assert_string_equal(lex("~s(#{f(1)})"),
                        "STRING_START:~s(#{ IDENTIFIER:f LPAREN:( INT:1 RPAREN:) STRING_END:})");
    /* no nesting: the first closer ends the sigil */
    assert_string_equal(lex("~s(foo(bar))"), "STRING:~s(foo(bar) RPAREN:)");
    assert_string_equal(lex("~HTML\"<p>\" ~I18N[x]"), "STRING:~HTML\"<p>\" STRING:~I18N[x]");
    assert_string_equal(lex("~H\"\"\"\n<div class=\"x\"></div>\n\"\"\""),
                        "STRING:~H\"\"\"\n<div class=\"x\"></div>\n\"\"\"");
    assert_string_equal(lex("~r\"\"\"\na\n\"\"\"x"), "STRING:~r\"\"\"\na\n\"\"\"x");
    assert_int_equal(lex_error("~s\\x\\", msg, sizeof msg), EX_ERR_SIGIL_DELIM);
    assert_string_equal(msg, "invalid sigil delimiter: \"\\\" (code point U+005C). The available "
                             "delimiters are: //, ||, \"\", '', (), [], {}, <>");
    assert_int_equal(lex_error("~ab(x)", msg, sizeof msg), EX_ERR_SIGIL_NAME);
    assert_non_null(strstr(msg, "got: ~ab"));
    assert_int_equal(lex_error("~Ab(x)", NULL, 0), EX_ERR_SIGIL_NAME);
    assert_int_equal(lex_error("x = ~s<a", msg, sizeof msg), EX_ERR_UNTERMINATED);
    assert_string_equal(msg, "missing terminator: > (for sigil ~s< starting at line 1)");
}

static void test_comments_and_layout(void **state)
{
    (void)state;
    assert_string_equal(lex("a # c \"x\n b"), "IDENTIFIER:a COMMENT:# c \"x EOL IDENTIFIER:b");
    assert_string_equal(lex("a \\\n b; c\r\nd"),
                        "IDENTIFIER:a IDENTIFIER:b SEMI:; IDENTIFIER:c EOL IDENTIFIER:d");
    assert_int_equal(lex_error("a\\", NULL, 0), EX_ERR_BACKSLASH_EOF);
    assert_int_equal(lex_error("x \r y", NULL, 0), EX_ERR_UNEXPECTED_CHAR);
    assert_int_equal(lex_error("# a\xE2\x80\xAA", NULL, 0), EX_ERR_BIDI);
    assert_int_equal(lex_error("<<<<<<< HEAD\nx", NULL, 0), EX_ERR_CONFLICT_MARKER);
    assert_int_equal(lex_error("x <<<<<<< y", NULL, 0), EX_ERR_NONE); /* only at column 1 */
}

static void test_positions(void **state)
{
    (void)state;
    const char *src = "defmodule M do\n  def f do\n    \"s\n#{x}\" end\nend";
    ex_lexer lx;
    ex_token t;
    ex_lexer_init(&lx, src, strlen(src));
    size_t seen = 0;
    do {
        ex_lexer_next(&lx, &t);
        if (t.kind == EX_TOK_IDENTIFIER && src[t.start] == 'x') {
            assert_int_equal(t.line, 4);
            assert_int_equal(t.col, 3);
            seen++;
        }
        if (t.kind == EX_TOK_KEYWORD && t.sub == EX_KW_END && t.line == 4) {
            assert_int_equal(t.col, 7);
            assert_int_equal(t.indent, 4); /* the line the string started on */
            seen++;
        }
        if (t.kind == EX_TOK_KEYWORD && t.sub == EX_KW_DO && t.line == 2) {
            assert_int_equal(t.indent, 2);
            assert_true(t.flags & EX_TF_SPACE_BEFORE);
            seen++;
        }
    } while (t.kind != EX_TOK_EOF);
    assert_int_equal(seen, 3);
}

static void test_typographic(void **state)
{
    (void)state;
    ex_lexer lx;
    ex_token t;
    const char *src = "x = \xE2\x80\x9Chi\xE2\x80\x9D # \xE2\x80\x9Cok\xE2\x80\x9D";
    ex_lexer_init(&lx, src, strlen(src));
    int typos = 0;
    do {
        ex_lexer_next(&lx, &t);
        if (t.kind == EX_TOK_ERROR) {
            assert_true(lx.err.recoverable);
            assert_int_equal(lx.err.code, EX_ERR_TYPOGRAPHIC);
            assert_string_equal(lx.err.replacement, "\"");
            typos++;
        }
    } while (t.kind != EX_TOK_EOF);
    assert_int_equal(typos, 2); /* not the ones in the comment */
    assert_string_equal(lex("\"\xE2\x80\x9C\xE2\x80\xA6\xE2\x80\x9D\" ?\xE2\x80\x9C"),
                        "STRING:\"\xE2\x80\x9C\xE2\x80\xA6\xE2\x80\x9D\" CHAR:?\xE2\x80\x9C");
    assert_string_equal(lex("a\xC2\xA0= 1"), "IDENTIFIER:a ERROR:1 OP:= INT:1");
}

static void test_frames(void **state)
{
    (void)state;
    /* deeper than the inline frame stack without caller frames: EX_ERR_LIMIT, no crash */
    char src[400];
    size_t n = 0;
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(src + n, sizeof src - n, "\"#{");
    assert_int_equal(lex_error(src, NULL, 0), EX_ERR_LIMIT);
    ex_lex_frame frames[64];
    ex_lexer lx;
    ex_token t;
    ex_lexer_init(&lx, src, n);
    ex_lexer_set_frames(&lx, frames, 64);
    do
        ex_lexer_next(&lx, &t);
    while (t.kind != EX_TOK_EOF && t.kind != EX_TOK_ERROR);
    assert_int_equal(t.kind, EX_TOK_EOF);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identifiers),  cmocka_unit_test(test_keywords),
        cmocka_unit_test(test_keyword_keys), cmocka_unit_test(test_atoms),
        cmocka_unit_test(test_operators),    cmocka_unit_test(test_operator_table),
        cmocka_unit_test(test_numbers),      cmocka_unit_test(test_chars),
        cmocka_unit_test(test_strings),      cmocka_unit_test(test_heredocs),
        cmocka_unit_test(test_sigils),       cmocka_unit_test(test_comments_and_layout),
        cmocka_unit_test(test_positions),    cmocka_unit_test(test_typographic),
        cmocka_unit_test(test_frames),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
