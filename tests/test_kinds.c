/* File kinds: names, the path table, forced kinds and `kinds:` globs, the
 * content refinement, and which rules run on which kind. */
#include <string.h>

#include "options.h"
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
        {"CLAUDE.md", AL_KIND_INSTRUCTIONS},
        {"apps/web/AGENTS.md", AL_KIND_INSTRUCTIONS},
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
    /* instructions: body rules only */
    r = lint_text_with(NULL, "CLAUDE.md", "# Notes\n\n```elixir\ndef f(, do: 1\n```\n",
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_round_trip),      cmocka_unit_test(path_table),
        cmocka_unit_test(forced_and_configured), cmocka_unit_test(content_decides_elsewhere),
        cmocka_unit_test(rules_follow_the_kind), cmocka_unit_test(skill_profiles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
