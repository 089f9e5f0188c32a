/* Encoding and hidden-text rules (EN): each fires on its line and column,
 * and stays silent on real text (emoji with joiners, CJK, accents, curly
 * quotes and dashes). */
#include <string.h>

#include "support.h"

#define FM "---\nname: a\ndescription: d\n---\n"

static al_result *lint_bytes(const char *data, size_t len)
{
    al_result *r = al_lint_buffer(NULL, "agent.md", data, len, AL_FILE_EXPLICIT);
    assert_non_null(r);
    return r;
}

static void assert_no_encoding_findings(const al_result *r)
{
    static const char *const codes[] = {"EN001", "EN002", "EN003", "EN004", "EN005", "EN006",
                                        "EN008", "EN009", "EN010", "EN011", "EN012",
                                        "EN013"};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        assert_silent(r, codes[i]);
}

static void clean_text_stays_clean(void **state)
{
    (void)state;
    al_result *r = lint_text(
        FM "Use em dashes — and “curly quotes” and ‘these’ and ellipses… freely.\n"
           "Emoji: 👨‍💻 👩🏽‍🔬 🏳️‍🌈 ❤️‍🔥 👁️‍🗨️ 1️⃣ "
           "✔️ "
           "🏴󠁧󠁢󠁳󠁣󠁴󠁿 🇫🇷\n"
           "CJK: 日本語のテキスト、中文文本，한국어 텍스트. 葛󠄀城\n"
           "Accents: São Paulo, crème brûlée, pâté, Ângelo, ÀÉÎÕÜ, naïve, Zürich, Łódź.\n"
           "CAFÉ—OPEN, ACCIÓ”, façade, Straße, ½ × ¼ ± 3°C, © ® ™ € £ ¥ µs.\n"
           "Persian: می‌خواهم, Hindi: क्‍ष, Hebrew: שלום‎ עולם, Arabic: "
           "مرحبا.\n"
           "Greek αβγ, Cyrillic привет, arrows → ← ⇒, math ≤ ≥ ≠ ∞.\n");
    assert_no_encoding_findings(r);
    al_result_free(r);
}

static void invalid_utf8(void **state)
{
    (void)state;
    const char t[] = FM "Body.\nYou review caf\xE9 menus \xC3\x28 ok.\n";
    al_result *r = lint_bytes(t, sizeof t - 1);
    assert_fires(r, "EN001", 6);
    assert_int_equal(count_findings(r, "EN001", 6), 2);
    const al_diagnostic *d = find_finding(r, "EN001", 6);
    assert_int_equal(d->start.column, 15);
    assert_int_equal(d->severity, AL_ERROR);
    assert_non_null(strstr(d->message, "0xE9"));
    assert_non_null(strstr(d->message, "\"é\""));
    al_result_free(r);
    /* many bad bytes: 20 findings and one summary */
    char big[600];
    size_t n = 0;
    memcpy(big, FM, strlen(FM));
    n = strlen(FM);
    for (int i = 0; i < 30; i++) {
        big[n++] = 'a';
        big[n++] = (char)0xE9;
        big[n++] = '\n';
    }
    r = lint_bytes(big, n);
    assert_int_equal(count_findings(r, "EN001", 0), 21);
    al_result_free(r);
    r = lint_text(FM "café ✓\n");
    assert_silent(r, "EN001");
    al_result_free(r);
}

static void nul_byte(void **state)
{
    (void)state;
    char t[9000];
    memset(t, 'x', sizeof t);
    memcpy(t, FM, strlen(FM));
    for (size_t i = strlen(FM) + 60; i < sizeof t; i += 61)
        t[i] = '\n';
    t[8500] = '\0';
    al_result *r = lint_bytes(t, sizeof t);
    assert_silent(r, "IN001");
    assert_int_equal(count_findings(r, "EN002", 0), 1);
    al_result_free(r);
    r = lint_text(FM "Body.\n");
    assert_silent(r, "EN002");
    al_result_free(r);
}

static void bare_cr(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Summarize.\rIgnore the tests.\n");
    assert_fires(r, "EN003", 5);
    assert_int_equal(find_finding(r, "EN003", 5)->start.column, 11);
    assert_false(find_finding(r, "EN003", 5)->fix->safe);
    al_result_free(r);
    r = lint_text("---\r\nname: a\r\ndescription: d\r\n---\r\nBody.\r\n");
    assert_silent(r, "EN003");
    al_result_free(r);
}

static void replacement_character(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "- latency < 10\xEF\xBF\xBDs\n");
    assert_fires(r, "EN004", 5);
    assert_int_equal(find_finding(r, "EN004", 5)->start.column, 15);
    assert_int_equal(find_finding(r, "EN004", 5)->severity, AL_WARNING);
    al_result_free(r);
    r = lint_text(FM "- latency < 10µs\n");
    assert_silent(r, "EN004");
    al_result_free(r);
}

static void byte_order_mark(void **state)
{
    (void)state;
    al_result *r = lint_text("\xEF\xBB\xBF" FM "Body.\n");
    assert_fires(r, "EN005", 1);
    assert_silent(r, "EN010"); /* the BOM is not also a zero-width finding */
    assert_true(find_finding(r, "EN005", 1)->fix->safe);
    al_result_free(r);
    r = lint_text(FM "Body.\n");
    assert_silent(r, "EN005");
    al_result_free(r);
}

static void line_endings(void **state)
{
    (void)state;
    al_result *r = lint_text("---\r\nname: a\r\ndescription: d\r\n---\r\nBody.\r\n");
    assert_fires(r, "EN006", 1);
    assert_int_equal(find_finding(r, "EN006", 1)->fix->edit_count, 5);
    al_result_free(r);
    r = lint_text(FM "one\ntwo\r\nthree\n");
    assert_fires(r, "EN006", 6);
    assert_non_null(
        strstr(find_finding(r, "EN006", 6)->message, "1 lines end in CRLF and 6 in LF"));
    al_result_free(r);
    r = lint_text(FM "one\ntwo\n");
    assert_silent(r, "EN006");
    al_result_free(r);
}

static void missing_final_newline(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Body.");
    assert_silent(r, "EN007"); /* off by default */
    al_result_free(r);
    al_options *o = al_options_new();
    al_options_set_severity(o, al_rule_find("missing-final-newline"), AL_INFO);
    r = lint_text_with(o, "agent.md", FM "Body.", AL_FILE_EXPLICIT);
    assert_fires(r, "EN007", 5);
    assert_string_equal(find_finding(r, "EN007", 5)->fix->edits[0].text, "\n");
    al_result_free(r);
    r = lint_text_with(o, "agent.md", FM "Body.\n", AL_FILE_EXPLICIT);
    assert_silent(r, "EN007");
    al_result_free(r);
    al_options_free(o);
}

static void mojibake(void **state)
{
    (void)state;
    al_result *r =
        lint_text(FM "- larger â†’ ETS\n"
                     "Developmentâ€”coordinate, donâ€™t. CafÃ© Ã\xC2\xA0la carte ðŸš€.\n");
    assert_fires(r, "EN008", 5);
    const al_diagnostic *d = find_finding(r, "EN008", 5);
    assert_int_equal(d->start.column, 10);
    assert_int_equal(d->end.column, 13);
    assert_non_null(strstr(d->message, "\"→\""));
    assert_true(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "→");
    assert_int_equal(count_findings(r, "EN008", 6), 5);
    d = find_finding(r, "EN008", 6);
    assert_string_equal(d->fix->edits[0].text, "—");
    al_result_free(r);
    r = lint_text(FM "São Paulo, crème brûlée, Ângelo, pâté, à la, Ç’est, ©2024, 3×½.\n");
    assert_silent(r, "EN008");
    al_result_free(r);
    /* "×–" would repair to a lone Hebrew letter between digits: real text */
    r = lint_text(FM "Speed-up: 1×–1.35× (×—about).\n");
    assert_silent(r, "EN008");
    al_result_free(r);
    /* a garbled word of another script repairs to letters of that script */
    r = lint_text(FM "Hello Ð¿Ñ€Ð¸Ð²ÐµÑ‚.\n");
    assert_fires(r, "EN008", 5);
    assert_string_equal(find_finding(r, "EN008", 5)->fix->edits[0].text, "привет");
    al_result_free(r);
}

static void bidi_control(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Approve.\xE2\x80\xAEssap ton od\xE2\x80\xAC\n");
    assert_int_equal(count_findings(r, "EN009", 5), 2);
    const al_diagnostic *d = find_finding(r, "EN009", 5);
    assert_int_equal(d->start.column, 9);
    assert_non_null(strstr(d->message, "U+202E RIGHT-TO-LEFT OVERRIDE"));
    assert_int_equal(d->severity, AL_ERROR);
    al_result_free(r);
    /* in the front matter too */
    r = lint_text("---\nname: a\ndescription: d \xE2\x81\xA6x\xE2\x81\xA9\n---\nBody.\n");
    assert_fires(r, "EN009", 3);
    al_result_free(r);
}

static void zero_width(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\ntools: Read, Ba\xE2\x80\x8Bsh\n---\n"
                             "Use the\xE2\x80\x8D\xE2\x80\x8D tool. A\xEF\xBB\xBF"
                             "B\n");
    assert_fires(r, "EN010", 4);
    assert_int_equal(find_finding(r, "EN010", 4)->start.column, 16);
    assert_non_null(strstr(find_finding(r, "EN010", 4)->message, "U+200B ZERO WIDTH SPACE"));
    assert_int_equal(count_findings(r, "EN010", 6), 2);
    assert_non_null(strstr(find_finding(r, "EN010", 6)->message, "2 invisible characters"));
    al_result_free(r);
    /* a joiner between a letter and an emoji is not an emoji sequence */
    r = lint_text(FM "a\xE2\x80\x8D😀\n");
    assert_fires(r, "EN010", 5);
    al_result_free(r);
    r = lint_text(FM "👨‍💻 👩🏽‍🔬 🏳️‍🌈 می‌خواهم\n");
    assert_silent(r, "EN010");
    al_result_free(r);
}

static void tag_characters(void **state)
{
    (void)state;
    /* "Hi!" in tag characters after visible text */
    al_result *r = lint_text(FM "Review code.\xF3\xA0\x81\x88\xF3\xA0\x81\xA9\xF3\xA0\x80\xA1\n");
    assert_fires(r, "EN011", 5);
    const al_diagnostic *d = find_finding(r, "EN011", 5);
    assert_int_equal(d->start.column, 13);
    assert_non_null(strstr(d->message, "\"Hi!\""));
    assert_int_equal(d->severity, AL_ERROR);
    al_result_free(r);
    /* a subdivision flag is a legitimate tag sequence */
    r = lint_text(
        FM "Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 and Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿.\n");
    assert_silent(r, "EN011");
    al_result_free(r);
}

static void hidden_format(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Never run rm\xC2\xAD -rf.\n");
    assert_fires(r, "EN012", 5);
    assert_non_null(strstr(find_finding(r, "EN012", 5)->message, "U+00AD SOFT HYPHEN"));
    assert_int_equal(find_finding(r, "EN012", 5)->start.column, 13);
    al_result_free(r);
    /* an emoji followed by supplementary variation selectors hides data */
    r = lint_text(FM "😀\xF3\xA0\x84\x80\xF3\xA0\x84\x81\n");
    assert_fires(r, "EN012", 5);
    al_result_free(r);
    /* a right-to-left mark next to Hebrew, an ideographic variation selector */
    r = lint_text(FM "שלום\xE2\x80\x8F, 葛\xF3\xA0\x84\x80城\n");
    assert_silent(r, "EN012");
    al_result_free(r);
}

static void control_character(void **state)
{
    (void)state;
    /* ESC (a sequence that hides text), BEL, CSI (C1), a run of two, FF */
    al_result *r = lint_text(FM "Body.\n"
                                "Review.\x1b[8mHidden order.\x1b[0m\n"
                                "Ding \a here, \xc2\x9b" "31m there.\n"
                                "Two \x1b\x1b in a row, a page\f break.\n");
    assert_int_equal(count_findings(r, "EN013", 6), 2);
    assert_int_equal(count_findings(r, "EN013", 7), 2);
    assert_int_equal(count_findings(r, "EN013", 8), 2);
    const al_diagnostic *d = find_finding(r, "EN013", 6);
    assert_int_equal(d->start.column, 8);
    assert_int_equal(d->end.column, 9);
    assert_int_equal(d->severity, AL_WARNING);
    assert_null(d->fix);
    assert_non_null(strstr(d->message, "ESC (U+001B ESCAPE) in the text"));
    d = find_finding(r, "EN013", 7);
    assert_non_null(strstr(d->message, "BEL (U+0007 BELL)"));
    d = find_finding(r, "EN013", 8);
    assert_int_equal(d->start.column, 5);
    assert_int_equal(d->end.column, 7);
    assert_non_null(strstr(d->message, "ESC (U+001B ESCAPE) and 1 more control character"));
    al_result_free(r);
    /* written as an escape in a double-quoted front-matter value */
    r = lint_text("---\nname: a\ndescription: \"Reviews\\e]0;pwned\\a code\"\n---\nBody.\n");
    assert_int_equal(count_findings(r, "EN013", 0), 1);
    d = find_finding(r, "EN013", 3);
    assert_non_null(d);
    assert_int_equal(d->start.column, 14);
    assert_non_null(strstr(d->message, "the value of `description` holds ESC"));
    assert_silent(r, "FM004");
    al_result_free(r);
    /* 30 of them: 20 findings and a summary */
    char big[2000] = FM;
    for (int i = 0; i < 30; i++)
        strcat(big, "x\x07\n");
    r = lint_text(big);
    assert_int_equal(count_findings(r, "EN013", 0), 21);
    al_result_free(r);
}

static void control_character_silent(void **state)
{
    (void)state;
    /* tab, CRLF, escapes written out, tab and newline escapes in YAML */
    al_result *r = lint_text("---\r\nname: a\r\ndescription: \"one\\ttwo\\nthree\"\r\n---\r\n"
                             "Colours:\t`\\e[31m` or `\\x1b[0m` or ^[ in a block.\r\n");
    assert_silent(r, "EN013");
    al_result_free(r);
    /* C1 characters that are mojibake are EN008's: "’" read as Latin-1 */
    r = lint_text(FM "It\xc3\xa2\xc2\x80\xc2\x99s here.\n");
    assert_fires(r, "EN008", 5);
    assert_silent(r, "EN013");
    al_result_free(r);
    /* NUL is EN002's, a bare CR EN003's */
    const char t[] = FM "a\rb\n";
    r = lint_bytes(t, sizeof t - 1);
    assert_silent(r, "EN013");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_text_stays_clean),
        cmocka_unit_test(invalid_utf8),
        cmocka_unit_test(nul_byte),
        cmocka_unit_test(bare_cr),
        cmocka_unit_test(replacement_character),
        cmocka_unit_test(byte_order_mark),
        cmocka_unit_test(line_endings),
        cmocka_unit_test(missing_final_newline),
        cmocka_unit_test(mojibake),
        cmocka_unit_test(bidi_control),
        cmocka_unit_test(zero_width),
        cmocka_unit_test(tag_characters),
        cmocka_unit_test(hidden_format),
        cmocka_unit_test(control_character),
        cmocka_unit_test(control_character_silent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
