/* After the lint: checks across files, fixes written or shown, the report,
 * the summary line and the exit status. */
#include "cli/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/baseline.h"
#include "cli/diff.h"
#include "cli/fileio.h"
#include "report/report.h"

/* Counts over the whole run, for the summary line and the exit status. */
typedef struct {
    size_t files_checked, errors, warnings, infos, failing, fixable, unsafe_fixable;
    size_t changed, fixes; /* files changed (or that would be) and fixes applied */
    bool stdin_fixed_out;  /* the fixed text of stdin went to stdout */
} run_totals;

/* "agentlint: PATH: " on standard error, the path escaped (a newline in a
 * file name must not forge a line). */
static void say_path(const char *path)
{
    fputs("agentlint: ", stderr);
    al_path_escape(stderr, path);
    fputs(": ", stderr);
}

/* Reports the files that could not be read; runs the checks across files
 * over the others. */
static bool check_across_files(cli_run *run)
{
    al_result **results = calloc(run->count ? run->count : 1, sizeof *results);
    if (!results) return false;
    for (size_t i = 0; i < run->count; i++) {
        cli_job *j = &run->jobs[i];
        if (!j->res) {
            say_path(j->path);
            fprintf(stderr, "%s\n",
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

/* The file is left as it is on disk: its findings are those of that text,
 * not of the fixed text that was not written. */
static void keep_original(cli_job *j)
{
    al_result *res = al_lint_buffer(j->opts, j->path, j->orig, j->orig_len, j->origin);
    if (!res) return; /* out of memory: the fixed text's findings stay */
    al_result_free(j->res);
    j->res = res;
    if (j->data != j->orig) free(j->data);
    j->data = j->orig;
    j->len = j->orig_len;
    j->fixes_applied = 0;
}

/* Standard output carries the fixed text: a failed write must not pass for
 * success (an editor would take a cut text for the fix). */
static bool echo_stdout(const char *data, size_t len)
{
    if (fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 && !ferror(stdout)) return true;
    fprintf(stderr, "agentlint: cannot write the fixed text to standard output: %s\n",
            strerror(errno ? errno : EIO));
    return false;
}

static bool stdin_too_large(const al_file_stamp *stamp)
{
    if (stamp->size <= CLI_DEFAULT_MAX_FILE_SIZE) return false;
    fprintf(stderr,
            "agentlint: -: the input is %llu bytes, over the %zu-byte limit; not fixed, "
            "nothing written\n",
            stamp->size, CLI_DEFAULT_MAX_FILE_SIZE);
    return true;
}

/* --fix writes the fixed files (stdin's text to stdout); --diff shows them. */
static void write_fixes(cli_run *run, const cli_options *cli, run_totals *t)
{
    if (cli->fix) al_cleanup_on_signals();
    if (cli->fix && run->stdin_passthrough && run->passthrough) {
        if (stdin_too_large(&run->passthrough_stamp) ||
            !echo_stdout(run->passthrough, run->passthrough_len))
            run->trouble = true;
        t->stdin_fixed_out = true;
    }
    for (size_t i = 0; i < run->count; i++) {
        cli_job *j = &run->jobs[i];
        if (!j->res) continue;
        bool differs =
            j->data != j->orig && (j->len != j->orig_len || memcmp(j->data, j->orig, j->len) != 0);
        if ((cli->diff || cli->fix) && cli->quiet < 2) al_write_refused_fixes(stderr, j->res);
        if (cli->diff) {
            if (differs && !al_path_is_plain(j->path)) {
                /* A newline in a diff header forges another file's patch. */
                say_path(j->path);
                fputs("not shown in the diff: its name holds characters a diff header cannot "
                      "carry safely\n",
                      stderr);
                run->trouble = true;
            } else if (differs) {
                /* Secrets masked on both sides: those of the text as read,
                 * and of the fixed text. */
                al_result *before =
                    al_lint_buffer(j->opts, j->path, j->orig, j->orig_len, j->origin);
                const al_result *masks[2] = {j->res, before};
                al_write_unified_diff(stdout, j->path, j->orig, j->orig_len, j->data, j->len, masks,
                                      before ? 2 : 1);
                al_result_free(before);
                t->changed++;
                t->fixes += j->fixes_applied;
            }
        } else if (cli->fix) {
            if (j->is_stdin) {
                /* An editor gets the fixed text back; the report goes to stderr. */
                t->stdin_fixed_out = true;
                if (stdin_too_large(&j->stamp) || !echo_stdout(j->data, j->len)) {
                    run->trouble = true;
                    continue;
                }
                if (differs) t->changed++;
                t->fixes += j->fixes_applied;
            } else if (differs && j->leaves_tree) {
                say_path(j->path);
                fputs("not fixed: a symlink to outside the folder named on the command line\n",
                      stderr);
                keep_original(j);
            } else if (differs) {
                const char *why = NULL;
                int e = al_write_fixed(j->path, j->data, j->len, &j->stamp, &why);
                if (e == -1) {
                    say_path(j->path);
                    fprintf(stderr, "not fixed: %s\n", why);
                    keep_original(j);
                } else if (e) {
                    say_path(j->path);
                    fprintf(stderr, "cannot write the fixes: %s\n", strerror(e));
                    run->trouble = true;
                    keep_original(j);
                } else {
                    t->changed++;
                    t->fixes += j->fixes_applied;
                }
            }
        }
    }
    if (cli->diff && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "agentlint: cannot write the diff: %s\n", strerror(errno ? errno : EIO));
        run->trouble = true;
    }
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

/* --statistics: findings per rule, most first (then by code), with how
 * many a fix would remove. */
typedef struct {
    const al_rule_info *rule;
    size_t count, fixable;
} rule_count;

static int compare_counts(const void *pa, const void *pb)
{
    const rule_count *a = pa, *b = pb;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return strcmp(a->rule->code, b->rule->code);
}

static void write_statistics(const cli_run *run, const cli_options *cli, FILE *out)
{
    size_t nrules = al_rule_count();
    rule_count *counts = calloc(nrules, sizeof *counts);
    if (!counts) return;
    for (size_t i = 0; i < nrules; i++)
        counts[i].rule = al_rule_at(i);
    for (size_t i = 0; i < run->count; i++) {
        const al_result *res = run->jobs[i].res;
        for (size_t k = 0; res && k < al_result_count(res); k++) {
            const al_diagnostic *d = al_result_get(res, k);
            rule_count *c = &counts[al_rule_index(d->rule)];
            c->count++;
            if (d->fix && d->fix->edit_count && (d->fix->safe || cli->unsafe_fixes)) c->fixable++;
        }
    }
    qsort(counts, nrules, sizeof *counts, compare_counts);
    bool json = cli->format == FMT_JSON;
    if (json) fputs("[", out);
    for (size_t i = 0; i < nrules && counts[i].count; i++) {
        const rule_count *c = &counts[i];
        if (json)
            fprintf(out,
                    "%s\n {\"code\": \"%s\", \"name\": \"%s\", \"count\": %zu, "
                    "\"fixable\": %zu}",
                    i ? "," : "", c->rule->code, c->rule->name, c->count, c->fixable);
        else if (c->fixable)
            fprintf(out, "%6zu  %-7s %-30s %zu fixable\n", c->count, c->rule->code, c->rule->name,
                    c->fixable);
        else
            fprintf(out, "%6zu  %-7s %s\n", c->count, c->rule->code, c->rule->name);
    }
    if (json) fputs(nrules && counts[0].count ? "\n]\n" : "]\n", out);
    free(counts);
}

/* Writes the report in the chosen format to out (--output, opened before
 * any fix is written, or NULL: standard output, or standard error when
 * standard output carries fixed text or a diff); false when it could not be
 * written (the reason printed). */
static bool write_report(const cli_run *run, const cli_options *cli, const run_totals *t, FILE *out)
{
    if (!out) out = t->stdin_fixed_out || cli->diff ? stderr : stdout;
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
                     t->errors, t->warnings,         t->infos, t->fixable, cli->fail_on};
    if (cli->quiet < 2 && !cli->diff && cli->statistics) {
        write_statistics(run, cli, out);
    } else if (cli->quiet < 2 && !cli->diff) {
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
        case FMT_GITLAB:
            al_write_gitlab(&rep);
            break;
        case FMT_AUTO: /* resolved when the options were parsed */
            al_write_gcc_all(&rep);
            break;
        }
    }
    free(files);
    bool ok = true;
    if (fflush(out) != 0 || ferror(out)) ok = false;
    if (out != stdout && out != stderr && fclose(out) != 0) ok = false;
    if (!ok)
        fprintf(stderr, "agentlint: cannot write the report%s%s: %s\n", cli->output ? " to " : "",
                cli->output ? cli->output : "", strerror(errno ? errno : EIO));
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
    /* The report's file first: a bad --output stops the run before any fix
     * is written. */
    FILE *out = NULL;
    if (cli->output) {
        errno = 0;
        out = fopen(cli->output, "w");
        if (!out) {
            fprintf(stderr, "agentlint: %s: %s; nothing fixed\n", cli->output, strerror(errno));
            return EXIT_TROUBLE;
        }
    }
    /* Fixes before the checks across files: a file left unfixed is
     * reported as it is on disk. */
    write_fixes(run, cli, &t);
    if (!check_across_files(run)) {
        fputs("agentlint: out of memory\n", stderr);
        if (out) fclose(out);
        return EXIT_TROUBLE;
    }
    if (cli->write_baseline) {
        /* Today's findings recorded, then all of them are old ones. */
        if (!cli_write_baseline(cli->write_baseline, run) ||
            !cli_apply_baseline(cli->write_baseline, run, true)) {
            if (out) fclose(out);
            return EXIT_TROUBLE;
        }
    } else if (cli->baseline && !cli_apply_baseline(cli->baseline, run, cli->quiet > 0)) {
        if (out) fclose(out);
        return EXIT_TROUBLE;
    }
    count_findings(run, cli, &t);
    if (!write_report(run, cli, &t, out)) return EXIT_TROUBLE;
    if (cli->quiet == 0) print_summary(cli, &t);
    if (run->trouble) return EXIT_TROUBLE;
    if (cli->exit_zero) return EXIT_CLEAN;
    if (cli->diff) return t.changed ? EXIT_FINDINGS : EXIT_CLEAN;
    if (cli->fix && cli->exit_non_zero_on_fix && t.changed) return EXIT_FINDINGS;
    return t.failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* ---- information ---- */

int cli_show_files(const cli_run *run)
{
    /* The kind from the path; "auto" where the content decides (a front
     * matter with name and description: an agent; else documentation). */
    for (size_t i = 0; i < run->count; i++) {
        /* escaped like every printed path: a newline in a name must not forge a line */
        al_path_escape(stdout, run->jobs[i].path);
        printf("\t%s\n", al_kind_name(al_kind_for_path(run->jobs[i].opts, run->jobs[i].path)));
    }
    return run->trouble ? EXIT_TROUBLE : EXIT_CLEAN;
}

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
