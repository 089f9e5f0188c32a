/* The command line's options, parsed with getopt_long. */
#define _GNU_SOURCE /* getopt_long */
#include "cli/args.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/suggest.h"

const char cli_usage[] =
    "usage: agentlint [options] PATH...\n"
    "       agentlint [options] --stdin-filename NAME -\n"
    "       agentlint lsp      (the language server for editors; see man agentlint)\n"
    "\n"
    "Lints AI agent definitions: Claude Code agents, skills, commands and plugins,\n"
    "and GitHub Copilot, OpenCode, Gemini CLI and Cursor files (YAML front matter\n"
    "and a Markdown prompt). A directory is searched for the files each tool reads\n"
    "(*.md, .cursor/rules/*.mdc, plugin manifests); - is stdin.\n"
    "\n"
    "output:\n"
    "  -f, --format NAME     gcc (default), full, json, sarif, github, gitlab,\n"
    "                        checkstyle, junit, or auto (github when\n"
    "                        GITHUB_ACTIONS=true, else gcc)\n"
    "  -o, --output FILE     write the report to FILE instead of standard output\n"
    "      --color WHEN      auto (default), always, never; NO_COLOR is honoured\n"
    "  -q, --quiet           print findings only, no summary\n"
    "  -s, --silent          print nothing; only the exit status tells\n"
    "      --statistics      print how many findings each rule has, most first\n"
    "      --timings         print the CPU time of each stage on standard error\n"
    "rules:\n"
    "      --select RULES    run only these rules (codes, names, families like CC,\n"
    "                        or ALL; comma-separated, repeatable); turns on opt-in rules\n"
    "      --ignore RULES    do not run these rules\n"
    "      --enable RULE     turn on a rule that is off by default\n"
    "      --config FILE     use this configuration instead of the nearest .agentlint.yml\n"
    "      --no-config       use no configuration file\n"
    "      --no-inline-suppressions  ignore agentlint-disable comments\n"
    "  -v, --verbose         say which configuration each file uses and what it is\n"
    "                        linted as, and why (standard error); also --show-settings\n"
    "exit status:\n"
    "      --fail-on SEV     exit 1 on findings of this severity or above: error,\n"
    "                        warning (default) or note\n"
    "      --exit-zero       exit 0 even with findings (2 still means trouble)\n"
    "      --exit-non-zero-on-fix  with --fix, exit 1 when a file was changed\n"
    "baseline:\n"
    "      --write-baseline FILE  record today's findings in FILE\n"
    "      --baseline FILE   report only findings not recorded in FILE\n"
    "fixes:\n"
    "      --fix             apply safe fixes in place, then report what is left\n"
    "      --unsafe-fixes    with --fix or --diff, apply unsafe fixes too\n"
    "      --diff            print the fixes as a unified diff; change nothing\n"
    "input:\n"
    "      --stdin-filename NAME  lint standard input as NAME (for editors)\n"
    "      --kind KIND       lint every file as KIND: agent, skill, command,\n"
    "                        claude-rule, plugin-manifest, copilot-agent,\n"
    "                        copilot-instructions, copilot-prompt, opencode-agent,\n"
    "                        gemini-agent, cursor-agent, cursor-rule, instructions,\n"
    "                        documentation, memory, settings, plugin-hooks,\n"
    "                        mcp-config (default: by place, content, folder)\n"
    "  -j, --jobs N          lint N files at a time (default: the number of CPUs)\n"
    "information:\n"
    "      --list-rules      list every rule (with --format json: as JSON)\n"
    "      --show-files      list the files that would be linted, each with its kind\n"
    "                        and why; lint nothing\n"
    "      --explain RULE    explain a rule (code or name), with examples\n"
    "      --version         print the version\n"
    "  -h, --help            print this help\n"
    "\n"
    "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage,\n"
    "configuration or I/O error.\n";

/* clang-format off */
static const struct {
    const char *name;
    cli_format format;
} formats[] = {
    {"gcc",        FMT_GCC},
    {"full",       FMT_FULL},
    {"json",       FMT_JSON},
    {"sarif",      FMT_SARIF},
    {"github",     FMT_GITHUB},
    {"checkstyle", FMT_CHECKSTYLE},
    {"junit",      FMT_JUNIT},
    {"gitlab",     FMT_GITLAB},
    {"auto",       FMT_AUTO},
};
/* clang-format on */

/* ---- rule selection ---- */

static bool pattern_matches(const cli_selection *s, const al_rule_info *r)
{
    char pat[64];
    if (s->len == 0 || s->len >= sizeof pat) return false;
    memcpy(pat, s->pattern, s->len);
    pat[s->len] = '\0';
    if (strcmp(pat, "ALL") == 0 || strcmp(pat, "all") == 0) return true;
    if (al_rule_find(pat) == r) return true;
    /* A family: letters only, matching the code's letters exactly. */
    size_t k = 0;
    while (k < s->len && ((pat[k] >= 'A' && pat[k] <= 'Z') || (pat[k] >= 'a' && pat[k] <= 'z')))
        k++;
    if (k != s->len) return false;
    size_t cl = 0;
    while (r->code[cl] && !(r->code[cl] >= '0' && r->code[cl] <= '9'))
        cl++;
    if (cl != k) return false;
    for (size_t i = 0; i < k; i++)
        if ((pat[i] & ~0x20) != r->code[i]) return false;
    return true;
}

static bool pattern_known(const cli_selection *s)
{
    for (size_t i = 0; i < al_rule_count(); i++)
        if (pattern_matches(s, al_rule_at(i))) return true;
    return false;
}

void cli_apply_selection(const cli_options *cli, al_options *opts)
{
    if (cli->sel_count == 0) return;
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *r = al_rule_at(i);
        al_severity sev = al_options_severity(opts, r);
        bool selected = false, ignored = false, touched = false;
        for (size_t k = 0; k < cli->sel_count; k++) {
            if (!pattern_matches(&cli->sels[k], r)) continue;
            if (cli->sels[k].kind == SEL_SELECT) selected = true;
            if (cli->sels[k].kind == SEL_IGNORE) ignored = true;
            if (cli->sels[k].kind == SEL_ENABLE && sev == AL_OFF) {
                sev = r->default_severity;
                touched = true;
            }
        }
        if (cli->any_select && selected && sev == AL_OFF) {
            sev = r->default_severity;
            touched = true;
        }
        if ((cli->any_select && !selected) || ignored) {
            sev = AL_OFF;
            touched = true;
        }
        /* Only what changed is set: a set severity overrides the severity a
         * rule picks per finding. */
        if (touched) al_options_set_severity(opts, r, sev);
    }
}

static bool add_selection(cli_options *cli, cli_selection_kind kind, const char *list)
{
    const char *p = list;
    while (*p) {
        while (*p == ',' || *p == ' ')
            p++;
        const char *s = p;
        while (*p && *p != ',' && *p != ' ')
            p++;
        if (p == s) continue;
        cli_selection *n = realloc(cli->sels, (cli->sel_count + 1) * sizeof *n);
        if (!n) return false;
        cli->sels = n;
        cli_selection sel = {kind, s, (size_t)(p - s), NULL};
        char old[16], renamed[16];
        const char *since;
        if (sel.len < sizeof old) {
            memcpy(old, s, sel.len);
            old[sel.len] = '\0';
            if (al_rule_code_renamed(old, renamed, sizeof renamed, &since)) {
                sel.owned = strdup(renamed);
                if (!sel.owned) return false;
                sel.pattern = sel.owned;
                sel.len = strlen(renamed);
                if (pattern_known(&sel))
                    fprintf(stderr,
                            "agentlint: note: `%s` is the old code of `%s` (renamed in %s: "
                            "markdownlint's MD codes are other rules); it still works, but write "
                            "`%s`\n",
                            old, renamed, since, renamed);
            }
        }
        if (!pattern_known(&sel)) {
            free(sel.owned);
            fprintf(stderr, "agentlint: no rule or family named '%.*s' (see --list-rules)\n",
                    (int)sel.len, s);
            return false;
        }
        cli->sels[cli->sel_count++] = sel;
        if (kind == SEL_SELECT) cli->any_select = true;
    }
    return true;
}

/* ---- arguments ---- */

static bool parse_severity(const char *s, al_severity *out)
{
    int v = al_severity_parse(s);
    if (v <= 0) return false;
    *out = (al_severity)v;
    return true;
}

/* Long options without a short form get codes past the character range. */
enum {
    OPT_COLOR = 256,
    OPT_CONFIG,
    OPT_NO_CONFIG,
    OPT_NO_INLINE,
    OPT_SELECT,
    OPT_IGNORE,
    OPT_ENABLE,
    OPT_FAIL_ON,
    OPT_EXIT_ZERO,
    OPT_FIX,
    OPT_UNSAFE_FIXES,
    OPT_DIFF,
    OPT_STDIN_FILENAME,
    OPT_KIND,
    OPT_LIST_RULES,
    OPT_EXPLAIN,
    OPT_VERSION,
    OPT_STATISTICS,
    OPT_SHOW_FILES,
    OPT_EXIT_NON_ZERO_ON_FIX,
    OPT_BASELINE,
    OPT_WRITE_BASELINE,
    OPT_TIMINGS,
};

/* clang-format off */
static const struct option long_options[] = {
    {"format",                  required_argument, NULL, 'f'},
    {"output",                  required_argument, NULL, 'o'},
    {"color",                   required_argument, NULL, OPT_COLOR},
    {"colour",                  required_argument, NULL, OPT_COLOR},
    {"quiet",                   no_argument,       NULL, 'q'},
    {"silent",                  no_argument,       NULL, 's'},
    {"select",                  required_argument, NULL, OPT_SELECT},
    {"ignore",                  required_argument, NULL, OPT_IGNORE},
    {"enable",                  required_argument, NULL, OPT_ENABLE},
    {"config",                  required_argument, NULL, OPT_CONFIG},
    {"no-config",               no_argument,       NULL, OPT_NO_CONFIG},
    {"no-inline-suppressions",  no_argument,       NULL, OPT_NO_INLINE},
    {"verbose",                 no_argument,       NULL, 'v'},
    {"show-settings",           no_argument,       NULL, 'v'},
    {"fail-on",                 required_argument, NULL, OPT_FAIL_ON},
    {"exit-zero",               no_argument,       NULL, OPT_EXIT_ZERO},
    {"fix",                     no_argument,       NULL, OPT_FIX},
    {"unsafe-fixes",            no_argument,       NULL, OPT_UNSAFE_FIXES},
    {"diff",                    no_argument,       NULL, OPT_DIFF},
    {"stdin-filename",          required_argument, NULL, OPT_STDIN_FILENAME},
    {"kind",                    required_argument, NULL, OPT_KIND},
    {"jobs",                    required_argument, NULL, 'j'},
    {"list-rules",              no_argument,       NULL, OPT_LIST_RULES},
    {"explain",                 required_argument, NULL, OPT_EXPLAIN},
    {"version",                 no_argument,       NULL, OPT_VERSION},
    {"statistics",              no_argument,       NULL, OPT_STATISTICS},
    {"show-files",              no_argument,       NULL, OPT_SHOW_FILES},
    {"exit-non-zero-on-fix",    no_argument,       NULL, OPT_EXIT_NON_ZERO_ON_FIX},
    {"baseline",                required_argument, NULL, OPT_BASELINE},
    {"write-baseline",          required_argument, NULL, OPT_WRITE_BASELINE},
    {"timings",                 no_argument,       NULL, OPT_TIMINGS},
    {"help",                    no_argument,       NULL, 'h'},
    {NULL, 0, NULL, 0},
};
/* clang-format on */

/* One option with its value; false on a bad value (the reason printed). */
static bool take_option(cli_options *cli, int opt, const char *v)
{
    switch (opt) {
    case 'f':
        for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
            if (strcmp(v, formats[k].name) == 0) {
                cli->format = formats[k].format;
                cli->format_set = true;
                if (cli->format == FMT_AUTO) {
                    const char *gha = getenv("GITHUB_ACTIONS");
                    cli->format = gha && strcmp(gha, "true") == 0 ? FMT_GITHUB : FMT_GCC;
                }
                return true;
            }
        fprintf(stderr,
                "agentlint: unknown format '%s' (gcc, full, json, sarif, github, gitlab, "
                "checkstyle, junit, auto)\n",
                v);
        return false;
    case 'o':
        cli->output = v;
        return true;
    case OPT_COLOR:
        if (strcmp(v, "auto") == 0)
            cli->color = -1;
        else if (strcmp(v, "always") == 0)
            cli->color = 1;
        else if (strcmp(v, "never") == 0)
            cli->color = 0;
        else {
            fprintf(stderr, "agentlint: --color takes auto, always or never, not '%s'\n", v);
            return false;
        }
        return true;
    case 'q':
        if (cli->quiet < 1) cli->quiet = 1;
        return true;
    case 's':
        cli->quiet = 2;
        return true;
    case OPT_SELECT:
        return add_selection(cli, SEL_SELECT, v);
    case OPT_IGNORE:
        return add_selection(cli, SEL_IGNORE, v);
    case OPT_ENABLE:
        return add_selection(cli, SEL_ENABLE, v);
    case OPT_CONFIG:
        cli->config_path = v;
        return true;
    case OPT_NO_CONFIG:
        cli->no_config = true;
        return true;
    case OPT_NO_INLINE:
        cli->no_inline = true;
        return true;
    case 'v':
        cli->verbose = true;
        return true;
    case OPT_FAIL_ON:
        if (parse_severity(v, &cli->fail_on)) return true;
        fprintf(stderr, "agentlint: --fail-on takes error, warning or note, not '%s'\n", v);
        return false;
    case OPT_EXIT_ZERO:
        cli->exit_zero = true;
        return true;
    case OPT_FIX:
        cli->fix = true;
        return true;
    case OPT_UNSAFE_FIXES:
        cli->unsafe_fixes = true;
        return true;
    case OPT_DIFF:
        cli->diff = true;
        return true;
    case OPT_STDIN_FILENAME:
        cli->stdin_filename = v;
        return true;
    case OPT_KIND: {
        int k = al_kind_parse(v);
        if (k > 0) {
            cli->kind = (al_file_kind)k;
            return true;
        }
        fprintf(stderr,
                "agentlint: unknown kind '%s' (agent, skill, command, claude-rule, "
                "plugin-manifest, copilot-agent, copilot-instructions, copilot-prompt, "
                "opencode-agent, gemini-agent, cursor-agent, cursor-rule, instructions, "
                "documentation, memory, settings, plugin-hooks, mcp-config)\n",
                v);
        return false;
    }
    case 'j': {
        char *end;
        long n = strtol(v, &end, 10);
        if (*v == '\0' || *end || n < 1) {
            fprintf(stderr, "agentlint: --jobs takes a positive number, not '%s'\n", v);
            return false;
        }
        cli->jobs = n > CLI_MAX_JOBS ? CLI_MAX_JOBS : n;
        return true;
    }
    case OPT_LIST_RULES:
        cli->list_rules = true;
        return true;
    case OPT_EXPLAIN:
        cli->explain_rule = v;
        return true;
    case OPT_VERSION:
        cli->version = true;
        return true;
    case 'h':
        cli->help = true;
        return true;
    case OPT_STATISTICS:
        cli->statistics = true;
        return true;
    case OPT_TIMINGS:
        cli->timings = true;
        return true;
    case OPT_SHOW_FILES:
        cli->show_files = true;
        return true;
    case OPT_EXIT_NON_ZERO_ON_FIX:
        cli->exit_non_zero_on_fix = true;
        return true;
    case OPT_BASELINE:
        cli->baseline = v;
        return true;
    case OPT_WRITE_BASELINE:
        cli->write_baseline = v;
        return true;
    }
    return false;
}

/* The long option named exactly NAME (LEN bytes), or NULL. */
static const struct option *long_option_named(const char *name, size_t len)
{
    for (const struct option *o = long_options; o->name; o++)
        if (strlen(o->name) == len && memcmp(o->name, name, len) == 0) return o;
    return NULL;
}

static bool short_option_takes_value(char c)
{
    return c == 'f' || c == 'o' || c == 'j';
}

/* getopt_long takes any unambiguous prefix of a long option, so `--fi` would
 * be `--fix` and rewrite files. Long options must be written whole: this
 * walks the arguments as getopt_long will (values of options that take one
 * are skipped, `--` ends the options) and refuses a name that is not exact,
 * with the options it could have meant. */
static bool long_options_exact(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) return true;
        if (a[0] != '-' || a[1] == '\0') continue; /* a path, or - for stdin */
        if (a[1] != '-') {                          /* a cluster of short options */
            for (size_t k = 1; a[k]; k++)
                if (short_option_takes_value(a[k])) {
                    if (a[k + 1] == '\0') i++;
                    break;
                }
            continue;
        }
        const char *name = a + 2;
        size_t len = strcspn(name, "=");
        const struct option *o = long_option_named(name, len);
        if (o) {
            if (o->has_arg == required_argument && name[len] != '=') i++;
            continue;
        }
        /* Options the word abbreviates, else the closest spelling. */
        const char *meant[3];
        size_t n = 0;
        for (const struct option *c = long_options; c->name && n < 3; c++)
            if (len > 0 && strncmp(c->name, name, len) == 0) meant[n++] = c->name;
        if (n == 0) {
            al_suggester sg;
            al_suggest_begin(&sg, name, len);
            for (const struct option *c = long_options; c->name; c++)
                al_suggest_consider(&sg, c->name);
            if (al_suggest_result(&sg)) meant[n++] = al_suggest_result(&sg);
        }
        fprintf(stderr, "agentlint: unknown option '--%.*s'", (int)len, name);
        if (n > 0) {
            fprintf(stderr, "%s: did you mean", len > 0 && strncmp(meant[0], name, len) == 0
                                                     ? " (long options are never abbreviated)"
                                                     : "");
            for (size_t k = 0; k < n; k++)
                fprintf(stderr, "%s--%s", k == 0 ? " " : k + 1 == n ? " or " : ", ", meant[k]);
            fputc('?', stderr);
        }
        fputs("\nTry 'agentlint --help' for the list of options.\n", stderr);
        return false;
    }
    return true;
}

bool cli_parse_args(int argc, char **argv, cli_options *cli)
{
    memset(cli, 0, sizeof *cli);
    cli->color = -1;
    cli->fail_on = AL_WARNING;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    cli->jobs = ncpu > 0 ? (ncpu > CLI_MAX_JOBS ? CLI_MAX_JOBS : ncpu) : 1;
    cli->paths = calloc((size_t)argc + 1, sizeof *cli->paths);
    if (!cli->paths) {
        fputs("agentlint: out of memory\n", stderr);
        return false;
    }
    if (!long_options_exact(argc, argv)) return false;
    opterr = 0; /* our own messages */
    optind = 1;
    int opt;
    while ((opt = getopt_long(argc, argv, ":f:o:qsvj:h", long_options, NULL)) != -1) {
        const char *arg = argv[optind - 1];
        if (opt == '?') {
            if (optopt >= 256 && strchr(arg, '='))
                fprintf(stderr, "agentlint: %.*s takes no value\n", (int)strcspn(arg, "="), arg);
            else if (optopt && optopt < 256)
                fprintf(stderr,
                        "agentlint: unknown option '-%c'\n"
                        "Try 'agentlint --help' for the list of options.\n",
                        optopt);
            else
                fprintf(stderr,
                        "agentlint: unknown option '%s'\n"
                        "Try 'agentlint --help' for the list of options.\n",
                        arg);
            return false;
        }
        if (opt == ':') {
            fprintf(stderr, "agentlint: %s needs a value\n", arg);
            return false;
        }
        if (!take_option(cli, opt, optarg)) return false;
    }
    for (int i = optind; i < argc; i++)
        cli->paths[cli->path_count++] = argv[i];
    if (cli->unsafe_fixes && !cli->fix && !cli->diff) {
        fputs("agentlint: --unsafe-fixes does nothing alone: add --fix to apply the unsafe fixes "
              "too, or --diff to see them\n",
              stderr);
        return false;
    }
    return true;
}

void cli_options_free(cli_options *cli)
{
    for (size_t i = 0; i < cli->sel_count; i++)
        free(cli->sels[i].owned);
    free(cli->sels);
    free(cli->paths);
    cli->sels = NULL;
    cli->paths = NULL;
}
