/* What a finding costs (100k findings in one file well under a
 * second). Memory is the measure: it is exact under any build, where a
 * timing would flake on a busy machine. A finding is its record in the
 * result (al_diagnostic) and what the result's arena holds for it: its fix
 * record, and its message and fix text unless alike findings share them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "elixir/snippet.h"
#include "core/result.h"
#include "support.h"

/* Bytes per finding, the shared text of alike findings included: well under
 * 300 (it was about 420 before messages were shared and fixes kept inline). */
#define MAX_BYTES_PER_FINDING 256

enum { N = 5000 };

/* head, then N times item separated by sep, then tail. */
static char *repeat(const char *head, const char *item, const char *sep, const char *tail)
{
    size_t len = strlen(head) + N * (strlen(item) + strlen(sep)) + strlen(tail) + 1;
    char *s = malloc(len);
    assert_non_null(s);
    char *at = stpcpy(s, head);
    for (int i = 0; i < N; i++)
        at = stpcpy(i ? stpcpy(at, sep) : at, item);
    strcpy(at, tail);
    return s;
}

static size_t bytes_per_finding(const al_result *res)
{
    size_t n = al_result_count(res);
    assert_true(n > 0);
    return (al_arena_used(&res->arena) + n * sizeof(al_diagnostic)) / n;
}

/* Alike findings share one copy of their message and of their fix's text. */
static void assert_shared(const al_result *res, const char *code)
{
    const al_diagnostic *first = NULL;
    size_t seen = 0;
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (strcmp(d->rule->code, code) != 0) continue;
        seen++;
        if (!first) {
            first = d;
            continue;
        }
        if (strcmp(d->message, first->message) == 0) assert_ptr_equal(d->message, first->message);
        if (d->fix && first->fix && strcmp(d->fix->edits[0].text, first->fix->edits[0].text) == 0)
            assert_ptr_equal(d->fix->edits[0].text, first->fix->edits[0].text);
    }
    assert_true(seen > 1);
}

static void retired_tools_cost_little_each(void **state)
{
    (void)state;
    char *text =
        repeat("---\nname: a\ndescription: d\ntools: ", "MultiEdit", ", ", "\n---\nBody.\n");
    al_result *res = lint_text(text);
    assert_non_null(res);
    assert_int_equal(count_findings(res, "CC011", 4), N);
    assert_int_equal(count_findings(res, "CC012", 4), N - 1);
    assert_shared(res, "CC011");
    assert_shared(res, "CC012");
    size_t per = bytes_per_finding(res);
    if (per > MAX_BYTES_PER_FINDING) fprintf(stderr, "%zu bytes per finding\n", per);
    assert_true(per <= MAX_BYTES_PER_FINDING);
    al_result_free(res);
    free(text);
}

static void typographic_quotes_cost_little_each(void **state)
{
    (void)state;
    char *text = repeat("---\nname: a\ndescription: d\n---\n```elixir\nx = [",
                        "\xE2\x80\x9C"
                        "a"
                        "\xE2\x80\x9D",
                        ", ", "]\n```\n");
    al_result *res = lint_text(text);
    assert_non_null(res);
    assert_int_equal(count_findings(res, "EX003", 6), 2 * N);
    assert_shared(res, "EX003");
    size_t per = bytes_per_finding(res);
    if (per > MAX_BYTES_PER_FINDING) fprintf(stderr, "%zu bytes per finding\n", per);
    assert_true(per <= MAX_BYTES_PER_FINDING);
    al_result_free(res);
    free(text);
}

/* The Elixir checker keeps one copy of alike messages too (each was a
 * 320-byte buffer in its record). */
static void elixir_checker_shares_messages(void **state)
{
    (void)state;
    char *code = repeat("x = [",
                        "\xE2\x80\x9C"
                        "a"
                        "\xE2\x80\x9D",
                        ", ", "]\n");
    ex_diag_list l = {0};
    assert_int_equal(ex_check_snippet(code, strlen(code), 1, &l), 0);
    assert_int_equal(l.count, 2 * N);
    assert_true(sizeof(ex_diag) <= 64);
    for (size_t i = 2; i < l.count; i++)
        assert_ptr_equal(l.items[i].message, l.items[i - 2].message);
    assert_non_null(strstr(l.items[0].message, "U+201C"));
    assert_non_null(strstr(l.items[1].message, "U+201D"));
    ex_diag_list_free(&l);
    free(code);
}

/* Alike unused-suppression notes share their message, and each is still
 * its own finding at its own place. */
static void unused_suppressions_share_messages(void **state)
{
    (void)state;
    char *text = repeat("---\nname: a\ndescription: d\n---\nBody.\n",
                        "<!-- agentlint-disable-line CC011 -->", "", "\n");
    al_result *res = lint_text(text);
    assert_non_null(res);
    assert_int_equal(count_findings(res, "AL001", 6), N);
    assert_shared(res, "AL001");
    for (size_t i = 1; i < al_result_count(res); i++)
        assert_true(al_result_get(res, i)->start.column > al_result_get(res, i - 1)->start.column);
    al_result_free(res);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(retired_tools_cost_little_each),
        cmocka_unit_test(typographic_quotes_cost_little_each),
        cmocka_unit_test(elixir_checker_shares_messages),
        cmocka_unit_test(unused_suppressions_share_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
