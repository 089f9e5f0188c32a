/* After the lint: checks across files, fixes written or shown, the report,
 * the summary line and the exit status. */
#include "cli/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/diff.h"
#include "cli/fileio.h"
#include "report/report.h"

/* Counts over the whole run, for the summary line and the exit status. */
typedef struct {
    size_t files_checked, errors, warnings, infos, failing, fixable, unsafe_fixable;
    size_t changed, fixes; /* files changed (or that would be) and fixes applied */
    bool stdin_fixed_out;  /* the fixed text of stdin went to stdout */
} run_totals;

/* Reports the files that could not be read; runs the checks across files
 * over the others. */
static bool check_across_files(cli_run *run)
{
    al_result **results = calloc(run->count ? run->count : 1, sizeof *results);
    if (!results) return false;
    for (size_t i = 0; i < run->count; i++) {
        cli_job *j = &run->jobs[i];
        if (!j->res) {
            fprintf(stderr, "agentlint: %s: %s\n", j->path,
                    j->err == ENOTSUP ? "not a regular file" : strerror(j->err ? j->err : ENOMEM));
            run->trouble = true;
            continue;
        }
        results[i] = j->res;
    }
    al_check_across_files(run->base, results, run->count);
    free(results);
    return true;
}

/* --fix writes the fixed files (stdin's text to stdout); --diff shows them. */
static void write_fixes(cli_run *run, const cli_options *cli, run_totals *t)
{
    for (size_t i = 0; i < run->count; i++) {
        cli_job *j = &run->jobs[i];
        if (!j->res) continue;
        bool differs =
            j->data != j->orig && (j->len != j->orig_len || memcmp(j->data, j->orig, j->len) != 0);
        if (cli->diff) {
            if (differs) {
                al_write_unified_diff(stdout, j->path, j->orig, j->orig_len, j->data, j->len);
                t->changed++;
                t->fixes += j->fixes_applied;
            }
        } else if (cli->fix) {
            if (j->is_stdin) {
                /* An editor gets the fixed text back; the report goes to stderr. */
                fwrite(j->data, 1, j->len, stdout);
                t->stdin_fixed_out = true;
                if (differs) t->changed++;
                t->fixes += j->fixes_applied;
            } else if (differs) {
                int e = al_write_atomically(j->path, j->data, j->len);
                if (e) {
                    fprintf(stderr, "agentlint: %s: cannot write the fixes: %s\n", j->path,
                            strerror(e));
                    run->trouble = true;
                } else {
                    t->changed++;
                    t->fixes += j->fixes_applied;
                }
            }
        }
    }
    fflush(stdout);
}

static void count_findings(const cli_run *run, const cli_options *cli, run_totals *t)
{
    for (size_t i = 0; i < run->count; i++) {
        const al_result *res = run->jobs[i].res;
        if (!res) continue;
        t->files_checked++;
        for (size_t k = 0; k < al_result_count(res); k++) {
            const al_diagnostic *d = al_result_get(res, k);
            if (d->severity == AL_ERROR)
                t->errors++;
            else if (d->severity == AL_WARNING)
                t->warnings++;
            else
                t->infos++;
            if (d->severity >= cli->fail_on) t->failing++;
            if (d->fix && d->fix->edit_count) {
                if (d->fix->safe)
                    t->fixable++;
                else
                    t->unsafe_fixable++;
            }
        }
    }
}

static bool use_color(const cli_options *cli, FILE *out)
{
    if (cli->color != -1) return cli->color == 1;
    const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(fileno(out)) && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
}

/* Writes the report in the chosen format; false when the output could not
 * be opened or written (the reason printed). */
static bool write_report(const cli_run *run, const cli_options *cli, const run_totals *t)
{
    FILE *out = stdout;
    if (cli->output) {
        out = fopen(cli->output, "w");
        if (!out) {
            fprintf(stderr, "agentlint: %s: %s\n", cli->output, strerror(errno));
            return false;
        }
    } else if (t->stdin_fixed_out || cli->diff) {
        out = stderr;
    }
    al_report_file *files = calloc(run->count ? run->count : 1, sizeof *files);
    if (!files) {
        fputs("agentlint: out of memory\n", stderr);
        if (out != stdout && out != stderr) fclose(out);
        return false;
    }
    for (size_t i = 0; i < run->count; i++) {
        files[i].res = run->jobs[i].res;
        files[i].data = run->jobs[i].data;
        files[i].len = run->jobs[i].len;
    }
    al_report rep = {out,       use_color(cli, out), files,    run->count, t->files_checked,
                     t->errors, t->warnings,         t->infos, t->fixable};
    if (cli->quiet < 2 && !cli->diff) {
        switch (cli->format) {
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
    bool ok = true;
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "agentlint: cannot write the report: %s\n", strerror(errno));
        ok = false;
    }
    if (out != stdout && out != stderr && fclose(out) != 0) ok = false;
    return ok;
}

static void print_summary(const cli_options *cli, const run_totals *t)
{
    fprintf(stderr, "agentlint: %zu file%s checked: %zu error%s, %zu warning%s, %zu note%s",
            t->files_checked, t->files_checked == 1 ? "" : "s", t->errors,
            t->errors == 1 ? "" : "s", t->warnings, t->warnings == 1 ? "" : "s", t->infos,
            t->infos == 1 ? "" : "s");
    if (cli->diff)
        fprintf(stderr, "; %zu fix%s would change %zu file%s", t->fixes, t->fixes == 1 ? "" : "es",
                t->changed, t->changed == 1 ? "" : "s");
    else if (cli->fix)
        fprintf(stderr, "; %zu fix%s applied to %zu file%s", t->fixes, t->fixes == 1 ? "" : "es",
                t->changed, t->changed == 1 ? "" : "s");
    if (!cli->diff && !cli->fix && t->fixable)
        fprintf(stderr, "; %zu fixable with --fix", t->fixable);
    if (!cli->unsafe_fixes && t->unsafe_fixable)
        fprintf(stderr, "; %zu more with --unsafe-fixes", t->unsafe_fixable);
    fputc('\n', stderr);
}

int cli_finish(cli_run *run, const cli_options *cli)
{
    run_totals t = {0};
    if (!check_across_files(run)) {
        fputs("agentlint: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    write_fixes(run, cli, &t);
    count_findings(run, cli, &t);
    if (!write_report(run, cli, &t)) return EXIT_TROUBLE;
    if (cli->quiet == 0) print_summary(cli, &t);
    if (run->trouble) return EXIT_TROUBLE;
    if (cli->exit_zero) return EXIT_CLEAN;
    if (cli->diff) return t.changed ? EXIT_FINDINGS : EXIT_CLEAN;
    return t.failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* ---- information ---- */

void cli_list_rules(FILE *out, bool json)
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

int cli_explain(const char *which)
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
