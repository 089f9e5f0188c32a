/* Workflow features of the library: in-file suppressions (AL001, AL002),
 * applying fixes, the FM004 quoting fix, target versions, configuration. */
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "support.h"

#define HEAD "---\nname: a\ndescription: d\ntools: Read, Frobnicate\n---\n"

/* ---- suppressions ---- */

static void disable_next_line_in_body(void **state)
{
    (void)state;
    /* line 6 is the directive, line 7 an empty body finding would be ... use
     * a YAML comment for a front-matter finding and a body directive for a
     * body one. */
    al_result *r = lint_text("---\nname: a\ndescription: d\n---\n"
                             "<!-- agentlint-disable-next-line BD001 -->\n");
    /* BD001 (empty body) is reported on the body's first line, not the next. */
    al_result_free(r);

    r = lint_text("---\nname: a\ndescription: d\ntools: Read, Frobnicate # agentlint-disable-line "
                  "CC010\n---\nBody.\n");
    assert_silent(r, "CC010");
    assert_silent(r, "AL001");
    al_result_free(r);
}

static void yaml_comment_without_list_means_all(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\ntools: Read, Frobnicate  "
                             "# agentlint-disable-line\n---\nBody.\n");
    assert_silent(r, "CC010");
    assert_silent(r, "AL001");
    al_result_free(r);
}

static void yaml_hash_inside_quotes_is_not_a_directive(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: \"x # agentlint-disable-line\"\n"
                             "tools: Read, Frobnicate\n---\nBody.\n");
    assert_fires(r, "CC010", 4);
    al_result_free(r);
}

static void yaml_next_line_and_file(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n# agentlint-disable-next-line "
                             "unknown-tool\ntools: Read, Frobnicate\n---\nBody.\n");
    assert_silent(r, "CC010");
    assert_silent(r, "AL001");
    al_result_free(r);
    r = lint_text(HEAD "<!-- agentlint-disable-file CC010 -->\nBody.\n");
    assert_silent(r, "CC010");
    assert_silent(r, "AL001");
    al_result_free(r);
}

static void body_range_disable_enable(void **state)
{
    (void)state;
    const char *range = HEAD "<!-- agentlint-disable CC010 -->\nBody.\n<!-- agentlint-enable CC010 "
                             "-->\n";
    /* The finding (line 4) is before the range: not suppressed, and the
     * range suppresses nothing. */
    al_result *r = lint_text(range);
    assert_fires(r, "CC010", 4);
    assert_fires(r, "AL001", 6);
    al_result_free(r);
}

static void unused_suppression_reported(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n---\n"
                             "<!-- agentlint-disable-next-line CC010 -->\nBody.\n");
    assert_fires(r, "AL001", 5);
    const al_diagnostic *d = find_finding(r, "AL001", 5);
    assert_int_equal(d->severity, AL_INFO);
    assert_int_equal(d->start.column, 1);
    al_result_free(r);
    /* a rule turned off is not reported as unused */
    al_options *o = al_options_new();
    al_options_set_severity(o, al_rule_find("CC010"), AL_OFF);
    r = lint_text_with(o, "a.md",
                       "---\nname: a\ndescription: d\n---\n"
                       "<!-- agentlint-disable-next-line CC010 -->\nBody.\n",
                       AL_FILE_EXPLICIT);
    assert_silent(r, "AL001");
    al_result_free(r);
    al_options_free(o);
}

/* Two alike inline comments on one line are two places (each comment is
 * looked for after the one before it, which also keeps many on a line
 * linear). */
static void alike_inline_comments_each_at_their_place(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n---\n"
                             "A <!-- agentlint-disable-line CC010 --> b "
                             "<!-- agentlint-disable-line CC010 -->\n");
    assert_int_equal(count_findings(r, "AL001", 5), 2);
    size_t cols[2], k = 0;
    for (size_t i = 0; i < al_result_count(r) && k < 2; i++)
        if (strcmp(al_result_get(r, i)->rule->code, "AL001") == 0)
            cols[k++] = al_result_get(r, i)->start.column;
    assert_int_equal(cols[0], 3);
    assert_int_equal(cols[1], 43);
    al_result_free(r);
}

static void unknown_rule_and_directive(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: d\n---\n"
                             "<!-- agentlint-disable-next-line no-such-rule -- reason -->\n"
                             "Body.\n<!-- agentlint-disable-nextline -->\n");
    assert_fires(r, "AL002", 5);
    assert_fires(r, "AL002", 7);
    assert_silent(r, "AL001"); /* an all-unknown list hides nothing and is not "unused" */
    al_result_free(r);
    /* comma and space separated lists, code or name */
    r = lint_text("---\nname: a\ndescription: d\ntools: Read, Frobnicate, Frobnicate\n---\n"
                  "Body.\n<!-- agentlint-disable-file unknown-tool, CC012 -->\n");
    assert_silent(r, "CC010");
    assert_silent(r, "CC012");
    assert_silent(r, "AL001");
    assert_silent(r, "AL002");
    al_result_free(r);
}

static void directive_in_code_block_is_ignored(void **state)
{
    (void)state;
    al_result *r = lint_text(HEAD "Body.\n\n```html\n<!-- agentlint-disable-file -->\n```\n");
    assert_fires(r, "CC010", 4);
    assert_silent(r, "AL001");
    al_result_free(r);
}

static void inline_suppressions_can_be_turned_off(void **state)
{
    (void)state;
    al_options *o = al_options_new();
    al_options_set_inline_suppressions(o, false);
    al_result *r = lint_text_with(o, "a.md", HEAD "<!-- agentlint-disable-file -->\nBody.\n",
                                  AL_FILE_EXPLICIT);
    assert_fires(r, "CC010", 4);
    assert_silent(r, "AL001");
    al_result_free(r);
    al_options_free(o);
}

static void duplicate_name_suppressed_across_files(void **state)
{
    (void)state;
    const char *a = "---\nname: same\ndescription: d\n---\nBody.\n";
    const char *b = "---\nname: same\ndescription: d\n---\nBody.\n"
                    "<!-- agentlint-disable-file CC004 -->\n";
    al_result *rs[2] = {lint_text_with(NULL, "a.md", a, AL_FILE_EXPLICIT),
                        lint_text_with(NULL, "b.md", b, AL_FILE_EXPLICIT)};
    assert_fires(rs[1], "AL001", 6); /* unused, as far as the file alone goes */
    al_check_across_files(NULL, rs, 2);
    assert_silent(rs[1], "CC004");
    assert_silent(rs[1], "AL001"); /* withdrawn: it did suppress something */
    al_result_free(rs[0]);
    al_result_free(rs[1]);
}

/* ---- fixes ---- */

static char *fix_text(const char *text, bool unsafe, size_t *applied)
{
    al_result *r = lint_text(text);
    size_t len;
    char *out = al_apply_fixes(r, text, strlen(text), unsafe, &len, applied);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    al_result_free(r);
    return out;
}

static void fixes_apply_and_are_idempotent(void **state)
{
    (void)state;
    size_t n;
    char *once =
        fix_text("---\nname: a\ndescription: d\ntools: Read, Grep, Read\n---\nBody.\n", false, &n);
    assert_int_equal(n, 1);
    assert_string_equal(once, "---\nname: a\ndescription: d\ntools: Read, Grep\n---\nBody.\n");
    char *twice = fix_text(once, false, &n);
    assert_int_equal(n, 0);
    assert_string_equal(once, twice);
    free(once);
    free(twice);
}

static void unsafe_fixes_need_asking(void **state)
{
    (void)state;
    size_t n;
    const char *text = "---\nname: a\ndescription: d\nmodel: claude-3-opus-20240229\n---\nBody.\n";
    al_result *r = lint_text(text);
    bool has_unsafe = false;
    for (size_t i = 0; i < al_result_count(r); i++) {
        const al_diagnostic *d = al_result_get(r, i);
        if (d->fix && !d->fix->safe) has_unsafe = true;
    }
    al_result_free(r);
    if (!has_unsafe) return; /* no unsafe fix for this model in the tables */
    char *safe = fix_text(text, false, &n);
    assert_string_equal(safe, text);
    free(safe);
    char *unsafe = fix_text(text, true, &n);
    assert_true(n >= 1);
    assert_string_not_equal(unsafe, text);
    free(unsafe);
}

static void fm004_value_is_quoted(void **state)
{
    (void)state;
    const char *text = "---\nname: a\ndescription: Use it. Triggers on: \"x\", C:\\dir\\\n"
                       "tools: Read\n---\nBody.\n";
    al_result *r = lint_text(text);
    const al_diagnostic *d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_non_null(d->fix);
    assert_true(d->fix->safe);
    al_result_free(r);
    size_t n;
    char *fixed = fix_text(text, false, &n);
    assert_string_equal(fixed, "---\nname: a\ndescription: \"Use it. Triggers on: \\\"x\\\", "
                               "C:\\\\dir\\\\\"\ntools: Read\n---\nBody.\n");
    r = lint_text(fixed);
    assert_silent(r, "FM004");
    assert_non_null(al_result_agent_name(r));
    al_result_free(r);
    free(fixed);
}

static void fm004_multiline_value_is_not_fixed(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: Use it. Triggers on: x\n  more text\n"
                             "---\nBody.\n");
    const al_diagnostic *d = find_finding(r, "FM004", 0);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);
    /* a comment would be lost: no fix */
    r = lint_text("---\nname: a\ndescription: Use it: x # note\n---\nBody.\n");
    d = find_finding(r, "FM004", 0);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);
}

/* al_fix_buffer over text: the fixed text (caller frees) and its result. */
static char *fix_buffer(const char *text, bool unsafe, size_t *applied, al_result **res)
{
    char *out = NULL;
    size_t len = 0;
    *res = al_fix_buffer(NULL, "agent.md", text, strlen(text), AL_FILE_EXPLICIT, unsafe, &out, &len,
                         applied);
    assert_non_null(*res);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

/* The FM004 fix on the shapes pasted Claude examples take: the value a
 * strict parser reads afterwards is what Claude Code's lenient reader
 * loaded (the text after the key on its line, trimmed), or there is no fix. */
static void fm004_fix_keeps_the_loaded_value(void **state)
{
    (void)state;
    size_t n;
    al_result *r;
    /* example lines that are keys only: the value alone is quoted */
    char *out = fix_buffer("---\nname: a\ndescription: Triages bugs. Ask like this: \"triage\"\n"
                           "user: \"What broke overnight?\"\nassistant: \"Calling the triager\"\n"
                           "---\nBody.\n",
                           false, &n, &r);
    assert_int_equal(n, 1);
    assert_string_equal(out, "---\nname: a\ndescription: \"Triages bugs. Ask like this: "
                             "\\\"triage\\\"\"\nuser: \"What broke overnight?\"\n"
                             "assistant: \"Calling the triager\"\n---\nBody.\n");
    assert_silent(r, "FM004");
    al_result_free(r);
    free(out);
    /* trailing blanks are not part of the value; tabs and backslashes are */
    out =
        fix_buffer("---\nname: a\ndescription: Paths: C:\\tmp\tand more \t \nmodel: opus\n---\nB\n",
                   false, &n, &r);
    assert_string_equal(
        out,
        "---\nname: a\ndescription: \"Paths: C:\\\\tmp\\tand more\" \t \nmodel: opus\n---\nB\n");
    al_result_free(r);
    free(out);
    /* CRLF line endings (EN006 makes them LF), and a value that ends the front matter */
    const char *crlf = "---\r\nname: a\r\ndescription: Logs: errors first\r\n---\r\nB\r\n";
    r = lint_text(crlf);
    const al_diagnostic *d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_non_null(d->fix);
    assert_int_equal(d->fix->edit_count, 1);
    assert_string_equal(d->fix->edits[0].text, "\"Logs: errors first\"");
    al_result_free(r);
    out = fix_buffer(crlf, false, &n, &r);
    assert_string_equal(out, "---\nname: a\ndescription: \"Logs: errors first\"\n---\nB\n");
    assert_silent(r, "FM004");
    al_result_free(r);
    free(out);
    /* a separator YAML reads as a line break, Claude Code does not */
    out = fix_buffer("---\nname: a\ndescription: Steps: one\xc2\x85two\n---\nB\n", false, &n, &r);
    assert_string_equal(out, "---\nname: a\ndescription: \"Steps: one\\u0085two\"\n---\nB\n");
    al_result_free(r);
    free(out);
}

static void fm004_no_fix_when_lines_follow(void **state)
{
    (void)state;
    /* pasted example lines at the left margin: not part of the loaded value,
     * yet a strict parser would need them inside it; a line that is no key
     * stops Claude Code's reader too, and the finding is there */
    al_result *r =
        lint_text("---\nname: a\ndescription: Drafts notes. Examples: <example>Context: "
                  "a release\nuser: \"Draft the notes\"\n<commentary>It fits.</commentary>"
                  "\n</example>\nmodel: sonnet\n---\nB\n");
    const al_diagnostic *d = find_finding(r, "FM004", 5);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);
    /* a blank line, then the example */
    r = lint_text("---\nname: a\ndescription: Finds flakes. Use it when: builds fail\n\n<example>\n"
                  "user: \"red again\"\n</example>\n---\nB\n");
    d = find_finding(r, "FM004", 5);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);

    /* indented text under the value */
    r = lint_text("---\nname: a\ndescription: Designs APIs. Good for: naming\n  and versions\n"
                  "---\nB\n");
    d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);
}

/* A stray line names the value it was meant to continue, not the key of the
 * line where the parser gave up. */
static void fm004_stray_line_names_its_value(void **state)
{
    (void)state;
    al_result *r = lint_text("---\nname: a\ndescription: Writes docs. For example\n<example>\n"
                             "user: \"document the API\"\n</example>\n---\nB\n");
    const al_diagnostic *d = find_finding(r, "FM004", 4);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "the value of `description` (line 3)"));
    assert_non_null(strstr(d->message, "stops at line 5"));
    assert_null(strstr(d->message, "`user`"));
    al_result_free(r);
    /* a `: ` on a pasted `user:` line, below a `Context:` line */
    r = lint_text("---\nname: a\ndescription: Writes docs\nContext: a new module\n"
                  "user: Please write: the docs\n---\nB\n");
    d = find_finding(r, "FM004", 5);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "not part of `description` (line 3)"));
    al_result_free(r);
    /* under another field, a custom key is not blamed on it */
    r = lint_text(
        "---\nname: a\ndescription: d\nmodel: opus\nx-team: core\nx-note: a: b\n---\nB\n");
    d = find_finding(r, "FM004", 6);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "the value of `x-note` (line 6)"));
    al_result_free(r);
}

/* The guard of al_fix_buffer: a fix that makes the file worse is rolled
 * back, says why, and does not hold back the good fixes of its pass. */
static void fix_guard_rolls_back(void **state)
{
    (void)state;
    size_t n;
    al_result *r;
    /* quoting the description would let a strict parser reach the broken
     * quote on line 5: a new error */
    const char *text = "---\nname: a\ndescription: Use it for: x\ntools: Read, Read\n"
                       "x-note: \"half\n---\nBody.\n";
    char *out = fix_buffer(text, false, &n, &r);
    assert_int_equal(n, 1); /* the duplicate tool, retried alone */
    assert_string_equal(out, "---\nname: a\ndescription: Use it for: x\ntools: Read\n"
                             "x-note: \"half\n---\nBody.\n");
    const al_diagnostic *d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_null(d->fix);
    assert_non_null(d->fix_refused);
    assert_non_null(strstr(d->fix_refused, "new error"));
    assert_non_null(strstr(d->fix_refused, "line 6"));
    al_result_free(r);
    free(out);
    /* a key no edit touches would change value ('' is one quote to YAML) */
    text = "---\nname: a\ndescription: Use it for: x\nx-label: 'it''s'\n---\nBody.\n";
    out = fix_buffer(text, false, &n, &r);
    assert_int_equal(n, 0);
    assert_string_equal(out, text);
    d = find_finding(r, "FM004", 3);
    assert_non_null(d);
    assert_non_null(d->fix_refused);
    assert_non_null(strstr(d->fix_refused, "`x-label` (line 4)"));
    al_result_free(r);
    free(out);
    /* nothing refused: fix_refused stays NULL, and the text converges */
    out = fix_buffer("---\nname: a\ndescription: d\ntools: Read, MultiEdit, Read\n---\nBody.\n",
                     false, &n, &r);
    assert_int_equal(n, 2);
    assert_string_equal(out, "---\nname: a\ndescription: d\ntools: Read, Edit\n---\nBody.\n");
    for (size_t i = 0; i < al_result_count(r); i++)
        assert_null(al_result_get(r, i)->fix_refused);
    al_result_free(r);
    free(out);
}

static void overlapping_fixes_are_skipped(void **state)
{
    (void)state;
    /* Two duplicates of Read: both fixes delete around the same comma. */
    size_t n;
    char *once =
        fix_text("---\nname: a\ndescription: d\ntools: Read, Read, Read\n---\nBody.\n", false, &n);
    al_result *r = lint_text(once);
    assert_int_equal(count_findings(r, "FM004", 0), 0);
    al_result_free(r);
    char *twice = fix_text(once, false, &n);
    char *thrice = fix_text(twice, false, &n);
    assert_string_equal(thrice, "---\nname: a\ndescription: d\ntools: Read\n---\nBody.\n");
    free(once);
    free(twice);
    free(thrice);
}

/* ---- options and configuration ---- */

static void target_versions(void **state)
{
    (void)state;
    al_options *o = al_options_new();
    assert_null(al_options_target_version(o, "elixir"));
    assert_true(al_options_set_target_version(o, "elixir", "1.15"));
    assert_false(al_options_set_target_version(o, "cobol", "1"));
    al_options *c = al_options_clone(o);
    assert_string_equal(al_options_target_version(c, "elixir"), "1.15");
    al_options_free(c);
    al_options_free(o);
}

static al_config *parse(const char *text, char *err)
{
    return al_config_parse("/proj/.agentlint.yml", text, strlen(text), err, 512);
}

static void config_keys(void **state)
{
    (void)state;
    char err[512];
    al_config *cfg = parse("rules:\n  CC010: error\n  name-format: off\n"
                           "ignore: [drafts, \"*.tmp.md\"]\n"
                           "overrides:\n  - files: [\"legacy/**\"]\n    rules: {CC010: info}\n"
                           "claude-code:\n  tools: [Frobnicate]\n  fields: [team]\n"
                           "  models: [my-model]\n"
                           "name-matches-filename: true\n"
                           "elixir: {version: \"1.15\", otp: \"26\", phoenix: 1.7, liveview: "
                           "\"0.20\", phoenix_html: \"4.1\", ecto: \"3.11\"}\n",
                           err);
    if (!cfg) fprintf(stderr, "%s\n", err);
    assert_non_null(cfg);
    assert_true(al_config_ignores(cfg, "/proj/drafts/a.md"));
    assert_true(al_config_ignores(cfg, "/proj/x/y.tmp.md"));
    assert_false(al_config_ignores(cfg, "/proj/agents/a.md"));
    al_options *o = al_options_new();
    assert_true(al_config_apply(cfg, o, "/proj/agents/a.md"));
    assert_int_equal(al_options_severity(o, al_rule_find("CC010")), AL_ERROR);
    assert_int_equal(al_options_severity(o, al_rule_find("CC003")), AL_OFF);
    assert_int_equal(al_options_severity(o, al_rule_find("CC005")), AL_INFO);
    assert_string_equal(al_options_target_version(o, "phoenix"), "1.7");
    assert_string_equal(al_options_target_version(o, "liveview"), "0.20");
    assert_string_equal(al_options_target_version(o, "phoenix_html"), "4.1");
    al_result *r = lint_text_with(o, "a.md", HEAD "Body.\n", AL_FILE_EXPLICIT);
    assert_silent(r, "CC010"); /* Frobnicate is a known tool now */
    al_result_free(r);
    al_options_free(o);
    o = al_options_new();
    assert_true(al_config_apply(cfg, o, "/proj/legacy/deep/a.md"));
    assert_int_equal(al_options_severity(o, al_rule_find("CC010")), AL_INFO);
    al_options_free(o);
    al_config_free(cfg);
}

/* A configuration gets the front matter's nesting cap: 100k `[` is an error
 * at the 65th, at once (libyaml's loader took quadratic time in the depth). */
static void config_nesting_capped(void **state)
{
    (void)state;
    char err[512];
    size_t n = 100000;
    char *text = malloc(n + 16);
    assert_non_null(text);
    strcpy(text, "rules: ");
    memset(text + 7, '[', n);
    strcpy(text + 7 + n, "\n");
    assert_null(parse(text, err));
    assert_non_null(strstr(err, "/proj/.agentlint.yml:1:71: nested deeper than 64 levels"));
    free(text);
}

static void config_errors_have_positions(void **state)
{
    (void)state;
    char err[512];
    assert_null(parse("rules:\n  CC010: error\ncolour: red\n", err));
    assert_non_null(strstr(err, "/proj/.agentlint.yml:3:1: unknown key `colour`"));
    assert_null(parse("rules:\n  CC010: loud\n", err));
    assert_non_null(strstr(err, ":2:10: severity of `CC010`"));
    assert_null(parse("rules:\n  XX999: error\n", err));
    assert_non_null(strstr(err, ":2:3:"));
    assert_null(parse("overrides:\n  - rules: {CC010: off}\n", err));
    assert_non_null(strstr(err, ":2:5: an override needs `files`"));
    assert_null(parse("elixir: {version: latest}\n", err));
    assert_non_null(strstr(err, ":1:19:"));
    assert_null(parse("claude-code: {tool: [x]}\n", err));
    assert_null(parse("name-matches-filename: maybe\n", err));
    assert_null(parse("rules: [\n", err));
    assert_non_null(strstr(err, "invalid YAML"));
    al_config *empty = parse("", err);
    assert_non_null(empty);
    al_config_free(empty);
}

static void globs(void **state)
{
    (void)state;
    assert_true(al_glob_match_path("*.md", "a/b/c.md"));
    assert_true(al_glob_match_path("drafts", "a/drafts/c.md"));
    assert_true(al_glob_match_path("drafts/", "drafts/c.md"));
    assert_false(al_glob_match_path("drafts/", "x/drafts"));
    assert_true(al_glob_match_path("a/*.md", "a/c.md"));
    assert_false(al_glob_match_path("a/*.md", "a/b/c.md"));
    assert_true(al_glob_match_path("a/**/*.md", "a/c.md"));
    assert_true(al_glob_match_path("a/**/*.md", "a/b/d/c.md"));
    assert_true(al_glob_match_path("**/c.md", "c.md"));
    assert_true(al_glob_match_path("./a/[bc].md", "a/c.md"));
    assert_false(al_glob_match_path("a/[!bc].md", "a/c.md"));
    assert_false(al_glob_match_path("b/*.md", "a/b/c.md"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(disable_next_line_in_body),
        cmocka_unit_test(yaml_comment_without_list_means_all),
        cmocka_unit_test(yaml_hash_inside_quotes_is_not_a_directive),
        cmocka_unit_test(yaml_next_line_and_file),
        cmocka_unit_test(body_range_disable_enable),
        cmocka_unit_test(unused_suppression_reported),
        cmocka_unit_test(alike_inline_comments_each_at_their_place),
        cmocka_unit_test(unknown_rule_and_directive),
        cmocka_unit_test(directive_in_code_block_is_ignored),
        cmocka_unit_test(inline_suppressions_can_be_turned_off),
        cmocka_unit_test(duplicate_name_suppressed_across_files),
        cmocka_unit_test(fixes_apply_and_are_idempotent),
        cmocka_unit_test(unsafe_fixes_need_asking),
        cmocka_unit_test(fm004_value_is_quoted),
        cmocka_unit_test(fm004_multiline_value_is_not_fixed),
        cmocka_unit_test(fm004_fix_keeps_the_loaded_value),
        cmocka_unit_test(fm004_no_fix_when_lines_follow),
        cmocka_unit_test(fm004_stray_line_names_its_value),
        cmocka_unit_test(fix_guard_rolls_back),
        cmocka_unit_test(overlapping_fixes_are_skipped),
        cmocka_unit_test(target_versions),
        cmocka_unit_test(config_keys),
        cmocka_unit_test(config_errors_have_positions),
        cmocka_unit_test(config_nesting_capped),
        cmocka_unit_test(globs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
