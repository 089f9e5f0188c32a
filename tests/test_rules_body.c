/* Body rules about fences (MD002, MD003, MD004, MD005): each fires on its
 * line, and stays silent on the good form. */
#include <stdio.h>
#include <string.h>

#include "support.h"

#define FM "---\nname: a\ndescription: d\n---\n"

static void unterminated_fence(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Intro.\n\n```json\n{\"a\": 1}\n\n## Rules\n\nBe kind.\n");
    assert_fires(r, "MD002", 7);
    const al_diagnostic *d = find_finding(r, "MD002", 7);
    assert_int_equal(d->severity, AL_ERROR);
    assert_int_equal(d->start.column, 1);
    assert_int_equal(d->end.column, 4);
    assert_non_null(strstr(d->message, "to the end of the file"));
    assert_non_null(d->fix);
    assert_false(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "```\n");
    al_result_free(r);
    /* a shorter closer, or text after the closer, does not close */
    r = lint_text(FM "````\ncode\n```\n");
    assert_fires(r, "MD002", 5);
    al_result_free(r);
    r = lint_text(FM "```\ncode\n``` x\n");
    assert_fires(r, "MD002", 5);
    al_result_free(r);
    /* never closed inside its list item */
    r = lint_text(FM "- step:\n\n  ```sh\n  ls\n\nAfter the list.\n");
    assert_fires(r, "MD002", 7);
    assert_non_null(strstr(find_finding(r, "MD002", 7)->message, "list item"));
    al_result_free(r);
    /* closed: longer closer, tildes, indented closer, in a list, in a quote */
    r = lint_text(FM "```\na\n`````\n\n~~~\nb\n~~~\n\n  ```\nc\n```\n\n- x\n\n  ```\n  d\n  ```\n\n"
                     "> ```\n> e\n>```\n");
    assert_silent(r, "MD002");
    al_result_free(r);
    /* backticks inside a tilde fence, and a tilde fence inside backticks */
    r = lint_text(FM "~~~md\n```\n~~~\n\n````\n~~~\n````\n");
    assert_silent(r, "MD002");
    al_result_free(r);
}

static void fence_without_language(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Shape:\n\n```\n{}\n```\n\n    indented code\n");
    assert_fires(r, "MD003", 7);
    assert_int_equal(find_finding(r, "MD003", 7)->severity, AL_INFO);
    assert_int_equal(count_findings(r, "MD003", 0), 1); /* not the closer, not indented code */
    al_result_free(r);
    r = lint_text(FM "```text\nplain\n```\n\n~~~ json\n{}\n~~~\n");
    assert_silent(r, "MD003");
    al_result_free(r);
}

static void yaml_block(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Config:\n\n```yaml\nserver:\n  port: 80\n   host: x\n```\n");
    assert_fires(r, "MD004", 10);
    const al_diagnostic *d = find_finding(r, "MD004", 10);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 8);
    al_result_free(r);
    /* inside a list item: the line and column are the file's */
    r = lint_text(FM "- step\n\n  ```yml\n  a: [1, 2\n  b: 3\n  ```\n");
    assert_fires(r, "MD004", 9);
    al_result_free(r);
    r = lint_text(
        FM "```yaml\nname: a\nlist:\n  - x\n  - y: 1\n```\n\n```yaml\nkey: {{ value }}\n```\n"
           "\n```yaml\n---\na: 1\n---\nb: 2\n```\n");
    assert_silent(r, "MD004");
    al_result_free(r);
}

static void json_block(void **state)
{
    (void)state;
    static const struct {
        const char *block;
        size_t line, column;
        const char *words;
    } bad[] = {
        {"{\n  \"a\": 1,\n}\n", 7, 9, "trailing comma"},
        {"{\n  'a': 1\n}\n", 7, 3, "single quotes"},
        {"{\n  a: 1\n}\n", 7, 3, "member name"},
        {"{\"a\": 1 \"b\": 2}\n", 6, 9, "`,` or `}`"},
        {"[1, 2,, 3]\n", 6, 7, "JSON value"},
        {"{\"a\": 01}\n", 6, 7, "leading zeros"},
        {"{\"a\": \"x\\q\"}\n", 6, 9, "escape"},
        {"{\"a\": [1, 2}\n", 6, 12, "`,` or `]`"},
        {"{\"decision\": \"allow\" | \"deny\"}\n", 6, 22, "`,` or `}`"},
        {"{\"a\": 1}\n{\"b\": 2} x\n", 7, 10, "after the JSON value"},
        {"{\"a\": \n", 6, 7, "ends"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[256];
        snprintf(text, sizeof text, FM "```json\n%s```\n", bad[i].block);
        al_result *r = lint_text(text);
        assert_fires(r, "MD005", bad[i].line);
        const al_diagnostic *d = find_finding(r, "MD005", bad[i].line);
        if (d->start.column != bad[i].column || !strstr(d->message, bad[i].words))
            fprintf(stderr, "case %zu: %zu:%zu %s\n", i, d->start.line, d->start.column,
                    d->message);
        assert_int_equal(d->start.column, bad[i].column);
        assert_non_null(strstr(d->message, bad[i].words));
        al_result_free(r);
    }
    /* valid JSON, JSON Lines, JSONC, templates and elisions are not reported */
    al_result *r = lint_text(
        FM "```json\n{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9 é \\n\"], \"b\": {}}\n```\n\n"
           "```json\n{\"event\": 1}\n{\"event\": 2}\n```\n\n"
           "```json\n{\n  // a comment\n  \"a\": 1,\n}\n```\n\n"
           "```json\n{\"name\": \"{{ name }}\", \"items\": [...]}\n```\n\n"
           "```json\n{\"a\": 1, …}\n```\n\n```jsonc\n{\"a\": 1,}\n```\n");
    assert_silent(r, "MD005");
    al_result_free(r);
    /* an unclosed block is MD002's; it is not also parsed */
    r = lint_text(FM "```json\n{\"a\": \n");
    assert_silent(r, "MD005");
    al_result_free(r);
}

/* A block nested beyond the checker's depth limit is not checked: a note
 * says so, where checking stopped (issue 14); a deep but shallower one is
 * checked as usual. */
static void too_deep_blocks_are_noted(void **state)
{
    (void)state;
    char text[4096];
    int n = snprintf(text, sizeof text, FM "```json\n");
    for (int i = 0; i < 600; i++)
        text[n++] = '[';
    for (int i = 0; i < 600; i++)
        text[n++] = ']';
    n += snprintf(text + n, sizeof text - (size_t)n, "\n```\n\n```yaml\nx: ");
    for (int i = 0; i < 100; i++)
        text[n++] = '[';
    for (int i = 0; i < 100; i++)
        text[n++] = ']';
    snprintf(text + n, sizeof text - (size_t)n, "\n```\n");
    al_result *r = lint_text(text);
    assert_fires(r, "MD005", 6);
    const al_diagnostic *d = find_finding(r, "MD005", 6);
    assert_int_equal(d->severity, AL_INFO);
    assert_int_equal(d->start.column, 513);
    assert_non_null(strstr(d->message, "not checked"));
    assert_fires(r, "MD004", 10);
    d = find_finding(r, "MD004", 10);
    assert_int_equal(d->severity, AL_INFO);
    assert_int_equal(d->start.column, 67);
    al_result_free(r);
    r = lint_text(FM "```json\n[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]\n```\n\n"
                     "```yaml\nx: [[[[[[[[[[1]]]]]]]]]]\n```\n");
    assert_silent(r, "MD005");
    assert_silent(r, "MD004");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unterminated_fence),
        cmocka_unit_test(too_deep_blocks_are_noted),
        cmocka_unit_test(fence_without_language),
        cmocka_unit_test(yaml_block),
        cmocka_unit_test(json_block),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
