/* Other tools' agent and rule files: Copilot (CP), OpenCode (OC), Gemini
 * CLI (GM), Cursor (CU). Each rule fires on its line, and stays silent on
 * the valid spelling and on the other kinds. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#define COPILOT      ".github/agents/a.agent.md"
#define OPENCODE     ".opencode/agents/a.md"
#define GEMINI       ".gemini/agents/a.md"
#define CURSOR_AGENT ".cursor/agents/a.md"
#define CURSOR_RULE  ".cursor/rules/a.mdc"
#define INSTRUCTIONS ".github/instructions/elixir.instructions.md"
#define PROMPT       ".github/prompts/release.prompt.md"
#define CLAUDE_RULE  ".claude/rules/ecto.md"

static al_result *lint_at(const char *path, const char *text)
{
    return lint_text_with(NULL, path, text, AL_FILE_EXPLICIT);
}

/* Fires on line of the file at path, with that text. */
static void fires(const char *path, const char *text, const char *code, size_t line)
{
    al_result *r = lint_at(path, text);
    assert_fires(r, code, line);
    al_result_free(r);
}

static void silent(const char *path, const char *text, const char *code)
{
    al_result *r = lint_at(path, text);
    assert_silent(r, code);
    al_result_free(r);
}

static al_severity severity_of(const char *path, const char *text, const char *code)
{
    al_result *r = lint_at(path, text);
    const al_diagnostic *d = find_finding(r, code, 0);
    assert_non_null(d);
    al_severity s = d->severity;
    al_result_free(r);
    return s;
}

/* ---- Copilot ---- */

static void copilot_fields(void **state)
{
    (void)state;
    const char *ok = "---\nname: Reviewer\ndescription: d\ntarget: vscode\ninfer: false\n---\nB\n";
    fires(COPILOT, "---\nname: r\n---\nB\n", "CP001", 1);
    fires(COPILOT, "---\ndescription: \"  \"\n---\nB\n", "CP001", 2);
    silent(COPILOT, ok, "CP001");
    fires(COPILOT, "---\ndescription: d\ncolour: red\n---\nB\n", "CP002", 3);
    silent(COPILOT, "---\ndescription: d\nargument-hint: x\nhandoffs: []\n---\nB\n", "CP002");
    fires(COPILOT, "---\ndescription: d\ntarget: github\n---\nB\n", "CP003", 3);
    fires(COPILOT, "---\ndescription: d\nuser-invocable: yes\n---\nB\n", "CP003", 3);
    fires(COPILOT, "---\ndescription: d\nmetadata: [a]\n---\nB\n", "CP003", 3);
    fires(COPILOT, "---\ndescription: d\ntools: {read: true}\n---\nB\n", "CP003", 3);
    silent(COPILOT, "---\ndescription: d\nmetadata:\n  a: b\ntools: read, edit\n---\nB\n", "CP003");
    fires(COPILOT, ok, "CP004", 5);
    silent(COPILOT, "---\ndescription: d\ndisable-model-invocation: true\n---\nB\n", "CP004");
    /* the same keys are not Copilot's business in a Claude Code agent */
    silent(".claude/agents/a.md", "---\nname: a\ndescription: d\ninfer: true\n---\nB\n", "CP004");
}

static void copilot_tools(void **state)
{
    (void)state;
    al_result *r =
        lint_at(COPILOT, "---\ndescription: d\ntools: [\"read\", \"serach\", x/]\n---\nB\n");
    const al_diagnostic *d = find_finding(r, "CP005", 3);
    assert_non_null(d);
    assert_int_equal(d->start.column, 18);
    assert_int_equal(d->end.column, 24);
    assert_non_null(strstr(d->message, "did you mean `search`"));
    assert_int_equal(count_findings(r, "CP005", 3), 2);
    al_result_free(r);
    fires(COPILOT, "---\ndescription: d\ntools: read, Exceute\n---\nB\n", "CP005", 3);
    /* aliases in any case, Claude names, MCP forms, "*" and product tools */
    silent(COPILOT,
           "---\ndescription: d\ntools: [READ, Bash, NotebookEdit, github/*, \"*\", "
           "azure.ext/tool, runCommands, codebase]\n---\nB\n",
           "CP005");
    silent(COPILOT, "---\ndescription: d\ntools: []\n---\nB\n", "CP005");
    /* YAML Copilot cannot parse: invalid-yaml says it, not a guess at the tools */
    silent(COPILOT, "---\ndescription: a: b\ntools: [raed\n---\nB\n", "CP005");
    fires(COPILOT, "---\ndescription: a: b\ntools: [raed\n---\nB\n", "FM004", 2);
}

static void copilot_prompt_length(void **state)
{
    (void)state;
    size_t n = 30000;
    char *text = malloc(2 * n + 400);
    assert_non_null(text);
    strcpy(text, "---\ndescription: d\n---\n");
    size_t at = strlen(text);
    /* 29,999 characters of body: 299 lines of 99 'é' plus a newline, then 99 more 'é'. */
    for (int line = 0; line < 300; line++) {
        for (int i = 0; i < 99; i++) {
            memcpy(text + at, "\xc3\xa9", 2);
            at += 2;
        }
        if (line < 299) text[at++] = '\n';
    }
    text[at] = '\0';
    silent(COPILOT, text, "CP006"); /* 299 * 100 + 99 = 29,999 */
    strcpy(text + at, "ab\n");
    al_result *r = lint_at(COPILOT, text);
    const al_diagnostic *d = find_finding(r, "CP006", 303);
    assert_non_null(d);
    assert_int_equal(d->start.column, 101); /* the 30,001st character, the 'b' */
    assert_non_null(strstr(d->message, "30002 characters"));
    al_result_free(r);
    silent(OPENCODE, text, "CP006");
    free(text);
}

/* ---- OpenCode ---- */

static void opencode_fields(void **state)
{
    (void)state;
    fires(OPENCODE, "---\nmode: subagent\n---\nB\n", "OC001", 1);
    assert_int_equal(severity_of(OPENCODE, "---\nmode: all\n---\nB\n", "OC001"), AL_WARNING);
    silent(OPENCODE, "---\ndescription: d\n---\nB\n", "OC001");
    fires(OPENCODE, "---\ndescription: d\ntemprature: 0.2\n---\nB\n", "OC002", 3);
    fires(OPENCODE, "---\ndescription: d\npermissionMode: plan\n---\nB\n", "OC002", 3);
    /* provider options pass through: a note, not a warning */
    assert_int_equal(
        severity_of(OPENCODE, "---\ndescription: d\nreasoningEffort: high\n---\nB\n", "OC002"),
        AL_INFO);
    silent(OPENCODE,
           "---\ndescription: d\nmode: primary\nhidden: true\ndisable: false\nprompt: x\n"
           "variant: high\noptions: {a: 1}\nname: n\n---\nB\n",
           "OC002");
}

static void opencode_values(void **state)
{
    (void)state;
    fires(OPENCODE, "---\ndescription: d\nmode: helper\n---\nB\n", "OC003", 3);
    assert_int_equal(severity_of(OPENCODE, "---\ndescription: d\nmode: x\n---\nB\n", "OC003"),
                     AL_ERROR);
    fires(OPENCODE, "---\ndescription: d\ntools: read, write\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\ntools:\n  read: yes please\n---\nB\n", "OC003", 4);
    fires(OPENCODE, "---\ndescription: d\ncolor: cyan\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\ncolor: \"#12345\"\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\nsteps: 0\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\ntemperature: \"0.2\"\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\npermission:\n  bash:\n    \"git *\": sure\n---\nB\n",
          "OC003", 5);
    fires(OPENCODE, "---\ndescription: d\npermission: [edit]\n---\nB\n", "OC003", 3);
    silent(OPENCODE,
           "---\ndescription: d\ncolor: \"#a0B1c2\"\ntools:\n  bash: false\nsteps: 5\n"
           "temperature: 0.7\ntop_p: 1\npermission: ask\n---\nB\n",
           "OC003");
    silent(OPENCODE, "---\ndescription: d\ncolor: primary\npermission:\n  edit: deny\n---\nB\n",
           "OC003");
}

static void opencode_deprecated_model_range(void **state)
{
    (void)state;
    fires(OPENCODE, "---\ndescription: d\nmaxSteps: 5\n---\nB\n", "OC004", 3);
    fires(OPENCODE, "---\ndescription: d\ntools:\n  write: false\n---\nB\n", "OC004", 3);
    silent(OPENCODE, "---\ndescription: d\nsteps: 5\n---\nB\n", "OC004");
    fires(OPENCODE, "---\ndescription: d\nmodel: sonnet\n---\nB\n", "OC005", 3);
    fires(OPENCODE, "---\ndescription: d\nmodel: gpt-5\n---\nB\n", "OC005", 3);
    fires(OPENCODE, "---\ndescription: d\nmodel: anthropic/\n---\nB\n", "OC005", 3);
    silent(OPENCODE, "---\ndescription: d\nmodel: anthropic/claude-sonnet-5-5#high\n---\nB\n",
           "OC005");
    silent(OPENCODE, "---\ndescription: d\nmodel: openrouter/meta/llama-4\n---\nB\n", "OC005");
    fires(OPENCODE, "---\ndescription: d\ntemperature: 2.5\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\ntop_p: 1.5\n---\nB\n", "OC003", 3);
    fires(OPENCODE, "---\ndescription: d\ntop_p: -0.1\n---\nB\n", "OC003", 3);
    silent(OPENCODE, "---\ndescription: d\ntemperature: 2\ntop_p: 0\n---\nB\n", "OC003");
    /* subfolders name the agent (team/reviewer): still OpenCode's */
    fires(".opencode/agents/team/reviewer.md", "---\ndescription: d\ncolor: red\n---\nB\n", "OC003",
          3);
    /* the legacy singular folder is OpenCode's too */
    fires(".opencode/agent/x.md", "---\ndescription: d\nmodel: opus\n---\nB\n", "OC005", 3);
}

/* ---- Gemini CLI ---- */

static void gemini_fields(void **state)
{
    (void)state;
    fires(GEMINI, "---\nname: a\n---\nB\n", "GM001", 1);
    fires(GEMINI, "---\ndescription: d\n---\nB\n", "GM001", 1);
    /* a remote agent needs its card's URL, not a description */
    silent(GEMINI, "---\nname: a\nkind: remote\nagent_card_url: https://x/card\n---\nB\n", "GM001");
    fires(GEMINI, "---\nname: a\nkind: remote\n---\nB\n", "GM001", 1);
    fires(GEMINI, "---\nname: a\ndescription: d\ncolor: blue\n---\nB\n", "GM002", 4);
    fires(GEMINI, "---\nname: a\ndescription: d\nmaxTurns: 5\n---\nB\n", "GM002", 4);
    al_result *r = lint_at(GEMINI, "---\nname: a\ndescription: d\nmaxTurns: 5\n---\nB\n");
    assert_non_null(strstr(find_finding(r, "GM002", 4)->message, "`max_turns`"));
    al_result_free(r);
    silent(GEMINI,
           "---\nname: a\ndescription: d\ndisplay_name: A\nmcpServers: {}\nmcp_servers: {}\n"
           "policy: {}\n---\nB\n",
           "GM002");
    fires(GEMINI, "---\nname: a\ndescription: d\nkind: cloud\n---\nB\n", "GM003", 4);
    fires(GEMINI, "---\nname: a\ndescription: d\ntools: read_file, glob\n---\nB\n", "GM003", 4);
    fires(GEMINI, "---\nname: a\ndescription: d\ntimeout_mins: 1.5\n---\nB\n", "GM003", 4);
    fires(GEMINI, "---\nname: a\ndescription: d\ntemperature: hot\n---\nB\n", "GM003", 4);
    silent(GEMINI,
           "---\nname: a\ndescription: d\nkind: local\ntools: [glob]\nmax_turns: 3\n"
           "temperature: 0\n---\nB\n",
           "GM003");
    fires(GEMINI, "---\nname: Code Reviewer\ndescription: d\n---\nB\n", "GM004", 2);
    fires(GEMINI, "---\nname: code.reviewer\ndescription: d\n---\nB\n", "GM004", 2);
    silent(GEMINI, "---\nname: code_reviewer-2\ndescription: d\n---\nB\n", "GM004");
}

static void gemini_tools_and_model(void **state)
{
    (void)state;
    al_result *r = lint_at(GEMINI, "---\nname: a\ndescription: d\ntools: [Read, grep_serch, "
                                   "mcp__gh__x, mcp_gh, frobnicate]\n---\nB\n");
    assert_int_equal(count_findings(r, "GM005", 4), 5);
    assert_non_null(strstr(find_finding(r, "GM005", 4)->message, "`read_file`"));
    al_result_free(r);
    fires(GEMINI, "---\nname: a\ndescription: d\ntools:\n  - glob\n  - Bash\n---\nB\n", "GM005", 6);
    /* another tool's name is renamed in place, written as it reads */
    r = lint_at(GEMINI, "---\nname: a\ndescription: d\ntools: [glob, \"Bash\", Edit, MultiEdit]\n"
                        "---\nB\n");
    const al_diagnostic *bash = find_finding(r, "GM005", 4);
    assert_non_null(bash);
    assert_int_equal(bash->start.column, 16); /* inside the quotes */
    assert_non_null(bash->fix);
    assert_true(bash->fix->safe);
    assert_int_equal(bash->fix->edit_count, 1);
    assert_string_equal(bash->fix->edits[0].text, "run_shell_command");
    assert_int_equal(bash->fix->edits[0].start.column, 16);
    assert_int_equal(bash->fix->edits[0].end.column, 20);
    /* Edit and MultiEdit both become `replace`: renaming either would name it twice */
    for (size_t i = 0; i < al_result_count(r); i++) {
        const al_diagnostic *d = al_result_get(r, i);
        if (strcmp(d->rule->code, "GM005") == 0 && d != bash) assert_null(d->fix);
    }
    al_result_free(r);
    /* nor when the list already has the Gemini name, nor through an escape */
    r = lint_at(GEMINI, "---\nname: a\ndescription: d\ntools: [Read, read_file, \"B\\x61sh\"]\n"
                        "---\nB\n");
    assert_int_equal(count_findings(r, "GM005", 4), 2);
    for (size_t i = 0; i < al_result_count(r); i++)
        assert_null(al_result_get(r, i)->fix);
    al_result_free(r);
    silent(
        GEMINI,
        "---\nname: a\ndescription: d\ntools: [\"*\", read_file, replace, mcp_*, mcp_github_*, "
        "mcp_github_create_issue, search_file_content, discovered_tool_x, write_todos]\n---\nB\n",
        "GM005");
    fires(GEMINI, "---\nname: a\ndescription: d\nmodel: opus\n---\nB\n", "GM006", 4);
    silent(GEMINI, "---\nname: a\ndescription: d\nmodel: inherit\n---\nB\n", "GM006");
    silent(GEMINI, "---\nname: a\ndescription: d\nmodel: gemini-3-pro-preview\n---\nB\n", "GM006");
    fires(GEMINI, "---\nname: a\ndescription: d\ntemperature: 2.1\n---\nB\n", "GM003", 4);
    silent(GEMINI, "---\nname: a\ndescription: d\ntemperature: 1.5\n---\nB\n", "GM003");
}

/* ---- Cursor ---- */

static void cursor_rules(void **state)
{
    (void)state;
    fires(CURSOR_AGENT, "---\nname: a\ntools: Read\n---\nB\n", "CU001", 3);
    assert_int_equal(severity_of(CURSOR_AGENT, "---\nname: a\ntools: Read\n---\nB\n", "CU001"),
                     AL_INFO);
    fires(CURSOR_RULE, "---\ndescription: d\napplyTo: x\n---\nB\n", "CU001", 3);
    assert_int_equal(severity_of(CURSOR_RULE, "---\napplyTo: x\n---\nB\n", "CU001"), AL_WARNING);
    silent(
        CURSOR_AGENT,
        "---\nname: a\ndescription: d\nmodel: fast\nreadonly: true\nis_background: true\n---\nB\n",
        "CU001");
    silent(CURSOR_RULE, "---\ndescription: d\nglobs: \"*.ex\"\nalwaysApply: false\n---\nB\n",
           "CU001");
    fires(CURSOR_AGENT, "---\nname: a\nreadonly: \"true\"\n---\nB\n", "CU002", 3);
    fires(CURSOR_RULE, "---\nglobs: {a: b}\n---\nB\n", "CU002", 2);
    fires(CURSOR_RULE, "---\nalwaysApply: maybe\n---\nB\n", "CU002", 2);
    silent(CURSOR_RULE, "---\nalwaysApply: yes\n---\nB\n", "CU002");
    /* Cursor reads rules line by line and documents bare globs, which YAML
     * takes for an alias: no invalid-yaml, and the other fields still read */
    silent(CURSOR_RULE, "---\nglobs: *.ts, *.tsx\nalwaysApply: false\n---\nB\n", "FM004");
    fires(CURSOR_RULE, "---\nglobs: *.ts, *.tsx\nalwaysApply: maybe\n---\nB\n", "CU002", 3);
    fires(".claude/agents/a.md", "---\nname: a\ndescription: d\nx: *.ts\n---\nB\n", "FM004", 4);
    silent(CURSOR_RULE, "---\nglobs: [\"lib/**\", \"test/**\"]\nalwaysApply: true\n---\nB\n",
           "CU002");
    fires(CURSOR_AGENT, "---\nname: a\nmodel: gpt-5[effort]\n---\nB\n", "CU003", 3);
    fires(CURSOR_AGENT, "---\nname: a\nmodel: gpt-5[effort=high\n---\nB\n", "CU003", 3);
    fires(CURSOR_AGENT, "---\nname: a\nmodel: \"[effort=high]\"\n---\nB\n", "CU003", 3);
    silent(CURSOR_AGENT, "---\nname: a\nmodel: gpt-5[effort=high, verbosity=low]\n---\nB\n",
           "CU003");
    silent(CURSOR_AGENT, "---\nname: a\nmodel: inherit\n---\nB\n", "CU003");
    fires(".cursor/rules/a.md", "---\nalwaysApply: true\n---\nB\n", "CU004", 1);
    silent(CURSOR_RULE, "---\nalwaysApply: true\n---\nB\n", "CU004");
}

/* Body rules keep running on every dialect. */
/* Copilot instructions and prompt files: their own field tables. */
static void copilot_instructions_and_prompts(void **state)
{
    (void)state;
    const char *ok = "---\napplyTo: \"**/*.ex,**/*.exs\"\nexcludeAgent: code-review\n"
                     "description: Elixir style.\n---\nPrefer pattern matching.\n";
    silent(INSTRUCTIONS, ok, "CP002");
    silent(INSTRUCTIONS, ok, "CP003");
    silent(INSTRUCTIONS, ok, "CP001");                                  /* nothing is required */
    fires(INSTRUCTIONS, "---\napplyto: \"**\"\n---\nX.\n", "CP002", 2); /* did you mean */
    fires(INSTRUCTIONS, "---\napplyTo: [\"**\"]\n---\nX.\n", "CP003", 2);
    fires(INSTRUCTIONS, "---\nglobs: \"*.ex\"\n---\nX.\n", "CP002", 2);
    const char *prompt = "---\ndescription: Release notes.\nagent: ask\n"
                         "tools: ['codebase', 'changes', 'read']\nargument-hint: \"[version]\"\n"
                         "---\nDraft the notes.\n";
    silent(PROMPT, prompt, "CP002");
    silent(PROMPT, prompt, "CP003");
    silent(PROMPT, prompt, "CP004");
    silent(PROMPT, prompt, "CP005");
    fires(PROMPT, "---\nmode: agent\n---\nX.\n", "CP004", 2);
    fires(PROMPT, "---\nargument-hint: [version]\n---\nX.\n", "CP003", 2);
    fires(PROMPT, "---\ntools: ['raed']\n---\nX.\n", "CP005", 2);
    fires(PROMPT, "---\ndescripton: d\n---\nX.\n", "CP002", 2);
    /* the agent rules stay with agents */
    silent(PROMPT, "---\ndescription: d\n---\n" /* no CP006 */, "CP001");
}

/* Claude Code rules: `paths`, its near misses and other tools' keys. */
static void claude_rules(void **state)
{
    (void)state;
    const char *ok = "---\npaths:\n  - \"lib/**/*.ex\"\n  - \"test/[a-z]*_test.exs\"\n---\n"
                     "Use Ecto.\n";
    silent(CLAUDE_RULE, ok, "CR001");
    silent(CLAUDE_RULE, ok, "CR002");
    silent(CLAUDE_RULE, ok, "CR003");
    silent(CLAUDE_RULE, "Always run mix format.\n", "CR001"); /* no front matter: loads always */
    fires(CLAUDE_RULE, "---\npath: lib/**\n---\nX.\n", "CR001", 2);
    assert_int_equal(severity_of(CLAUDE_RULE, "---\npath: lib/**\n---\nX.\n", "CR001"), AL_WARNING);
    assert_int_equal(severity_of(CLAUDE_RULE, "---\nowner: web\n---\nX.\n", "CR001"), AL_INFO);
    fires(CLAUDE_RULE, "---\nglobs: \"lib/**\"\n---\nX.\n", "CR002", 2);
    assert_int_equal(severity_of(CLAUDE_RULE, "---\napplyTo: \"**\"\n---\nX.\n", "CR002"),
                     AL_WARNING);
    assert_int_equal(severity_of(CLAUDE_RULE,
                                 "---\npaths: [\"lib/**\"]\napplyTo: \"lib/**\"\n---\nX.\n",
                                 "CR002"),
                     AL_INFO); /* `paths` scopes it: kept for Copilot */
    fires(CLAUDE_RULE, "---\npaths: [\"lib/[a-z*.ex\"]\n---\nX.\n", "CR003", 2);
    fires(CLAUDE_RULE, "---\npaths: {lib: true}\n---\nX.\n", "CR003", 2);
    /* the same keys elsewhere are other rules' business */
    silent(INSTRUCTIONS, "---\napplyTo: \"**\"\n---\nX.\n", "CR002");
}

static void body_rules_run_everywhere(void **state)
{
    (void)state;
    const char *paths[] = {COPILOT, OPENCODE, GEMINI, CURSOR_AGENT, CURSOR_RULE};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        al_result *r = lint_at(paths[i], "---\ndescription: d\n---\n\n```elixir\ndef f(, do: 1\n"
                                         "```\n\nKey: sk-ant-api03-"
                                         "xgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY"
                                         "40u\n\xe2\x80\x8b\n```\nopen\n");
        assert_fires(r, "EX001", 6);
        assert_fires(r, "SEC001", 9);
        assert_fires(r, "EN010", 10);
        assert_fires(r, "BD002", 11);
        al_result_free(r);
    }
}

/* ---- Claude Code skills and commands ---- */

/* `argument-hint: [file]` is a YAML list: Claude Code joins it into text,
 * and Anthropic's own plugins write it so in commands; a skill is also read
 * by Copilot CLI and VS Code, which refuse the list. */
static void argument_hint_list(void **state)
{
    (void)state;
    const char *command = "---\ndescription: Create a new Claude Agent SDK application\n"
                          "argument-hint: [project-name]\n---\nCreate $ARGUMENTS.\n";
    silent(".claude/commands/new-sdk-app.md", command, "SK002");
    const char *skill = "---\nname: review\ndescription: Reviews one file\n"
                        "argument-hint: [file, depth]\n---\nReview $ARGUMENTS.\n";
    al_result *r = lint_at(".claude/skills/review/SKILL.md", skill);
    const al_diagnostic *d = find_finding(r, "SK002", 4);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    assert_int_equal(d->start.column, 16);
    assert_non_null(strstr(d->message, "Claude Code joins into text"));
    assert_non_null(strstr(d->message, "GitHub Copilot CLI 1.0.65"));
    assert_non_null(strstr(d->message, "VS Code's validator"));
    assert_non_null(strstr(d->message, "`argument-hint: \"[file, depth]\"`"));
    al_result_free(r);
    /* quoted, it is text everywhere */
    silent(".claude/skills/review/SKILL.md",
           "---\ndescription: d\nargument-hint: \"[file]\"\n---\nB\n", "SK002");
    /* a block list in a skill: the same warning, with a generic example */
    r = lint_at(".claude/skills/review/SKILL.md",
                "---\ndescription: d\nargument-hint:\n  - file\n---\nB\n");
    d = find_finding(r, "SK002", 4);
    assert_non_null(d);
    assert_non_null(strstr(d->message, "`argument-hint: \"[file]\"`"));
    al_result_free(r);
    /* a mapping or a nested list is no text for anyone */
    fires(".claude/commands/c.md", "---\ndescription: d\nargument-hint: {file: x}\n---\nB\n",
          "SK002", 3);
    fires(".claude/commands/c.md", "---\ndescription: d\nargument-hint: [[a]]\n---\nB\n", "SK002",
          3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(copilot_fields),
        cmocka_unit_test(copilot_tools),
        cmocka_unit_test(copilot_prompt_length),
        cmocka_unit_test(opencode_fields),
        cmocka_unit_test(opencode_values),
        cmocka_unit_test(opencode_deprecated_model_range),
        cmocka_unit_test(gemini_fields),
        cmocka_unit_test(gemini_tools_and_model),
        cmocka_unit_test(cursor_rules),
        cmocka_unit_test(body_rules_run_everywhere),
        cmocka_unit_test(copilot_instructions_and_prompts),
        cmocka_unit_test(claude_rules),
        cmocka_unit_test(argument_hint_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
