/* The run's output: fixes written or shown, checks across files, the
 * report, the summary line and the exit status, file by file. */
#ifndef AL_CLI_OUTPUT_H
#define AL_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "cli/args.h"
#include "cli/run.h"
#include "cli/timings.h"

#define EXIT_CLEAN    0
#define EXIT_FINDINGS 1
#define EXIT_TROUBLE  2

/* Lints the run's files and prints each as soon as the files before it
 * are done: fixes written or shown, checks across files, the report; then
 * the summary. Returns the exit status. With timings (--timings): each
 * file's stage times added, and the printing thread's own time as the
 * output's. */
int cli_finish(cli_run *run, const cli_options *cli, cli_timings *timings);

/* --show-files: the files a run would lint, one per line with the kind
 * each would be linted as (path, a tab, the kind); returns the exit
 * status (2 when a path could not be walked). */
int cli_show_files(cli_run *run, const cli_options *cli);
/* --list-rules (as a table, or JSON). */
void cli_list_rules(FILE *out, bool json);
/* --explain RULE; returns the exit status. */
int cli_explain(const char *which);

#endif
