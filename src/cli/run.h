/* The run: the files to lint, each with its configuration, linted (and
 * fixed) on N threads and handed to the writer in argument order as soon as
 * the files before them are done. At most a window of files is in memory at
 * once (read, linted, not yet printed), so that a run of any size needs the
 * same memory, and a slow file holds back at most the window. */
#ifndef AL_CLI_RUN_H
#define AL_CLI_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "cli/args.h"
#include "cli/configs.h"
#include "cli/fileio.h"
#include "cli/walk.h"

/* A file of the run, as found: kept while it is linted and printed (the
 * walk gives the files one at a time; nothing is kept per file). */
typedef struct {
    const char *path;     /* as given or found; the name reported */
    const al_config *cfg; /* its configuration, or NULL */
    al_file_origin origin;
    bool is_stdin;
    bool leaves_tree;    /* found through a symlink out of the folder named: not fixed */
    bool body_elsewhere; /* linted at another path too, as another kind: no body rules here */
    bool shared;         /* linted at other paths as other kinds: not fixed */
    size_t root_len;     /* found in a folder named: the first root_len bytes of path; else 0 */
    size_t index;        /* its place in the run's order */
    char *owned;         /* the path, when it is the file's own copy */
} cli_file;

/* A file being linted: read, linted (and fixed), until it is printed. */
typedef struct {
    const cli_file *file;
    const char *path;
    al_options *opts;
    char *orig; /* the text read */
    size_t orig_len;
    char *data; /* the text linted last (== orig unless fixed) */
    size_t len;
    al_result *res;
    al_result *before;    /* --diff: the text as read, linted (its secrets masked too) */
    int err;              /* errno reading it, or 0 */
    size_t fixes_applied; /* over all passes */
    al_file_stamp stamp;  /* the file as read: --fix writes only if it still is */
    bool done;
} cli_job;

struct cli_stream;

typedef struct {
    unsigned long long dev, ino;
} cli_file_id;

typedef struct {
    al_options *base;          /* the options every file's own start from */
    al_walk_index *walk_index; /* the files reached more than once, and where each is given */
    al_kind_cache *kind_cache; /* what the kind decision learnt about folders */
    config_cache configs;
    size_t count;   /* the files of the run, counted by a first walk */
    bool has_stdin; /* standard input is one of them */
    bool trouble;   /* a path could not be read: exit 2 in the end */
    /* Standard input, read before the run (it can be read only once). */
    char *stdin_data;
    size_t stdin_len;
    al_file_stamp stdin_stamp;
    int stdin_err;
    /* --fix on standard input that the configuration ignores: echoed as is,
     * so that an editor's fix-on-save keeps the buffer. */
    bool stdin_passthrough;
    char *passthrough;
    size_t passthrough_len;
    al_file_stamp passthrough_stamp;
    struct cli_stream *stream; /* while the files are linted */
    /* The files the run writes (its report, its baseline), once created:
     * every later walk leaves them out. */
    cli_file_id written[2];
    size_t written_count;
    /* The first walk's files: how many, and a digest of their names in
     * order, to tell whether the walk made to lint them found the same. */
    size_t walked;
    unsigned long long walk_digest;
} cli_run;

/* Walks the paths once to count the files and find each one's
 * configuration (a bad one stops the run before anything is printed;
 * --verbose says which each file uses), reads standard input. Nothing is
 * kept per file: the run walks again as it lints (and says so, with exit
 * status 2, when that walk finds other files). A report or baseline file
 * named that is also a file to lint, or two of them naming one file, stop
 * the run here. False when the run cannot go on (the reason printed). */
bool cli_run_prepare(cli_run *run, const cli_options *cli);
/* A file's options: the run's, its configuration's, the command line's
 * rule selection; NULL when out of memory. */
al_options *cli_file_options(const cli_run *run, const cli_options *cli, const cli_file *f);

/* Lints (and fixes, with --fix or --diff) every file on cli->jobs threads;
 * print gets each file on the calling thread, in the run's order, and may
 * change the job (its result, its text); the job is freed after it. The
 * threads that lint block the signals that end a run (only the calling
 * thread, which writes, receives them). When the files found differ from
 * the first walk's, says so and sets run->trouble. False when out of memory
 * (nothing printed after it). */
typedef void cli_print_fn(cli_run *run, cli_job *job, void *ctx);
bool cli_run_stream(cli_run *run, const cli_options *cli, cli_print_fn *print, void *ctx);
/* While streaming, from print: the file was (its stamp when read) has
 * been replaced by now (a fix written by rename, a new inode): the walks
 * know it as the same file (the run's walk index), so that a path to it
 * found later is not taken for another file. */
void cli_run_file_replaced(cli_run *run, const al_file_stamp *was, const al_file_stamp *now);
/* The files of the run from index from on, in order, each given to fn
 * (the walk made again, quietly: what a file needs of later ones comes
 * without keeping them). Also from print while streaming. */
void cli_run_each_file(cli_run *run, const cli_options *cli, size_t from,
                       void (*fn)(cli_run *run, const cli_file *f, void *ctx), void *ctx);
/* While streaming, from print: each file after index that want takes,
 * linted (those in the window already are not linted again), given to fn;
 * the result is freed after it unless it is a window's. */
void cli_run_each_later(cli_run *run, const cli_options *cli, size_t index,
                        bool (*want)(const cli_run *run, const cli_options *cli, const cli_file *f),
                        void (*fn)(const al_result *res, void *ctx), void *ctx);
/* Lints a job's text (and fixes it, with --fix or --diff). */
void cli_lint_job(cli_job *j, const cli_run *run, const cli_options *cli);
void cli_job_clear(cli_job *j);
void cli_run_free(cli_run *run);

#endif
