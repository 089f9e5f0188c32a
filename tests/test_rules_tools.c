/* Tool-list rules (CC010-CC016), over the three forms `tools` takes. */
#include <string.h>

#include "support.h"

static al_result *with_tools(const char *tools_lines)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "---\nname: a\ndescription: d\n%s---\nBody.\n", tools_lines);
    return lint_text(buf);
}

static void all_three_forms_accepted(void **state)
{
    (void)state;
    const char *forms[] = {
        "tools: Read, Grep, Glob, Bash(npm run *), Agent(explorer), mcp__github__create_issue\n",
        "tools: [\"Read\", \"Grep\", mcp__github, 'mcp__linear__*']\n",
        "tools:\n  - Read\n  - Grep\n  - Task(explorer)\n",
        "tools: Read\ndisallowedTools: Read, mcp__*\n", /* in both lists: legal */
        "tools: []\n",
        "tools: \"Bash(git add, git commit), Read\"\n",
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        al_result *r = with_tools(forms[i]);
        for (size_t j = 0; j < al_result_count(r); j++) {
            const al_diagnostic *d = al_result_get(r, j);
            /* Task is only a note */
            if (d->severity != AL_INFO) {
                dump_findings(r);
                fail_msg("form %zu has a finding", i);
            }
        }
        al_result_free(r);
    }
}

static void unknown_tool_with_suggestions(void **state)
{
    (void)state;
    al_result *r = with_tools("tools: Read, Grpe, WriteFile, read\n");
    const al_diagnostic *d = find_finding(r, "CC010", 4);
    assert_non_null(d);
    assert_int_equal(d->start.column, 14);
    assert_int_equal(d->end.column, 18);
    assert_non_null(strstr(d->message, "did you mean `Grep`"));
    assert_int_equal(count_findings(r, "CC010", 4), 3);
    al_result_free(r);
    /* a tool name with a word other tools add to it */
    r = with_tools("tools: WriteFile, read_file, BashTool\n");
    const char *want[] = {"did you mean `Write`", "did you mean `Read`", "did you mean `Bash`"};
    size_t seen = 0;
    for (size_t i = 0; i < al_result_count(r); i++) {
        const al_diagnostic *x = al_result_get(r, i);
        if (strcmp(x->rule->code, "CC010") == 0) {
            assert_true(seen < 3);
            assert_non_null(strstr(x->message, want[seen]));
            seen++;
        }
    }
    assert_int_equal(seen, 3);
    al_result_free(r);
    r = with_tools("tools:\n  - Read\n  - Glb\n");
    assert_fires(r, "CC010", 6);
    al_result_free(r);
    r = with_tools("tools: Read Grep Glob\n");
    assert_non_null(strstr(find_finding(r, "CC010", 4)->message, "commas"));
    al_result_free(r);
    r = with_tools("tools: Read, context-manager\n");
    assert_non_null(strstr(find_finding(r, "CC010", 4)->message, "`Agent`"));
    al_result_free(r);
    r = with_tools("tools: Read, chrome-mcp\n");
    assert_non_null(strstr(find_finding(r, "CC010", 4)->message, "an agent or an MCP server"));
    al_result_free(r);
    r = with_tools("disallowedTools: Bsh\n");
    assert_fires(r, "CC010", 4);
    al_result_free(r);
    al_options *o = al_options_new();
    assert_true(al_options_add_known_tool(o, "WriteFile"));
    r = lint_text_with(o, "a.md", "---\nname: a\ndescription: d\ntools: Read, WriteFile\n---\nB\n",
                       AL_FILE_EXPLICIT);
    assert_silent(r, "CC010");
    al_result_free(r);
    al_options_free(o);
}

static void retired_tools_and_fixes(void **state)
{
    (void)state;
    al_result *r = with_tools("tools: Read, MultiEdit, LS, TeamCreate, Task\n");
    const al_diagnostic *d = find_finding(r, "CC011", 4);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    assert_non_null(d->fix);
    assert_true(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "Edit");
    assert_int_equal(d->fix->edits[0].start.column, 14);
    assert_int_equal(count_findings(r, "CC011", 4), 4);
    /* TeamCreate has no replacement, so no fix; Task still works: a note */
    for (size_t i = 0; i < al_result_count(r); i++) {
        d = al_result_get(r, i);
        if (strstr(d->message, "`TeamCreate`")) assert_null(d->fix);
        if (strstr(d->message, "`Task`")) assert_int_equal(d->severity, AL_INFO);
    }
    al_result_free(r);
    /* the replacement is already listed: the fix removes the entry */
    r = with_tools("tools: Read, Edit, MultiEdit\n");
    d = find_finding(r, "CC011", 4);
    assert_non_null(d->fix);
    assert_string_equal(d->fix->edits[0].text, "");
    assert_int_equal(d->fix->edits[0].start.column, 18); /* ", MultiEdit" */
    al_result_free(r);
    r = with_tools("tools: Read, Edit\n");
    assert_silent(r, "CC011");
    al_result_free(r);
    /* changelog v2.1.277: TaskOutput removed (read the output file with Read), so
     * BashOutput no longer points at it; SendFeedback is a tool */
    r = with_tools("tools: TaskOutput, BashOutput, SendFeedback\n");
    assert_int_equal(count_findings(r, "CC011", 4), 2);
    for (size_t i = 0; i < al_result_count(r); i++) {
        d = al_result_get(r, i);
        assert_int_equal(d->severity, AL_WARNING);
        assert_null(strstr(d->message, "use `TaskOutput`"));
        assert_non_null(strstr(d->message, "use `Read`"));
        assert_null(d->fix); /* Read does not do the same job as a direct tool */
    }
    assert_silent(r, "CC010");
    al_result_free(r);
}

static void duplicates_and_empty_entries(void **state)
{
    (void)state;
    al_result *r = with_tools("tools: Read, Grep, Read\n");
    const al_diagnostic *d = find_finding(r, "CC012", 4);
    assert_non_null(d);
    assert_int_equal(d->start.column, 20);
    assert_int_equal(d->fix->edits[0].start.column, 18);
    assert_int_equal(d->fix->edits[0].end.column, 24);
    al_result_free(r);
    r = with_tools("tools:\n  - Read\n  - Read\n");
    d = find_finding(r, "CC012", 6);
    assert_non_null(d);
    assert_int_equal(d->fix->edits[0].start.line, 6);
    assert_int_equal(d->fix->edits[0].end.line, 7);
    al_result_free(r);
    r = with_tools("tools: Read, , Grep,\n");
    assert_int_equal(count_findings(r, "CC013", 4), 2);
    assert_silent(r, "CC012");
    al_result_free(r);
    r = with_tools("tools: Read, Grep\n");
    assert_silent(r, "CC012");
    assert_silent(r, "CC013");
    al_result_free(r);
}

static void mcp_names(void **state)
{
    (void)state;
    al_result *r = with_tools("tools: mcp_github, mcp__*__search, mcp__gh__, mcp__\n");
    assert_int_equal(count_findings(r, "CC014", 4), 4);
    assert_silent(r, "CC010");
    al_result_free(r);
    r = with_tools("tools: Read, mcp__*\n");
    assert_fires(r, "CC015", 4);
    al_result_free(r);
    r = with_tools("tools: Read\ndisallowedTools: mcp__*\n");
    assert_silent(r, "CC015");
    assert_silent(r, "CC014");
    al_result_free(r);
}

static void no_valid_tools(void **state)
{
    (void)state;
    al_result *r = with_tools("tools: Grpe, LS\n");
    assert_fires(r, "CC016", 4);
    assert_int_equal(find_finding(r, "CC016", 4)->severity, AL_ERROR);
    al_result_free(r);
    r = with_tools("tools: Grpe, Read\n");
    assert_silent(r, "CC016");
    al_result_free(r);
    r = with_tools("tools: Grpe, mcp__github\n"); /* the server may be connected */
    assert_silent(r, "CC016");
    al_result_free(r);
    r = with_tools("tools: []\n");
    assert_silent(r, "CC016");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(all_three_forms_accepted),
        cmocka_unit_test(unknown_tool_with_suggestions),
        cmocka_unit_test(retired_tools_and_fixes),
        cmocka_unit_test(duplicates_and_empty_entries),
        cmocka_unit_test(mcp_names),
        cmocka_unit_test(no_valid_tools),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
