/* agentlint's command line: a thin driver over the library.
 *
 * The run: parse the arguments; expand the paths; find each file's
 * configuration; lint the files on N threads (each file independent, its
 * result kept with its text in the file's slot, so the output order never
 * depends on the threads); fix and re-lint when asked; run the checks
 * across files; write the report; exit 0, 1 or 2. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentlint/agentlint.h"
#include "cli/diff.h"
#include "cli/walk.h"
#include "config.h"
#include "report/report.h"

#define EXIT_CLEAN    0
#define EXIT_FINDINGS 1
#define EXIT_TROUBLE  2

#define DEFAULT_MAX_FILE_SIZE ((size_t)16 << 20)
#define MAX_FIX_PASSES        8
#define MAX_JOBS              256

static const char usage[] =
    "usage: agentlint [options] PATH...\n"
    "       agentlint [options] --stdin-filename NAME -\n"
    "\n"
    "Lints AI agent definitions (Claude Code subagents: YAML front matter and a\n"
    "Markdown system prompt). A directory is searched for *.md files; - is stdin.\n"
    "\n"
    "output:\n"
    "  -f, --format NAME     gcc (default), full, json, sarif, github, checkstyle, junit\n"
    "  -o, --output FILE     write the report to FILE instead of standard output\n"
    "      --color WHEN      auto (default), always, never; NO_COLOR is honoured\n"
    "  -q, --quiet           print findings only, no summary\n"
    "  -s, --silent          print nothing; only the exit status tells\n"
    "rules:\n"
    "      --select RULES    run only these rules (codes, names, families like CC,\n"
    "                        or ALL; comma-separated, repeatable); turns on opt-in rules\n"
    "      --ignore RULES    do not run these rules\n"
    "      --enable RULE     turn on a rule that is off by default\n"
    "      --config FILE     use this configuration instead of the nearest .agentlint.yml\n"
    "      --no-config       use no configuration file\n"
    "      --no-inline-suppressions  ignore agentlint-disable comments\n"
    "exit status:\n"
    "      --fail-on SEV     exit 1 on findings of this severity or above: error,\n"
    "                        warning (default) or info\n"
    "      --exit-zero       exit 0 even with findings (2 still means trouble)\n"
    "fixes:\n"
    "      --fix             apply safe fixes in place, then report what is left\n"
    "      --unsafe-fixes    with --fix or --diff, apply unsafe fixes too\n"
    "      --diff            print the fixes as a unified diff; change nothing\n"
    "input:\n"
    "      --stdin-filename NAME  lint standard input as NAME (for editors)\n"
    "      --kind KIND       lint every file as KIND: agent, skill, command,\n"
    "                        plugin-manifest, copilot-agent, opencode-agent,\n"
    "                        gemini-agent, cursor-agent, cursor-rule, instructions,\n"
    "                        documentation (default: by path, then content)\n"
    "  -j, --jobs N          lint N files at a time (default: the number of CPUs)\n"
    "information:\n"
    "      --list-rules      list every rule (with --format json: as JSON)\n"
    "      --explain RULE    explain a rule (code or name), with examples\n"
    "      --version         print the version\n"
    "  -h, --help            print this help\n"
    "\n"
    "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage,\n"
    "configuration or I/O error.\n";

typedef enum { FMT_GCC, FMT_FULL, FMT_JSON, FMT_SARIF, FMT_GITHUB, FMT_CHECKSTYLE, FMT_JUNIT } fmt;

/* clang-format off */
static const struct {
    const char *name;
    fmt format;
} formats[] = {
    {"gcc",        FMT_GCC},
    {"full",       FMT_FULL},
    {"json",       FMT_JSON},
    {"sarif",      FMT_SARIF},
    {"github",     FMT_GITHUB},
    {"checkstyle", FMT_CHECKSTYLE},
    {"junit",      FMT_JUNIT},
};
/* clang-format on */

typedef enum { SEL_SELECT, SEL_IGNORE, SEL_ENABLE } sel_kind;

typedef struct {
    sel_kind kind;
    const char *pattern; /* points into argv */
    size_t len;
} selection;

typedef struct {
    fmt format;
    const char *output;
    int color; /* -1 auto, 0 never, 1 always */
    const char *config_path;
    bool no_config, no_inline;
    selection *sels;
    size_t sel_count;
    bool any_select;
    al_severity fail_on;
    bool exit_zero;
    int quiet; /* 1 quiet, 2 silent */
    bool fix, unsafe_fixes, diff;
    const char *stdin_filename;
    al_file_kind kind;
    long jobs;
} cli_options;

typedef struct {
    char *path; /* as given or found; the name reported */
    al_file_origin origin;
    bool is_stdin;
    al_options *opts;
    char *orig; /* the text read */
    size_t orig_len;
    char *data; /* the text linted last (== orig unless fixed) */
    size_t len;
    al_result *res;
    int err;              /* errno reading it, or 0 */
    size_t fixes_applied; /* over all passes */
} job;

typedef struct {
    job *jobs;
    size_t count;
    size_t next;
    pthread_mutex_t lock;
    const cli_options *cli;
} work;

/* ---- reading ---- */

/* Reads a whole file (or fd 0 when path is NULL); at most limit + 1 bytes,
 * since a larger file is only reported. Returns 0, or an errno value. */
static int read_file(const char *path, char **data, size_t *len, size_t limit)
{
    *data = NULL;
    *len = 0;
    /* O_NONBLOCK: a FIFO named on the command line must not hang the run. */
    int fd = path ? open(path, O_RDONLY | O_NONBLOCK) : 0;
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        if (path) close(fd);
        return e;
    }
    if (S_ISDIR(st.st_mode) || (path && !S_ISREG(st.st_mode))) {
        if (path) close(fd);
        return S_ISDIR(st.st_mode) ? EISDIR : ENOTSUP;
    }
    size_t cap = (size_t)st.st_size < limit ? (size_t)st.st_size + 1 : 65536;
    char *buf = malloc(cap);
    if (!buf) {
        if (path) close(fd);
        return ENOMEM;
    }
    size_t n = 0;
    for (;;) {
        if (n == cap) {
            if (cap > limit) break;
            size_t ncap = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
            char *p = realloc(buf, ncap);
            if (!p) {
                free(buf);
                if (path) close(fd);
                return ENOMEM;
            }
            buf = p;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            if (path) close(fd);
            return e;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    if (path) close(fd);
    *data = buf;
    *len = n;
    return 0;
}

/* ---- writing fixes ---- */

/* Replaces path's contents atomically: a temporary file in the same folder,
 * the original's mode, then rename. A symlink is followed, not replaced. */
static int write_atomically(const char *path, const char *data, size_t len)
{
    char *target = NULL;
    struct stat lst;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) target = realpath(path, NULL);
    const char *real = target ? target : path;
    struct stat st;
    if (stat(real, &st) != 0) {
        int e = errno;
        free(target);
        return e;
    }
    size_t pl = strlen(real);
    char *tmp = malloc(pl + 32);
    if (!tmp) {
        free(target);
        return ENOMEM;
    }
    const char *slash = strrchr(real, '/');
    size_t dl = slash ? (size_t)(slash - real) + 1 : 0;
    snprintf(tmp, pl + 32, "%.*s.%s.agentlint-XXXXXX", (int)dl, real, real + dl);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        free(target);
        return e;
    }
    int e = 0;
    size_t off = 0;
    while (off < len && !e) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno != EINTR) e = errno;
        } else {
            off += (size_t)w;
        }
    }
    if (!e && fchmod(fd, st.st_mode & 07777) != 0) e = errno;
    if (!e && fsync(fd) != 0) e = errno;
    if (close(fd) != 0 && !e) e = errno;
    if (!e && rename(tmp, real) != 0) e = errno;
    if (e) unlink(tmp);
    free(tmp);
    free(target);
    return e;
}

/* ---- linting, on worker threads ---- */

static void lint_job(job *j, const cli_options *cli)
{
    if (j->err) return; /* stdin, read before */
    if (!j->is_stdin) {
        j->err = read_file(j->path, &j->orig, &j->orig_len, DEFAULT_MAX_FILE_SIZE);
        if (j->err) return;
    }
    j->data = j->orig;
    j->len = j->orig_len;
    j->res = al_lint_buffer(j->opts, j->path, j->data, j->len, j->origin);
    if (!j->res) {
        j->err = ENOMEM;
        return;
    }
    if (!cli->fix && !cli->diff) return;
    /* Fix, lint again, until nothing more applies. */
    for (int pass = 0; pass < MAX_FIX_PASSES; pass++) {
        size_t applied = 0, nlen = 0;
        char *next = al_apply_fixes(j->res, j->data, j->len, cli->unsafe_fixes, &nlen, &applied);
        if (!next) {
            j->err = ENOMEM;
            return;
        }
        if (applied == 0 || (nlen == j->len && memcmp(next, j->data, nlen) == 0)) {
            free(next);
            break;
        }
        al_result *res = al_lint_buffer(j->opts, j->path, next, nlen, j->origin);
        if (!res) {
            free(next);
            j->err = ENOMEM;
            return;
        }
        al_result_free(j->res);
        j->res = res;
        if (j->data != j->orig) free(j->data);
        j->data = next;
        j->len = nlen;
        j->fixes_applied += applied;
    }
}

static void *worker(void *arg)
{
    work *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->lock);
        size_t i = w->next++;
        pthread_mutex_unlock(&w->lock);
        if (i >= w->count) break;
        lint_job(&w->jobs[i], w->cli);
    }
    return NULL;
}

static void run_jobs(job *jobs, size_t count, const cli_options *cli)
{
    work w = {jobs, count, 0, PTHREAD_MUTEX_INITIALIZER, cli};
    long n = cli->jobs;
    if (n < 1) n = 1;
    if ((size_t)n > count) n = (long)count;
    pthread_t threads[MAX_JOBS];
    long started = 0;
    for (long i = 1; i < n; i++) {
        if (pthread_create(&threads[started], NULL, worker, &w) != 0) break;
        started++;
    }
    worker(&w); /* the main thread works too */
    for (long i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    pthread_mutex_destroy(&w.lock);
}

/* ---- rule selection ---- */

static bool pattern_matches(const selection *s, const al_rule_info *r)
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

static bool pattern_known(const selection *s)
{
    for (size_t i = 0; i < al_rule_count(); i++)
        if (pattern_matches(s, al_rule_at(i))) return true;
    return false;
}

static void apply_selection(const cli_options *cli, al_options *opts)
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

static bool add_selection(cli_options *cli, sel_kind kind, const char *list)
{
    const char *p = list;
    while (*p) {
        while (*p == ',' || *p == ' ')
            p++;
        const char *s = p;
        while (*p && *p != ',' && *p != ' ')
            p++;
        if (p == s) continue;
        selection *n = realloc(cli->sels, (cli->sel_count + 1) * sizeof *n);
        if (!n) return false;
        cli->sels = n;
        selection sel = {kind, s, (size_t)(p - s)};
        if (!pattern_known(&sel)) {
            fprintf(stderr, "agentlint: no rule or family named '%.*s' (see --list-rules)\n",
                    (int)sel.len, s);
            return false;
        }
        cli->sels[cli->sel_count++] = sel;
        if (kind == SEL_SELECT) cli->any_select = true;
    }
    return true;
}

/* ---- configurations, found once per file ---- */

typedef struct {
    char *path;
    al_config *cfg;
} config_entry;

typedef struct {
    config_entry *items;
    size_t count;
} config_cache;

/* The configuration for a file (NULL: none); false on a bad config. */
static bool config_for(config_cache *cache, const cli_options *cli, const char *file,
                       const al_config **out)
{
    *out = NULL;
    if (cli->no_config) return true;
    char *found = cli->config_path ? strdup(cli->config_path) : al_config_find(file);
    if (!found) return true;
    for (size_t i = 0; i < cache->count; i++)
        if (strcmp(cache->items[i].path, found) == 0) {
            free(found);
            *out = cache->items[i].cfg;
            return true;
        }
    char err[1024];
    al_config *cfg = al_config_load(found, err, sizeof err);
    if (!cfg) {
        fprintf(stderr, "agentlint: %s\n", err);
        free(found);
        return false;
    }
    config_entry *n = realloc(cache->items, (cache->count + 1) * sizeof *n);
    if (!n) {
        al_config_free(cfg);
        free(found);
        return false;
    }
    cache->items = n;
    cache->items[cache->count].path = found;
    cache->items[cache->count].cfg = cfg;
    cache->count++;
    *out = cfg;
    return true;
}

static void config_cache_free(config_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        free(cache->items[i].path);
        al_config_free(cache->items[i].cfg);
    }
    free(cache->items);
}

/* ---- information ---- */

static void list_rules(FILE *out, bool json)
{
    if (json) {
        al_write_rules_json(out);
        return;
    }
    fprintf(out, "%-6s %-28s %-8s %s\n", "CODE", "NAME", "DEFAULT", "SUMMARY");
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *r = al_rule_at(i);
        fprintf(out, "%-6s %-28s %-8s %s\n", r->code, r->name,
                r->default_enabled ? al_severity_name(r->default_severity) : "off", r->summary);
    }
}

static int explain(const char *which)
{
    const al_rule_info *r = al_rule_find(which);
    if (!r) {
        fprintf(stderr, "agentlint: no rule named '%s' (see --list-rules)\n", which);
        return EXIT_TROUBLE;
    }
    const char *text = al_rule_explanation(r);
    printf("%s %s (%s%s)\n\n", r->code, r->name, al_severity_name(r->default_severity),
           r->default_enabled ? "" : ", off by default");
    if (text)
        fputs(text, stdout);
    else
        printf("%s.\n", r->summary);
    return EXIT_CLEAN;
}

/* ---- arguments ---- */

/* Matches "--name VALUE" or "--name=VALUE" (and a short alias "-x VALUE",
 * "-xVALUE"); sets *value and advances *i. */
static bool opt_value(int argc, char **argv, int *i, const char *lng, const char *shrt,
                      const char **value, bool *missing)
{
    const char *a = argv[*i];
    size_t ll = strlen(lng);
    if (strncmp(a, lng, ll) == 0 && (a[ll] == '\0' || a[ll] == '=')) {
        if (a[ll] == '=') {
            *value = a + ll + 1;
            return true;
        }
    } else if (shrt && strncmp(a, shrt, 2) == 0) {
        if (a[2] != '\0') {
            *value = a + 2;
            return true;
        }
    } else {
        return false;
    }
    if (*i + 1 >= argc) {
        *missing = true;
        return true;
    }
    *value = argv[++*i];
    return true;
}

static bool parse_severity(const char *s, al_severity *out)
{
    int v = al_severity_parse(s);
    if (v <= 0) return false;
    *out = (al_severity)v;
    return true;
}

int main(int argc, char **argv)
{
    cli_options cli = {0};
    cli.color = -1;
    cli.fail_on = AL_WARNING;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    cli.jobs = ncpu > 0 ? ncpu : 1;
    const char *explain_rule = NULL;
    bool want_list = false, want_version = false, want_help = false, format_set = false;
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t path_count = 0;
    int status = EXIT_CLEAN;
    config_cache configs = {NULL, 0};
    al_input_list inputs = {NULL, 0, 0};
    job *jobs = NULL;
    size_t job_count = 0;
    al_options *base = NULL;
    FILE *out = stdout;
    if (!paths) {
        fputs("agentlint: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }

    bool only_paths = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_paths || a[0] != '-' || a[1] == '\0') {
            paths[path_count++] = argv[i];
            continue;
        }
        const char *v = NULL;
        bool missing = false;
        if (strcmp(a, "--") == 0) {
            only_paths = true;
        } else if (strcmp(a, "--version") == 0) {
            want_version = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            want_help = true;
        } else if (strcmp(a, "--list-rules") == 0) {
            want_list = true;
        } else if (strcmp(a, "--fix") == 0) {
            cli.fix = true;
        } else if (strcmp(a, "--unsafe-fixes") == 0) {
            cli.unsafe_fixes = true;
        } else if (strcmp(a, "--diff") == 0) {
            cli.diff = true;
        } else if (strcmp(a, "--exit-zero") == 0) {
            cli.exit_zero = true;
        } else if (strcmp(a, "--no-config") == 0) {
            cli.no_config = true;
        } else if (strcmp(a, "--no-inline-suppressions") == 0) {
            cli.no_inline = true;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            if (cli.quiet < 1) cli.quiet = 1;
        } else if (strcmp(a, "-s") == 0 || strcmp(a, "--silent") == 0) {
            cli.quiet = 2;
        } else if (opt_value(argc, argv, &i, "--explain", NULL, &v, &missing)) {
            explain_rule = v;
        } else if (opt_value(argc, argv, &i, "--format", "-f", &v, &missing)) {
            if (!v) break;
            bool found = false;
            for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
                if (strcmp(v, formats[k].name) == 0) {
                    cli.format = formats[k].format;
                    found = true;
                }
            if (!found) {
                fprintf(stderr,
                        "agentlint: unknown format '%s' (gcc, full, json, sarif, github, "
                        "checkstyle, junit)\n",
                        v);
                status = EXIT_TROUBLE;
                goto done;
            }
            format_set = true;
        } else if (opt_value(argc, argv, &i, "--output", "-o", &v, &missing)) {
            cli.output = v;
        } else if (opt_value(argc, argv, &i, "--color", NULL, &v, &missing) ||
                   opt_value(argc, argv, &i, "--colour", NULL, &v, &missing)) {
            if (!v) break;
            if (strcmp(v, "auto") == 0)
                cli.color = -1;
            else if (strcmp(v, "always") == 0)
                cli.color = 1;
            else if (strcmp(v, "never") == 0)
                cli.color = 0;
            else {
                fprintf(stderr, "agentlint: --color takes auto, always or never, not '%s'\n", v);
                status = EXIT_TROUBLE;
                goto done;
            }
        } else if (opt_value(argc, argv, &i, "--config", NULL, &v, &missing)) {
            cli.config_path = v;
        } else if (opt_value(argc, argv, &i, "--select", NULL, &v, &missing)) {
            if (v && !add_selection(&cli, SEL_SELECT, v)) {
                status = EXIT_TROUBLE;
                goto done;
            }
        } else if (opt_value(argc, argv, &i, "--ignore", NULL, &v, &missing)) {
            if (v && !add_selection(&cli, SEL_IGNORE, v)) {
                status = EXIT_TROUBLE;
                goto done;
            }
        } else if (opt_value(argc, argv, &i, "--enable", NULL, &v, &missing)) {
            if (v && !add_selection(&cli, SEL_ENABLE, v)) {
                status = EXIT_TROUBLE;
                goto done;
            }
        } else if (opt_value(argc, argv, &i, "--fail-on", NULL, &v, &missing)) {
            if (v && !parse_severity(v, &cli.fail_on)) {
                fprintf(stderr, "agentlint: --fail-on takes error, warning or info, not '%s'\n", v);
                status = EXIT_TROUBLE;
                goto done;
            }
        } else if (opt_value(argc, argv, &i, "--stdin-filename", NULL, &v, &missing)) {
            cli.stdin_filename = v;
        } else if (opt_value(argc, argv, &i, "--kind", NULL, &v, &missing)) {
            int k = v ? al_kind_parse(v) : 0;
            if (k <= 0) {
                if (!v) break;
                fprintf(stderr,
                        "agentlint: unknown kind '%s' (agent, skill, command, plugin-manifest, "
                        "copilot-agent, opencode-agent, gemini-agent, cursor-agent, cursor-rule, "
                        "instructions, documentation)\n",
                        v);
                status = EXIT_TROUBLE;
                goto done;
            }
            cli.kind = (al_file_kind)k;
        } else if (opt_value(argc, argv, &i, "--jobs", "-j", &v, &missing)) {
            if (!v) break;
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 1) {
                fprintf(stderr, "agentlint: --jobs takes a positive number, not '%s'\n", v);
                status = EXIT_TROUBLE;
                goto done;
            }
            cli.jobs = n > MAX_JOBS ? MAX_JOBS : n;
        } else {
            fprintf(stderr, "agentlint: unknown option '%s'\n%s", a, usage);
            status = EXIT_TROUBLE;
            goto done;
        }
        if (missing) {
            fprintf(stderr, "agentlint: %s needs a value\n", a);
            status = EXIT_TROUBLE;
            goto done;
        }
    }
    if (cli.jobs > MAX_JOBS) cli.jobs = MAX_JOBS;

    if (want_help) {
        fputs(usage, stdout);
        goto done;
    }
    if (want_version) {
        printf("agentlint %s\n", AGENTLINT_VERSION);
        goto done;
    }
    if (explain_rule) {
        status = explain(explain_rule);
        goto done;
    }
    if (want_list) {
        list_rules(stdout, format_set && cli.format == FMT_JSON);
        goto done;
    }
    if (path_count == 0 && cli.stdin_filename) paths[path_count++] = "-";
    if (path_count == 0) {
        fputs(usage, stderr);
        status = EXIT_TROUBLE;
        goto done;
    }
    if (cli.fix && cli.diff) cli.fix = false; /* --diff never writes */

    base = al_options_new();
    if (!base) {
        fputs("agentlint: out of memory\n", stderr);
        status = EXIT_TROUBLE;
        goto done;
    }
    al_options_set_max_file_size(base, DEFAULT_MAX_FILE_SIZE);
    if (cli.no_inline) al_options_set_inline_suppressions(base, false);
    al_options_set_kind(base, cli.kind);
    if (cli.config_path) {
        const al_config *cfg;
        if (!config_for(&configs, &cli, cli.config_path, &cfg)) {
            status = EXIT_TROUBLE;
            goto done;
        }
    }

    bool trouble = false, have_stdin = false;
    for (size_t i = 0; i < path_count; i++) {
        if (strcmp(paths[i], "-") == 0) {
            if (have_stdin) continue; /* stdin can be read once */
            have_stdin = true;
        }
        if (!al_walk_path(&inputs, paths[i])) trouble = true;
    }
    al_input_list_dedupe(&inputs);
    jobs = calloc(inputs.count ? inputs.count : 1, sizeof *jobs);
    if (!jobs) {
        fputs("agentlint: out of memory\n", stderr);
        status = EXIT_TROUBLE;
        goto done;
    }
    for (size_t i = 0; i < inputs.count; i++) {
        bool is_stdin = strcmp(inputs.items[i].path, "-") == 0;
        const char *name =
            is_stdin && cli.stdin_filename ? cli.stdin_filename : inputs.items[i].path;
        const al_config *cfg = NULL;
        if (!config_for(&configs, &cli, is_stdin && !cli.stdin_filename ? "stdin.md" : name,
                        &cfg)) {
            status = EXIT_TROUBLE;
            goto done;
        }
        if (cfg && al_config_ignores(cfg, name)) continue;
        job *j = &jobs[job_count++];
        j->path = strdup(name);
        j->origin = inputs.items[i].origin;
        j->is_stdin = is_stdin;
        j->opts = al_options_clone(base);
        if (!j->path || !j->opts || !al_config_apply(cfg, j->opts, name)) {
            fputs("agentlint: out of memory\n", stderr);
            status = EXIT_TROUBLE;
            goto done;
        }
        apply_selection(&cli, j->opts);
        if (is_stdin) {
            j->err = read_file(NULL, &j->orig, &j->orig_len, DEFAULT_MAX_FILE_SIZE);
        }
    }

    /* Lint (and fix) every file; stdin was read above. */
    run_jobs(jobs, job_count, &cli);

    al_result **results = calloc(job_count ? job_count : 1, sizeof *results);
    if (!results) {
        fputs("agentlint: out of memory\n", stderr);
        status = EXIT_TROUBLE;
        goto done;
    }
    for (size_t i = 0; i < job_count; i++) {
        if (!jobs[i].res) {
            fprintf(stderr, "agentlint: %s: %s\n", jobs[i].path,
                    jobs[i].err == ENOTSUP ? "not a regular file"
                                           : strerror(jobs[i].err ? jobs[i].err : ENOMEM));
            trouble = true;
            continue;
        }
        results[i] = jobs[i].res;
    }
    al_check_across_files(base, results, job_count);

    /* Fixes: write them, or show them. */
    size_t changed = 0, fixes = 0;
    bool stdin_fixed_out = false;
    for (size_t i = 0; i < job_count; i++) {
        job *j = &jobs[i];
        if (!j->res) continue;
        bool differs =
            j->data != j->orig && (j->len != j->orig_len || memcmp(j->data, j->orig, j->len) != 0);
        if (cli.diff) {
            if (differs) {
                al_write_unified_diff(stdout, j->path, j->orig, j->orig_len, j->data, j->len);
                changed++;
                fixes += j->fixes_applied;
            }
        } else if (cli.fix) {
            if (j->is_stdin) {
                /* An editor gets the fixed text back; the report goes to stderr. */
                fwrite(j->data, 1, j->len, stdout);
                stdin_fixed_out = true;
                if (differs) changed++;
                fixes += j->fixes_applied;
            } else if (differs) {
                int e = write_atomically(j->path, j->data, j->len);
                if (e) {
                    fprintf(stderr, "agentlint: %s: cannot write the fixes: %s\n", j->path,
                            strerror(e));
                    trouble = true;
                } else {
                    changed++;
                    fixes += j->fixes_applied;
                }
            }
        }
    }
    fflush(stdout);

    /* The report. */
    al_report_file *files = calloc(job_count ? job_count : 1, sizeof *files);
    if (!files) {
        fputs("agentlint: out of memory\n", stderr);
        free(results);
        status = EXIT_TROUBLE;
        goto done;
    }
    size_t files_checked = 0, errors = 0, warnings = 0, infos = 0, fixable = 0, failing = 0,
           unsafe_fixable = 0;
    for (size_t i = 0; i < job_count; i++) {
        files[i].res = results[i];
        files[i].data = jobs[i].data;
        files[i].len = jobs[i].len;
        if (!results[i]) continue;
        files_checked++;
        for (size_t k = 0; k < al_result_count(results[i]); k++) {
            const al_diagnostic *d = al_result_get(results[i], k);
            if (d->severity == AL_ERROR)
                errors++;
            else if (d->severity == AL_WARNING)
                warnings++;
            else
                infos++;
            if (d->severity >= cli.fail_on) failing++;
            if (d->fix && d->fix->edit_count) {
                if (d->fix->safe)
                    fixable++;
                else
                    unsafe_fixable++;
            }
        }
    }
    free(results);
    if (cli.output) {
        out = fopen(cli.output, "w");
        if (!out) {
            fprintf(stderr, "agentlint: %s: %s\n", cli.output, strerror(errno));
            out = stdout;
            free(files);
            status = EXIT_TROUBLE;
            goto done;
        }
    } else if (stdin_fixed_out || cli.diff) {
        out = stderr;
    }
    bool color = false;
    if (cli.color == 1) {
        color = true;
    } else if (cli.color == -1) {
        const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
        color = isatty(fileno(out)) && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
    }
    al_report rep = {out, color, files, job_count, files_checked, errors, warnings, infos, fixable};
    if (cli.quiet < 2 && !cli.diff) {
        switch (cli.format) {
        case FMT_GCC:
            al_write_gcc_all(&rep);
            break;
        case FMT_FULL:
            al_write_full(&rep);
            break;
        case FMT_JSON:
            al_write_json(&rep);
            break;
        case FMT_SARIF:
            al_write_sarif(&rep);
            break;
        case FMT_GITHUB:
            al_write_github(&rep);
            break;
        case FMT_CHECKSTYLE:
            al_write_checkstyle(&rep);
            break;
        case FMT_JUNIT:
            al_write_junit(&rep);
            break;
        }
    }
    free(files);
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "agentlint: cannot write the report: %s\n", strerror(errno));
        trouble = true;
    }
    if (out != stdout && out != stderr) {
        if (fclose(out) != 0) trouble = true;
        out = stdout;
    }

    if (cli.quiet == 0) {
        fprintf(stderr, "agentlint: %zu file%s checked: %zu error%s, %zu warning%s, %zu note%s",
                files_checked, files_checked == 1 ? "" : "s", errors, errors == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s", infos, infos == 1 ? "" : "s");
        if (cli.diff)
            fprintf(stderr, "; %zu fix%s would change %zu file%s", fixes, fixes == 1 ? "" : "es",
                    changed, changed == 1 ? "" : "s");
        else if (cli.fix)
            fprintf(stderr, "; %zu fix%s applied to %zu file%s", fixes, fixes == 1 ? "" : "es",
                    changed, changed == 1 ? "" : "s");
        if (!cli.diff && !cli.fix && fixable) fprintf(stderr, "; %zu fixable with --fix", fixable);
        if (!cli.unsafe_fixes && unsafe_fixable)
            fprintf(stderr, "; %zu more with --unsafe-fixes", unsafe_fixable);
        fputc('\n', stderr);
    }
    if (trouble)
        status = EXIT_TROUBLE;
    else if (cli.exit_zero)
        status = EXIT_CLEAN;
    else if (cli.diff)
        status = changed ? EXIT_FINDINGS : EXIT_CLEAN;
    else
        status = failing ? EXIT_FINDINGS : EXIT_CLEAN;

done:
    for (size_t i = 0; i < job_count; i++) {
        job *j = &jobs[i];
        if (j->data != j->orig) free(j->data);
        free(j->orig);
        al_result_free(j->res);
        al_options_free(j->opts);
        free(j->path);
    }
    free(jobs);
    al_options_free(base);
    config_cache_free(&configs);
    al_input_list_free(&inputs);
    free(cli.sels);
    free(paths);
    return status;
}
