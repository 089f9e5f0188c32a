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
        {"notes/SKILL.md", AL_KIND_SKILL},
        {"docs/SKILL.md", AL_KIND_DOCUMENTATION}, /* docs hold no skill a tool loads */
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
        {"docs/guide.md", AL_KIND_DOCUMENTATION}, /* a docs folder (below the project) */
        {"agents/reviewer.md", AL_KIND_AUTO},     /* no plugin manifest above it */
        /* the new kinds */
        {".claude/rules/ecto.md", AL_KIND_CLAUDE_RULE},
        {"repo/.claude/rules/web/liveview.md", AL_KIND_CLAUDE_RULE},
        {".github/instructions/elixir.instructions.md", AL_KIND_COPILOT_INSTRUCTIONS},
        {".github/prompts/release.prompt.md", AL_KIND_COPILOT_PROMPT},
        {".github/copilot-instructions.md", AL_KIND_INSTRUCTIONS},
        {"instructions/phoenix.instructions.md", AL_KIND_COPILOT_INSTRUCTIONS}, /* anywhere */
        {"prompts/changelog.prompt.md", AL_KIND_COPILOT_PROMPT},
        {"agents/triage.agent.md", AL_KIND_COPILOT_AGENT},
        {"chatmodes/plan.chatmode.md", AL_KIND_COPILOT_AGENT},
        {"rules/elixir.mdc", AL_KIND_CURSOR_RULE},
        {"team/global-rules/web/elixir.mdc", AL_KIND_CURSOR_RULE},
        {"content/blog/post.mdc", AL_KIND_AUTO}, /* Nuxt Content's .mdc, not a rule */
        /* places that hold no agents */
        {".github/workflows/triage.md", AL_KIND_DOCUMENTATION}, /* a GitHub agentic workflow */
        {".kiro/agents/architect.md", AL_KIND_DOCUMENTATION},
        {"test/fixtures/.claude/agents/broken.md", AL_KIND_DOCUMENTATION}, /* before the folder */
        {"web/__tests__/agent.md", AL_KIND_DOCUMENTATION},
        {"examples/agents/reviewer.md", AL_KIND_DOCUMENTATION},
        {"templates/agent.md", AL_KIND_DOCUMENTATION},
        {"docs/ja-JP/agents/reviewer.md", AL_KIND_DOCUMENTATION},
        {"examples/.claude/agents/reviewer.md", AL_KIND_AGENT},    /* a tool's folder wins */
        {"docs/ja-JP/skills/pdf/SKILL.md", AL_KIND_DOCUMENTATION}, /* a translation */
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
    /* a `kinds:` glob wins over every guess: a fixture, a template, a skill's file */
    o = al_options_new();
    assert_true(al_options_add_kind_glob(o, "/proj", "**/fixtures/**", AL_KIND_AGENT));
    assert_true(al_options_add_kind_glob(o, "/proj", "templates/*.md", AL_KIND_AGENT));
    assert_int_equal(al_kind_for_path(o, "/proj/test/fixtures/a.md"), AL_KIND_AGENT);
    const char *tpl = "---\nname: \"{{name}}\"\ndescription: d\n---\nB.\n";
    char why[200];
    assert_int_equal(al_kind_of_text(o, "/proj/templates/a.md", tpl, strlen(tpl), why, sizeof why),
                     AL_KIND_AGENT);
    assert_non_null(strstr(why, "kinds: \"templates/*.md\""));
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

/* The kind of text at path, and the reason given for it. */
static void kind_is(const char *path, const char *text, al_file_kind want, const char *why_part)
{
    char why[200];
    al_file_kind k = al_kind_of_text(NULL, path, text, strlen(text), why, sizeof why);
    if (k != want || !strstr(why, why_part))
        fail_msg("%s: %s (%s), expected %s (%s)", path, al_kind_name(k), why, al_kind_name(want),
                 why_part);
}

/* A defect never changes what a file is: a missing or misspelt required
 * key, or front matter that starts late, still leave an agent an agent. */
static void front_matter_says_agent(void **state)
{
    (void)state;
    kind_is("notes/a.md", "---\nname: a\ntools: Read\n---\nB.\n", AL_KIND_AGENT,
            "front matter: name, tools");
    kind_is("notes/a.md", "---\ndescription: d\nmodel: sonnet\n---\nB.\n", AL_KIND_AGENT,
            "front matter: description, model");
    kind_is("notes/a.md", "---\nname: a\ndescripton: d\n---\nB.\n", AL_KIND_AGENT,
            "front matter: name, descripton");
    kind_is("notes/a.md", "---\nName: a\nDescription: d\n---\nB.\n", AL_KIND_AGENT,
            "front matter: Name, Description");
    kind_is("notes/a.md", "---\nname: a\ndescription: \"open\n---\nB.\n", AL_KIND_AGENT,
            "front matter: name, description");
    kind_is("notes/a.md", "---\nname: a\ndescription: d\ntools: Read\nB.\n", AL_KIND_AGENT,
            "front matter"); /* never closed */
    kind_is("notes/a.md", "\n---\nname: a\ndescription: d\n---\nB.\n", AL_KIND_AGENT,
            "front matter"); /* starts late: FM002 says so */
    /* not agents: one required key alone, another tool's file, a template */
    kind_is("notes/a.md", "---\nname: a\ntitle: T\n---\nB.\n", AL_KIND_DOCUMENTATION,
            "front matter without the keys of an agent");
    kind_is("notes/a.md", "---\nnames: [a, b]\ntags: [x]\n---\nB.\n", AL_KIND_DOCUMENTATION,
            "front matter without the keys of an agent");
    kind_is("notes/a.md", "---\ndescription: Labels issues.\non:\n  issues: {}\ntools: {}\n---\n",
            AL_KIND_DOCUMENTATION, "GitHub agentic workflow (`on`)");
    kind_is("notes/a.md", "---\ndescription: d\nmode: subagent\nmodel: x/y\n---\nB.\n",
            AL_KIND_DOCUMENTATION, "OpenCode agent");
    kind_is("notes/a.md", "---\nname: \"{{name}}\"\ndescription: d\ntools: Read\n---\nB.\n",
            AL_KIND_DOCUMENTATION, "template: `name` is a {{...}} placeholder");
    kind_is(".claude/agents/t.md", "---\nname: {{ name }}\ndescription: d\n---\nB.\n",
            AL_KIND_DOCUMENTATION, "template");
    kind_is("notes/a.md", "# Notes\n", AL_KIND_DOCUMENTATION, "no front matter");
    kind_is("-", "---\nname: a\ntools: Read\n---\nB.\n", AL_KIND_AGENT, "front matter");
    kind_is(".claude/agents/a.md", "# Notes\n", AL_KIND_AGENT, "folder .claude/agents");
    /* the findings follow: an agent without `description` is told so */
    al_result *r = lint_text_with(NULL, "notes/a.md",
                                  "---\nname: a\ndescripton: d\ntools: Read, "
                                  "MultiEdit\n---\nB.\n",
                                  AL_FILE_DISCOVERED);
    assert_fires(r, "CC006", 1);
    assert_fires(r, "CC007", 3);
    assert_fires(r, "CC011", 4);
    assert_int_equal(find_finding(r, "CC006", 1)->severity, AL_ERROR);
    al_result_free(r);
    /* judged by its content, a nameless agent is an error even when found by a walk */
    r = lint_text_with(NULL, "notes/a.md", "---\ndescription: d\ntools: Read\n---\nB.\n",
                       AL_FILE_DISCOVERED);
    assert_int_equal(find_finding(r, "CC001", 1)->severity, AL_ERROR);
    al_result_free(r);
}

/* Front matter inside a fenced block is an example, not the file's own. */
static void fenced_front_matter(void **state)
{
    (void)state;
    const char *doc = "# An agent that fills forms\n\n```markdown\n---\nname: form-filler\n"
                      "description: Fills forms.\ntools: Read\n---\n\nYou fill forms.\n```\n";
    kind_is("notes/example.md", doc, AL_KIND_DOCUMENTATION, "no front matter");
    al_result *r = lint_text_with(NULL, ".claude/commands/c.md", doc, AL_FILE_EXPLICIT);
    assert_silent(r, "FM002");
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    /* a fence of tildes, and a longer one around a shorter */
    r = lint_text_with(NULL, ".claude/commands/c.md",
                       "Intro.\n~~~~\n```\n---\nname: x\n---\n```\n~~~~\n", AL_FILE_EXPLICIT);
    assert_silent(r, "FM002");
    al_result_free(r);
    /* after the fence closes, a block is front matter again (too late) */
    r = lint_text_with(NULL, ".claude/commands/c.md",
                       "```\nx\n```\n---\ndescription: d\n---\nBody.\n", AL_FILE_EXPLICIT);
    assert_fires(r, "FM002", 4);
    al_result_free(r);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A file among agents is an agent: the other Markdown files of its folder
 * decide what the file itself does not, the same with a cache or without. */
static void folder_of_agents(void **state)
{
    (void)state;
    char dir[] = "/tmp/al-specs-XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "a.md", "---\nname: a\ndescription: d\ntools: Read\n---\nB.\n");
    write_file(dir, "b.md", "---\nname: b\ndescripton: d\n---\nB.\n");
    write_file(dir, "c.md", "# A spec whose front matter was lost\n");
    write_file(dir, "README.md", "# Specs\n");
    char path[600], why[200];
    snprintf(path, sizeof path, "%s/c.md", dir);
    const char *text = "# A spec whose front matter was lost\n";
    al_kind_cache *cache = al_kind_cache_new();
    assert_non_null(cache);
    al_options *cached = al_options_new();
    al_options_set_kind_cache(cached, cache);
    for (int pass = 0; pass < 3; pass++) { /* no cache; a cold cache; a warm one */
        const al_options *o = pass ? cached : NULL;
        assert_int_equal(al_kind_of_text(o, path, text, strlen(text), why, sizeof why),
                         AL_KIND_AGENT);
        assert_non_null(strstr(why, "among agents: 2 of the 2 other Markdown files"));
        al_result *r = lint_text_with(o, path, text, AL_FILE_DISCOVERED);
        assert_fires(r, "FM001", 1);
        assert_int_equal(find_finding(r, "FM001", 1)->severity, AL_ERROR);
        assert_string_equal(al_result_kind_reason(r), why);
        al_result_free(r);
    }
    /* one agent among notes is not a folder of agents */
    write_file(dir, "d.md", "# Notes\n");
    write_file(dir, "e.md", "# More notes\n");
    al_kind_cache *fresh = al_kind_cache_new();
    al_options_set_kind_cache(cached, fresh);
    assert_int_equal(al_kind_of_text(cached, path, text, strlen(text), why, sizeof why),
                     AL_KIND_DOCUMENTATION);
    /* the cache answers as the folder was when it first looked */
    al_options_set_kind_cache(cached, cache);
    assert_int_equal(al_kind_of_text(cached, path, text, strlen(text), why, sizeof why),
                     AL_KIND_AGENT);
    al_options_free(cached);
    al_kind_cache_free(cache);
    al_kind_cache_free(fresh);
    const char *names[] = {"a.md", "b.md", "c.md", "d.md", "e.md", "README.md"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        remove(path);
    }
    rmdir(dir);
}

/* A skill's other files, whatever their front matter, are its resources. */
static void skill_resources(void **state)
{
    (void)state;
    char dir[] = "/tmp/al-skill-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[600], path[700], why[200];
    snprintf(sub, sizeof sub, "%s/references", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(dir, "SKILL.md", "---\nname: s\ndescription: d\n---\nB.\n");
    const char *text = "---\nname: ref\ndescription: A reference.\ntools: Read\n---\nB.\n";
    snprintf(path, sizeof path, "%s/forms.md", sub);
    assert_int_equal(al_kind_of_text(NULL, path, text, strlen(text), why, sizeof why),
                     AL_KIND_DOCUMENTATION);
    assert_string_equal(why, "skill resource");
    snprintf(path, sizeof path, "%s/SKILL.md", sub); /* a nested SKILL.md is still a skill */
    assert_int_equal(al_kind_of_text(NULL, path, text, strlen(text), why, sizeof why),
                     AL_KIND_SKILL);
    snprintf(path, sizeof path, "%s/SKILL.md", dir);
    remove(path);
    rmdir(sub);
    rmdir(dir);
}

/* A file linted once per kind: each report judges only the rules that ran
 * on it, and the body (with its directives) once. */
static void suppressions_per_kind(void **state)
{
    (void)state;
    const char *text = "---\nname: a\ndescription: d\ntools:\n  - Read # agentlint-disable-line "
                       "GM005\n---\nBody.\n<!-- agentlint-disable-next-line EN010 -->\nx\xe2\x80\x8by\n";
    al_result *r = lint_text_with(NULL, ".claude/agents/a.md", text, AL_FILE_EXPLICIT);
    assert_silent(r, "AL001"); /* GM005 does not run on a Claude Code agent */
    assert_silent(r, "EN010"); /* suppressed here, with the body */
    assert_int_equal(al_result_count(r), 0);
    al_result_free(r);
    al_options *o = al_options_new();
    al_options_set_body_rules(o, false);
    r = lint_text_with(o, ".gemini/agents/a.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(al_result_kind(r), AL_KIND_GEMINI_AGENT);
    assert_silent(r, "GM005"); /* suppressed */
    assert_silent(r, "AL001"); /* the body's directive is judged with the body */
    assert_silent(r, "EN010"); /* body rules ran at the other path */
    al_result_free(r);
    /* the same file with its body: the EN010 directive is used, GM005's too */
    r = lint_text_with(NULL, ".gemini/agents/a.md", text, AL_FILE_EXPLICIT);
    assert_silent(r, "AL001");
    assert_silent(r, "EN010");
    al_result_free(r);
    al_options_free(o);
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
        cmocka_unit_test(front_matter_says_agent),
        cmocka_unit_test(fenced_front_matter),
        cmocka_unit_test(folder_of_agents),
        cmocka_unit_test(skill_resources),
        cmocka_unit_test(suppressions_per_kind),
        cmocka_unit_test(rules_follow_the_kind),
        cmocka_unit_test(skill_profiles),
        cmocka_unit_test(front_matter_wording_per_kind),
        cmocka_unit_test(other_wording_per_kind),
        cmocka_unit_test(plugin_agent_wording),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
