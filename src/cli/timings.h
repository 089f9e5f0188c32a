/* --timings: where a run's CPU time goes, by stage, printed on standard
 * error. The library times its own stages per file (al_result_stage_ns);
 * the command line times its phases around them with the process's CPU
 * clock, so the figures add up over all threads. */
#ifndef AL_CLI_TIMINGS_H
#define AL_CLI_TIMINGS_H

#include <stdio.h>

#include "agentlint/agentlint.h"

typedef struct {
    unsigned long long stage_ns[AL_STAGE_COUNT]; /* the library's, summed over files */
    unsigned long long prepare_ns;               /* the walk, configurations, options */
    unsigned long long lint_ns;                  /* reading and linting every file */
    unsigned long long finish_ns;                /* checks across files, the report */
    size_t files;
} cli_timings;

/* The process's CPU time so far (all threads), in nanoseconds. */
unsigned long long cli_process_cpu_ns(void);
/* Adds one file's stage times. */
void cli_timings_add(cli_timings *t, const al_result *res);
void cli_timings_print(const cli_timings *t, FILE *out);

#endif
