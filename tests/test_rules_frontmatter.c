/* Front-matter rules (FM, IN, BD001): each fires on its line, and stays
 * silent on the good form. */
#include <string.h>

#include "support.h"

static void missing_front_matter(void **state)
{
    (void)state;
    al_result *r = lint_text("# Reviewer\n\nYou review code.\n");
    assert_fires(r, "FM001", 1);
    assert_int_equal(find_finding(r, "FM001", 1)->severity, AL_ERROR);
    al_result_free(r);
    /* found by walking a directory: documentation kept beside the agents, a note only */
    r = lint_text_with(NULL, ".claude/agents/notes.md", "# Agents\n", AL_FILE_DISCOVERED);
    assert_int_equal(find_finding(r, "FM001", 1)->severity, AL_INFO);
    al_result_free(r);
    /* a README, or Markdown elsewhere without front matter, is documentation: body rules
     * only, even when named on the command line (pre-commit names files one by one) */
    r = lint_text_with(NULL, ".claude/agents/README.md", "# Agents\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_count(r), 0);
    assert_int_equal(al_result_kind(r), AL_KIND_DOCUMENTATION);
    al_result_free(r);
    r = lint_text_with(NULL, "docs/guide.md", "# Guide\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: d\n---\nBody.\n");
    assert_silent(r, "FM001");
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
}

static void front_matter_not_at_start(void **state)
{
    (void)state;
    al_result *r = lint_text("\n\n---\nname: a\ndescription: d\n---\nBody.\n");
    assert_fires(r, "FM002", 3);
    assert_non_null(strstr(find_finding(r, "FM002", 3)->message, "2 blank lines"));
    assert_silent(r, "FM001");
    al_result_free(r);
    r = lint_text("<!-- generated -->\n---\nname: a\ndescription: d\n---\nBody.\n");
    assert_fires(r, "FM002", 2);
    al_result_free(r);
    /* a thematic break in a document is not misplaced front matter */
    r = lint_text("# Title\n\nText\n\n---\n\nMore: text\n");
    assert_silent(r, "FM002");
    al_result_free(r);
}

static void unterminated(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n--------\nBody.\n");
    assert_fires(r, "FM003", 1);
    assert_non_null(strstr(find_finding(r, "FM003", 1)->message, "line 4"));
    assert_silent(r, "BD001");
    assert_silent(r, "CC001");
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: d\n...\nBody.\n");
    assert_silent(r, "FM003");
    al_result_free(r);
}

static void invalid_yaml_hints(void **state)
{
    (void)state;
    /* unquoted ": " in a description: a warning, Claude Code tolerates it */
    al_result *r =
        lint_text("---\nname: a\ndescription: Reviews code. Examples: after a commit\n---\nB\n");
    const al_diagnostic *d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 36);
    assert_non_null(strstr(d->message, "`description`"));
    assert_non_null(strstr(d->message, "Examples:"));
    al_result_free(r);
    /* a value starting with "*" is an alias */
    r = lint_text("---\nname: a\ndescription: **Expert** reviewer\n---\nB\n");
    d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_ERROR);
    assert_non_null(strstr(d->message, "alias"));
    al_result_free(r);
    /* a continuation line that is not indented */
    r = lint_text(
        "---\nname: a\ndescription: first line\nsecond line without indent\ntools: Read\n---\nB\n");
    d = find_finding(r, "FM004", 0);
    assert_non_null(d);
    assert_int_equal(d->start.line, 4);
    assert_non_null(strstr(d->message, "indent"));
    al_result_free(r);
    /* a key at the left margin under the description: the examples fell out of it */
    r = lint_text("---\nname: a\ndescription: Reviews code\n\nExamples:\n  - <example>\n"
                  "    Context: a commit\n  </example>\n---\nB\n");
    d = find_finding(r, "FM004", 7);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "not part of `description` (line 3)"));
    al_result_free(r);
    /* the quoted form is fine */
    r = lint_text(
        "---\nname: a\ndescription: \"Reviews code. Examples: after a commit\"\n---\nB\n");
    assert_silent(r, "FM004");
    al_result_free(r);
}

static void tolerated_yaml_still_checked(void **state)
{
    (void)state;
    /* Claude Code reads this file despite the ": "; so do the field rules */
    al_result *r = lint_text("---\nname: a\ndescription: Use it for: reviews\ntools: [Read, Grpe]\n"
                             "model: sonet\n---\nB\n");
    assert_fires(r, "FM004", 3);
    assert_fires(r, "CC010", 4);
    assert_fires(r, "CC017", 5);
    assert_silent(r, "CC006");
    assert_silent(r, "CC007");
    al_result_free(r);
    /* other parse errors: Claude Code skips the file, no field findings */
    r = lint_text("---\nname: a\ndescription: **Bold** text\ntools: Grpe\n---\nB\n");
    assert_fires(r, "FM004", 3);
    assert_silent(r, "CC010");
    al_result_free(r);
}

/* The shape of Anthropic's plugin-dev agents (anthropics/claude-code#91871):
 * a description whose first line ends in `Examples:` and runs on, not
 * indented, into pasted <example> blocks. Claude Code 2.1.259 cannot read
 * it: a project agent is dropped, a plugin agent loads with a placeholder
 * description. So FM004 is an error on the first stray line, and no field
 * is judged, as Claude Code reads none. */
#define RUN_ON_EXAMPLES                                                                            \
    "---\n"                                                                                        \
    "name: agent-creator\n"                                                                        \
    "description: Use this agent when the user asks to \"create an agent\". Examples:\n"           \
    "\n"                                                                                           \
    "<example>\n" /* 5 */                                                                          \
    "Context: User wants to create a code review agent\n"                                          \
    "user: \"Create an agent that reviews code\"\n"                                                \
    "assistant: \"I'll use the agent-creator agent.\"\n"                                           \
    "<commentary>\n"                                                                               \
    "User requesting new agent creation.\n"                                                        \
    "</commentary>\n"                                                                              \
    "</example>\n"                                                                                 \
    "\n"                                                                                           \
    "model: sonet\n"                                                                               \
    "color: magenta\n"                                                                             \
    "tools: [\"Write\", \"Raed\"]\n"                                                               \
    "---\n"                                                                                        \
    "You are an elite AI agent architect.\n"

static void run_on_description_is_not_read(void **state)
{
    (void)state;
    al_result *r = lint_text(RUN_ON_EXAMPLES);
    const al_diagnostic *d = find_finding(r, "FM004", 5);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_ERROR);
    assert_int_equal(d->start.column, 1);
    assert_int_equal(count_findings(r, "FM004", 0), 1);
    assert_non_null(strstr(d->message, "line 5 (`<example>`)"));
    assert_non_null(strstr(d->message, "value of `description` (line 3)"));
    assert_non_null(strstr(d->message, "not even by Claude Code's own reader"));
    assert_non_null(strstr(d->message, "skips an agent"));
    assert_non_null(strstr(d->message, "`description: |`"));
    assert_null(d->fix);
    /* the fields Claude Code never reads are not judged */
    assert_silent(r, "CC008");
    assert_silent(r, "CC010");
    assert_silent(r, "CC017");
    assert_silent(r, "CC007");
    assert_silent(r, "CC006");
    al_result_free(r);
    /* as a plugin agent (a folder with a manifest): test_cli.py, plugin_agents */
    /* the same examples as one line (literal \n), or indented, are read */
    r = lint_text("---\nname: a\ndescription: Use it. Examples:\\n<example>\\nuser: \"x\"\n"
                  "model: sonet\n---\nB\n");
    d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    assert_fires(r, "CC017", 4);
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: |\n  Use it. Examples:\n\n  <example>\n"
                  "  user: \"x\"\n  </example>\nmodel: sonnet\n---\nB\n");
    assert_silent(r, "FM004");
    al_result_free(r);
    /* stray keys of a pasted example between one-line values are still read
     * the lenient way: only a line that is no key stops the reader */
    r = lint_text("---\nname: a\ndescription: Use it. Examples: one\nuser: \"x\"\n"
                  "tools:\n- Read\n# a comment\n---\nB\n");
    d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    al_result_free(r);
}

static void not_a_mapping(void **state)
{
    (void)state;
    al_result *r = lint_text("---\n- name: a\n- description: d\n---\nB\n");
    assert_fires(r, "FM005", 2);
    al_result_free(r);
    r = lint_text("---\njust text\n---\nB\n");
    assert_fires(r, "FM005", 2);
    al_result_free(r);
}

static void duplicate_key(void **state)
{
    (void)state;
    al_result *r =
        lint_text("---\nname: a\ndescription: d\ntools: Read\nmodel: opus\ntools: Grep\n---\nB\n");
    assert_fires(r, "FM006", 6);
    assert_non_null(strstr(find_finding(r, "FM006", 6)->message, "line 4"));
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: d\nhooks:\n  Stop: []\n  PreToolUse: []\n---\nB\n");
    assert_silent(r, "FM006");
    al_result_free(r);
}

static void empty_body(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n---\n\n  \n");
    assert_fires(r, "BD001", 4);
    al_result_free(r);
    r = lint_text("---\nname: a\ndescription: d\n---\nYou review code.\n");
    assert_silent(r, "BD001");
    al_result_free(r);
}

static void binary_and_huge_input(void **state)
{
    (void)state;
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    al_result *r = al_lint_buffer(NULL, "x.md", png, sizeof png - 1, AL_FILE_EXPLICIT);
    assert_fires(r, "IN001", 1);
    assert_int_equal(al_result_count(r), 1); /* nothing else is parsed */
    al_result_free(r);
    al_options *o = al_options_new();
    al_options_set_max_file_size(o, 10);
    r = lint_text_with(o, "x.md", "---\nname: a\ndescription: d\n---\nBody.\n", AL_FILE_EXPLICIT);
    assert_fires(r, "IN002", 1);
    assert_int_equal(al_result_count(r), 1);
    al_result_free(r);
    al_options_free(o);
    r = lint_text("---\nname: a\ndescription: d\n---\nBody.\n");
    assert_silent(r, "IN001");
    assert_silent(r, "IN002");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(missing_front_matter),  cmocka_unit_test(front_matter_not_at_start),
        cmocka_unit_test(unterminated),          cmocka_unit_test(invalid_yaml_hints),
        cmocka_unit_test(not_a_mapping),         cmocka_unit_test(tolerated_yaml_still_checked),
        cmocka_unit_test(duplicate_key),         cmocka_unit_test(empty_body),
        cmocka_unit_test(binary_and_huge_input), cmocka_unit_test(run_on_description_is_not_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
