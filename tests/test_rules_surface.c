/* The .claude/ surface: JSON files (JS), hooks (CC019, HK), settings (ST),
 * MCP servers (CC020, MC), memory imports (MM), links (LK), SK010, PL007.
 * Each rule: a case that must fire, on its line, and one that must not,
 * from files shaped like the real ones. Rules that look at other files get
 * a folder of their own. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/options.h"
#include "support.h"

#define SETTINGS ".claude/settings.json"

static al_result *lint_as(const char *path, const char *text)
{
    return lint_text_with(NULL, path, text, AL_FILE_EXPLICIT);
}

/* The text after applying the result's safe fixes (malloc'd). */
static char *fixed(const al_result *r, const char *text)
{
    size_t n;
    char *out = al_apply_fixes(r, text, strlen(text), false, &n, NULL);
    assert_non_null(out);
    return out;
}

/* ---- a scratch folder ---- */

static char scratch[64];

static void make_scratch(void)
{
    strcpy(scratch, "/tmp/agentlint-surface-XXXXXX");
    assert_non_null(mkdtemp(scratch));
}

/* Writes text to scratch/rel, making its folders. */
static void put(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", scratch, rel);
    for (char *p = path + strlen(scratch) + 1; (p = strchr(p, '/')); p++) {
        *p = '\0';
        mkdir(path, 0755);
        *p = '/';
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *at(const char *rel)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", scratch, rel);
    return path;
}

static void remove_scratch(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
    assert_int_equal(system(cmd), 0);
}

/* ---- JS ---- */

static void invalid_json(void **state)
{
    (void)state;
    al_result *r = lint_as(SETTINGS, "{\n  // allow tests\n  \"model\": \"opus\"\n}\n");
    assert_fires(r, "JS001", 2);
    assert_non_null(strstr(find_finding(r, "JS001", 2)->message, "comment"));
    al_result_free(r);
    r = lint_as(SETTINGS, "{\n  \"permissions\": {\"allow\": [\"Bash(ls)\",]}\n}\n");
    assert_fires(r, "JS001", 2);
    assert_non_null(strstr(find_finding(r, "JS001", 2)->message, "trailing comma"));
    assert_int_equal(find_finding(r, "JS001", 2)->start.column, 39);
    al_result_free(r);
    r = lint_as(".mcp.json", "[\n  {\"command\": \"x\"}\n]\n");
    assert_fires(r, "JS001", 1);
    al_result_free(r);
    r = lint_as("plug/hooks/hooks.json", "{\"hooks\": {}}\n{\"hooks\": {}}\n");
    assert_silent(r, "JS001"); /* not a plugin: not a hooks file */
    al_result_free(r);
    /* the same text where it is a hooks file: two values */
    al_options *o = al_options_new();
    al_options_set_kind(o, AL_KIND_PLUGIN_HOOKS);
    r = lint_text_with(o, "hooks.json", "{\"hooks\": {}}\n{\"hooks\": {}}\n", AL_FILE_EXPLICIT);
    assert_fires(r, "JS001", 2);
    al_result_free(r);
    al_options_free(o);
    /* nested 10,000 deep: reported once, not read further */
    size_t depth = 10000;
    char *deep = malloc(2 * depth + 32);
    strcpy(deep, "{\"hooks\": ");
    size_t n = strlen(deep);
    memset(deep + n, '[', depth);
    memset(deep + n + depth, ']', depth);
    strcpy(deep + n + 2 * depth, "}\n");
    r = lint_as(SETTINGS, deep);
    assert_int_equal(count_findings(r, "JS001", 0), 1);
    assert_non_null(strstr(find_finding(r, "JS001", 1)->message, "512 levels"));
    al_result_free(r);
    free(deep);
    /* valid, empty, a byte-order mark: no JS001 */
    const char *fine[] = {"{\"model\": \"opus\"}\n", "", "\xEF\xBB\xBF{\"model\": \"opus\"}\n"};
    for (size_t i = 0; i < 3; i++) {
        r = lint_as(SETTINGS, fine[i]);
        assert_silent(r, "JS001");
        al_result_free(r);
    }
    /* bytes that are not UTF-8 inside a string: EN001, and the file is still read */
    r = lint_as(SETTINGS, "{\"model\": \"op\xFFus\", \"permisions\": {}}\n");
    assert_fires(r, "EN001", 1);
    assert_silent(r, "JS001");
    assert_fires(r, "ST001", 1);
    al_result_free(r);
}

static void json_duplicate_key(void **state)
{
    (void)state;
    const char *text = "{\n  \"permissions\": {\"deny\": [\"Read(./.env)\"]},\n  \"model\": "
                       "\"opus\",\n  \"permissions\": {\"allow\": [\"Bash(ls)\"]}\n}\n";
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "JS002", 2);
    assert_non_null(strstr(find_finding(r, "JS002", 2)->message, "line 4"));
    /* the later value counts: its rules are checked, the earlier are not */
    al_result_free(r);
    r = lint_as(SETTINGS, "{\"permissions\": {\"allow\": [\"Reed\"]}, \"permissions\": {}}\n");
    assert_silent(r, "ST004");
    al_result_free(r);
    /* a plugin manifest too: JSON.parse loads it, so it is no syntax error (PL001) */
    r = lint_as(".claude-plugin/plugin.json", "{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}\n");
    assert_fires(r, "JS002", 2);
    assert_silent(r, "PL001");
    assert_silent(r, "PL002");
    al_result_free(r);
    r = lint_as(SETTINGS, "{\"model\": \"opus\", \"env\": {\"A\": \"1\", \"B\": \"2\"}}\n");
    assert_silent(r, "JS002");
    al_result_free(r);
}

/* ---- hooks ---- */

#define GROUP(event, matcher, handler)                                                             \
    "{\n  \"hooks\": {\n    \"" event "\": [\n      {\"matcher\": \"" matcher                      \
    "\", \"hooks\": [" handler "]}\n    ]\n  }\n}\n"
#define CMD "{\"type\": \"command\", \"command\": \"mix format\"}"

static void hooks_shape(void **state)
{
    (void)state;
    al_result *r = lint_as(SETTINGS, "{\"hooks\": {\n  \"PreToolUse\": [\n    {\"type\": "
                                     "\"command\", \"command\": \"./guard.sh\"}\n  ]\n}}\n");
    assert_fires(r, "CC019", 3);
    assert_int_equal(find_finding(r, "CC019", 3)->severity, AL_ERROR);
    assert_non_null(strstr(find_finding(r, "CC019", 3)->message, "matcher group"));
    al_result_free(r);
    r = lint_as(SETTINGS, "{\"hooks\": {\"Stop\": [{\"matcher\": [\"a\"], \"hooks\": []}]}}\n");
    assert_fires(r, "CC019", 1);
    al_result_free(r);
    r = lint_as(SETTINGS, "{\"hooks\": {\"Stop\": [{\"hooks\": [{\"command\": \"x\"}]}]}}\n");
    assert_fires(r, "CC019", 1); /* no type */
    al_result_free(r);
    /* a plugin's hooks file without its `hooks` wrapper */
    make_scratch();
    put("p/.claude-plugin/plugin.json", "{\"name\": \"p\"}\n");
    r = lint_as(at("p/hooks/hooks.json"), "{\n  \"PostToolUse\": []\n}\n");
    assert_fires(r, "CC019", 1);
    al_result_free(r);
    r = lint_as(at("p/hooks/hooks.json"), "{\"description\": \"d\", \"hooks\": {}}\n");
    assert_silent(r, "CC019");
    al_result_free(r);
    /* inline in plugin.json */
    r = lint_as(at("p/.claude-plugin/plugin.json"),
                "{\n  \"name\": \"p\",\n  \"hooks\": {\"Stop\": {}}\n}\n");
    assert_fires(r, "CC019", 3);
    al_result_free(r);
    remove_scratch();
    r = lint_as(SETTINGS, GROUP("PreToolUse", "Bash", CMD));
    assert_silent(r, "CC019");
    al_result_free(r);
    /* the flat form in front matter: a note (undocumented there, relied on by some) */
    r = lint_as(".claude/skills/fmt/SKILL.md", "---\nname: fmt\ndescription: d\nhooks:\n  "
                                               "PostToolUse:\n    - matcher: Write\n      "
                                               "command: ./fmt.sh\n---\nB.\n");
    assert_fires(r, "CC019", 6);
    assert_int_equal(find_finding(r, "CC019", 6)->severity, AL_INFO);
    al_result_free(r);
    /* under an unknown event: HK001 only */
    r = lint_as(SETTINGS, "{\"hooks\": {\"preEditHook\": {\"command\": \"npx\"}}}\n");
    assert_silent(r, "CC019");
    assert_fires(r, "HK001", 1);
    al_result_free(r);
}

static void unknown_hook_event(void **state)
{
    (void)state;
    const char *text = GROUP("PreToolUze", "Bash", CMD);
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "HK001", 3);
    const al_diagnostic *d = find_finding(r, "HK001", 3);
    assert_non_null(strstr(d->message, "did you mean `PreToolUse` (since v1.0.38)"));
    assert_int_equal(d->start.column, 5);
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"PreToolUse\": ["));
    free(out);
    al_result_free(r);
    /* no near event: no fix, the list named */
    r = lint_as(SETTINGS, "{\"hooks\": {\"preEditHook\": []}}\n");
    assert_fires(r, "HK001", 1);
    assert_null(find_finding(r, "HK001", 1)->fix);
    al_result_free(r);
    /* every event of the table, and in front matter */
    const char *events[] = {"PreToolUse",     "PostToolBatch",       "DirectoryAdded",
                            "MessageDisplay", "UserPromptExpansion", "StopFailure",
                            "Setup"};
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        char buf[256];
        snprintf(buf, sizeof buf, "{\"hooks\": {\"%s\": []}}\n", events[i]);
        r = lint_as(SETTINGS, buf);
        assert_silent(r, "HK001");
        al_result_free(r);
    }
    r = lint_text("---\nname: r\ndescription: d\nhooks:\n  Stopp: []\n---\nB\n");
    assert_fires(r, "HK001", 5);
    al_result_free(r);
}

static void unknown_hook_type(void **state)
{
    (void)state;
    const char *text = GROUP("PostToolUse", "Edit", "{\"type\": \"comand\", \"command\": \"x\"}");
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "HK002", 4);
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"type\": \"command\""));
    free(out);
    al_result_free(r);
    const char *types[] = {CMD, "{\"type\": \"prompt\", \"prompt\": \"p\"}",
                           "{\"type\": \"agent\", \"prompt\": \"p\"}",
                           "{\"type\": \"http\", \"url\": \"https://h\"}",
                           "{\"type\": \"mcp_tool\", \"server\": \"s\", \"tool\": \"t\"}"};
    for (size_t i = 0; i < 5; i++) {
        char buf[512];
        snprintf(buf, sizeof buf, "{\"hooks\": {\"PostToolUse\": [{\"hooks\": [%s]}]}}\n",
                 types[i]);
        r = lint_as(SETTINGS, buf);
        assert_silent(r, "HK002");
        assert_silent(r, "HK003");
        assert_silent(r, "HK004");
        al_result_free(r);
    }
}

static void hook_missing_field(void **state)
{
    (void)state;
    al_result *r = lint_as(SETTINGS, GROUP("PostToolUse", "Edit", "{\"type\": \"http\"}"));
    assert_fires(r, "HK003", 4);
    assert_non_null(strstr(find_finding(r, "HK003", 4)->message, "`url`"));
    al_result_free(r);
    r = lint_as(SETTINGS,
                GROUP("PostToolUse", "Edit", "{\"type\": \"command\", \"command\": [\"mix\"]}"));
    assert_fires(r, "HK003", 4);
    al_result_free(r);
    r = lint_as(SETTINGS,
                GROUP("PostToolUse", "Edit", "{\"type\": \"mcp_tool\", \"server\": \"s\"}"));
    assert_fires(r, "HK003", 4);
    assert_non_null(strstr(find_finding(r, "HK003", 4)->message, "`tool`"));
    al_result_free(r);
}

static void hook_type_not_supported(void **state)
{
    (void)state;
    al_result *r = lint_as(
        SETTINGS, GROUP("SessionStart", "startup", "{\"type\": \"prompt\", \"prompt\": \"p\"}"));
    assert_fires(r, "HK004", 4);
    al_result_free(r);
    r = lint_as(SETTINGS, GROUP("Setup", "init", "{\"type\": \"http\", \"url\": \"https://h\"}"));
    assert_fires(r, "HK004", 4);
    al_result_free(r);
    r = lint_as(SETTINGS, GROUP("Stop", "", "{\"type\": \"prompt\", \"prompt\": \"p\"}"));
    assert_silent(r, "HK004");
    al_result_free(r);
    r = lint_as(SETTINGS,
                GROUP("Notification", "", "{\"type\": \"http\", \"url\": \"https://h\"}"));
    assert_silent(r, "HK004");
    al_result_free(r);
}

static void hook_matcher_ignored(void **state)
{
    (void)state;
    al_result *r = lint_as(SETTINGS, GROUP("Stop", "Bash", CMD));
    assert_fires(r, "HK005", 4);
    al_result_free(r);
    const char *fine[] = {GROUP("Stop", "", CMD), GROUP("Stop", "*", CMD),
                          GROUP("UserPromptSubmit", "", CMD), GROUP("PreToolUse", "Bash", CMD)};
    for (size_t i = 0; i < 4; i++) {
        r = lint_as(SETTINGS, fine[i]);
        assert_silent(r, "HK005");
        al_result_free(r);
    }
}

static void invalid_hook_matcher(void **state)
{
    (void)state;
    const char *bad[] = {
        GROUP("PreToolUse", "bash", CMD),        GROUP("PreToolUse", "Edit(", CMD),
        GROUP("PreToolUse", "mcp__memory", CMD), GROUP("PreToolUse", "Edit|Wrte", CMD),
        GROUP("SessionStart", "start", CMD),     GROUP("PreCompact", "manual|automatic", CMD)};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        al_result *r = lint_as(SETTINGS, bad[i]);
        assert_fires(r, "HK006", 4);
        al_result_free(r);
    }
    /* the case fix, when the name is the whole matcher */
    const char *text = GROUP("PreToolUse", "bash", CMD);
    al_result *r = lint_as(SETTINGS, text);
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"matcher\": \"Bash\""));
    free(out);
    al_result_free(r);
    const char *fine[] = {GROUP("PreToolUse", "Edit|Write", CMD),
                          GROUP("PreToolUse", "Edit, Write", CMD),
                          GROUP("PreToolUse", "mcp__memory__.*", CMD),
                          GROUP("PreToolUse", "^Notebook", CMD),
                          GROUP("PreToolUse", "mcp__github__create_issue", CMD),
                          GROUP("SessionStart", "startup|resume", CMD),
                          GROUP("SubagentStop", "code-reviewer", CMD),
                          GROUP("FileChanged", ".envrc|.env", CMD),
                          GROUP("PreToolUse", "*", CMD)};
    for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
        r = lint_as(SETTINGS, fine[i]);
        assert_silent(r, "HK006");
        al_result_free(r);
    }
}

static void hook_script_missing(void **state)
{
    (void)state;
    make_scratch();
    put(".claude/hooks/format.sh", "#!/bin/sh\n");
    put("p/.claude-plugin/plugin.json", "{\"name\": \"p\"}\n");
    put("p/scripts/check.sh", "#!/bin/sh\n");
    const char *missing[] = {
        "\\\"$CLAUDE_PROJECT_DIR\\\"/.claude/hooks/missing.sh",
        "python3 ${CLAUDE_PROJECT_DIR}/.claude/hooks/missing.py --check",
        "$CLAUDE_PROJECT_DIR/.claude/hooks",
    };
    for (size_t i = 0; i < 3; i++) {
        char buf[512];
        snprintf(buf, sizeof buf,
                 "{\"hooks\": {\"PostToolUse\": [{\"hooks\": [\n  {\"type\": \"command\", "
                 "\"command\": \"%s\"}]}]}}\n",
                 missing[i]);
        al_result *r = lint_as(at(".claude/settings.json"), buf);
        assert_fires(r, "HK007", 2);
        al_result_free(r);
    }
    const char *fine[] = {"\\\"$CLAUDE_PROJECT_DIR\\\"/.claude/hooks/format.sh",
                          "${CLAUDE_PROJECT_DIR}/.claude/hooks/format.sh", "npx prettier --write .",
                          "$CLAUDE_PROJECT_DIR/.claude/hooks/*.sh",
                          "${CLAUDE_PROJECT_DIR}/.claude/hooks/${HOOK}.sh"};
    for (size_t i = 0; i < 5; i++) {
        char buf[512];
        snprintf(buf, sizeof buf,
                 "{\"hooks\": {\"PostToolUse\": [{\"hooks\": [{\"type\": \"command\", "
                 "\"command\": \"%s\"}]}]}}\n",
                 fine[i]);
        al_result *r = lint_as(at(".claude/settings.json"), buf);
        assert_silent(r, "HK007");
        al_result_free(r);
    }
    /* a plugin's script, against the plugin's folder; exec form too */
    al_result *r = lint_as(
        at("p/hooks/hooks.json"),
        "{\"hooks\": {\"Stop\": [{\"hooks\": [\n"
        "  {\"type\": \"command\", \"command\": \"${CLAUDE_PLUGIN_ROOT}/scripts/check.sh\"},\n"
        "  {\"type\": \"command\", \"command\": \"node\", \"args\": "
        "[\"${CLAUDE_PLUGIN_ROOT}/scripts/gone.js\"]},\n"
        "  {\"type\": \"command\", \"command\": \"${CLAUDE_PROJECT_DIR}/anything.sh\"}\n"
        "]}]}}\n");
    assert_silent(r, "JS001");
    assert_int_equal(count_findings(r, "HK007", 0), 1);
    assert_fires(r, "HK007", 3);
    al_result_free(r);
    remove_scratch();
}

static void hook_timeout(void **state)
{
    (void)state;
    al_result *r =
        lint_as(SETTINGS, GROUP("PostToolUse", "Edit",
                                "{\"type\": \"command\", \"command\": \"x\", \"timeout\": 30000}"));
    assert_fires(r, "HK008", 4);
    assert_int_equal(find_finding(r, "HK008", 4)->severity, AL_WARNING);
    al_result_free(r);
    r = lint_as(SETTINGS,
                GROUP("PostToolUse", "Edit",
                      "{\"type\": \"command\", \"command\": \"x\", \"timeout\": \"30\"}"));
    assert_fires(r, "HK008", 4);
    assert_int_equal(find_finding(r, "HK008", 4)->severity, AL_ERROR);
    al_result_free(r);
    r = lint_as(SETTINGS, GROUP("PostToolUse", "Edit",
                                "{\"type\": \"command\", \"command\": \"x\", \"timeout\": 0}"));
    assert_fires(r, "HK008", 4);
    al_result_free(r);
    const char *fine[] = {"30", "600", "1800", "0.5", "3600"};
    for (size_t i = 0; i < 5; i++) {
        char buf[512];
        snprintf(buf, sizeof buf,
                 GROUP("PostToolUse", "Edit",
                       "{\"type\": \"command\", \"command\": \"x\", \"timeout\": %s}"),
                 fine[i]);
        r = lint_as(SETTINGS, buf);
        assert_silent(r, "HK008");
        al_result_free(r);
    }
}

static void hook_if_never_runs(void **state)
{
    (void)state;
    al_result *r = lint_as(
        SETTINGS,
        GROUP("Stop", "", "{\"type\": \"command\", \"command\": \"x\", \"if\": \"Edit(*.ts)\"}"));
    assert_fires(r, "HK009", 4);
    al_result_free(r);
    r = lint_as(SETTINGS,
                GROUP("PreToolUse", "Bash",
                      "{\"type\": \"command\", \"command\": \"x\", \"if\": \"Bash(git *)\"}"));
    assert_silent(r, "HK009");
    al_result_free(r);
}

/* ---- settings ---- */

static void unknown_setting(void **state)
{
    (void)state;
    const char *text = "{\n  \"permisions\": {},\n  \"mcpServers\": {},\n  \"permissions\": "
                       "{\"alow\": []}\n}\n";
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "ST001", 2);
    assert_fires(r, "ST001", 3);
    assert_non_null(strstr(find_finding(r, "ST001", 3)->message, ".mcp.json"));
    assert_fires(r, "ST001", 4);
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"permissions\": {},"));
    assert_non_null(strstr(out, "{\"allow\": []}"));
    free(out);
    al_result_free(r);
    r = lint_as(SETTINGS,
                "{\"$schema\": \"https://json.schemastore.org/claude-code-settings.json\", "
                "\"model\": \"opus\", \"statusLine\": {\"type\": \"command\", \"command\": \"x\"}, "
                "\"additionalMarketplaces\": {}, \"enableAllProjectMcpServers\": true}\n");
    assert_silent(r, "ST001");
    al_result_free(r);
}

static void invalid_setting_value(void **state)
{
    (void)state;
    const char *text = "{\n  \"model\": 3,\n  \"permissions\": {\"defaultMode\": \"acceptEdit\"},\n"
                       "  \"enabledPlugins\": {\"fmt@tools\": \"yes\", \"plain\": true},\n"
                       "  \"cleanupPeriodDays\": 0,\n  \"env\": {\"A\": {\"b\": 1}, \"B\": 2}\n}\n";
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "ST002", 2);
    assert_fires(r, "ST002", 3);
    assert_fires(r, "ST002", 4);
    assert_int_equal(count_findings(r, "ST002", 4), 2);
    assert_fires(r, "ST002", 5);
    assert_int_equal(count_findings(r, "ST002", 6), 1); /* a number is a value */
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"defaultMode\": \"acceptEdits\""));
    free(out);
    al_result_free(r);
    r = lint_as(SETTINGS,
                "{\"model\": \"opus\", \"permissions\": {\"defaultMode\": \"manual\", "
                "\"disableBypassPermissionsMode\": \"disable\"}, \"enabledPlugins\": "
                "{\"fmt@tools\": false}, \"cleanupPeriodDays\": 30, \"env\": {\"A\": \"1\"}}\n");
    assert_silent(r, "ST002");
    al_result_free(r);
}

static void setting_ignored_here(void **state)
{
    (void)state;
    const char *text = "{\n  \"autoMode\": {},\n  \"skipDangerousModePermissionPrompt\": true,\n"
                       "  \"permissions\": {\"defaultMode\": \"auto\"}\n}\n";
    al_result *r = lint_as(SETTINGS, text);
    assert_fires(r, "ST003", 2);
    assert_fires(r, "ST003", 3);
    assert_fires(r, "ST003", 4);
    al_result_free(r);
    r = lint_as(".claude/settings.local.json", text);
    assert_fires(r, "ST003", 2);
    assert_int_equal(count_findings(r, "ST003", 3), 0); /* allowed in the local file */
    al_result_free(r);
    r = lint_as(SETTINGS, "{\"model\": \"opus\", \"hooks\": {}}\n");
    assert_silent(r, "ST003");
    al_result_free(r);
}

static void permission_rules(void **state)
{
    (void)state;
    const char *text =
        "{\"permissions\": {\n"
        "  \"allow\": [\"Reed(./src/**)\", \"LS\", \"Bash(ls\", \"Bash(git:* push)\", "
        "\"Bash()\"],\n"
        "  \"deny\": [\"Bash(rm -rf *)\", \"Write(./secrets/**)\", \"Bash(command:rm *)\"],\n"
        "  \"ask\": [\"Bash(rm -rf *)\"]\n"
        "}, \"model\": \"opus\"}\n";
    al_result *r = lint_as(SETTINGS, text);
    assert_int_equal(count_findings(r, "ST004", 2), 2); /* Reed, LS */
    assert_int_equal(count_findings(r, "ST005", 2), 3);
    assert_fires(r, "ST006", 4); /* ask: deny wins */
    assert_int_equal(count_findings(r, "ST007", 3), 2);
    al_result_free(r);
    r = lint_as(SETTINGS,
                "{\"permissions\": {\"allow\": [\"*\", \"mcp__*\", \"mcp__github__*\"]}}\n");
    assert_int_equal(count_findings(r, "ST007", 1), 2);
    al_result_free(r);
    const char *fine = "{\"permissions\": {\n"
                       "  \"allow\": [\"Bash(npm run test:*)\", \"Bash(git status)\", \"Read\", "
                       "\"Write\", \"Edit(./src/**)\", \"WebFetch(domain:example.com)\", "
                       "\"mcp__github__get_issue\", \"mcp__puppeteer\", \"Agent(Explore)\", "
                       "\"Task(reviewer)\", \"Skill(pdf)\", \"Cd(~/code/*)\"],\n"
                       "  \"deny\": [\"Read(./.env)\", \"mcp__*\", \"Agent(model:opus)\"]\n"
                       "}}\n";
    r = lint_as(SETTINGS, fine);
    assert_silent(r, "ST004");
    assert_silent(r, "ST005");
    assert_silent(r, "ST006");
    assert_silent(r, "ST007");
    al_result_free(r);
}

/* ---- MCP ---- */

static void invalid_mcp_servers(void **state)
{
    (void)state;
    const char *text = "{\"mcpServers\": {\n  \"docs\": {\"url\": \"https://m\"},\n"
                       "  \"db\": {\"args\": [\"x\"]},\n  \"web\": {\"type\": \"http\"},\n"
                       "  \"fine\": {\"command\": \"npx\", \"args\": [\"-y\", \"x\"]},\n"
                       "  \"remote\": {\"type\": \"sse\", \"url\": \"https://s\"}\n}}\n";
    al_result *r = lint_as(".mcp.json", text);
    assert_fires(r, "CC020", 2);
    assert_fires(r, "CC020", 3);
    assert_fires(r, "CC020", 4);
    assert_int_equal(count_findings(r, "CC020", 0), 3);
    assert_int_equal(find_finding(r, "CC020", 2)->severity, AL_ERROR);
    al_result_free(r);
    /* a project file: `mcpServers`, not VS Code's `servers`, not the bare map */
    r = lint_as(".mcp.json", "{\n  \"servers\": {\"a\": {\"command\": \"x\"}}\n}\n");
    assert_fires(r, "CC020", 2);
    al_result_free(r);
    r = lint_as(".mcp.json", "{\"a\": {\"command\": \"x\"}}\n");
    assert_fires(r, "CC020", 1);
    al_result_free(r);
    /* a plugin's may be the bare map; another tool's plugin is not checked */
    make_scratch();
    put("p/.claude-plugin/plugin.json", "{\"name\": \"p\"}\n");
    put("c/plugin.json", "{\"name\": \"c\"}\n");
    r = lint_as(at("p/.mcp.json"), "{\"a\": {\"command\": \"x\"}, \"b\": {\"type\": \"http\"}}\n");
    assert_int_equal(count_findings(r, "CC020", 0), 1);
    al_result_free(r);
    r = lint_as(at("c/.mcp.json"), "{\"mcpServers\": {\"a\": {\"url\": \"https://x\"}}}\n");
    assert_silent(r, "CC020");
    al_result_free(r);
    remove_scratch();
    /* inline in plugin.json */
    r = lint_as(".claude-plugin/plugin.json",
                "{\"name\": \"p\",\n \"mcpServers\": {\"a\": {\"args\": []}}}\n");
    assert_fires(r, "CC020", 2);
    al_result_free(r);
}

static void unknown_mcp_type(void **state)
{
    (void)state;
    const char *text =
        "{\"mcpServers\": {\n  \"a\": {\"type\": \"htpp\", \"url\": \"https://m\"}\n}}\n";
    al_result *r = lint_as(".mcp.json", text);
    assert_fires(r, "MC001", 2);
    char *out = fixed(r, text);
    assert_non_null(strstr(out, "\"type\": \"http\""));
    free(out);
    al_result_free(r);
    r = lint_as(".mcp.json", "{\"mcpServers\": {\"a\": {\"type\": \"streamable-http\", \"url\": "
                             "\"https://m\"}, \"b\": {\"type\": \"ws\", \"url\": \"wss://m\"}, "
                             "\"c\": {\"type\": \"stdio\", \"command\": \"x\"}}}\n");
    assert_silent(r, "MC001");
    assert_silent(r, "CC020");
    al_result_free(r);
}

static void mcp_variable_syntax(void **state)
{
    (void)state;
    al_result *r =
        lint_as(".mcp.json", "{\"mcpServers\": {\n"
                             "  \"a\": {\"command\": \"${CLAUDE_PROJECT_DIR}/bin/s\"},\n"
                             "  \"b\": {\"command\": \"x\", \"args\": [\"${VAR-default}\"]},\n"
                             "  \"c\": {\"type\": \"http\", \"url\": \"https://${HOST\"},\n"
                             "  \"d\": {\"command\": \"x\", \"env\": {\"K\": \"${}\"}}\n"
                             "}}\n");
    for (size_t line = 2; line <= 5; line++)
        assert_fires(r, "MC002", line);
    al_result_free(r);
    r = lint_as(".mcp.json",
                "{\"mcpServers\": {\"a\": {\"command\": \"${CLAUDE_PROJECT_DIR:-.}/bin/s\", "
                "\"args\": [\"${A}\", \"--x=${B:-1}\"], \"env\": {\"T\": \"${TOKEN}\"}}, \"h\": "
                "{\"type\": \"http\", \"url\": \"${BASE:-https://api.example.com}/mcp\", "
                "\"headers\": {\"Authorization\": \"Bearer ${TOKEN}\"}}}}\n");
    assert_silent(r, "MC002");
    assert_silent(r, "SEC002");
    al_result_free(r);
    /* a credential in a header: the secret rules, masked */
    r = lint_as(".mcp.json",
                "{\"mcpServers\": {\"h\": {\"type\": \"http\", \"url\": \"https://x\", "
                "\"headers\": {\"Authorization\": \"Bearer 9f8e7d6c5b4a3f2e1d0c9b8a\"}}}}\n");
    assert_fires(r, "SEC002", 1);
    assert_null(strstr(find_finding(r, "SEC002", 1)->message, "9f8e7d6c5b4a"));
    al_result_free(r);
}

static void unknown_mcp_server(void **state)
{
    (void)state;
    const char *agent = "---\nname: r\ndescription: d\nmcpServers:\n  - github\n  - jira\n---\nB\n";
    al_result *rs[2];
    rs[0] = lint_as(".claude/agents/r.md", agent);
    rs[1] = lint_as(".mcp.json", "{\"mcpServers\": {\"github\": {\"command\": \"gh-mcp\"}}}\n");
    al_check_across_files(NULL, rs, 2);
    assert_fires(rs[0], "MC003", 6);
    assert_int_equal(count_findings(rs[0], "MC003", 0), 1);
    assert_int_equal(find_finding(rs[0], "MC003", 6)->severity, AL_INFO);
    al_result_free(rs[0]);
    al_result_free(rs[1]);
}

/* ---- memory imports ---- */

static void imports(void **state)
{
    (void)state;
    make_scratch();
    put(".git/HEAD", "ref: refs/heads/main\n");
    put("docs/guide.md", "# Guide\n");
    put("docs/a.md", "# A\n\n@b.md\n");
    put("docs/b.md", "# B\n\n@a.md\n");
    put("deep/1.md", "@2.md\n");
    put("deep/2.md", "@3.md\n");
    put("deep/3.md", "@4.md\n");
    put("deep/4.md", "@5.md\n");
    put("deep/5.md", "the end\n");
    put("near/1.md", "@2.md\n");
    put("near/2.md", "@3.md\n");
    put("near/3.md", "@4.md\n");
    put("near/4.md", "the end: four hops\n");
    put("nest/index.md", "# Index\n\n@leaf.md\n");
    const char *text = "# Notes\n"
                       "\n"
                       "The guide: @docs/guide.md and @docs/gone.md too.\n"        /* 3 */
                       "Read @docs/guide.md: it matters.\n"                        /* 4 */
                       "Mention `@docs/nothing.md` and write to @someone today.\n" /* 5 */
                       "\n"
                       "```\n"
                       "@docs/inside-a-block.md\n"
                       "```\n"
                       "\n"
                       "@docs/a.md\n"     /* 11 */
                       "@deep/1.md\n"     /* 12 */
                       "@near/1.md\n"     /* 13 */
                       "@nest/index.md\n" /* 14 */
                       "@docs\n"          /* 15 */
                       "<!-- @docs/commented.md -->\n"
                       "@pytest.mark.unit and user@example.com\n";
    put("CLAUDE.md", text);
    al_result *r = lint_as(at("CLAUDE.md"), text);
    assert_fires(r, "MM001", 3);
    assert_int_equal(count_findings(r, "MM001", 3), 1);
    assert_int_equal(find_finding(r, "MM001", 3)->start.column, 31);
    assert_fires(r, "MM001", 4); /* the `:` */
    assert_non_null(strstr(find_finding(r, "MM001", 4)->message, "`:`"));
    assert_int_equal(count_findings(r, "MM001", 5), 0);
    assert_fires(r, "MM002", 11);
    assert_fires(r, "MM003", 12);
    assert_int_equal(count_findings(r, "MM003", 13), 0);
    assert_fires(r, "MM001", 14); /* nest/leaf.md, behind index.md */
    assert_fires(r, "MM001", 15); /* a folder */
    assert_int_equal(count_findings(r, "MM001", 0), 5);
    assert_int_equal(count_findings(r, "MM002", 0), 1);
    assert_int_equal(count_findings(r, "MM003", 0), 1);
    al_result_free(r);
    /* the file importing itself */
    r = lint_as(at("CLAUDE.md"), "# Self\n\n@CLAUDE.md\n");
    assert_fires(r, "MM002", 3);
    al_result_free(r);
    /* not a memory file: no import rules */
    r = lint_as(at("docs/notes.md"), "@docs/gone.md\n");
    assert_silent(r, "MM001");
    al_result_free(r);
    /* an import cycle of 1,000 files: the depth stops it */
    for (int i = 0; i < 1000; i++) {
        char name[32], body[32];
        snprintf(name, sizeof name, "ring/f%d.md", i);
        snprintf(body, sizeof body, "@f%d.md\n", (i + 1) % 1000);
        put(name, body);
    }
    r = lint_as(at("AGENTS.md"), "@ring/f0.md\n");
    assert_fires(r, "MM003", 1);
    assert_int_equal(al_result_count(r), 1);
    al_result_free(r);
    remove_scratch();
}

/* ---- links ---- */

static void links(void **state)
{
    (void)state;
    make_scratch();
    put(".git/HEAD", "ref: refs/heads/main\n");
    put(".claude/skills/pdf/reference.md", "# Reference\n\n## Form fields\n\n<a id=\"raw\"></a>\n");
    put("docs/guide.md", "# Guide\n\n## Set up\n\n## Set up\n");
    const char *skill =
        "---\nname: pdf\ndescription: d\n---\n"
        "# PDF\n" /* 5 */
        "\n"
        "See [the reference](reference.md) and [forms](reference.md#form-fields).\n"
        "Missing: [examples](examples/basic.md) and ![chart](img/chart.png).\n" /* 8 */
        "Bad anchor: [x](reference.md#form-field) and [y](#nowhere).\n"         /* 9 */
        "Fine: [raw](reference.md#raw), [top](#pdf), [up](../../../docs/guide.md#set-up-1).\n"
        "Not files: [u](url), [w](https://example.com/x.md), [m](mailto:a@b.c), "
        "[t]({{base}}/x.md), [g](docs/*.md), [abs](/etc/passwd), [abs2](/nowhere/x.md).\n"
        "Root-relative: [guide](docs/guide.md).\n"
        "Outside: [o](../../../../outside/missing.md), [p](/etc/passwd#root).\n" /* 13 */
        "\n"
        "    [in code](missing.md)\n";
    al_result *r = lint_as(at(".claude/skills/pdf/SKILL.md"), skill);
    assert_int_equal(count_findings(r, "LK001", 8), 2);
    assert_int_equal(find_finding(r, "LK001", 8)->start.column, 21);
    assert_int_equal(count_findings(r, "LK002", 9), 2);
    assert_fires(r, "LK001", 13);
    assert_int_equal(count_findings(r, "LK001", 0), 3);
    assert_int_equal(count_findings(r, "LK002", 0), 2);
    al_result_free(r);
    /* documentation is not checked */
    r = lint_as(at("docs/notes.md"), "[x](missing.md)\n");
    assert_silent(r, "LK001");
    al_result_free(r);
    remove_scratch();
}

/* ---- SK010, PL007 ---- */

static void skill_name_reserved_word(void **state)
{
    (void)state;
    al_options *o = al_options_new();
    al_options_set_skill_profile(o, AL_SKILL_PROFILE_AGENT_SKILLS);
    al_result *r =
        lint_text_with(o, ".claude/skills/claude-helper/SKILL.md",
                       "---\nname: claude-helper\ndescription: d\n---\nB.\n", AL_FILE_EXPLICIT);
    assert_fires(r, "SK010", 2);
    al_result_free(r);
    r = lint_text_with(o, ".claude/skills/pdf/SKILL.md",
                       "---\nname: pdf\ndescription: d\n---\nB.\n", AL_FILE_EXPLICIT);
    assert_silent(r, "SK010");
    al_result_free(r);
    al_options_free(o);
    r = lint_as(".claude/skills/claude-helper/SKILL.md",
                "---\nname: claude-helper\ndescription: d\n---\nB.\n");
    assert_silent(r, "SK010"); /* Claude Code's own profile: fine */
    al_result_free(r);
}

static void plugin_hooks_duplicate(void **state)
{
    (void)state;
    al_result *r = lint_as(".claude-plugin/plugin.json",
                           "{\n  \"name\": \"p\",\n  \"hooks\": \"./hooks/hooks.json\"\n}\n");
    assert_fires(r, "PL007", 3);
    al_result_free(r);
    r = lint_as(".claude-plugin/plugin.json",
                "{\"name\": \"p\", \"hooks\": [\"./hooks/extra.json\", \"hooks/hooks.json\"]}\n");
    assert_fires(r, "PL007", 1);
    al_result_free(r);
    r = lint_as(".claude-plugin/plugin.json",
                "{\"name\": \"p\", \"hooks\": \"./hooks/extra.json\"}\n");
    assert_silent(r, "PL007");
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invalid_json),
        cmocka_unit_test(json_duplicate_key),
        cmocka_unit_test(hooks_shape),
        cmocka_unit_test(unknown_hook_event),
        cmocka_unit_test(unknown_hook_type),
        cmocka_unit_test(hook_missing_field),
        cmocka_unit_test(hook_type_not_supported),
        cmocka_unit_test(hook_matcher_ignored),
        cmocka_unit_test(invalid_hook_matcher),
        cmocka_unit_test(hook_script_missing),
        cmocka_unit_test(hook_timeout),
        cmocka_unit_test(hook_if_never_runs),
        cmocka_unit_test(unknown_setting),
        cmocka_unit_test(invalid_setting_value),
        cmocka_unit_test(setting_ignored_here),
        cmocka_unit_test(permission_rules),
        cmocka_unit_test(invalid_mcp_servers),
        cmocka_unit_test(unknown_mcp_type),
        cmocka_unit_test(mcp_variable_syntax),
        cmocka_unit_test(unknown_mcp_server),
        cmocka_unit_test(imports),
        cmocka_unit_test(links),
        cmocka_unit_test(skill_name_reserved_word),
        cmocka_unit_test(plugin_hooks_duplicate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
