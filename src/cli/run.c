/* The run: the files to lint, linted (and fixed) on N threads. */
#include "cli/run.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/fileio.h"
#include "report/report.h"

typedef struct {
    cli_job *jobs;
    size_t count;
    size_t next;
    pthread_mutex_t lock;
    const cli_options *cli;
} work;

/* ---- linting, on worker threads ---- */

static void lint_job(cli_job *j, const cli_options *cli)
{
    if (j->err) return; /* stdin, read before */
    if (!j->is_stdin) {
        j->err =
            al_read_file(j->path, &j->orig, &j->orig_len, CLI_DEFAULT_MAX_FILE_SIZE, &j->stamp);
        if (j->err) return;
    }
    j->data = j->orig;
    j->len = j->orig_len;
    if (cli->fix || cli->diff) {
        /* Fix, lint again, until nothing more applies; a pass that makes
         * the file worse is rolled back (the library's guard). */
        char *fixed = NULL;
        size_t flen = 0;
        j->res = al_fix_buffer(j->opts, j->path, j->orig, j->orig_len, j->origin, cli->unsafe_fixes,
                               &fixed, &flen, &j->fixes_applied);
        if (j->res) {
            j->data = fixed;
            j->len = flen;
        }
    } else {
        j->res = al_lint_buffer(j->opts, j->path, j->data, j->len, j->origin);
    }
    if (!j->res) j->err = ENOMEM;
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

static void run_jobs(cli_job *jobs, size_t count, const cli_options *cli)
{
    work w = {jobs, count, 0, PTHREAD_MUTEX_INITIALIZER, cli};
    long n = cli->jobs;
    if (n < 1) n = 1;
    if ((size_t)n > count) n = (long)count;
    pthread_t threads[CLI_MAX_JOBS];
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

/* ---- the files and their options ---- */

bool cli_run_prepare(cli_run *run, const cli_options *cli)
{
    memset(run, 0, sizeof *run);
    run->base = al_options_new();
    if (!run->base) {
        fputs("agentlint: out of memory\n", stderr);
        return false;
    }
    al_options_set_max_file_size(run->base, CLI_DEFAULT_MAX_FILE_SIZE);
    if (cli->no_inline) al_options_set_inline_suppressions(run->base, false);
    al_options_set_kind(run->base, cli->kind);
    if (cli->timings) al_options_set_timings(run->base, true);
    if (cli->config_path) {
        const al_config *cfg;
        if (!config_for(&run->configs, cli, cli->config_path, &cfg)) return false;
    }

    bool have_stdin = false;
    for (size_t i = 0; i < cli->path_count; i++) {
        if (strcmp(cli->paths[i], "-") == 0) {
            if (have_stdin) continue; /* stdin can be read once */
            have_stdin = true;
        }
        if (!al_walk_path(&run->inputs, cli->paths[i])) run->trouble = true;
    }
    al_input_list_dedupe(&run->inputs);
    run->jobs = calloc(run->inputs.count ? run->inputs.count : 1, sizeof *run->jobs);
    if (!run->jobs) {
        fputs("agentlint: out of memory\n", stderr);
        return false;
    }
    for (size_t i = 0; i < run->inputs.count; i++) {
        bool is_stdin = strcmp(run->inputs.items[i].path, "-") == 0;
        const char *name =
            is_stdin && cli->stdin_filename ? cli->stdin_filename : run->inputs.items[i].path;
        const al_config *cfg = NULL;
        if (!config_for(&run->configs, cli, is_stdin && !cli->stdin_filename ? "stdin.md" : name,
                        &cfg))
            return false;
        if (cli->verbose) { /* paths escaped: a newline in a name must not forge a line */
            fputs("agentlint: ", stderr);
            al_path_escape(stderr, name);
            fputs(!cfg                           ? " uses no configuration file"
                  : al_config_ignores(cfg, name) ? " is ignored by "
                                                 : " uses ",
                  stderr);
            if (cfg) al_path_escape(stderr, al_config_path(cfg));
            fputc('\n', stderr);
        }
        if (cfg && al_config_ignores(cfg, name)) {
            if (is_stdin && cli->fix) {
                run->stdin_passthrough = true;
                int e = al_read_file(NULL, &run->passthrough, &run->passthrough_len,
                                     CLI_DEFAULT_MAX_FILE_SIZE, &run->passthrough_stamp);
                if (e) {
                    fprintf(stderr, "agentlint: -: %s\n", strerror(e));
                    run->trouble = true;
                }
            }
            continue;
        }
        cli_job *j = &run->jobs[run->count++];
        j->path = strdup(name);
        j->origin = run->inputs.items[i].origin;
        j->leaves_tree = run->inputs.items[i].leaves_tree;
        j->is_stdin = is_stdin;
        j->opts = al_options_clone(run->base);
        if (!j->path || !j->opts || !al_config_apply(cfg, j->opts, name)) {
            fputs("agentlint: out of memory\n", stderr);
            return false;
        }
        cli_apply_selection(cli, j->opts);
        if (is_stdin)
            j->err =
                al_read_file(NULL, &j->orig, &j->orig_len, CLI_DEFAULT_MAX_FILE_SIZE, &j->stamp);
    }
    return true;
}

void cli_run_lint(cli_run *run, const cli_options *cli)
{
    run_jobs(run->jobs, run->count, cli);
}

void cli_run_free(cli_run *run)
{
    for (size_t i = 0; i < run->count; i++) {
        cli_job *j = &run->jobs[i];
        if (j->data != j->orig) free(j->data);
        free(j->orig);
        al_result_free(j->res);
        al_options_free(j->opts);
        free(j->path);
    }
    free(run->jobs);
    free(run->passthrough);
    al_options_free(run->base);
    config_cache_free(&run->configs);
    al_input_list_free(&run->inputs);
    memset(run, 0, sizeof *run);
}
