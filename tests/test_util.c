/* Utilities: UTF-8, edit distance and suggestions, quoting. */
#include <stdio.h>
#include <string.h>

#include "support.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "util/utf8.h"

static void utf8_decodes_and_rejects(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(al_utf8_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(al_utf8_decode("\xC3\xA9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(al_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(al_utf8_decode("\xC0\xAF", 2, &cp), 0);     /* overlong */
    assert_int_equal(al_utf8_decode("\xED\xA0\x80", 3, &cp), 0); /* surrogate */
    assert_int_equal(al_utf8_decode("\xE2\x82", 2, &cp), 0);     /* truncated */
    assert_int_equal(al_utf8_decode("\xF5\x80\x80\x80", 4, &cp), 0);
    assert_int_equal(al_utf8_validate("ab\xFF"
                                      "cd",
                                      5),
                     2);
    assert_int_equal(al_utf8_validate("abc", 3), 3);
    assert_int_equal(al_utf8_count("h\xC3\xA9llo", 6), 5);
    assert_int_equal(al_utf8_count("\xFF\xFE", 2), 2);
    char out[4];
    assert_int_equal(al_utf8_encode(0x2192, out), 3);
    assert_memory_equal(out, "\xE2\x86\x92", 3);
}

static void edit_distance_and_suggestions(void **state)
{
    (void)state;
    assert_int_equal(al_edit_distance("Grpe", 4, "Grep", 4, 3), 1);  /* transposition */
    assert_int_equal(al_edit_distance("read", 4, "Read", 4, 3), 0);  /* case only */
    assert_int_equal(al_edit_distance("abc", 3, "xyzuvw", 6, 2), 3); /* past the limit */
    al_suggester s;
    al_suggest_begin(&s, "descripton", 10);
    al_suggest_consider(&s, "name");
    al_suggest_consider(&s, "description");
    assert_string_equal(al_suggest_result(&s), "description");
    al_suggest_begin(&s, "category", 8);
    al_suggest_consider(&s, "color");
    al_suggest_consider(&s, "model");
    assert_null(al_suggest_result(&s));
}

/* Names one slip apart: case and separators, one letter added, dropped,
 * replaced or two swapped; never through a digit, never under four
 * letters, never the name itself. */
static void near_names_find_one_slip(void **state)
{
    (void)state;
    al_near_names *set = al_near_names_new();
    assert_non_null(set);
    static const char *const names[] = {
        "elixir-testing",     "phoenix-liveview", "api-v2", "sk1", "go",
        "myplug:code-review", "MySkill"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_true(al_near_names_add(set, names[i], strlen(names[i])));
    static const struct {
        const char *word, *want;
    } cases[] = {
        {"elixir_testing", "elixir-testing"},  /* separator */
        {"Elixir-Testing", "elixir-testing"},  /* case */
        {"elixir-testng", "elixir-testing"},   /* a letter dropped */
        {"elixir-testiing", "elixir-testing"}, /* a letter added */
        {"elixir-tasting", "elixir-testing"},  /* a letter replaced */
        {"elixir-tesitng", "elixir-testing"},  /* two letters swapped */
        {"phoenix-live-view", "phoenix-liveview"},
        {"myplug:code-reveiw", "myplug:code-review"},
        {"my-skill", "MySkill"},
        {"elixir-tests", NULL},   /* three slips: another name */
        {"api-v3", NULL},         /* a digit: another version */
        {"sk10", NULL},           /* a digit added */
        {"gx", NULL},             /* too short for a slip */
        {"GO", "go"},             /* but not for case */
        {"elixir-testing", NULL}, /* the name itself */
        {"security-review", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = al_near_names_find(set, cases[i].word, strlen(cases[i].word));
        if (!cases[i].want != !got || (got && strcmp(got, cases[i].want) != 0))
            fprintf(stderr, "%s: got %s\n", cases[i].word, got ? got : "(none)");
        if (cases[i].want)
            assert_string_equal(got, cases[i].want);
        else
            assert_null(got);
    }
    /* many names: each look-up still finds its one */
    char name[32];
    for (int i = 0; i < 20000; i++) {
        snprintf(name, sizeof name, "skill-%c%c%c-%d", 'a' + i % 26, 'a' + i / 26 % 26,
                 'a' + i / 676 % 26, i);
        assert_true(al_near_names_add(set, name, strlen(name)));
    }
    assert_string_equal(al_near_names_find(set, "skil-mvb-1234", 13), "skill-mvb-1234");
    al_near_names_free(set);
    al_near_names_free(NULL);
}

static void quoting_escapes_controls_and_invisibles(void **state)
{
    (void)state;
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_append_quoted(&sb,
                            "a\tb\n\xE2\x80\x8B"
                            "c\xFF",
                            9, 100);
    assert_string_equal(sb.data, "a\\tb\\n<U+200B>c\\xFF");
    al_strbuf_clear(&sb);
    al_strbuf_append_quoted(&sb, "abcdef", 6, 3);
    assert_string_equal(sb.data, "abc…");
    al_strbuf_free(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_decodes_and_rejects),
        cmocka_unit_test(edit_distance_and_suggestions),
        cmocka_unit_test(near_names_find_one_slip),
        cmocka_unit_test(quoting_escapes_controls_and_invisibles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
