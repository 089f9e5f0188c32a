/* File kinds: names, the path table, forced kinds and `kinds:` globs, the
 * content refinement, and which rules run on which kind. */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/options.h"
#include "support.h"

static void names_round_trip(void **state)
{
    (void)state;
    for (int k = AL_KIND_AGENT; k < AL_KIND_COUNT; k++)
        assert_int_equal(al_kind_parse(al_kind_name((al_file_kind)k)), k);
    assert_string_equal(al_kind_name(AL_KIND_PLUGIN_MANIFEST), "plugin-manifest");
    assert_int_equal(al_kind_parse("robot"), -1);
    assert_int_equal(al_kind_parse("Agent"), -1);
}

static void path_table(void **state)
{
    (void)state;
    static const struct {
        const char *path;
        al_file_kind kind;
    } cases[] = {
        {".claude/agents/reviewer.md", AL_KIND_AGENT},
        {"repo/.claude/agents/sub/deep.md", AL_KIND_AGENT},
        {".claude/agents/README.md", AL_KIND_DOCUMENTATION},
        {".claude/agents/CHANGELOG.md", AL_KIND_DOCUMENTATION},
        {".claude/skills/pdf/SKILL.md", AL_KIND_SKILL},
        {".agents/skills/pdf/SKILL.md", AL_KIND_SKILL},
        {".cursor/skills/pdf/SKILL.md", AL_KIND_SKILL},
        {"docs/SKILL.md", AL_KIND_SKILL},
        {".claude/skills/pdf/reference.md", AL_KIND_AUTO},
        {".claude/commands/deploy.md", AL_KIND_COMMAND},
        {".claude/commands/ops/deploy.md", AL_KIND_COMMAND},
        {"x/.claude-plugin/plugin.json", AL_KIND_PLUGIN_MANIFEST},
        {".claude-plugin/marketplace.json", AL_KIND_PLUGIN_MANIFEST},
        {".github/agents/review.agent.md", AL_KIND_COPILOT_AGENT},
        {".opencode/agent/review.md", AL_KIND_OPENCODE_AGENT},
        {".opencode/agents/review.md", AL_KIND_OPENCODE_AGENT},
        {".gemini/agents/review.md", AL_KIND_GEMINI_AGENT},
        {".cursor/agents/review.md", AL_KIND_CURSOR_AGENT},
        {".cursor/rules/elixir.mdc", AL_KIND_CURSOR_RULE},
        {"CLAUDE.md", AL_KIND_MEMORY},
        {"apps/web/AGENTS.md", AL_KIND_MEMORY},
        {".claude/settings.json", AL_KIND_SETTINGS},
        {"app/.claude/settings.local.json", AL_KIND_SETTINGS},
        {".mcp.json", AL_KIND_MCP_CONFIG},
        {"GEMINI.md", AL_KIND_INSTRUCTIONS},
        {"README.md", AL_KIND_DOCUMENTATION},
        {"docs/guide.md", AL_KIND_AUTO},
        {"agents/reviewer.md", AL_KIND_AUTO}, /* no plugin manifest above it */
        {"-", AL_KIND_AUTO},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        al_file_kind k = al_kind_for_path(NULL, cases[i].path);
        if (k != cases[i].kind)
            fail_msg("%s: %s, expected %s", cases[i].path, al_kind_name(k),
                     al_kind_name(cases[i].kind));
    }
}

static void forced_and_configured(void **state)
{
    (void)state;
    al_options *o = al_options_new();
    assert_true(al_options_add_kind_glob(o, "/proj", "prompts/**/*.md", AL_KIND_SKILL));
    assert_true(al_options_add_kind_glob(o, "/proj", "prompts/agents/*.md", AL_KIND_AGENT));
    assert_int_equal(al_kind_for_path(o, "/proj/prompts/x/a.md"), AL_KIND_SKILL);
    assert_int_equal(al_kind_for_path(o, "/proj/prompts/agents/a.md"),
                     AL_KIND_AGENT); /* later wins */
    assert_int_equal(al_kind_for_path(o, "/other/prompts/x/a.md"), AL_KIND_AUTO);
    assert_int_equal(al_kind_for_path(o, "/proj/.claude/commands/a.md"), AL_KIND_COMMAND);
    al_options_set_kind(o, AL_KIND_DOCUMENTATION);
    assert_int_equal(al_kind_for_path(o, "/proj/.claude/agents/a.md"), AL_KIND_DOCUMENTATION);
    al_options *c = al_options_clone(o);
    assert_int_equal(al_kind_for_path(c, "/proj/prompts/x/a.md"), AL_KIND_DOCUMENTATION);
    al_options_set_kind(c, AL_KIND_AUTO);
    assert_int_equal(al_kind_for_path(c, "/proj/prompts/x/a.md"), AL_KIND_SKILL);
    al_options_free(c);
    al_options_free(o);
}

static void content_decides_elsewhere(void **state)
{
    (void)state;
    al_result *r = lint_text_with(NULL, "notes/x.md", "---\nname: a\ndescription: d\n---\nB.\n",
                                  AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_AGENT);
    al_result_free(r);
    /* a docs page (Jekyll, Hugo) with a description is not an agent */
    r = lint_text_with(NULL, "notes/x.md", "---\ntitle: T\ndescription: d\n---\nB.\n",
                       AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_DOCUMENTATION);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    /* unreadable front matter with both lines: an agent, so FM004 says what is wrong */
    r = lint_text_with(NULL, "notes/x.md", "---\nname: a\ndescription: \"open\n---\nB.\n",
                       AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_AGENT);
    assert_fires(r, "FM004", 4);
    al_result_free(r);
    r = lint_text_with(NULL, "notes/x.md", "---\ntitle: \"open\n---\nB.\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_DOCUMENTATION);
    al_result_free(r);
    r = lint_text_with(NULL, "notes/x.md", "---\ntitle: Jekyll page\n---\nB.\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_DOCUMENTATION);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    r = lint_text_with(NULL, "notes/x.md", "# Notes\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_DOCUMENTATION);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
}

static void rules_follow_the_kind(void **state)
{
    (void)state;
    /* an agent field in a skill is not CC007, and skill fields are not agent fields */
    const char *text = "---\nname: pdf\ndescription: d\nallowed-tools: Read Grep\nlicense: MIT\n"
                       "---\nBody.\n";
    al_result *r = lint_text_with(NULL, ".claude/skills/pdf/SKILL.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_SKILL);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    r = lint_text(text);
    assert_fires(r, "CC007", 4);
    assert_fires(r, "CC007", 5);
    al_result_free(r);
    /* a command needs no front matter */
    r = lint_text_with(NULL, ".claude/commands/hi.md", "Say hi.\n", AL_FILE_EXPLICIT);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    /* memory and instruction files: body rules, no front matter */
    r = lint_text_with(NULL, "CLAUDE.md", "# Notes\n\n```elixir\ndef f(, do: 1\n```\n",
                       AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_MEMORY);
    assert_fires(r, "EX001", 4);
    assert_silent(r, "FM001");
    al_result_free(r);
    r = lint_text_with(NULL, "GEMINI.md", "# Notes\n\n```elixir\ndef f(, do: 1\n```\n",
                       AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_INSTRUCTIONS);
    assert_fires(r, "EX001", 4);
    assert_silent(r, "FM001");
    al_result_free(r);
}

static void skill_profiles(void **state)
{
    (void)state;
    const char *text = "---\nname: PDF\nwhen_to_use: later\n---\nBody.\n";
    al_result *r = lint_text_with(NULL, ".claude/skills/pdf/SKILL.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(al_result_count(r), 0); /* Claude Code: all optional, name a label */
    al_result_free(r);
    /* the Agent Skills profile (skills: {profile: agent-skills} in .agentlint.yml) */
    al_options *o = al_options_new();
    al_options_set_skill_profile(o, AL_SKILL_PROFILE_AGENT_SKILLS);
    r = lint_text_with(o, ".claude/skills/pdf/SKILL.md", text, AL_FILE_EXPLICIT);
    assert_fires(r, "SK004", 1); /* description required */
    assert_fires(r, "SK005", 2); /* name format */
    assert_fires(r, "SK001", 3); /* when_to_use: not in the specification */
    assert_int_equal(find_finding(r, "SK001", 3)->severity, AL_ERROR);
    al_result_free(r);
    r = lint_text_with(o, ".claude/skills/pdf/SKILL.md",
                       "---\nname: pdf\ndescription: d\nmetadata:\n  a: b\n---\nBody.\n",
                       AL_FILE_EXPLICIT);
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    r = lint_text_with(o, ".claude/skills/pdf/SKILL.md",
                       "---\nname: pdf-x\ndescription: d\n---\nB.\n", AL_FILE_EXPLICIT);
    assert_fires(r, "SK005", 2); /* differs from its folder */
    al_result_free(r);
    al_options_free(o);
}

/* Fails unless rule code fires on line of the file at path, with a message
 * that holds want and not unwanted (NULL: no check). */
static void says(const char *path, const char *text, const char *code, size_t line,
                 const char *want, const char *unwanted)
{
    al_result *r = lint_text_with(NULL, path, text, AL_FILE_EXPLICIT);
    const al_diagnostic *d = find_finding(r, code, line);
    if (!d) {
        dump_findings(r);
        fail_msg("%s: no %s on line %zu", path, code, line);
    }
    if (!strstr(d->message, want))
        fail_msg("%s: %s says \"%s\", not \"%s\"", path, code, d->message, want);
    if (unwanted && strstr(d->message, unwanted))
        fail_msg("%s: %s says \"%s\", which holds \"%s\"", path, code, d->message, unwanted);
    al_result_free(r);
}

#define AGENT    ".claude/agents/a.md"
#define SKILL    ".claude/skills/pdf/SKILL.md"
#define COMMAND  ".claude/commands/hi.md"
#define COPILOT  ".github/agents/r.agent.md"
#define OPENCODE ".opencode/agents/r.md"
#define GEMINI   ".gemini/agents/r.md"
#define CURSOR   ".cursor/agents/r.md"
#define RULE     ".cursor/rules/r.mdc"

/* Front-matter messages give each kind's own consequence (spec/kind_wording.c). */
static void front_matter_wording_per_kind(void **state)
{
    (void)state;
    const char *late = "\n---\ndescription: d\n---\nBody.\n";
    says(AGENT, late, "FM002", 2, "so Claude Code finds no `name` and skips the agent", NULL);
    says(SKILL, late, "FM002", 2, "so Claude Code reads none of the skill's fields", "agent");
    says(COMMAND, late, "FM002", 2, "so Claude Code reads none of the command's fields", "agent");
    says(COPILOT, late, "FM002", 2, "not even the `description` GitHub Copilot requires", "Claude");
    says(OPENCODE, late, "FM002", 2, "not even the `description` OpenCode requires", "Claude");
    says(GEMINI, late, "FM002", 2, "not even the `name` and `description` Gemini CLI requires",
         "Claude");
    says(CURSOR, late, "FM002", 2, "so none of its fields is read;", "Claude");
    says(RULE, late, "FM002", 2, "none of its fields (`description`, `globs`, `alwaysApply`)",
         "Claude");

    const char *open = "---\ndescription: d\nBody.\n";
    says(AGENT, open, "FM003", 1, "Claude Code skips an agent whose front matter does not parse",
         NULL);
    says(SKILL, open, "FM003", 1,
         "none of the skill's fields is read while its front matter does not parse", "agent");
    says(GEMINI, open, "FM003", 1, "none of the Gemini CLI subagent's fields is read", "Claude");
    says(RULE, open, "FM003", 1, "none of the Cursor rule's fields is read", "Claude");

    const char *broken = "---\ndescription: \"d\n  x: [\n---\nBody.\n";
    says(AGENT, broken, "FM004", 4, "Claude Code skips an agent", NULL);
    says(COMMAND, broken, "FM004", 4, "none of the command's fields is read", "skips");
    says(COPILOT, broken, "FM004", 4, "none of the GitHub Copilot custom agent's fields", "Claude");
    says(OPENCODE, broken, "FM004", 4, "none of the OpenCode agent's fields", "Claude");

    const char *colon = "---\ndescription: Use this: for things\n---\nBody.\n";
    says(SKILL, colon, "FM004", 2, "Claude Code's own reader may still load this file", NULL);
    says(COPILOT, colon, "FM004", 2, "reject it, and GitHub Copilot may too", "Claude");
    says(GEMINI, colon, "FM004", 2, "reject it, and Gemini CLI may too", "Claude");

    const char *list = "---\n- a\n---\nBody.\n";
    says(AGENT, list, "FM005", 2,
         "skips the agent; write one field per line, like `name: my-agent`", NULL);
    says(SKILL, list, "FM005", 2,
         "Claude Code reads none of the skill's fields; write one field per line, like "
         "`description: …`",
         "agent");
    says(OPENCODE, list, "FM005", 2, "not even the `description` OpenCode requires", "Claude");

    says(AGENT, "Body.\n", "FM001", 1, "so Claude Code finds no `name` and skips the agent", NULL);
}

/* Secrets, the empty body, input and tool messages name the file's kind. */
static void other_wording_per_kind(void **state)
{
    (void)state;
    const char *token = "---\ndescription: d\n---\nUse ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d.\n";
    says(AGENT, token, "SEC001", 4,
         "written into the agent file: everyone who can read the file, "
         "and the model's transcripts, get it; revoke it and have the "
         "agent read it",
         NULL);
    says(SKILL, token, "SEC001", 4, "written into the skill file", "have the agent");
    says(COPILOT, token, "SEC001", 4, "written into the Copilot custom agent file", NULL);
    says("README.md", "Use ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d.\n", "SEC001", 1,
         "written into the documentation file: everyone who can read the file gets it", "agent");
    const char *password = "---\ndescription: d\n---\npassword = \"x7Gk29QpLm4Zt8Rw\"\n";
    says(AGENT, password, "SEC002", 4, "anyone who reads the agent file gets it", NULL);
    says(COMMAND, password, "SEC002", 4, "anyone who reads the command file gets it", "agent");
    says("CLAUDE.md", "password = \"x7Gk29QpLm4Zt8Rw\"\n", "SEC002", 1,
         "anyone who reads the memory file gets it", "agent");
    says("GEMINI.md", "password = \"x7Gk29QpLm4Zt8Rw\"\n", "SEC002", 1,
         "anyone who reads the instruction file gets it", "agent");

    const char *empty = "---\ndescription: d\n---\n\n";
    says(OPENCODE, empty, "BD001", 3, "so the OpenCode agent starts with no system prompt", NULL);
    says(GEMINI, empty, "BD001", 3, "so the Gemini CLI subagent starts with no system prompt",
         NULL);

    const char *tools =
        "---\ndescription: d\nallowed-tools:\n  - \"*\"\n  - my-helper\n  - Task\n---\nBody.\n";
    says(SKILL, tools, "CC010", 4,
         "not a documented tool pattern for Claude Code skills, so Claude Code pre-approves "
         "nothing for it",
         "give the agent");
    says(SKILL, tools, "CC010", 5, "To name the tool that starts agents, list `Agent`",
         "this agent");
    says(SKILL, tools, "CC011", 6, "new skills should use `Agent`", NULL);
    says(COMMAND, tools, "CC011", 6, "new commands should use `Agent`", NULL);
    says(AGENT, "---\nname: a\ndescription: d\ntools: Read, Task\n---\nBody.\n", "CC011", 4,
         "new agents should use `Agent`", NULL);

    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    al_result *r = al_lint_buffer(NULL, SKILL, png, sizeof png - 1, AL_FILE_EXPLICIT);
    assert_non_null(strstr(find_finding(r, "IN001", 1)->message, "not a skill;"));
    al_result_free(r);
    r = al_lint_buffer(NULL, "x.md", png, sizeof png - 1, AL_FILE_EXPLICIT);
    assert_non_null(strstr(find_finding(r, "IN001", 1)->message, "not an agent definition"));
    al_result_free(r);
    al_options *o = al_options_new();
    al_options_set_max_file_size(o, 10);
    r = lint_text_with(o, COPILOT, "---\ndescription: d\n---\nBody.\n", AL_FILE_EXPLICIT);
    assert_non_null(strstr(find_finding(r, "IN002", 1)->message,
                           "a GitHub Copilot custom agent's whole file becomes its prompt"));
    al_result_free(r);
    r = lint_text_with(o, "README.md", "# Notes\n\nText.\n", AL_FILE_EXPLICIT);
    assert_null(strstr(find_finding(r, "IN002", 1)->message, "prompt"));
    al_result_free(r);
    al_options_free(o);
}

/* A plugin agent that Claude Code cannot read still loads under its file
 * name: the messages say so, not "skips". */
static void plugin_agent_wording(void **state)
{
    (void)state;
    char dir[] = "/tmp/al-wording-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char meta[64], manifest[96], agent[96];
    snprintf(meta, sizeof meta, "%s/.claude-plugin", dir);
    snprintf(manifest, sizeof manifest, "%s/plugin.json", meta);
    snprintf(agent, sizeof agent, "%s/agents/x.md", dir);
    assert_int_equal(mkdir(meta, 0700), 0);
    FILE *f = fopen(manifest, "w");
    assert_non_null(f);
    fputs("{\"name\": \"p\"}\n", f);
    fclose(f);
    const char *want = "Claude Code still loads a plugin agent without a `name`, under its file "
                       "name, but reads none of its fields";
    says(agent, "Body.\n", "FM001", 1, want, "skips");
    says(agent, "\n---\nname: x\ndescription: d\n---\nBody.\n", "FM002", 2, want, "skips");
    says(agent, "---\n- a\n---\nBody.\n", "FM005", 2, want, "skips");
    says(agent, "---\nname: x\ndescription: d\nBody.\n", "FM003", 1,
         "a plugin agent whose front matter does not parse still loads", "skips");
    remove(manifest);
    rmdir(meta);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_round_trip),
        cmocka_unit_test(path_table),
        cmocka_unit_test(forced_and_configured),
        cmocka_unit_test(content_decides_elsewhere),
        cmocka_unit_test(rules_follow_the_kind),
        cmocka_unit_test(skill_profiles),
        cmocka_unit_test(front_matter_wording_per_kind),
        cmocka_unit_test(other_wording_per_kind),
        cmocka_unit_test(plugin_agent_wording),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
