/* Stage 6 of the pipeline: reporters turn results into text. */
#ifndef AL_REPORT_H
#define AL_REPORT_H

#include <stdio.h>

#include "agentlint/agentlint.h"

/* "error", "warning" or "note": the words compilers use, which editors'
 * error formats recognise. */
const char *al_gcc_severity(al_severity sev);

/* One line per finding: path:line:col: severity: message [CODE name] */
void al_write_gcc(FILE *out, const al_result *res);

#endif
