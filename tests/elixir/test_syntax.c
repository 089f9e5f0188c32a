/* Unit tests for the structure checker, one per error it reports, with cases modelled on
 * Elixir's parser and diagnostics tests (kernel/parser_test.exs, diagnostics_test.exs). */
#include "elixir/syntax.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the headers above first */
#include <cmocka.h>
#include <string.h>

static ex_syntax_error check(const char *src)
{
    ex_syntax_error e;
    assert_int_equal(ex_syntax_check(src, strlen(src), 0, NULL, NULL, &e), 0);
    return e;
}

static void expect(const char *src, ex_syntax_code code, size_t line, const char *fragment)
{
    ex_syntax_error e = check(src);
    if (e.code != code || e.line != line || !strstr(e.message, fragment))
        fail_msg("%s\n  got code %d line %zu: %s", src, (int)e.code, e.line, e.message);
}

static void expect_ok(const char *src)
{
    ex_syntax_error e = check(src);
    if (e.code != EX_SYN_NONE) fail_msg("%s\n  unexpected: %s", src, e.message);
}

static void test_valid_code(void **state)
{
    (void)state;
    expect_ok("defmodule M do\n  def f(x) when x > 0, do: x\n  def f(_), do: 0\nend");
    expect_ok("case x do\n  {:ok, v} -> v\n  _ ->\n    nil\nend");
    expect_ok("try do\n  a()\nrescue\n  e -> e\ncatch\n  x -> x\nafter\n  b()\nend");
    expect_ok("receive do\n  :x -> 1\nafter\n  100 -> 2\nend");
    expect_ok("with {:ok, a} <- f(),\n     {:ok, b} <- g(a) do\n  b\nelse\n  _ -> nil\nend");
    expect_ok("fn -> :ok end\nfn x, y -> x + y end\nfn\n  1 -> :a\n  _ -> :b\nend");
    expect_ok("[1, 2,]\n{1, 2,}\n%{a: 1,}\n<<1, 2,>>\n[a: 1, b: 2]\nfoo(1, a: 2, b: 3)");
    expect_ok("if x, do: 1, else: 2\nfoo do: 1\nquote do: unquote(x)");
    expect_ok("def f(...), do: ...\n1 |> ... |> 2\nx = ..");
    expect_ok("\"#{case x do\n  1 -> :a\nend}\"");
    expect_ok("if x\ndo\n  1\nend");
    expect_ok("fn -> end");
}

static void test_missing_end(void **state)
{
    (void)state;
    expect("if x do\n  y\n", EX_SYN_MISSING_TERMINATOR, 1,
           "missing terminator: end (for \"do\" starting at line 1)");
    expect("fn a", EX_SYN_MISSING_TERMINATOR, 1,
           "missing terminator: end (for \"fn\" starting at line 1)");
    /* the nested `else if`: Elixir's hint names the do on line 2, and so do we */
    expect("def f(a, b) do\n  if a do\n    x\n  else if b do\n    y\n  end\nend",
           EX_SYN_MISSING_TERMINATOR, 2,
           "Hint: it looks like the \"do\" on line 2 does not have a matching \"end\"");
    ex_syntax_error e =
        check("def f(a, b) do\n  if a do\n    x\n  else if b do\n    y\n  end\nend");
    assert_int_equal(e.related_line, 2);
    assert_int_equal(e.outer_line, 1);
}

static void test_missing_brackets(void **state)
{
    (void)state;
    expect("foo(\n1,\n2", EX_SYN_MISSING_TERMINATOR, 1,
           "missing terminator: ) (for \"(\" starting at line 1)");
    expect("a = [\n1", EX_SYN_MISSING_TERMINATOR, 1, "missing terminator: ]");
    expect("%{a: 1", EX_SYN_MISSING_TERMINATOR, 1, "missing terminator: } (for \"{\"");
    expect("<<1, 2", EX_SYN_MISSING_TERMINATOR, 1, "missing terminator: >>");
    expect("x = 1\n\"#{", EX_SYN_MISSING_TERMINATOR, 2,
           "missing interpolation terminator: \"}\" (for string starting at line 2)");
    expect("\"#{foo(", EX_SYN_MISSING_TERMINATOR, 1, "missing terminator: )");
}

static void test_unexpected_closers(void **state)
{
    (void)state;
    expect("fn ->\n  1\nend)", EX_SYN_UNEXPECTED_CLOSER, 3, "unexpected token: )");
    expect("case x do\n  1 -> :a\nend end", EX_SYN_UNEXPECTED_CLOSER, 3,
           "unexpected reserved word: end");
    expect("defmodule M do\n  def f do\n    :ok\n    end\n  end\nend", EX_SYN_UNEXPECTED_CLOSER, 6,
           "the \"end\" on line 5 may not have a matching \"do\" defined before it");
    expect("\"#{)}\"", EX_SYN_UNEXPECTED_CLOSER, 1, "unexpected token: )");
}

static void test_mismatched_closers(void **state)
{
    (void)state;
    expect("[1, 2)", EX_SYN_MISMATCHED_CLOSER, 1,
           "unexpected token: ). The \"[\" at line 1 is missing terminator \"]\"");
    expect("foo(\n [1, 2)\n)", EX_SYN_MISMATCHED_CLOSER, 2, "The \"[\" at line 2");
    expect("\"a\" <> \"#{case 1 do )}bar\"", EX_SYN_MISMATCHED_CLOSER, 1,
           "The \"do\" at line 1 is missing terminator \"end\"");
    expect("def f do\n  foo(x\nend", EX_SYN_MISMATCHED_CLOSER, 3,
           "unexpected reserved word: end. The \"(\" at line 2");
}

static void test_do_errors(void **state)
{
    (void)state;
    expect("if true, do\n 1\nend", EX_SYN_DO_AFTER_COMMA, 1, "unexpected reserved word: do.");
    expect("if true,\n do 1 end", EX_SYN_DO_AFTER_COMMA, 2, "unexpected reserved word: do.");
    expect("fn do 1 end", EX_SYN_FN_DO, 1, "Please remove the \"do\" keyword");
    expect("foo when do end", EX_SYN_DO_AFTER_COMMA, 1, "syntax error before: do");
}

static void test_parser_errors(void **state)
{
    (void)state;
    expect("fn x end", EX_SYN_FN_NO_ARROW, 1,
           "expected anonymous functions to be defined with -> inside: 'fn'");
    expect("foo(else)", EX_SYN_BLOCK_KEYWORD, 1, "syntax error before: else");
    expect("fn -> after end", EX_SYN_BLOCK_KEYWORD, 1, "syntax error before: after");
    expect("foo(,a)", EX_SYN_COMMA, 1, "syntax error before: ','");
    expect("[1,,2]", EX_SYN_COMMA, 1, "syntax error before: ','");
    expect("foo(1, 2,)", EX_SYN_TRAILING_COMMA, 1, "syntax error before: ')'");
    expect("foo(a,\n# c\n)", EX_SYN_TRAILING_COMMA, 3, "syntax error before: ')'");
    expect("def foo(x) do: x", EX_SYN_KEYWORD_NO_COMMA, 1, "unexpected keyword: do:.");
    expect("foo(x) else: 1", EX_SYN_KEYWORD_NO_COMMA, 1, "syntax error before: 'else:'");
    expect("[foo: 1,\n :bar]", EX_SYN_KEYWORD_NOT_LAST, 1,
           "unexpected expression after keyword list");
    expect("case x do\n  1 -> # ...\n  2 -> :b\nend", EX_SYN_EMPTY_CLAUSE, 3,
           "The clause on line 2 has no body");
    expect("x = 1 +\n", EX_SYN_INCOMPLETE, 1, "expression is incomplete");
    expect("foo(a,", EX_SYN_MISSING_TERMINATOR, 1, "missing terminator: )");
}

/* Parser errors of a second round; every case was run through Code.string_to_quoted/2
 * (Elixir 1.14): the must-fire ones are rejected, the must-not-fire ones accepted. */
static void test_ambiguous_calls(void **state)
{
    (void)state;
    expect("[foo 1, 2]", EX_SYN_AMBIGUOUS_CALL, 1, "unexpected comma");
    expect("x = {:ok, if y, do: 1}", EX_SYN_AMBIGUOUS_CALL, 1, "the call if on line 1");
    expect("[a: foo 1, b: 2]", EX_SYN_AMBIGUOUS_CALL, 1, "foo(...)");
    expect("[Foo.bar baz, 2]", EX_SYN_AMBIGUOUS_CALL, 1, "the call bar");
    expect("[@foo bar, 1]", EX_SYN_AMBIGUOUS_CALL, 1, "the call @");
    expect("<<foo 1, 2>>", EX_SYN_AMBIGUOUS_CALL, 1, "unexpected comma");
    expect("[\n  foo %Bar{},\n  2\n]", EX_SYN_AMBIGUOUS_CALL, 2, "unexpected comma");
    expect("[foo [1, 2], 3]", EX_SYN_AMBIGUOUS_CALL, 1, "unexpected comma");
    expect("[for x <- xs, do: x]", EX_SYN_AMBIGUOUS_CALL, 1, "unexpected comma");
    expect("[foo 1\n, 2]", EX_SYN_AMBIGUOUS_CALL, 2, "unexpected comma");
    expect_ok("[foo 1]\n{foo 1}\n[foo - 1, 2]\n[foo a: 1, b: 2]\n[foo \"a\": 1, b: 2]");
    expect_ok("[foo x do 1 end, 2]\n[foo do\n  1\nend, 2]\n[x, y z do end, 1]");
    expect_ok("[foo(1, 2), 3]\n[foo [1, 2]]\n[Foo.bar, 2]\n[@foo, 2]\n{:ok, foo %{a: 1}}");
    expect_ok("<<foo::size(8), 1>>\n<<x::binary-size(4), rest::binary>>\nf(foo 1, 2)");
    expect_ok("%{foo 1 => 2, b => 3}\n[a, b |> foo 1]");
}

static void test_spaced_calls(void **state)
{
    (void)state;
    expect("foo (1, 2)", EX_SYN_SPACED_CALL, 1, "unexpected parentheses");
    expect("def foo (a, b) do\nend", EX_SYN_SPACED_CALL, 1, "unexpected parentheses");
    expect("x |> Enum.map (a, b)", EX_SYN_SPACED_CALL, 1, "unexpected parentheses");
    expect("case x do\n  foo (a, b) -> 1\nend", EX_SYN_SPACED_CALL, 2, "unexpected parentheses");
    expect("foo (\n  a,\n  b\n)", EX_SYN_SPACED_CALL, 1, "unexpected parentheses");
    expect("foo (a: 1, b: 2)", EX_SYN_SPACED_CALL, 1, "unexpected parentheses");
    expect_ok("foo (1)\nfoo(1, 2)\nfoo ([a, b])\nfoo (a; b)\nfoo (a, b -> c)");
    expect_ok("fn (a, b) -> a end\nfoo.(1, 2)");
}

static void test_glued_tokens(void **state)
{
    (void)state;
    expect("x = 0x1G", EX_SYN_NUMBER_SUFFIX, 1, "hexadecimal number 0x1");
    expect("0b102", EX_SYN_NUMBER_SUFFIX, 1, "binary number 0b10");
    expect("0o18", EX_SYN_NUMBER_SUFFIX, 1, "octal number 0o1");
    expect("0x1_G", EX_SYN_NUMBER_SUFFIX, 1, "before: _G");
    expect("0x1:a", EX_SYN_NUMBER_SUFFIX, 1, "before: :a");
    expect_ok("0b1_0\n0x1F_0\n[0x1f]\n0x1f + 1\n0o17");
    expect("\"foo\"bar", EX_SYN_STRING_SUFFIX, 1, "syntax error before: bar");
    expect("'a'\"b\"", EX_SYN_STRING_SUFFIX, 1, "closing quote on line 1");
    expect(":\"a\"b", EX_SYN_STRING_SUFFIX, 1, "before: b");
    expect("x = \"a#{1}\"b", EX_SYN_STRING_SUFFIX, 1, "before: b");
    expect("\"\"\"\nx\n\"\"\"b", EX_SYN_STRING_SUFFIX, 3, "closing quote on line 3");
    /* a string closed too early: the rest of the line is glued to it */
    expect("send(s, \"OK\\r\\n)\nsend(s, \"GET x\")\n\")", EX_SYN_STRING_SUFFIX, 2, "before: GET");
    expect_ok("~s(a)b\n\"a\".b\n\"a\"[0]\nx = \"a\"<>\"b\"\n[\"a\": 1]\nfoo \"a\": 1");
}

static void test_keyword_starts(void **state)
{
    (void)state;
    expect("a: 1", EX_SYN_KEYWORD_START, 1, "syntax error before: a.");
    expect("x = 1\nwarning: unused variable y", EX_SYN_KEYWORD_START, 2, "program output");
    expect("foo\n  a: 1", EX_SYN_KEYWORD_START, 2, "before: a.");
    expect("x; a: 1", EX_SYN_KEYWORD_START, 1, "before: a.");
    expect("\"a\": 1", EX_SYN_KEYWORD_START, 1, "before: \"a\".");
    expect_ok("foo bar,\n  a: 1\nfoo(\n  a: 1)\nuse B,\n  a: 1\nfoo a: 1");
    expect_ok("case x do\n  a: 1 -> 2\nend\nfn\n  a: 1 -> 2\nend\n[\n  a: 1\n]");
}

static void test_tokenizer_error_wins(void **state)
{
    (void)state;
    /* Elixir tokenizes everything before parsing: a later tokenizer error wins */
    expect("fn x end\nfoo(", EX_SYN_MISSING_TERMINATOR, 2, "missing terminator: )");
    expect("foo(,a)\nx = \"abc", EX_SYN_LEXER, 2,
           "missing terminator: \" (for string starting at line 2)");
    /* and the first parser error wins over later ones */
    expect("foo(,a)\nfn x end", EX_SYN_COMMA, 1, "syntax error before: ','");
}

static void test_lexer_errors_surface(void **state)
{
    (void)state;
    ex_syntax_error e = check("x = 1\ny = \"abc\n\nz");
    assert_int_equal(e.code, EX_SYN_LEXER);
    assert_int_equal(e.lex_code, EX_ERR_UNTERMINATED);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.related_line, 2);
    expect(
        "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x", EX_SYN_LEXER, 1,
        "found an unexpected version control marker, please resolve the conflicts: <<<<<<< HEAD");
    expect("x = 10abc", EX_SYN_LEXER, 1, "invalid character \"a\" after number 10");
}

static void test_line_delta(void **state)
{
    (void)state;
    ex_syntax_error e;
    assert_int_equal(ex_syntax_check("if x do\n", 8, 41, NULL, NULL, &e), 0);
    assert_int_equal(e.line, 1); /* checked-text line */
    assert_non_null(strstr(e.message, "starting at line 42"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_code),           cmocka_unit_test(test_missing_end),
        cmocka_unit_test(test_missing_brackets),     cmocka_unit_test(test_unexpected_closers),
        cmocka_unit_test(test_mismatched_closers),   cmocka_unit_test(test_do_errors),
        cmocka_unit_test(test_parser_errors),        cmocka_unit_test(test_tokenizer_error_wins),
        cmocka_unit_test(test_lexer_errors_surface), cmocka_unit_test(test_line_delta),
        cmocka_unit_test(test_ambiguous_calls),      cmocka_unit_test(test_spaced_calls),
        cmocka_unit_test(test_glued_tokens),         cmocka_unit_test(test_keyword_starts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
