/* Named points in the command line's file handling where a test build can
 * stop the program, so that a test changes the files at exactly that step
 * (a symlink swapped in between the walk and the write, a signal sent in the
 * middle of a rewrite) instead of racing it.
 *
 * Only the test build has them: tests/CMakeLists.txt compiles the command
 * line a second time with AGENTLINT_TEST_HOOKS into agentlint_hooked. There,
 * AGENTLINT_TEST_STOP_AT=NAME[,NAME...] makes the program stop itself
 * (SIGSTOP) at each point of that name; the test acts, then sends SIGCONT.
 * In every other build (the installed agentlint) the call is nothing. */
#ifndef AL_CLI_TEST_HOOK_H
#define AL_CLI_TEST_HOOK_H

#ifdef AGENTLINT_TEST_HOOKS
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static inline void al_test_point(const char *name)
{
    const char *want = getenv("AGENTLINT_TEST_STOP_AT");
    size_t n = strlen(name);
    for (const char *p = want; p && *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, name, n) == 0) {
            raise(SIGSTOP);
            return;
        }
        p += len + (end != NULL);
    }
}
#else
#define al_test_point(name) ((void)0)
#endif

#endif
