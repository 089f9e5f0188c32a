/* The run: the files to lint, each with its options, linted (and fixed) on
 * N threads. Each file's result is kept with its text in the file's slot, so
 * the output order never depends on the threads. */
#ifndef AL_CLI_RUN_H
#define AL_CLI_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "cli/args.h"
#include "cli/configs.h"
#include "cli/fileio.h"
#include "cli/walk.h"

#define CLI_DEFAULT_MAX_FILE_SIZE ((size_t)16 << 20)

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
    al_file_stamp stamp;  /* the file as read: --fix writes only if it still is */
    bool leaves_tree;     /* found through a symlink out of the folder named: not fixed */
} cli_job;

typedef struct {
    al_options *base; /* the options every file's own start from */
    config_cache configs;
    al_input_list inputs;
    cli_job *jobs;
    size_t count;
    bool trouble; /* a path could not be read: exit 2 in the end */
    /* --fix on standard input that the configuration ignores: echoed as is,
     * so that an editor's fix-on-save keeps the buffer. */
    bool stdin_passthrough;
    char *passthrough;
    size_t passthrough_len;
    al_file_stamp passthrough_stamp;
} cli_run;

/* Expands the paths, finds each file's configuration and options, reads
 * standard input. False when the run cannot go on (the reason printed). */
bool cli_run_prepare(cli_run *run, const cli_options *cli);
/* Lints (and fixes, with --fix or --diff) every file on cli->jobs threads. */
void cli_run_lint(cli_run *run, const cli_options *cli);
void cli_run_free(cli_run *run);

#endif
