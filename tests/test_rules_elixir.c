/* Elixir snippet rules (EX001-EX003): findings land on file lines. */
#include <string.h>

#include "support.h"

#define HEAD "---\nname: a\ndescription: d\n---\n"

static void syntax_error_on_file_line(void **state)
{
    (void)state;
    /* line 7 opens a do that is never closed */
    al_result *r =
        lint_text(HEAD "Intro.\n\n```elixir\ndefmodule A do\n  def f(x) do\n    x\nend\n```\n");
    assert_true(count_findings(r, "EX001", 0) >= 1);
    const al_diagnostic *d = find_finding(r, "EX001", 0);
    assert_true(d->start.line >= 7 && d->start.line <= 11);
    assert_int_equal(d->severity, AL_ERROR);
    al_result_free(r);
    r = lint_text(HEAD "```elixir\ndefmodule A do\n  def f(x), do: x\nend\n```\n");
    assert_silent(r, "EX001");
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
}

static void info_strings_and_other_languages(void **state)
{
    (void)state;
    al_result *r =
        lint_text(HEAD "```ruby\ndef f(x) do\n```\n\n```ex\nfoo(\n```\n\n```EXS\n[1, 2\n```\n");
    assert_int_equal(count_findings(r, "EX001", 0), 2);
    assert_silent(r, "EX003");
    al_result_free(r);
}

static void nested_block_positions(void **state)
{
    (void)state;
    /* a block inside a list item: columns include the item's indentation */
    al_result *r = lint_text(HEAD "- Step one:\n\n  ```elixir\n  x = [1, 2\n  ```\n");
    const al_diagnostic *d = find_finding(r, "EX001", 0);
    assert_non_null(d);
    assert_int_equal(d->start.line, 8);
    assert_true(d->start.column >= 3);
    al_result_free(r);
}

static void typographic_characters_fixed(void **state)
{
    (void)state;
    al_result *r = lint_text(HEAD "```elixir\nIO.puts(\xE2\x80\x9Chello\xE2\x80\x9D)\n```\n");
    const al_diagnostic *d = find_finding(r, "EX003", 6);
    assert_non_null(d);
    assert_int_equal(d->start.column, 9);
    assert_non_null(d->fix);
    assert_string_equal(d->fix->edits[0].text, "\"");
    al_result_free(r);
    /* inside a string or comment they are fine */
    r = lint_text(HEAD
                  "```elixir\n# "
                  "\xE2\x80\x9Cquoted\xE2\x80\x9D\nIO.puts(\"\xE2\x80\x9Chi\xE2\x80\x9D\")\n```\n");
    assert_silent(r, "EX003");
    assert_silent(r, "EX001");
    al_result_free(r);
}

static void iex_sessions(void **state)
{
    (void)state;
    al_result *r = lint_text(HEAD "```elixir\niex> 1 + 1\n2\niex> [1,\n...>  2]\n[1, 2]\n```\n");
    assert_silent(r, "EX001");
    al_result_free(r);
    r = lint_text(HEAD "```iex\niex> Enum.map([1, 2], fn x -> x * 2)\n** (SyntaxError)\n```\n");
    assert_fires(r, "EX001", 6);
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(syntax_error_on_file_line),
        cmocka_unit_test(info_strings_and_other_languages),
        cmocka_unit_test(nested_block_positions),
        cmocka_unit_test(typographic_characters_fixed),
        cmocka_unit_test(iex_sessions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
