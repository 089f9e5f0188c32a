/* After the lint: checks across files, fixes written or shown, the report,
 * the summary line and the exit status. */
#include "cli/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/baseline.h"
#include "cli/diff.h"
#include "cli/fileio.h"
#include "cli/run.h"
#include "cli/test_hook.h"
#include "report/report.h"
#include "util/files.h"
#include "util/stage_clock.h"
#include "util/vec.h"

/* Counts over the whole run, for the summary line and the exit status. */
typedef struct {
    size_t files_checked, errors, warnings, infos, failing, fixable, unsafe_fixable;
    size_t changed, fixes; /* files changed (or that would be) and fixes applied */
    bool stdin_fixed_out;  /* the fixed text of stdin went to stdout */
} run_totals;

/* --statistics: findings per rule, most first (then by code), with how
 * many a fix would remove. */
typedef struct {
    const al_rule_info *rule;
    size_t count, fixable;
} rule_count;

/* A file that could not be read: reported after the fixes, as before the
 * report streamed. */
typedef struct {
    char *path; /* a copy: the file's own is freed once it is printed */
    int err;
} unread_file;

/* What the writer keeps over the run: counts, the names for the checks
 * across files, the report being written. Nothing per file but the names
 * and the files that could not be read. */
typedef struct {
    cli_run *run;
    const cli_options *cli;
    run_totals t;
    al_across *across;
    rule_count *counts;          /* --statistics, by rule index */
    const al_reporter *reporter; /* NULL: no report (--diff, -qq, --statistics) */
    al_report_stream report;
    FILE *out;   /* where the report goes */
    FILE *spool; /* a report for stderr waits here for the fixes' messages */
    cli_baseline *baseline;
    FILE *baseline_out; /* --write-baseline */
    size_t baseline_count;
    bool baseline_failed;
    unread_file *unread;
    size_t unread_count, unread_cap;
    cli_timings *timings; /* --timings, or NULL */
    bool failed;          /* out of memory */
} writer;

/* "agentlint: PATH: " on standard error, the path escaped (a newline in a
 * file name must not forge a line). */
static void say_path(const char *path)
{
    fputs("agentlint: ", stderr);
    al_path_escape(stderr, path);
    fputs(": ", stderr);
}

/* The file is left as it is on disk: its findings are those of that text,
 * not of the fixed text that was not written. */
static void keep_original(cli_job *j)
{
    al_result *res = al_lint_buffer(j->opts, j->path, j->orig, j->orig_len, j->file->origin);
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
    if (stamp->size <= AL_DEFAULT_MAX_FILE_SIZE) return false;
    fprintf(stderr,
            "agentlint: -: the input is %llu bytes, over the %zu-byte limit; not fixed, "
            "nothing written\n",
            stamp->size, AL_DEFAULT_MAX_FILE_SIZE);
    return true;
}

/* --fix writes the fixed file (stdin's text to stdout); --diff shows it. */
static void write_fix(writer *w, cli_job *j)
{
    const cli_options *cli = w->cli;
    run_totals *t = &w->t;
    bool differs =
        j->data != j->orig && (j->len != j->orig_len || memcmp(j->data, j->orig, j->len) != 0);
    if ((cli->diff || cli->fix) && cli->quiet < 2) al_write_refused_fixes(stderr, j->res);
    if (differs && j->file->shared) {
        /* One text read by several tools: a fix one tool's rules ask for
         * (a tool name renamed for Gemini CLI) can break it for another. */
        say_path(j->path);
        fputs(cli->diff ? "not shown in the diff: " : "not fixed: ", stderr);
        fputs("the same file is linted at another path as another kind (a symlink shared by "
              "tools), and a fix for one tool could break it for the other\n",
              stderr);
        keep_original(j);
        return;
    }
    if (cli->diff) {
        if (differs && !al_path_is_plain(j->path)) {
            /* A newline in a diff header forges another file's patch. */
            say_path(j->path);
            fputs("not shown in the diff: its name holds characters a diff header cannot "
                  "carry safely\n",
                  stderr);
            w->run->trouble = true;
        } else if (differs) {
            /* Secrets masked on both sides: those of the text as read,
             * and of the fixed text. */
            const al_result *masks[2] = {j->res, j->before};
            if (al_write_unified_diff(stdout, j->path, j->orig, j->orig_len, j->data, j->len,
                                      masks, j->before ? 2 : 1) &&
                cli->quiet < 2) {
                say_path(j->path);
                fputs("note: the diff shows control characters and bytes that are not UTF-8 "
                      "escaped (\\x1B, <U+009B>), so those lines will not apply as a patch; "
                      "--fix writes the file itself\n",
                      stderr);
            }
            t->changed++;
            t->fixes += j->fixes_applied;
        }
    } else if (cli->fix) {
        if (j->file->is_stdin) {
            /* An editor gets the fixed text back; the report goes to stderr. */
            t->stdin_fixed_out = true;
            if (stdin_too_large(&j->stamp) || !echo_stdout(j->data, j->len)) {
                w->run->trouble = true;
                return;
            }
            if (differs) t->changed++;
            t->fixes += j->fixes_applied;
        } else if (differs && j->file->leaves_tree) {
            say_path(j->path);
            fputs("not fixed: a symlink to outside the folder named on the command line\n", stderr);
            keep_original(j);
        } else if (differs) {
            const char *why = NULL;
            al_file_stamp now;
            int e = al_write_fixed(j->path, j->file->root_len, j->data, j->len, &j->stamp, &why,
                                   &now);
            if (e == AL_WRITE_LEFT || e == AL_WRITE_REFUSED) {
                say_path(j->path);
                fprintf(stderr, "not fixed: %s\n", why);
                /* A path that now leads elsewhere is no ordinary outcome. */
                if (e == AL_WRITE_REFUSED) w->run->trouble = true;
                keep_original(j);
            } else if (e) {
                say_path(j->path);
                fprintf(stderr, "cannot write the fixes: %s\n", strerror(e));
                w->run->trouble = true;
                keep_original(j);
            } else {
                cli_run_file_replaced(w->run, &j->stamp, &now);
                t->changed++;
                t->fixes += j->fixes_applied;
            }
        }
    }
}

/* ---- checks across files ---- */

static void add_later_agent(const al_result *res, void *ctx)
{
    al_across_add(ctx, res);
}

/* A file that may be an agent: its path says so, or leaves it to its text. */
static bool may_be_agent(const cli_run *run, const cli_options *cli, const cli_file *f)
{
    al_options *opts = f->cfg ? cli_file_options(run, cli, f) : NULL;
    al_file_kind kind = al_kind_for_path(opts ? opts : run->base, f->path);
    al_options_free(opts);
    return kind == AL_KIND_AGENT || kind == AL_KIND_AUTO;
}

/* A file that may define MCP servers: a .mcp.json, a plugin manifest, or
 * an agent (its inline `name: {config}` entries). */
static bool may_define_mcp(const cli_run *run, const cli_options *cli, const cli_file *f)
{
    al_options *opts = f->cfg ? cli_file_options(run, cli, f) : NULL;
    al_file_kind kind = al_kind_for_path(opts ? opts : run->base, f->path);
    al_options_free(opts);
    return kind == AL_KIND_MCP_CONFIG || kind == AL_KIND_PLUGIN_MANIFEST || kind == AL_KIND_AGENT ||
           kind == AL_KIND_AUTO;
}

typedef struct {
    al_across *across;
    const cli_options *cli;
} later_skills;

static void add_later_skill(cli_run *run, const cli_file *f, void *ctx)
{
    later_skills *l = ctx;
    al_options *opts = f->cfg ? cli_file_options(run, l->cli, f) : NULL;
    al_across_add_path(l->across, opts ? opts : run->base, f->path);
    al_options_free(opts);
}

/* A reference to a file later in the run: the skills of every later file
 * (by path), or their agents (linted ahead), each once for the whole run,
 * from a walk made again: no list of the files is kept. */
static void check_across(writer *w, cli_job *j)
{
    al_across *a = w->across;
    size_t index = j->file->index;
    al_across_add(a, j->res);
    unsigned need;
    while ((need = al_across_check(a, j->opts, j->res)) != 0) {
        if (need & AL_ACROSS_SKILLS) {
            later_skills l = {a, w->cli};
            cli_run_each_file(w->run, w->cli, index + 1, add_later_skill, &l);
        }
        if (need & AL_ACROSS_AGENTS)
            cli_run_each_later(w->run, w->cli, index, may_be_agent, add_later_agent, a);
        if (need & AL_ACROSS_MCP)
            cli_run_each_later(w->run, w->cli, index, may_define_mcp, add_later_agent, a);
        al_across_complete(a, need);
    }
}

/* ---- counts ---- */

static void count_findings(writer *w, const al_result *res)
{
    run_totals *t = &w->t;
    const cli_options *cli = w->cli;
    t->files_checked++;
    size_t n = al_result_count(res);
    for (size_t k = 0; k < n; k++) {
        const al_diagnostic *d = al_result_get(res, k);
        if (d->severity == AL_ERROR)
            t->errors++;
        else if (d->severity == AL_WARNING)
            t->warnings++;
        else
            t->infos++;
        if (d->severity >= cli->fail_on) t->failing++;
        bool fix = d->fix && d->fix->edit_count;
        if (fix) {
            if (d->fix->safe)
                t->fixable++;
            else
                t->unsafe_fixable++;
        }
        if (w->counts) {
            rule_count *c = &w->counts[al_rule_index(d->rule)];
            c->count++;
            if (fix && (d->fix->safe || cli->unsafe_fixes)) c->fixable++;
        }
    }
}

static int compare_counts(const void *pa, const void *pb)
{
    const rule_count *a = pa, *b = pb;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return strcmp(a->rule->code, b->rule->code);
}

static void write_statistics(rule_count *counts, const cli_options *cli, FILE *out)
{
    size_t nrules = al_rule_count();
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
}

/* ---- each file, in the run's order ---- */

static void print_one(writer *w, cli_job *j);

static void print_file(cli_run *run, cli_job *j, void *ctx)
{
    writer *w = ctx;
    (void)run;
    if (!w->timings) {
        print_one(w, j);
        return;
    }
    unsigned long long start = al_thread_cpu_ns();
    cli_timings_add(w->timings, j->res);
    print_one(w, j);
    w->timings->finish_ns += al_thread_cpu_ns() - start;
}

static void print_one(writer *w, cli_job *j)
{
    if (w->failed) return;
    if (!j->res) {
        if (w->unread_count == w->unread_cap) {
            unread_file *u = al_vec_grow(w->unread, &w->unread_cap, sizeof *u, 16);
            if (!u) {
                w->failed = true;
                return;
            }
            w->unread = u;
        }
        char *path = strdup(j->path);
        if (!path) {
            w->failed = true;
            return;
        }
        w->unread[w->unread_count++] = (unread_file){path, j->err};
        return;
    }
    if (w->cli->verbose) {
        /* what it is linted as, and why (its path escaped, as everywhere) */
        say_path(j->path);
        fprintf(stderr, "linted as %s (", al_kind_name(al_result_kind(j->res)));
        al_path_escape(stderr, al_result_kind_reason(j->res));
        fputs(")\n", stderr);
    }
    /* Fixes before the checks across files: a file left unfixed is
     * reported as it is on disk. */
    if (w->cli->fix || w->cli->diff) write_fix(w, j);
    check_across(w, j);
    if (w->baseline_out) {
        /* Today's findings recorded, then all of them are old ones. */
        if (!cli_baseline_record(w->baseline_out, j->path, j->res, j->data, j->len,
                                 &w->baseline_count))
            w->baseline_failed = true;
        size_t n = al_result_count(j->res);
        bool *keep = n ? calloc(n, sizeof *keep) : NULL;
        if (n && !keep) {
            w->failed = true;
            return;
        }
        if (n) al_result_retain(j->res, keep);
        free(keep);
    } else if (w->baseline && !cli_baseline_filter(w->baseline, j->path, j->res, j->data, j->len)) {
        w->failed = true;
        return;
    }
    count_findings(w, j->res);
    if (w->reporter) {
        al_report_file f = {j->res, j->data, j->len};
        w->reporter->file(&w->report, &f);
    }
}

static bool use_color(const cli_options *cli, FILE *out)
{
    if (cli->color != -1) return cli->color == 1;
    const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(fileno(out)) && !(nc && *nc) && !(term && strcmp(term, "dumb") == 0);
}

static const al_reporter *reporter_for(cli_format format)
{
    switch (format) {
    case FMT_FULL:
        return &al_reporter_full;
    case FMT_JSON:
        return &al_reporter_json;
    case FMT_SARIF:
        return &al_reporter_sarif;
    case FMT_GITHUB:
        return &al_reporter_github;
    case FMT_CHECKSTYLE:
        return &al_reporter_checkstyle;
    case FMT_JUNIT:
        return &al_reporter_junit;
    case FMT_GITLAB:
        return &al_reporter_gitlab;
    case FMT_GCC:
    case FMT_AUTO: /* resolved when the options were parsed */
        break;
    }
    return &al_reporter_gcc;
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

/* Whether standard output carries fixed text (the report then goes to
 * standard error). */
static bool stdin_to_stdout(const cli_run *run, const cli_options *cli)
{
    if (!cli->fix || cli->diff) return false;
    if (run->stdin_passthrough && run->passthrough) return true;
    return run->has_stdin && run->stdin_err == 0;
}

/* The report that waited for the fixes' messages, where it goes; false
 * when some of it was lost (its temporary file could not hold it). */
static bool copy_spool(FILE *spool, FILE *to)
{
    if (fflush(spool) != 0 || ferror(spool)) return false;
    rewind(spool);
    char buf[1 << 15];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, spool)) > 0)
        fwrite(buf, 1, n, to);
    return !ferror(spool);
}

/* A temporary file for the report that waits (util/files.c: in $TMPDIR,
 * else /tmp); NULL when none can be made. */
static FILE *open_spool(void)
{
    int fd = al_temp_fd();
    FILE *f = fd >= 0 ? fdopen(fd, "w+") : NULL;
    if (fd >= 0 && !f) close(fd);
    al_test_point("spool");
    return f;
}

/* The run writes this file: every later walk leaves it out. */
static void note_written(cli_run *run, FILE *f)
{
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
        run->written[run->written_count++] =
            (cli_file_id){(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
}

static void writer_free(writer *w)
{
    al_across_free(w->across);
    free(w->counts);
    for (size_t i = 0; i < w->unread_count; i++)
        free(w->unread[i].path);
    free(w->unread);
    if (w->spool) fclose(w->spool);
    al_report_close(&w->report);
    if (w->baseline_out) fclose(w->baseline_out);
    cli_baseline_finish(w->baseline, "", true);
}

/* Where the report goes: the --output file, else stdout, or stderr when
 * stdout carries the fixed text of stdin or the diff. NULL (said on stderr)
 * when the file cannot be created. */
static FILE *open_output(cli_run *run, const cli_options *cli)
{
    if (cli->output) {
        errno = 0;
        FILE *out = fopen(cli->output, "w");
        if (!out) {
            int e = errno;
            say_path(cli->output);
            fprintf(stderr, "%s; nothing fixed\n", strerror(e));
            return NULL;
        }
        note_written(run, out); /* never linted by this run */
        return out;
    }
    FILE *out = stdin_to_stdout(run, cli) || cli->diff ? stderr : stdout;
    static char out_buf[1 << 16];
    if (out == stdout && !isatty(fileno(stdout))) setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    return out;
}

/* Closes the --output file (stdout and stderr stay open); false when what
 * was written did not all reach it. */
static bool close_output(FILE *out)
{
    bool written = fflush(out) == 0 && !ferror(out);
    if (out != stdout && out != stderr && fclose(out) != 0) written = false;
    return written;
}

/* The baseline read or created, the names across files, and the report
 * begun. False when the run cannot start (said on stderr). */
static bool writer_start(writer *w, FILE *out)
{
    const cli_options *cli = w->cli;
    w->out = out;
    /* So is a baseline that cannot be read or created. */
    if (cli->write_baseline) {
        w->baseline_out = cli_baseline_create(cli->write_baseline);
        if (!w->baseline_out) return false;
        note_written(w->run, w->baseline_out);
    } else if (cli->baseline) {
        w->baseline = cli_baseline_read(cli->baseline);
        if (!w->baseline) return false;
    }
    w->across = al_across_new();
    bool ok = w->across != NULL;
    bool reporting = cli->quiet < 2 && !cli->diff;
    if (ok && reporting && cli->statistics) {
        w->counts = calloc(al_rule_count(), sizeof *w->counts);
        ok = w->counts != NULL;
        for (size_t i = 0; ok && i < al_rule_count(); i++)
            w->counts[i].rule = al_rule_at(i);
    } else if (ok && reporting) {
        w->reporter = reporter_for(cli->format);
        /* The report on stderr waits until the fixes' messages are out. */
        FILE *to = out;
        if (to == stderr) {
            w->spool = open_spool();
            to = w->spool ? w->spool : stderr;
        }
        ok = al_report_open(&w->report, w->reporter, to, use_color(cli, out), cli->fail_on);
        if (ok) w->reporter->begin(&w->report);
    }
    if (!ok) fputs("agentlint: out of memory\n", stderr);
    return ok;
}

/* After the run: the baseline written or its notes said, the statistics or
 * the report's end. False when the baseline cannot be written. */
static bool writer_end(writer *w)
{
    const cli_options *cli = w->cli;
    if (w->baseline_out) {
        FILE *bo = w->baseline_out;
        w->baseline_out = NULL;
        if (!cli_baseline_close(bo, cli->write_baseline, !w->baseline_failed, w->baseline_count))
            return false;
    } else if (w->baseline) {
        cli_baseline_notes(w->baseline);
        cli_baseline_finish(w->baseline, cli->baseline, cli->quiet > 0);
        w->baseline = NULL;
    }
    if (w->counts) write_statistics(w->counts, cli, w->out);
    if (w->reporter) {
        w->report.files_checked = w->t.files_checked;
        w->report.errors = w->t.errors;
        w->report.warnings = w->t.warnings;
        w->report.infos = w->t.infos;
        w->report.fixable = w->t.fixable;
        w->reporter->end(&w->report);
        if (!al_report_close(&w->report)) w->failed = true;
        if (w->spool && !copy_spool(w->spool, w->out)) {
            fprintf(stderr,
                    "agentlint: the report could not be kept in a temporary file (in $TMPDIR, "
                    "else /tmp) until the fixes were done: %s; some of it is lost\n",
                    strerror(errno ? errno : EIO));
            w->run->trouble = true;
        }
    }
    return true;
}

static int exit_status(const cli_run *run, const cli_options *cli, const run_totals *t)
{
    if (run->trouble) return EXIT_TROUBLE;
    if (cli->exit_zero) return EXIT_CLEAN;
    if (cli->diff) return t->changed ? EXIT_FINDINGS : EXIT_CLEAN;
    if (cli->fix && cli->exit_non_zero_on_fix && t->changed) return EXIT_FINDINGS;
    return t->failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cli_finish(cli_run *run, const cli_options *cli, cli_timings *timings)
{
    writer w = {0};
    w.run = run;
    w.cli = cli;
    w.timings = timings;
    /* The report's file first: a bad --output stops the run before any fix
     * is written. */
    FILE *out = open_output(run, cli);
    if (!out) return EXIT_TROUBLE;
    if (!writer_start(&w, out)) goto trouble;

    if (cli->fix) al_cleanup_on_signals();
    if (cli->fix && run->stdin_passthrough && run->passthrough) {
        if (stdin_too_large(&run->passthrough_stamp) ||
            !echo_stdout(run->passthrough, run->passthrough_len))
            run->trouble = true;
        w.t.stdin_fixed_out = true;
    }
    if (!cli_run_stream(run, cli, print_file, &w)) w.failed = true;
    unsigned long long end_start = timings ? al_thread_cpu_ns() : 0;
    if (cli->diff && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "agentlint: cannot write the diff: %s\n", strerror(errno ? errno : EIO));
        run->trouble = true;
    }
    for (size_t i = 0; i < w.unread_count; i++) {
        say_path(w.unread[i].path);
        fprintf(stderr, "%s\n",
                w.unread[i].err == ENOTSUP ? "not a regular file"
                                           : strerror(w.unread[i].err ? w.unread[i].err : ENOMEM));
        run->trouble = true;
    }
    if (w.failed) {
        fputs("agentlint: out of memory\n", stderr);
        goto trouble;
    }
    if (!writer_end(&w)) goto trouble;
    bool written = !w.failed;
    if (!close_output(out)) written = false;
    run_totals totals = w.t;
    writer_free(&w);
    if (timings) timings->finish_ns += al_thread_cpu_ns() - end_start;
    if (!written) {
        int e = errno ? errno : EIO;
        fputs("agentlint: cannot write the report", stderr);
        if (cli->output) {
            fputs(" to ", stderr);
            al_path_escape(stderr, cli->output);
        }
        fprintf(stderr, ": %s\n", strerror(e));
        return EXIT_TROUBLE;
    }
    if (cli->quiet == 0) print_summary(cli, &totals);
    return exit_status(run, cli, &totals);

trouble:
    writer_free(&w);
    if (out != stdout && out != stderr) fclose(out);
    return EXIT_TROUBLE;
}

/* ---- information ---- */

/* The kind each file is linted as and what decided it, from the same
 * decision as the lint (its path, its front matter, its folder): path, kind
 * and reason, separated by tabs. */
static void show_file(cli_run *run, const cli_file *f, void *ctx)
{
    const cli_options *cli = ctx;
    al_options *opts = f->cfg ? cli_file_options(run, cli, f) : NULL;
    char *data = NULL;
    size_t len = 0;
    al_file_stamp stamp;
    int err =
        f->is_stdin ? 0 : al_read_file(f->path, &data, &len, AL_DEFAULT_MAX_FILE_SIZE, &stamp);
    if (f->is_stdin) {
        data = run->stdin_data;
        len = run->stdin_len;
    }
    char why[256];
    al_file_kind kind = al_kind_of_text(opts ? opts : run->base, f->path, err ? NULL : data,
                                        err ? 0 : len, why, sizeof why);
    /* escaped like every printed path: a newline in a name must not forge a line */
    al_path_escape(stdout, f->path);
    printf("\t%s\t", al_kind_name(kind));
    al_path_escape(stdout, why);
    putchar('\n');
    if (!f->is_stdin) free(data);
    al_options_free(opts);
}

int cli_show_files(cli_run *run, const cli_options *cli)
{
    cli_run_each_file(run, cli, 0, show_file, (void *)cli);
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
