/* Body rules about fences (MD002, MD003, MD004, MD005): each fires on its
 * line, and stays silent on the good form. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unterminated_fence),
        cmocka_unit_test(fence_without_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
