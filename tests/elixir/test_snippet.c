/* Unit tests for ex_check_snippet: line numbers, iex sessions, fragments, typographic fixes. */
#include "elixir/snippet.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the headers above first */
#include <cmocka.h>
#include <string.h>

static ex_diag_list run(const char *src, size_t line_base)
{
    ex_diag_list l = {0};
    assert_int_equal(ex_check_snippet(src, strlen(src), line_base, &l), 0);
    for (size_t i = 0; i < l.count; i++) {
        assert_true(l.items[i].start <= l.items[i].end);
        assert_true(l.items[i].end <= strlen(src));
    }
    return l;
}

static void test_info_strings(void **state)
{
    (void)state;
    assert_true(ex_info_is_elixir("elixir", 6));
    assert_true(ex_info_is_elixir("Elixir title=\"x\"", 16));
    assert_true(ex_info_is_elixir("iex", 3));
    assert_true(ex_info_is_elixir("exs", 3));
    assert_true(ex_info_is_elixir("EX", 2));
    assert_false(ex_info_is_elixir("elixirx", 7));
    assert_false(ex_info_is_elixir("heex", 4));
    assert_false(ex_info_is_elixir("", 0));
}

static void test_clean_and_line_base(void **state)
{
    (void)state;
    ex_diag_list l = run("defmodule M do\n  def f, do: :ok\nend\n", 10);
    assert_int_equal(l.count, 0);
    ex_diag_list_free(&l);
    l = run("defmodule M do\n  def f do\n    :ok\nend\n", 10);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_SYNTAX);
    assert_int_equal(l.items[0].line, 10);
    assert_non_null(strstr(l.items[0].message, "(for \"do\" starting at line 10)"));
    ex_diag_list_free(&l);
    /* with an indentation hint the diagnostic points at the do that lacks its end */
    l = run("defmodule M do\n  def f do\n    :ok\n  def g do\n  end\nend\n", 10);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].line, 11);
    assert_int_equal(l.items[0].related_line, 11);
    assert_non_null(strstr(l.items[0].message, "(for \"do\" starting at line 10)"));
    assert_non_null(strstr(l.items[0].message, "the \"do\" on line 11"));
    ex_diag_list_free(&l);
}

static void test_iex(void **state)
{
    (void)state;
    const char *s = "iex> x = 1\n1\niex(2)> y = [\n...(2)>   x,\n...(2)> ]\n[1]\n"
                    "iex> #PID<0.1.0>\n** (oops) not code\n";
    assert_true(ex_snippet_is_iex(s, strlen(s)));
    assert_false(ex_snippet_is_iex("x = 1\n", 6));
    ex_diag_list l = run(s, 5);
    assert_int_equal(l.count, 0); /* output lines are ignored, continuations joined */
    ex_diag_list_free(&l);

    /* prompts of a named node (iex --sname node1) */
    s = "iex(node1@host)1> Node.list()\n[]\niex(node1@host)2> [\n...(node1@host)2>   1\n"
        "...(node1@host)2> ]\n[1]\n";
    assert_true(ex_snippet_is_iex(s, strlen(s)));
    l = run(s, 1);
    assert_int_equal(l.count, 0);
    ex_diag_list_free(&l);

    const char *bad = "iex> a = 1\n1\niex> foo(\n...>   1,\n...> ]\n";
    l = run(bad, 20);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_SYNTAX);
    assert_int_equal(l.items[0].line, 24);
    /* the offset points into the original text, at the "]" */
    assert_int_equal(bad[l.items[0].start], ']');
    assert_non_null(strstr(l.items[0].message, "The \"(\" at line 22"));
    ex_diag_list_free(&l);
}

static void test_fragments(void **state)
{
    (void)state;
    /* an elision before the opener does not excuse a wrong closer; one between them does */
    ex_diag_list w = run("def f do\n  ...\n  %{\"a\" => b)\n", 1);
    assert_int_equal(w.count, 1);
    assert_int_equal(w.items[0].kind, EX_DIAG_SYNTAX);
    ex_diag_list_free(&w);
    w = run("def f do\n  %{\"a\" => b,\n  ...\n  )\n", 1);
    assert_int_equal(w.count, 1);
    assert_int_equal(w.items[0].kind, EX_DIAG_FRAGMENT);
    ex_diag_list_free(&w);
    ex_diag_list l = run("defmodule M do\n  def f do\n    ...\n", 1);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_FRAGMENT);
    assert_non_null(strstr(l.items[0].message, "code elided on line 3"));
    ex_diag_list_free(&l);
    l = run("def f do\n  # ... rest of the function\n", 1);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_FRAGMENT);
    ex_diag_list_free(&l);
    l = run("case x do\n  {:ok, v} -> # ...\n  {:error, e} -> # ...\nend\n", 1);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_FRAGMENT);
    ex_diag_list_free(&l);
    /* without an elision it is an error */
    l = run("defmodule M do\n  def f do\n    :ok\n", 1);
    assert_int_equal(l.count, 1);
    assert_int_equal(l.items[0].kind, EX_DIAG_SYNTAX);
    ex_diag_list_free(&l);
    /* "..." as code is valid syntax */
    l = run("def f(...), do: ...\n[1, 2, ...]\n", 1);
    assert_int_equal(l.count, 0);
    ex_diag_list_free(&l);
}

static void test_typographic(void **state)
{
    (void)state;
    const char *s = "IO.puts(\xE2\x80\x9CHello\xE2\x80\x9D)\n# \xE2\x80\x9C fine \xE2\x80\x9D\n";
    ex_diag_list l = run(s, 3);
    assert_int_equal(l.count, 2);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(l.items[i].kind, EX_DIAG_TYPOGRAPHIC);
        assert_string_equal(l.items[i].replacement, "\"");
        assert_int_equal(l.items[i].end - l.items[i].start, 3);
        assert_int_equal(l.items[i].line, 3);
        assert_non_null(strstr(l.items[i].message, "U+201"));
    }
    assert_int_equal(l.items[0].start, 8);
    ex_diag_list_free(&l);

    /* the second quote hides inside the charlist the first pass sees; patching finds it */
    const char *t = "x = \xE2\x80\x9Cit's\xE2\x80\x9D\n";
    l = run(t, 1);
    assert_int_equal(l.count, 2);
    assert_int_equal(l.items[0].kind, EX_DIAG_TYPOGRAPHIC);
    assert_int_equal(l.items[1].kind, EX_DIAG_TYPOGRAPHIC);
    ex_diag_list_free(&l);

    l = run("x = 1\xE2\x80\xA6 10\na\xC2\xA0= 2\n", 1);
    assert_int_equal(l.count, 2);
    assert_string_equal(l.items[0].replacement, "...");
    assert_string_equal(l.items[1].replacement, " ");
    assert_int_equal(l.items[1].line, 2);
    ex_diag_list_free(&l);

    /* a real error remains an error after the typographic fix */
    l = run("if x do\n  IO.puts(\xE2\x80\x9Chi\xE2\x80\x9D)\n", 1);
    assert_int_equal(l.count, 3);
    assert_int_equal(l.items[2].kind, EX_DIAG_SYNTAX);
    ex_diag_list_free(&l);
}

static void test_seed_like_snippet(void **state)
{
    (void)state;
    const char *s = "defmodule MyAppWeb.PageLive do\n"
                    "  use MyAppWeb, :live_view\n\n"
                    "  def render(assigns) do\n"
                    "    ~H\"\"\"\n"
                    "    <div class=\"x\" phx-click=\"go\">{@count}</div>\n"
                    "    \"\"\"\n"
                    "  end\n\n"
                    "  def handle_event(\"go\", _params, socket) do\n"
                    "    {:noreply, update(socket, :count, &(&1 + 1))}\n"
                    "  end\n"
                    "end\n";
    ex_diag_list l = run(s, 1);
    assert_int_equal(l.count, 0);
    ex_diag_list_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_info_strings), cmocka_unit_test(test_clean_and_line_base),
        cmocka_unit_test(test_iex),          cmocka_unit_test(test_fragments),
        cmocka_unit_test(test_typographic),  cmocka_unit_test(test_seed_like_snippet),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
