/* Claude Code field rules (CC001-CC009, CC017-CC020). */
#include <string.h>

#include "support.h"

#define HEAD "---\nname: reviewer\ndescription: Reviews code.\n"

static al_result *agent(const char *extra_fields)
{
    char buf[2048];
    snprintf(buf, sizeof buf, HEAD "%s---\nYou review code.\n", extra_fields);
    return lint_text(buf);
}

static void missing_name(void **state)
{
    (void)state;
    al_result *r = lint_text("---\ndescription: d\n---\nB\n");
    assert_fires(r, "CC001", 1);
    assert_int_equal(find_finding(r, "CC001", 1)->severity, AL_ERROR);
    al_result_free(r);
    r = lint_text_with(NULL, ".claude/agents/x.md", "---\ndescription: d\n---\nB\n", AL_FILE_DISCOVERED);
    assert_int_equal(find_finding(r, "CC001", 1)->severity, AL_INFO);
    al_result_free(r);
    r = lint_text("---\nname:\ndescription: d\n---\nB\n");
    assert_fires(r, "CC001", 2);
    al_result_free(r);
    r = agent("");
    assert_silent(r, "CC001");
    al_result_free(r);
    /* an empty front matter (or one of comments only) has no name either, and
     * no description: Claude Code does not load the file (issue 14) */
    const char *empty[] = {"---\n---\nB\n", "---\n# only a comment\n---\nB\n", "---\n\n---\nB\n"};
    for (size_t i = 0; i < 3; i++) {
        r = lint_text(empty[i]);
        assert_fires(r, "CC001", 1);
        assert_fires(r, "CC006", 1);
        assert_non_null(strstr(find_finding(r, "CC001", 1)->message, "the front matter is empty"));
        assert_silent(r, "FM005");
        al_result_free(r);
    }
}

static void name_skipped_and_format(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: review:security\ndescription: d\n---\nB\n");
    assert_fires(r, "CC002", 2);
    assert_silent(r, "CC003");
    al_result_free(r);
    r = lint_text("---\nname: -reviewer\ndescription: d\n---\nB\n");
    assert_fires(r, "CC002", 2);
    al_result_free(r);
    r = lint_text("---\nname: Code Reviewer_2\ndescription: d\n---\nB\n");
    assert_fires(r, "CC003", 2);
    assert_non_null(strstr(find_finding(r, "CC003", 2)->message, "\"code-reviewer-2\""));
    al_result_free(r);
    r = lint_text("---\nname: code-reviewer-2\ndescription: d\n---\nB\n");
    assert_silent(r, "CC002");
    assert_silent(r, "CC003");
    al_result_free(r);
}

static void name_matches_filename_is_opt_in(void **state)
{
    (void)state;
    const char *t = "---\nname: reviewer\ndescription: d\n---\nB\n";
    al_result *r = lint_text_with(NULL, "dir/other.md", t, AL_FILE_EXPLICIT);
    assert_silent(r, "CC005");
    al_result_free(r);
    al_options *o = al_options_new();
    al_options_set_severity(o, al_rule_find("name-matches-filename"), AL_WARNING);
    r = lint_text_with(o, "dir/other.md", t, AL_FILE_EXPLICIT);
    assert_fires(r, "CC005", 2);
    al_result_free(r);
    r = lint_text_with(o, "dir/reviewer.md", t, AL_FILE_EXPLICIT);
    assert_silent(r, "CC005");
    al_result_free(r);
    al_options_free(o);
}

static void missing_description(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\n---\nB\n");
    assert_fires(r, "CC006", 1);
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: \"  \"\n---\nB\n");
    assert_fires(r, "CC006", 3);
    al_result_free(r);
    /* a formatter moved the text onto the next line, making a mapping */
    r = lint_text("---\nname: a\ndescription:\n  Use it: for reviews\n---\nB\n");
    assert_fires(r, "CC006", 3);
    assert_non_null(strstr(find_finding(r, "CC006", 3)->message, "a mapping"));
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: >\n  Folded text\n  is fine.\n---\nB\n");
    assert_silent(r, "CC006");
    al_result_free(r);
}

static void unknown_field(void **state)
{
    (void)state;
    al_result *r = agent("allowed-tools: Read\ndescripton: x\ncategory: web\n");
    assert_fires(r, "CC007", 4);
    assert_non_null(strstr(find_finding(r, "CC007", 4)->message, "did you mean `tools`"));
    assert_fires(r, "CC007", 5);
    assert_non_null(strstr(find_finding(r, "CC007", 5)->message, "did you mean `description`"));
    assert_fires(r, "CC007", 6);
    al_result_free(r);
    /* every documented field, 2026 ones included */
    r = agent(
        "tools: Read\ndisallowedTools: Bash\nmodel: fable\npermissionMode: auto\nmaxTurns: 5\n"
        "skills: [a]\nmcpServers: [github]\nhooks: {}\nmemory: project\nbackground: true\n"
        "effort: xhigh\nisolation: worktree\ncolor: cyan\ninitialPrompt: Go\n");
    assert_silent(r, "CC007");
    assert_silent(r, "CC008");
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    al_options *o = al_options_new();
    assert_true(al_options_add_known_field(o, "category"));
    r = lint_text_with(o, "a.md", HEAD "category: web\n---\nB\n", AL_FILE_EXPLICIT);
    assert_silent(r, "CC007");
    al_result_free(r);
    al_options_free(o);
}

static void invalid_field_values(void **state)
{
    (void)state;
    al_result *r =
        agent("color: magenta\nbackground: yes\nmaxTurns: 0\neffort: hgh\nmemory: [user]\n"
              "tools: {Read: true}\n");
    assert_fires(r, "CC008", 4);
    assert_non_null(strstr(find_finding(r, "CC008", 4)->message, "outside the documented set"));
    assert_null(strstr(find_finding(r, "CC008", 4)->message, "ignored"));
    assert_fires(r, "CC008", 5);
    assert_non_null(find_finding(r, "CC008", 5)->fix);
    assert_fires(r, "CC008", 6);
    assert_fires(r, "CC008", 7);
    assert_non_null(strstr(find_finding(r, "CC008", 7)->message, "did you mean `high`"));
    assert_fires(r, "CC008", 8);
    assert_fires(r, "CC008", 9);
    al_result_free(r);
    r = agent("color: purple\nbackground: false\nmaxTurns: 30\neffort: max\nmemory: local\n");
    assert_silent(r, "CC008");
    al_result_free(r);
}

static void removed_values(void **state)
{
    (void)state;
    al_result *r = agent("permissionMode: delegate\n");
    assert_fires(r, "CC009", 4);
    assert_silent(r, "CC008");
    al_result_free(r);
    r = agent("permissionMode: manual\n");
    assert_silent(r, "CC009");
    assert_silent(r, "CC008");
    al_result_free(r);
}

static void models(void **state)
{
    (void)state;
    al_result *r = agent("model: sonet\n");
    assert_fires(r, "CC017", 4);
    assert_non_null(strstr(find_finding(r, "CC017", 4)->message, "`sonnet`"));
    al_result_free(r);
    r = agent("model: gpt-4o\n");
    assert_fires(r, "CC017", 4);
    al_result_free(r);
    r = agent("model: claude-sonnet-4-20250514\n");
    assert_fires(r, "CC018", 4);
    assert_silent(r, "CC017");
    const al_diagnostic *d = find_finding(r, "CC018", 4);
    assert_non_null(d->fix);
    assert_false(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "sonnet");
    al_result_free(r);
    r = agent("model: us.anthropic.claude-3-5-sonnet-20240620-v1:0\n");
    assert_fires(r, "CC018", 4);
    al_result_free(r);
    const char *fine[] = {"inherit",
                          "opus",
                          "fable",
                          "haiku",
                          "claude-opus-5",
                          "claude-sonnet-4-6",
                          "claude-opus-4-5-20251101",
                          "claude-sonnet-7",
                          "sonnet[1m]",
                          "opusplan"};
    for (size_t i = 0; i < sizeof fine / sizeof *fine; i++) {
        char f[128];
        snprintf(f, sizeof f, "model: %s\n", fine[i]);
        r = agent(f);
        assert_silent(r, "CC017");
        assert_silent(r, "CC018");
        al_result_free(r);
    }
}

static void hooks(void **state)
{
    (void)state;
    al_result *r = agent("hooks:\n  PreToolUse:\n    command: ./x.sh\n  PostToolUze: []\n");
    assert_fires(r, "CC019", 6);
    /* a misspelt event: the hooks rules' (the same checker as settings files) */
    assert_fires(r, "HK001", 7);
    assert_non_null(strstr(find_finding(r, "HK001", 7)->message, "PostToolUse"));
    assert_int_equal(find_finding(r, "CC019", 6)->severity, AL_WARNING);
    al_result_free(r);
    r = agent("hooks:\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: command\n"
              "          command: ./check.sh\n");
    assert_silent(r, "CC019");
    al_result_free(r);
}

static void mcp_servers(void **state)
{
    (void)state;
    al_result *r = agent("mcpServers:\n  github:\n    command: gh\n");
    assert_fires(r, "CC020", 5);
    al_result_free(r);
    r = agent(
        "mcpServers:\n  - linear:\n      type: grpc\n      url: x\n  - local:\n      args: [a]\n");
    assert_fires(r, "MC001", 6); /* type grpc: the MCP rules' */
    assert_fires(r, "CC020", 8); /* at the server's name */
    assert_int_equal(find_finding(r, "CC020", 8)->severity, AL_WARNING);
    assert_int_equal(find_finding(r, "MC001", 6)->severity, AL_WARNING);
    al_result_free(r);
    r = agent("mcpServers:\n  - github\n  - linear:\n      type: http\n      url: https://x\n"
              "  - local:\n      command: npx\n");
    assert_silent(r, "CC020");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_name),
        cmocka_unit_test(name_skipped_and_format),
        cmocka_unit_test(name_matches_filename_is_opt_in),
        cmocka_unit_test(missing_description),
        cmocka_unit_test(unknown_field),
        cmocka_unit_test(invalid_field_values),
        cmocka_unit_test(removed_values),
        cmocka_unit_test(models),
        cmocka_unit_test(hooks),
        cmocka_unit_test(mcp_servers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
