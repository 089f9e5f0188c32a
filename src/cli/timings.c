#include "cli/timings.h"

#include <time.h>

unsigned long long cli_process_cpu_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return 0;
    return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

void cli_timings_add(cli_timings *t, const al_result *res)
{
    if (!res) return;
    for (int s = 0; s < AL_STAGE_COUNT; s++)
        t->stage_ns[s] += al_result_stage_ns(res, (al_stage)s);
    t->files++;
}

static void row(FILE *out, const char *name, unsigned long long ns, unsigned long long total)
{
    fprintf(out, "agentlint: %-38s %8.3f s %5.1f %%\n", name, (double)ns / 1e9,
            total ? 100.0 * (double)ns / (double)total : 0.0);
}

void cli_timings_print(const cli_timings *t, FILE *out)
{
    unsigned long long library = 0;
    for (int s = 0; s < AL_STAGE_COUNT; s++)
        library += t->stage_ns[s];
    /* The lint phase less the library's stages: reading the files, mostly. */
    unsigned long long read = t->lint_ns > library ? t->lint_ns - library : 0;
    unsigned long long total = t->prepare_ns + read + library + t->finish_ns;
    fprintf(out, "agentlint: CPU time by stage, %zu files, all threads:\n", t->files);
    row(out, "walk, configuration", t->prepare_ns, total);
    row(out, "read (and the rest of the lint phase)", read, total);
    for (int s = 0; s < AL_STAGE_COUNT; s++)
        row(out, al_stage_name((al_stage)s), t->stage_ns[s], total);
    row(out, "output (checks across files, report)", t->finish_ns, total);
    row(out, "total", total, total);
}
