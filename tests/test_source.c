/* Source: line index and positions. */
#include <string.h>

#include "parse/source.h"
#include "support.h"

static al_source make(al_arena *a, const char *text)
{
    al_source s;
    assert_true(al_source_init(&s, a, "x.md", text, strlen(text)));
    return s;
}

static void line_index(void **state)
{
    (void)state;
    al_arena a;
    al_arena_init(&a);
    al_source s = make(&a, "one\ntwo\r\nthree");
    assert_int_equal(s.line_count, 3);
    size_t b, e;
    al_source_line_span(&s, 2, &b, &e);
    assert_int_equal(e - b, 3); /* CR is part of the line ending */
    al_source_line_span(&s, 3, &b, &e);
    assert_memory_equal(s.data + b, "three", 5);
    assert_int_equal(e, strlen("one\ntwo\r\nthree"));
    s = make(&a, "one\n");
    assert_int_equal(s.line_count, 1);
    s = make(&a, "");
    assert_int_equal(s.line_count, 1);
    al_arena_free(&a);
}

static void positions_in_code_points(void **state)
{
    (void)state;
    al_arena a;
    al_arena_init(&a);
    const char *t = "ab\n\xC3\xA9\xE2\x86\x92x\n";
    al_source s = make(&a, t);
    al_position p = al_source_position(&s, 8); /* the x after é→ */
    assert_int_equal(p.line, 2);
    assert_int_equal(p.column, 3);
    assert_int_equal(p.offset, 8);
    assert_int_equal(al_source_offset_at(&s, 2, 2), 8);
    p = al_source_position(&s, 0);
    assert_int_equal(p.line, 1);
    assert_int_equal(p.column, 1);
    /* an invalid byte counts as one column */
    s = make(&a, "\xFF\xFEz");
    assert_int_equal(al_source_position(&s, 2).column, 3);
    assert_int_equal(s.invalid_utf8_offset, 0);
    al_arena_free(&a);
}

/* Offsets asked in any order agree with a walk from the line's start (the
 * memo that makes left-to-right questions linear must not leak). */
static void offsets_in_any_order(void **state)
{
    (void)state;
    al_arena a;
    al_arena_init(&a);
    al_source s = make(&a, "a\xC3\xA9\xE2\x86\x92"
                           "bc\nxy\xC3\xA9z\n");
    assert_int_equal(al_source_offset_at(&s, 1, 2), 3);
    assert_int_equal(al_source_offset_at(&s, 1, 4), 7);
    assert_int_equal(al_source_offset_at(&s, 1, 1), 1); /* backwards */
    assert_int_equal(al_source_offset_at(&s, 1, 3), 6);
    assert_int_equal(al_source_offset_at(&s, 1, 9), 8); /* past the end: the end */
    assert_int_equal(al_source_offset_at(&s, 1, 5), 8);
    assert_int_equal(al_source_offset_at(&s, 2, 3), 13);
    assert_int_equal(al_source_offset_at(&s, 1, 0), 0); /* another line, then back */
    assert_int_equal(al_source_offset_at(&s, 2, 4), 14);
    al_arena_free(&a);
}

static void nul_offset_found(void **state)
{
    (void)state;
    al_arena a;
    al_arena_init(&a);
    al_source s;
    assert_true(al_source_init(&s, &a, "x", "ab\0c", 4));
    assert_int_equal(s.nul_offset, 2);
    al_arena_free(&a);
}

/* The one pass: the eight-byte ASCII path hands over at a newline, NUL or
 * non-ASCII byte wherever it falls; a byte that does not decode is skipped
 * alone, so the hidden character after it is still marked. */
static void one_pass_marks(void **state)
{
    (void)state;
    al_arena a;
    al_arena_init(&a);
    /* ZWSP at 13, an invalid lead byte at 23, tag A at 24, RLO at 28 */
    const char t[] = "0123456789\nab\xE2\x80\x8B"
                     "cdefghi\xE2\xF3\xA0\x81\x81\xE2\x80\xAE\n\0z";
    al_source s;
    assert_true(al_source_init(&s, &a, "x", t, sizeof t - 1));
    assert_int_equal(s.line_count, 3);
    assert_int_equal(s.line_start[1], 11);
    assert_int_equal(s.line_start[2], 32);
    assert_int_equal(s.nul_offset, 32);
    assert_int_equal(s.invalid_utf8_offset, 23);
    assert_int_equal(s.mark_count, 3);
    assert_int_equal(s.marks[0].offset, 13);
    assert_int_equal(s.marks[0].cp, 0x200B);
    assert_int_equal(s.marks[1].offset, 24);
    assert_int_equal(s.marks[1].cp, 0xE0041);
    assert_int_equal(s.marks[2].offset, 28);
    assert_int_equal(s.marks[2].cp, 0x202E);
    al_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(line_index),
        cmocka_unit_test(positions_in_code_points),
        cmocka_unit_test(offsets_in_any_order),
        cmocka_unit_test(nul_offset_found),
        cmocka_unit_test(one_pass_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
