/* Baselines, for adopting agentlint on a tree that already has findings:
 * --write-baseline FILE records today's findings, --baseline FILE reports
 * only the others. */
#ifndef AL_CLI_BASELINE_H
#define AL_CLI_BASELINE_H

#include <stdbool.h>

#include "cli/run.h"

/* Writes one line per finding of the run, "CODE<TAB>file<TAB>fingerprint",
 * the file relative to its repository (tabs, newlines and % in it
 * percent-encoded). False on an I/O error (the reason printed). */
bool cli_write_baseline(const char *path, const cli_run *run);
/* Drops the findings recorded in the baseline from the run's results, and
 * notes on stderr the entries of linted files that no longer match a
 * finding (stale: fixed, or the line changed). False when the file cannot
 * be read or is malformed (the reason printed). */
bool cli_apply_baseline(const char *path, cli_run *run, bool quiet);

#endif
