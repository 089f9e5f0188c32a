/* Baselines, for adopting agentlint on a tree that already has findings:
 * --write-baseline FILE records today's findings, --baseline FILE reports
 * only the others. */
#ifndef AL_CLI_BASELINE_H
#define AL_CLI_BASELINE_H

#include <stdbool.h>

#include <stdio.h>

#include "agentlint/agentlint.h"

/* --write-baseline: the file created with its header (NULL: the reason
 * printed); each file's findings recorded, one line each,
 * "CODE<TAB>file<TAB>fingerprint", the file relative to its repository
 * (tabs, newlines and % in it percent-encoded; false when out of memory);
 * closed with the count noted on stderr (false on an I/O error, printed). */
FILE *cli_baseline_create(const char *path);
bool cli_baseline_record(FILE *out, const char *path, const al_result *res, const char *data,
                         size_t len, size_t *count);
bool cli_baseline_close(FILE *out, const char *path, bool ok, size_t count);

/* --baseline: the file read (NULL when it cannot be read or is malformed,
 * the reason printed); each file's findings recorded in it dropped (false
 * when out of memory); at the end, the notes of ignored entries and of the
 * entries of linted files that no longer match a finding (stale: fixed, or
 * the line changed) on stderr. */
typedef struct cli_baseline cli_baseline;
cli_baseline *cli_baseline_read(const char *path);
bool cli_baseline_filter(cli_baseline *b, const char *path, al_result *res, const char *data,
                         size_t len);
void cli_baseline_notes(const cli_baseline *b);
void cli_baseline_finish(cli_baseline *b, const char *path, bool quiet);

#endif
