/* Utilities: UTF-8, edit distance and suggestions, quoting. */
#include <string.h>

#include "core/quote.h"
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
        cmocka_unit_test(quoting_escapes_controls_and_invisibles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
