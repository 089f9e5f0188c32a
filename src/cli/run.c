/* The run: the files to lint, linted (and fixed) on N threads, handed to
 * the writer in the run's order through a window of jobs. */
#include "cli/run.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/fileio.h"
#include "cli/test_hook.h"
#include "report/report.h"

/* Files read and linted ahead of the one being printed, per thread: enough
 * to keep every thread busy while one slow file is linted, small enough
 * that memory does not depend on the number of files. */
#define WINDOW_PER_THREAD 8

/* A file the run writes, named on the command line: it must not be one of
 * the files linted. */
typedef struct {
    const char *option; /* "-o", "--write-baseline" */
    const char *path;
    bool exists;
    cli_file_id id;
} named_output;

/* The files of the run, one at a time, as the walk finds them: those the
 * configuration ignores are left out. */
typedef struct {
    al_walk *walk;
    size_t index;              /* of the next file */
    unsigned long long digest; /* of the names given so far, in order */
    const named_output *outputs; /* the first walk: checked against each file */
    size_t output_count;
} file_source;

/* FNV-1a over the names, each ended by its NUL. */
static unsigned long long digest_name(unsigned long long h, const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    do {
        h ^= *p;
        h *= 0x100000001b3ull;
    } while (*p++);
    return h;
}

#define DIGEST_START 0xcbf29ce484222325ull

/* A walk over the run's paths that leaves out the files the run writes. */
static al_walk *run_walk(const cli_run *run, const cli_options *cli, bool quiet)
{
    al_walk *w = al_walk_new(cli->paths, cli->path_count, quiet, run->walk_index);
    for (size_t i = 0; w && i < run->written_count; i++)
        if (!al_walk_exclude(w, run->written[i].dev, run->written[i].ino)) {
            al_walk_free(w);
            return NULL;
        }
    return w;
}

struct cli_stream {
    cli_job *window; /* file i is in window[i % size] */
    cli_file *files; /* and found in files[i % size] */
    file_source source;
    size_t size;
    size_t next;    /* the next file to claim */
    size_t printed; /* the files before it are printed and freed */
    bool walked;    /* the walk is at its end: next is the number of files */
    pthread_mutex_t lock;
    pthread_cond_t claimable, done;
    cli_run *run;
    const cli_options *cli;
};

static int source_next(cli_run *run, const cli_options *cli, file_source *src, cli_file *f,
                       bool first);
static void check_same_files(cli_run *run, const cli_options *cli, file_source *src);

/* ---- linting, on worker threads ---- */

al_options *cli_file_options(const cli_run *run, const cli_options *cli, const cli_file *f)
{
    al_options *opts = al_options_clone(run->base);
    if (!opts) return NULL;
    if (!al_config_apply(f->cfg, opts, f->path)) {
        al_options_free(opts);
        return NULL;
    }
    cli_apply_selection(cli, opts);
    if (f->body_elsewhere) al_options_set_body_rules(opts, false);
    return opts;
}

void cli_lint_job(cli_job *j, const cli_run *run, const cli_options *cli)
{
    const cli_file *f = j->file;
    j->path = f->path;
    if (f->is_stdin) {
        j->err = run->stdin_err;
        j->orig = run->stdin_data; /* the run's: read once, freed with it */
        j->orig_len = run->stdin_len;
        j->stamp = run->stdin_stamp;
    } else {
        al_test_point("read");
        j->err = al_read_file(f->path, &j->orig, &j->orig_len, AL_DEFAULT_MAX_FILE_SIZE, &j->stamp);
    }
    if (j->err) return;
    j->opts = cli_file_options(run, cli, f);
    if (!j->opts) {
        j->err = ENOMEM;
        return;
    }
    j->data = j->orig;
    j->len = j->orig_len;
    if (cli->fix || cli->diff) {
        /* Fix, lint again, until nothing more applies; a pass that makes
         * the file worse is rolled back (the library's guard). */
        char *fixed = NULL;
        size_t flen = 0;
        j->res = al_fix_buffer(j->opts, f->path, j->orig, j->orig_len, f->origin, cli->unsafe_fixes,
                               &fixed, &flen, &j->fixes_applied);
        if (j->res) {
            j->data = fixed;
            j->len = flen;
        }
        /* --diff masks the secrets of the text as read too. */
        if (j->res && cli->diff && (j->len != j->orig_len || memcmp(j->data, j->orig, j->len) != 0))
            j->before = al_lint_buffer(j->opts, f->path, j->orig, j->orig_len, f->origin);
    } else {
        j->res = al_lint_buffer(j->opts, f->path, j->data, j->len, f->origin);
    }
    if (!j->res) j->err = ENOMEM;
}

void cli_job_clear(cli_job *j)
{
    if (j->data != j->orig) free(j->data);
    if (!j->file || !j->file->is_stdin) free(j->orig);
    al_result_free(j->res);
    al_result_free(j->before);
    al_options_free(j->opts);
    memset(j, 0, sizeof *j);
}

/* The next file from the walk into its window slot, under the lock (the
 * walk and the configurations are shared): false at the walk's end. The
 * walk goes on to its end whatever the first walk counted: a file created
 * since is linted too (and the difference said, check_same_files). */
static bool claim(struct cli_stream *s, size_t *index)
{
    size_t i = s->next;
    cli_file *f = &s->files[i % s->size];
    if (s->walked || source_next(s->run, s->cli, &s->source, f, false) != 1) {
        s->walked = true;
        pthread_cond_broadcast(&s->claimable);
        pthread_cond_broadcast(&s->done);
        return false;
    }
    s->window[i % s->size].file = f;
    s->next++;
    *index = i;
    return true;
}

static void *worker(void *arg)
{
    struct cli_stream *s = arg;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (!s->walked && s->next >= s->printed + s->size)
            pthread_cond_wait(&s->claimable, &s->lock);
        size_t i;
        if (!claim(s, &i)) break;
        pthread_mutex_unlock(&s->lock);
        cli_job *j = &s->window[i % s->size];
        cli_lint_job(j, s->run, s->cli);
        pthread_mutex_lock(&s->lock);
        j->done = true;
        pthread_cond_signal(&s->done);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

/* The calling thread prints each file in order and lints too whenever the
 * next file to print is not done yet: N threads in all for -j N, and -j 1
 * is one thread that lints and prints in turn. */
bool cli_run_stream(cli_run *run, const cli_options *cli, cli_print_fn *print, void *ctx)
{
    long n = cli->jobs < 1 ? 1 : cli->jobs;
    if ((size_t)n > run->count) n = run->count ? (long)run->count : 1;
    struct cli_stream s = {0};
    s.size = (size_t)n * WINDOW_PER_THREAD;
    s.window = calloc(s.size, sizeof *s.window);
    s.files = calloc(s.size, sizeof *s.files);
    s.source.walk = run_walk(run, cli, true);
    s.source.digest = DIGEST_START;
    if (!s.window || !s.files || !s.source.walk) {
        free(s.window);
        free(s.files);
        al_walk_free(s.source.walk);
        return false;
    }
    s.run = run;
    s.cli = cli;
    pthread_mutex_init(&s.lock, NULL);
    pthread_cond_init(&s.claimable, NULL);
    pthread_cond_init(&s.done, NULL);
    run->stream = &s;
    pthread_t threads[CLI_MAX_JOBS];
    long started = 0;
    /* The threads that lint inherit a mask that blocks the signals that end
     * a run: those go to this thread, which holds them while it rewrites a
     * file in place (src/cli/fileio.c). */
    sigset_t mask;
    al_block_ending_signals(&mask);
    for (long i = 1; i < n; i++) {
        if (pthread_create(&threads[started], NULL, worker, &s) != 0) break;
        started++;
    }
    al_restore_signals(&mask);
    pthread_mutex_lock(&s.lock);
    for (size_t i = 0; !s.walked || i < s.next;) {
        cli_job *j = &s.window[i % s.size];
        if (i < s.next && j->done) {
            pthread_mutex_unlock(&s.lock);
            print(run, j, ctx);
            cli_job_clear(j);
            free(s.files[i % s.size].owned);
            pthread_mutex_lock(&s.lock);
            s.printed = ++i;
            pthread_cond_broadcast(&s.claimable);
        } else if (!s.walked && s.next < s.printed + s.size) {
            size_t k;
            if (!claim(&s, &k)) continue;
            pthread_mutex_unlock(&s.lock);
            cli_job *w = &s.window[k % s.size];
            cli_lint_job(w, run, cli);
            pthread_mutex_lock(&s.lock);
            w->done = true;
        } else {
            pthread_cond_wait(&s.done, &s.lock);
        }
    }
    pthread_mutex_unlock(&s.lock);
    for (long i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    run->stream = NULL;
    run->count = s.next;
    check_same_files(run, cli, &s.source);
    al_walk_free(s.source.walk);
    free(s.files);
    free(s.window);
    pthread_cond_destroy(&s.done);
    pthread_cond_destroy(&s.claimable);
    pthread_mutex_destroy(&s.lock);
    return true;
}

/* "agentlint: OPTION PATH: ", the path escaped. */
static void say_option(const char *option, const char *path)
{
    fprintf(stderr, "agentlint: %s ", option);
    al_path_escape(stderr, path);
    fputs(": ", stderr);
}

/* Whether the file the walk gave is one the run would write over (the
 * reason printed). */
static bool clobbers(const file_source *src, const al_input *in)
{
    for (size_t i = 0; i < src->output_count; i++) {
        const named_output *o = &src->outputs[i];
        bool same = o->exists ? in->exists && in->dev == o->id.dev && in->ino == o->id.ino
                              : !in->exists && strcmp(in->path, o->path) == 0;
        if (!same) continue;
        say_option(o->option, o->path);
        fputs("that is one of the files to lint, and the run would write over it; name a file "
              "the run does not lint (such as report.txt) or one outside the folders named\n",
              stderr);
        return true;
    }
    return false;
}

/* The files the run writes, named on the command line, with their
 * identities when they exist; false (the reason printed) when two of them,
 * or --baseline and one of them, name one file. */
static bool check_outputs(const cli_options *cli, named_output *out, size_t *count)
{
    const char *options[] = {"-o", "--write-baseline", "--baseline"};
    const char *paths[] = {cli->output, cli->write_baseline, cli->baseline};
    named_output all[3];
    size_t n = 0;
    for (size_t i = 0; i < 3; i++) {
        if (!paths[i]) continue;
        struct stat st;
        named_output o = {options[i], paths[i], false, {0, 0}};
        /* Only a regular file can be one of the files to lint (or be
         * written over): -o /dev/stdout is fine twice. */
        if (stat(paths[i], &st) == 0) {
            if (!S_ISREG(st.st_mode)) continue;
            o.exists = true;
            o.id = (cli_file_id){(unsigned long long)st.st_dev, (unsigned long long)st.st_ino};
        }
        for (size_t k = 0; k < n; k++) {
            bool same = o.exists ? all[k].exists && all[k].id.dev == o.id.dev &&
                                       all[k].id.ino == o.id.ino
                                 : !all[k].exists && strcmp(all[k].path, o.path) == 0;
            if (!same) continue;
            say_option(o.option, o.path);
            fprintf(stderr, "the same file as %s; name two different files\n", all[k].option);
            return false;
        }
        all[n++] = o;
    }
    *count = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(all[i].option, "--baseline") != 0) out[(*count)++] = all[i];
    return true;
}

/* After the lint: the walk that gave the files to lint, gone on to its
 * end, must have found what the first walk counted (the same names in the
 * same order). A file created or removed in between would otherwise shift
 * the run and drop one file without a word. */
static void check_same_files(cli_run *run, const cli_options *cli, file_source *src)
{
    cli_file f;
    int got;
    while ((got = source_next(run, cli, src, &f, false)) == 1)
        free(f.owned);
    if (got < 0 || (src->index == run->walked && src->digest == run->walk_digest)) return;
    fprintf(stderr,
            "agentlint: the files changed while they were linted: %zu found before, %zu now%s; "
            "the report may miss some of them: run again\n",
            run->walked, src->index,
            src->index == run->walked ? ", not the same names" : "");
    run->trouble = true;
}

/* The next file of the run in *f (its path f's own): 1, or 0 at the end,
 * -1 when the run cannot go on (out of memory, a bad configuration: the
 * reason printed). The first walk says what --verbose asks and reads
 * standard input. */
static int source_next(cli_run *run, const cli_options *cli, file_source *src, cli_file *f,
                       bool first)
{
    al_input in;
    int got;
    while ((got = al_walk_next(src->walk, &in)) == 1) {
        bool is_stdin = strcmp(in.path, "-") == 0;
        const char *name = is_stdin && cli->stdin_filename ? cli->stdin_filename : in.path;
        const al_config *cfg = NULL;
        if (!config_for(&run->configs, cli, is_stdin && !cli->stdin_filename ? "stdin.md" : name,
                        &cfg))
            return -1;
        bool ignored = cfg && al_config_ignores(cfg, name);
        if (first && cli->verbose) { /* paths escaped: a newline in a name must not forge a line */
            fputs("agentlint: ", stderr);
            al_path_escape(stderr, name);
            fputs(!cfg      ? " uses no configuration file"
                  : ignored ? " is ignored by "
                            : " uses ",
                  stderr);
            if (cfg) al_path_escape(stderr, al_config_path(cfg));
            fputc('\n', stderr);
        }
        if (!ignored && first && clobbers(src, &in)) return -1;
        if (ignored) {
            if (first && is_stdin && cli->fix) {
                run->stdin_passthrough = true;
                int e = al_read_file(NULL, &run->passthrough, &run->passthrough_len,
                                     AL_DEFAULT_MAX_FILE_SIZE, &run->passthrough_stamp);
                if (e) {
                    fprintf(stderr, "agentlint: -: %s\n", strerror(e));
                    run->trouble = true;
                }
            }
            continue;
        }
        memset(f, 0, sizeof *f);
        if (!(f->owned = strdup(name))) return -1;
        f->path = f->owned;
        f->cfg = cfg;
        f->origin = in.origin;
        f->leaves_tree = in.leaves_tree;
        f->root_len = in.root_len;
        f->body_elsewhere = in.body_elsewhere;
        f->shared = in.shared;
        f->is_stdin = is_stdin;
        f->index = src->index++;
        src->digest = digest_name(src->digest, f->path);
        if (first && is_stdin) {
            run->has_stdin = true;
            run->stdin_err = al_read_file(NULL, &run->stdin_data, &run->stdin_len,
                                          AL_DEFAULT_MAX_FILE_SIZE, &run->stdin_stamp);
        }
        return 1;
    }
    return got;
}

void cli_run_file_replaced(cli_run *run, const al_file_stamp *was, const al_file_stamp *now)
{
    struct cli_stream *s = run->stream;
    if (!s || (was->dev == now->dev && was->ino == now->ino)) return;
    /* The index is shared by the walks: changed under the stream's lock,
     * which every walk of the run takes while it goes on. */
    pthread_mutex_lock(&s->lock);
    if (!al_walk_index_replaced(run->walk_index, was->dev, was->ino, now->dev, now->ino))
        run->trouble = true; /* out of memory: the file may be linted twice */
    pthread_mutex_unlock(&s->lock);
}

void cli_run_each_file(cli_run *run, const cli_options *cli, size_t from,
                       void (*fn)(cli_run *run, const cli_file *f, void *ctx), void *ctx)
{
    file_source src = {run_walk(run, cli, true), 0, DIGEST_START, NULL, 0};
    if (!src.walk) return;
    struct cli_stream *s = run->stream;
    for (;;) {
        cli_file f;
        /* The configurations are shared with the threads claiming files. */
        if (s) pthread_mutex_lock(&s->lock);
        int got = src.index < run->count ? source_next(run, cli, &src, &f, false) : 0;
        if (s) pthread_mutex_unlock(&s->lock);
        if (got != 1) break;
        if (f.index >= from) fn(run, &f, ctx);
        free(f.owned);
    }
    al_walk_free(src.walk);
}

typedef struct {
    const cli_options *cli;
    bool (*want)(const cli_run *run, const cli_options *cli, const cli_file *f);
    void (*fn)(const al_result *res, void *ctx);
    void *ctx;
} later_lint;

static void lint_later(cli_run *run, const cli_file *f, void *ctx)
{
    later_lint *l = ctx;
    if (!l->want(run, l->cli, f)) return;
    struct cli_stream *s = run->stream;
    cli_job *w = NULL;
    if (s) {
        size_t i = f->index;
        pthread_mutex_lock(&s->lock);
        cli_job *slot = &s->window[i % s->size];
        if (i < s->next && i < s->printed + s->size && slot->done) w = slot;
        pthread_mutex_unlock(&s->lock);
    }
    if (w) {
        l->fn(w->res, l->ctx);
        return;
    }
    cli_job j = {0};
    j.file = f;
    cli_lint_job(&j, run, l->cli);
    l->fn(j.res, l->ctx);
    cli_job_clear(&j);
}

void cli_run_each_later(cli_run *run, const cli_options *cli, size_t index,
                        bool (*want)(const cli_run *run, const cli_options *cli, const cli_file *f),
                        void (*fn)(const al_result *res, void *ctx), void *ctx)
{
    later_lint l = {cli, want, fn, ctx};
    cli_run_each_file(run, cli, index + 1, lint_later, &l);
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
    al_options_set_max_file_size(run->base, AL_DEFAULT_MAX_FILE_SIZE);
    if (cli->no_inline) al_options_set_inline_suppressions(run->base, false);
    al_options_set_kind(run->base, cli->kind);
    if (cli->timings) al_options_set_timings(run->base, true);
    if (cli->config_path) {
        const al_config *cfg;
        if (!config_for(&run->configs, cli, cli->config_path, &cfg)) return false;
    }
    run->kind_cache = al_kind_cache_new();
    /* The files reached more than once (symlinks shared by tools) first:
     * every walk of the run gives each at the same paths. */
    run->walk_index = run->kind_cache ? al_walk_index_new(cli->paths, cli->path_count) : NULL;
    if (!run->walk_index) {
        fputs("agentlint: out of memory\n", stderr);
        return false;
    }
    al_options_set_kind_cache(run->base, run->kind_cache);
    named_output outputs[2];
    size_t noutputs = 0;
    if (!check_outputs(cli, outputs, &noutputs)) return false;
    /* The first walk: only the count and the names' digest are kept. */
    file_source src = {al_walk_new(cli->paths, cli->path_count, false, run->walk_index), 0,
                       DIGEST_START, outputs, noutputs};
    if (!src.walk) {
        fputs("agentlint: out of memory\n", stderr);
        return false;
    }
    cli_file f;
    int got;
    while ((got = source_next(run, cli, &src, &f, true)) == 1)
        free(f.owned);
    if (al_walk_trouble(src.walk)) run->trouble = true;
    al_walk_free(src.walk);
    if (got < 0) return false;
    run->count = run->walked = src.index;
    run->walk_digest = src.digest;
    al_test_point("counted");
    return true;
}

void cli_run_free(cli_run *run)
{
    free(run->stdin_data);
    free(run->passthrough);
    al_options_free(run->base);
    al_walk_index_free(run->walk_index);
    al_kind_cache_free(run->kind_cache);
    config_cache_free(&run->configs);
    memset(run, 0, sizeof *run);
}
