/* The calling thread's CPU clock, for the stage times of --timings
 * (al_options_set_timings): each reading is a system call, so it is read
 * only when asked for. */
#ifndef AL_STAGE_CLOCK_H
#define AL_STAGE_CLOCK_H

#include <stdbool.h>
#include <time.h>

static inline unsigned long long al_thread_cpu_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
    return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* Adds the time since *since to *total and restarts *since; nothing when
 * not on. */
static inline void al_stage_lap(bool on, unsigned long long *since, unsigned long long *total)
{
    if (!on) return;
    unsigned long long now = al_thread_cpu_ns();
    *total += now - *since;
    *since = now;
}

#endif
