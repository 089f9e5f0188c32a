/* The public API: options, rule registry, results. */
#include <string.h>

#include "rules/rule.h"
#include "support.h"

static void registry_codes_and_names_are_unique(void **state)
{
    (void)state;
    size_t n = al_rule_count();
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        const al_rule_info *a = al_rule_at(i);
        assert_non_null(a->summary);
        for (size_t j = i + 1; j < n; j++) {
            const al_rule_info *b = al_rule_at(j);
            assert_string_not_equal(a->code, b->code);
            assert_string_not_equal(a->name, b->name);
        }
        /* names are kebab-case */
        for (const char *p = a->name; *p; p++)
            assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
    }
}

/* A row has a check function exactly when the engine does not find the rule
 * itself; a rule that finds secrets runs per file (redact.c runs it when it
 * is off, to mask all the same). */
static void registry_flags_match_the_rows(void **state)
{
    (void)state;
    size_t run_level = 0;
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule *r = &al_rule_table[i];
        assert_ptr_equal(al_rule_of(&r->info), r);
        bool runs = (r->flags & AL_RULE_RUN_LEVEL) != 0;
        if (runs == (r->check != NULL)) fprintf(stderr, "%s: check and flags disagree\n", r->info.code);
        assert_true(runs != (r->check != NULL));
        if (r->flags & AL_RULE_FINDS_SECRETS) assert_false(runs);
        run_level += runs;
    }
    /* CC004, CC021, SK008, SK009, MC003 (checks across files), AL001, AL002 (suppressions) */
    assert_int_equal(run_level, 7);
    assert_true(al_rule_of(al_rule_find("SEC001"))->flags & AL_RULE_FINDS_SECRETS);
    assert_true(al_rule_of(al_rule_find("EXA002"))->flags & AL_RULE_SOFTENED_IN_BAD_EXAMPLES);
    assert_false(al_rule_of(al_rule_find("EX001"))->flags & AL_RULE_SOFTENED_IN_BAD_EXAMPLES);
}

static void every_rule_has_an_explanation(void **state)
{
    (void)state;
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *r = al_rule_at(i);
        const char *text = al_rule_explanation(r);
        if (!text) fprintf(stderr, "no docs/rules/%s.md\n", r->code);
        assert_non_null(text);
    }
}

static void rules_are_found_by_code_or_name(void **state)
{
    (void)state;
    const al_rule_info *a = al_rule_find("CC010");
    const al_rule_info *b = al_rule_find("unknown-tool");
    const al_rule_info *c = al_rule_find("cc010");
    assert_non_null(a);
    assert_ptr_equal(a, b);
    assert_ptr_equal(a, c);
    assert_null(al_rule_find("no-such-rule"));
}

static void severity_override_and_off(void **state)
{
    (void)state;
    const char *text = "---\nname: a\ndescription: d\ntools: Read, Frobnicate\n---\nBody.\n";
    al_options *o = al_options_new();
    al_result *r = lint_text_with(o, "a.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(find_finding(r, "CC010", 4)->severity, AL_WARNING);
    al_result_free(r);
    al_options_set_severity(o, al_rule_find("unknown-tool"), AL_ERROR);
    r = lint_text_with(o, "a.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(find_finding(r, "CC010", 4)->severity, AL_ERROR);
    al_result_free(r);
    al_options_set_severity(o, al_rule_find("unknown-tool"), AL_OFF);
    r = lint_text_with(o, "a.md", text, AL_FILE_EXPLICIT);
    assert_silent(r, "CC010");
    al_result_free(r);
    /* a configured extra tool is accepted */
    al_options *o2 = al_options_clone(o);
    al_options_set_severity(o2, al_rule_find("unknown-tool"), AL_WARNING);
    assert_true(al_options_add_known_tool(o2, "Frobnicate"));
    r = lint_text_with(o2, "a.md", text, AL_FILE_EXPLICIT);
    assert_silent(r, "CC010");
    al_result_free(r);
    al_options_free(o2);
    al_options_free(o);
}

static void findings_are_sorted_by_position(void **state)
{
    (void)state;
    al_result *r =
        lint_text("---\nname: A B\ndescription: d\ntools: Foo, Read, Read\ncolour: red\n---\nx\n");
    size_t n = al_result_count(r);
    assert_true(n >= 4);
    for (size_t i = 1; i < n; i++) {
        const al_diagnostic *p = al_result_get(r, i - 1), *d = al_result_get(r, i);
        assert_true(p->start.line < d->start.line ||
                    (p->start.line == d->start.line && p->start.column <= d->start.column));
    }
    al_result_free(r);
}

static void columns_count_code_points(void **state)
{
    (void)state;
    /* "é" is two bytes and one column */
    al_result *r = lint_text("---\nname: a\ndescription: é\nmodel: sonet\n---\nx\n");
    const al_diagnostic *d = find_finding(r, "CC017", 4);
    assert_non_null(d);
    assert_int_equal(d->start.column, 8);
    assert_int_equal(d->end.column, 13);
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: d\ntools: \"Réad, Grép\"\n---\nx\n");
    d = find_finding(r, "CC010", 4);
    assert_non_null(d);
    assert_int_equal(d->start.column, 9); /* inside the quotes */
    al_result_free(r);
}

static void duplicate_names_across_files(void **state)
{
    (void)state;
    const char *a = "---\nname: same\ndescription: d\n---\nx\n";
    al_result *rs[3];
    rs[0] = lint_text_with(NULL, "one.md", a, AL_FILE_EXPLICIT);
    rs[1] = lint_text_with(NULL, "two.md", "---\nname: other\ndescription: d\n---\nx\n",
                           AL_FILE_EXPLICIT);
    rs[2] = lint_text_with(NULL, "three.md", a, AL_FILE_EXPLICIT);
    al_check_across_files(NULL, rs, 3);
    assert_silent(rs[0], "CC004");
    assert_silent(rs[1], "CC004");
    assert_fires(rs[2], "CC004", 2);
    assert_non_null(strstr(find_finding(rs[2], "CC004", 2)->message, "one.md"));
    for (int i = 0; i < 3; i++)
        al_result_free(rs[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(registry_codes_and_names_are_unique),
        cmocka_unit_test(registry_flags_match_the_rows),
        cmocka_unit_test(every_rule_has_an_explanation),
        cmocka_unit_test(rules_are_found_by_code_or_name),
        cmocka_unit_test(severity_override_and_off),
        cmocka_unit_test(findings_are_sorted_by_position),
        cmocka_unit_test(columns_count_code_points),
        cmocka_unit_test(duplicate_names_across_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
