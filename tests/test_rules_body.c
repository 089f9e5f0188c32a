/* Body rules about fences (BD002-BD007): each fires on its
 * line, and stays silent on the good form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

#define FM "---\nname: a\ndescription: d\n---\n"

static void unterminated_fence(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Intro.\n\n```json\n{\"a\": 1}\n\n## Rules\n\nBe kind.\n");
    assert_fires(r, "BD002", 7);
    const al_diagnostic *d = find_finding(r, "BD002", 7);
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
    assert_fires(r, "BD002", 5);
    al_result_free(r);
    r = lint_text(FM "```\ncode\n``` x\n");
    assert_fires(r, "BD002", 5);
    al_result_free(r);
    /* never closed inside its list item */
    r = lint_text(FM "- step:\n\n  ```sh\n  ls\n\nAfter the list.\n");
    assert_fires(r, "BD002", 7);
    assert_non_null(strstr(find_finding(r, "BD002", 7)->message, "list item"));
    al_result_free(r);
    /* closed: longer closer, tildes, indented closer, in a list, in a quote */
    r = lint_text(FM "```\na\n`````\n\n~~~\nb\n~~~\n\n  ```\nc\n```\n\n- x\n\n  ```\n  d\n  ```\n\n"
                     "> ```\n> e\n>```\n");
    assert_silent(r, "BD002");
    al_result_free(r);
    /* an indented code block that shows fences is no fence: MkDocs tabs
     * indent their fenced examples four spaces under `=== "Tab"` */
    r = lint_text(FM "=== \"Codex\"\n\n    ```bash\n    npx agent-skills-cli add x\n    ```\n\n"
                     "    Or clone it:\n\n    ```\n    git clone x\n    ```\n\n"
                     "Text.\n\n    ```\n    > Use the code-reviewer subagent\n    ```\n\nEnd.\n\n"
                     "    ```\n");
    assert_silent(r, "BD002");
    assert_silent(r, "BD003");
    al_result_free(r);
    /* a fenced block whose first line repeats its opener is still fenced */
    r = lint_text(FM "```sh\n```sh\nls\n```\n```\n\n## Next\n\nText.\n");
    assert_fires(r, "BD006", 5);
    al_result_free(r);
    /* backticks inside a tilde fence, and a tilde fence inside backticks */
    r = lint_text(FM "~~~md\n```\n~~~\n\n````\n~~~\n````\n");
    assert_silent(r, "BD002");
    al_result_free(r);
}

static void fence_without_language(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Shape:\n\n```\n{}\n```\n\n    indented code\n");
    assert_fires(r, "BD003", 7);
    assert_int_equal(find_finding(r, "BD003", 7)->severity, AL_INFO);
    assert_int_equal(count_findings(r, "BD003", 0), 1); /* not the closer, not indented code */
    al_result_free(r);
    r = lint_text(FM "```text\nplain\n```\n\n~~~ json\n{}\n~~~\n");
    assert_silent(r, "BD003");
    al_result_free(r);
}

/* Applies every fix (unsafe too) of one rule and returns the text. */
static char *apply_unsafe(const char *text)
{
    al_result *r = lint_text(text);
    size_t len;
    char *out = al_apply_fixes(r, text, strlen(text), true, &len, NULL);
    assert_non_null(out);
    al_result_free(r);
    return out;
}

/* An output template in ```markdown holding its own ```elixir sample: the
 * sample's closer closes the template, and the template's closer opens a
 * block that swallows the sections after it. */
#define NESTED                                                                                     \
    FM "Report like this:\n\n"                                                                     \
       "```markdown\n"         /* 7 */                                                             \
       "# Result: {topic}\n\n" /* 8, 9 */                                                          \
       "- **Sample**:\n"       /* 10 */                                                            \
       "  ```elixir\n"         /* 11 */                                                            \
       "  IO.puts(:ok)\n"      /* 12 */                                                            \
       "  ```\n\n"             /* 13, 14 */                                                        \
       "## Rejected\n"         /* 15 */                                                            \
       "```\n\n"               /* 16, 17 */                                                        \
       "## Red Flags\n\n"      /* 18, 19 */                                                        \
       "Never guess.\n"        /* 20 */

static void nested_fence_closes_outer(void **state)
{
    (void)state;
    al_result *r = lint_text(NESTED);
    assert_fires(r, "BD006", 7);
    const al_diagnostic *d = find_finding(r, "BD006", 7);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 1);
    assert_int_equal(d->end.column, 4);
    assert_non_null(strstr(d->message, "nested ```elixir block (line 11)"));
    assert_non_null(strstr(d->message, "closing fence on line 13"));
    assert_non_null(strstr(d->message, "lines 14-15 of the example are read as text"));
    assert_non_null(strstr(d->message, "fence on line 16"));
    assert_non_null(strstr(d->message, "lines 17-20 into code"));
    assert_non_null(strstr(d->message, "````"));
    assert_non_null(d->fix);
    assert_false(d->fix->safe);
    /* the stray block is BD002's, but appending a closer would be wrong */
    d = find_finding(r, "BD002", 16);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "meant to close the block opened on line 7"));
    assert_null(d->fix);
    assert_silent(r, "BD003"); /* the bare fence is a closer, not an opener */
    al_result_free(r);

    /* the unsafe fix lengthens the outer fence and its intended closer */
    char *fixed = apply_unsafe(NESTED);
    assert_non_null(strstr(fixed, "\n````markdown\n"));
    assert_non_null(strstr(fixed, "## Rejected\n````\n"));
    r = lint_text(fixed);
    assert_silent(r, "BD006");
    assert_silent(r, "BD002");
    al_result_free(r);
    free(fixed);

    /* four backticks or tildes around the template are right */
    r = lint_text(FM "````markdown\n# T\n```elixir\nx = 1\n```\n````\n\n"
                     "~~~markdown\n```elixir\ny = 2\n```\n~~~\n\n"
                     "```markdown\n~~~elixir\nz = 3\n~~~\n```\n");
    assert_silent(r, "BD006");
    assert_silent(r, "BD002");
    al_result_free(r);
    /* an inner fence shorter than the outer one cannot close it */
    r = lint_text(FM "````md\n```elixir\nx\n```\n````\n");
    assert_silent(r, "BD006");
    al_result_free(r);
}

static void fence_glued_to_text(void **state)
{
    (void)state;
    const char *text = FM "Report each query:\n\n"
                          "**Original query:**```sql\n" /* 7 */
                          "SELECT 1;\n"                 /* 8 */
                          "```\n\n"                     /* 9, 10 */
                          "Then explain the plan.\n";   /* 11 */
    al_result *r = lint_text(text);
    assert_fires(r, "BD007", 7);
    const al_diagnostic *d = find_finding(r, "BD007", 7);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 20);
    assert_int_equal(d->end.column, 26);
    assert_non_null(strstr(d->message, "line 8 is read as text"));
    assert_non_null(strstr(d->message, "fence on line 9"));
    assert_non_null(strstr(d->message, "lines 10-11 into code"));
    assert_non_null(d->fix);
    assert_false(d->fix->safe);
    d = find_finding(r, "BD002", 9);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "glued to the text on line 7"));
    assert_null(d->fix);
    al_result_free(r);
    char *fixed = apply_unsafe(text);
    assert_non_null(strstr(fixed, "**Original query:**\n```sql\nSELECT 1;\n```\n"));
    r = lint_text(fixed);
    assert_silent(r, "BD007");
    assert_silent(r, "BD002");
    al_result_free(r);
    free(fixed);
    /* without a language too */
    r = lint_text(FM "- **Response:**```\n  Code: 200\n```\n");
    assert_fires(r, "BD007", 5);
    al_result_free(r);
    /* a code span typed with the wrong closer is no fence: moving the run
     * to a line of its own would open a block that swallows the text */
    r = lint_text(FM "## Setup\n\nInstall the dependencies with `npm install```\n"
                     "and start the server with `npm run dev`.\n\n"
                     "Pass ``--watch```ts\nto recompile on change.\n");
    assert_silent(r, "BD007");
    al_result_free(r);
    /* a run inside a code span that closes on a later line is code */
    r = lint_text(FM "Quote the fence as ``x```sql\n`` in the text.\n");
    assert_silent(r, "BD007");
    al_result_free(r);
    /* but a closed code span before a glued fence leaves it a fence */
    r = lint_text(FM "Run `mix test`:```bash\nmix test\n```\n\nThen report.\n");
    assert_fires(r, "BD007", 5);
    al_result_free(r);
    /* code spans, a fence on its own line, a fence in a code block */
    r = lint_text(
        FM "Use ```sql``` spans, or a`` ```sql `` one.\n\nText ```\n\n```sql\nx```sql\n```\n");
    assert_silent(r, "BD007");
    al_result_free(r);
}

static void stray_closing_fence(void **state)
{
    (void)state;
    /* a template whose opener was lost: only prose follows the closer */
    const char *text = FM "**Output:**\n## Report\n- [assessment]\n- Missing files: list them\n"
                          "```\n\nThis agent keeps its reports short and to the point.\n";
    al_result *r = lint_text(text);
    const al_diagnostic *d = find_finding(r, "BD002", 9);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "delete this stray fence"));
    assert_non_null(d->fix);
    assert_false(d->fix->safe);
    assert_int_equal(d->fix->edit_count, 1);
    assert_string_equal(d->fix->edits[0].text, "");
    assert_silent(r, "BD003");
    al_result_free(r);
    char *fixed = apply_unsafe(text);
    assert_null(strstr(fixed, "```"));
    free(fixed);
    /* a closer typed twice */
    r = lint_text(FM "```sh\nls\n```\n```\n\n## Next\n\nDo x\n");
    d = find_finding(r, "BD002", 8);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "right after the block closed on line 7"));
    assert_non_null(strstr(d->message, "delete this stray fence"));
    al_result_free(r);
    /* prose after a fence that a label introduces is an example left open */
    r = lint_text(FM "A sample reply:\n```\nThanks for your patience with this today.\n");
    d = find_finding(r, "BD002", 6);
    assert_non_null(d);
    assert_null(strstr(d->message, "stray"));
    al_result_free(r);
    /* code after a bare opener is a block left open: close it at the end */
    r = lint_text(FM "Run:\n\n```\nmix test\nmix format\n");
    d = find_finding(r, "BD002", 7);
    assert_non_null(d);
    assert_null(strstr(d->message, "stray"));
    assert_string_equal(d->fix->edits[0].text, "```\n");
    al_result_free(r);
}

/* A stray fence with nothing after it opens an empty block at the end of
 * the file: nothing is read as code, so it is no error. Shapes from real
 * files: a closer typed twice at the end of a reference page, a closer left
 * after a block that was already closed, and the intended closer of a
 * template that a nested block closed early (BD006 says it). */
static void stray_fence_with_nothing_after(void **state)
{
    (void)state;
    const char *twice = FM "Move the item:\n\n```bash\ngh project item-edit --id X\n```\n```\n";
    al_result *r = lint_text(twice);
    const al_diagnostic *d = find_finding(r, "BD002", 10);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_INFO);
    assert_non_null(strstr(d->message, "nothing after it"));
    assert_non_null(strstr(d->message, "right after a block that is closed"));
    assert_non_null(d->fix);
    assert_true(d->fix->safe);
    assert_silent(r, "BD003");
    al_result_free(r);
    char *fixed = apply_unsafe(twice);
    assert_string_equal(fixed, FM "Move the item:\n\n```bash\ngh project item-edit --id X\n```\n");
    free(fixed);
    /* after prose, trailing blank lines, no final newline */
    r = lint_text(FM "```xml\n<a/>\n```\n\nEach entry has a title.\n\n```\n\n\n");
    d = find_finding(r, "BD002", 11);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_INFO);
    assert_non_null(strstr(d->message, "no block is left for it to close"));
    assert_silent(r, "BD003");
    al_result_free(r);
    r = lint_text(FM "Text.\n\n```");
    assert_int_equal(find_finding(r, "BD002", 7)->severity, AL_INFO);
    al_result_free(r);
    /* one line after it is still an error */
    r = lint_text(FM "Text.\n\n```\nmix test\n");
    assert_int_equal(find_finding(r, "BD002", 7)->severity, AL_ERROR);
    al_result_free(r);

    /* the closer of a template that a nested block closed early: BD006 says
     * where it is left, and BD002 says nothing more */
    const char *nested = FM "Use this template:\n\n"
                            "```md\n"          /* 7 */
                            "## Spec\n"        /* 8 */
                            "```code\n"        /* 9 */
                            "example\n"        /* 10 */
                            "```\n"            /* 11 */
                            "\n"               /* 12 */
                            "[Link to docs]\n" /* 13 */
                            "```\n";           /* 14 */
    r = lint_text(nested);
    assert_silent(r, "BD002");
    assert_silent(r, "BD003");
    d = find_finding(r, "BD006", 7);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "lines 12-13 of the example are read as text"));
    assert_non_null(strstr(d->message, "the fence on line 14, meant to close this block, is left "
                                       "over at the end of the file, where it opens an empty code "
                                       "block"));
    al_result_free(r);
    /* the closer of a glued fence, at the end: BD007 says it */
    r = lint_text(FM "**Query:**```sql\nSELECT 1;\n```\n");
    assert_silent(r, "BD002");
    d = find_finding(r, "BD007", 5);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "the fence on line 7, meant to close the block, is left "
                                       "over at the end of the file"));
    al_result_free(r);
}

static void yaml_block(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Config:\n\n```yaml\nserver:\n  port: 80\n   host: x\n```\n");
    assert_fires(r, "BD004", 10);
    const al_diagnostic *d = find_finding(r, "BD004", 10);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 8);
    al_result_free(r);
    /* inside a list item: the line and column are the file's */
    r = lint_text(FM "- step\n\n  ```yml\n  a: [1, 2\n  b: 3\n  ```\n");
    assert_fires(r, "BD004", 9);
    al_result_free(r);
    r = lint_text(
        FM "```yaml\nname: a\nlist:\n  - x\n  - y: 1\n```\n\n```yaml\nkey: {{ value }}\n```\n"
           "\n```yaml\n---\na: 1\n---\nb: 2\n```\n");
    assert_silent(r, "BD004");
    al_result_free(r);
    /* `${` and `{{` inside quoted strings (pasted JavaScript) do not make a template */
    r = lint_text(FM "```yaml\nscript: \"const url = `${base}/{{id}}`\"\nnote: 'it''s {{x}}'\n"
                     "steps:\n  - run: echo\n   bad: indent\n```\n");
    assert_fires(r, "BD004", 10);
    al_result_free(r);
    /* Helm, Go and Jinja templates are expanded before YAML is parsed: an
     * action inside quotes that holds the same quote makes a template too */
    r = lint_text(FM
                  "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n"
                  "  name: \"{{ include \"my-app.fullname\" . }}-test-connection\"\n"
                  "spec:\n  containers:\n  - name: wget\n"
                  "    args: ['{{ include \"my-app.fullname\" . }}:{{ .Values.service.port }}']\n"
                  "```\n\n"
                  "```yaml\n{{- if .Values.ingress.enabled }}\nkind: Ingress\nmetadata:\n"
                  "  name: {{ include \"my-app.fullname\" . }}\n{{- end }}\n```\n\n"
                  "```yaml\nenv:\n{% for k, v in env.items() %}\n  - name: \"{{ k }}\"\n"
                  "{% endfor %}\n```\n\n"
                  "```yaml\n- debug:\n    msg: '{{ lookup('env', 'HOME') }}'\n```\n");
    assert_silent(r, "BD004");
    al_result_free(r);
    /* a quoted action without that quote is a string: the block is checked */
    r = lint_text(FM "```yaml\nimage: \"{{ .Values.image.repository }}\"\n"
                     "ports:\n  - 80\n   bad: indent\n```\n");
    assert_fires(r, "BD004", 9);
    al_result_free(r);
    /* many unclosed actions on one line are read once (and checked) */
    {
        size_t n = 200000;
        char *text = malloc(n * 2 + 64);
        assert_non_null(text);
        char *w = text + sprintf(text, FM "```yaml\nk: \"");
        for (size_t i = 0; i < n; i++, w += 2)
            memcpy(w, "{{", 2);
        strcpy(w, "\"\n  x: 1\n```\n");
        r = lint_text(text);
        assert_fires(r, "BD004", 7);
        al_result_free(r);
        free(text);
    }
    /* outside quotes they do, and so does an elision in a comment */
    r = lint_text(FM "```yaml\nurl: ${BASE}\n  bad: indent\n```\n\n```yaml\na: don't\n"
                     "# ...\n  b: 1\n```\n");
    assert_silent(r, "BD004");
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
        assert_fires(r, "BD005", bad[i].line);
        const al_diagnostic *d = find_finding(r, "BD005", bad[i].line);
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
    assert_silent(r, "BD005");
    al_result_free(r);
    /* an unclosed block is BD002's; it is not also parsed */
    r = lint_text(FM "```json\n{\"a\": \n");
    assert_silent(r, "BD005");
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
    assert_fires(r, "BD005", 6);
    const al_diagnostic *d = find_finding(r, "BD005", 6);
    assert_int_equal(d->severity, AL_INFO);
    assert_int_equal(d->start.column, 513);
    assert_non_null(strstr(d->message, "not checked"));
    assert_fires(r, "BD004", 10);
    d = find_finding(r, "BD004", 10);
    assert_int_equal(d->severity, AL_INFO);
    assert_int_equal(d->start.column, 67);
    al_result_free(r);
    r = lint_text(FM "```json\n[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]\n```\n\n"
                     "```yaml\nx: [[[[[[[[[[1]]]]]]]]]]\n```\n");
    assert_silent(r, "BD005");
    assert_silent(r, "BD004");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unterminated_fence),
        cmocka_unit_test(too_deep_blocks_are_noted),
        cmocka_unit_test(fence_without_language),
        cmocka_unit_test(nested_fence_closes_outer),
        cmocka_unit_test(fence_glued_to_text),
        cmocka_unit_test(stray_closing_fence),
        cmocka_unit_test(stray_fence_with_nothing_after),
        cmocka_unit_test(yaml_block),
        cmocka_unit_test(json_block),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
