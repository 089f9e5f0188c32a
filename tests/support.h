/* Helpers shared by the unit tests: lint a string, look for findings. */
#ifndef AL_TEST_SUPPORT_H
#define AL_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "agentlint/agentlint.h"

/* Lints text as an explicitly named agent ".claude/agents/agent.md" with default options. */
al_result *lint_text(const char *text);
/* The same with options and origin. */
al_result *lint_text_with(const al_options *opts, const char *path, const char *text,
                          al_file_origin origin);
/* How many findings of rule (code) are on line (0: any line). */
size_t count_findings(const al_result *res, const char *code, size_t line);
/* The first finding of rule on line (0: any), or NULL. */
const al_diagnostic *find_finding(const al_result *res, const char *code, size_t line);
/* Prints every finding, to see why a test failed. */
void dump_findings(const al_result *res);

/* Fails unless rule fires on exactly that line (at least once). */
#define assert_fires(res, code, line)                                                              \
    do {                                                                                           \
        if (count_findings((res), (code), (line)) == 0) dump_findings(res);                        \
        assert_true(count_findings((res), (code), (line)) > 0);                                    \
    } while (0)
/* Fails if rule fires anywhere. */
#define assert_silent(res, code)                                                                   \
    do {                                                                                           \
        if (count_findings((res), (code), 0) != 0) dump_findings(res);                             \
        assert_int_equal(count_findings((res), (code), 0), 0);                                     \
    } while (0)

#endif
