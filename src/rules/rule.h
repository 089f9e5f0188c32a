/* The rule engine, seen by a rule.
 *
 * A rule is a small function over a read-only document. It reports through
 * its context; the context knows which rule is running, at what severity,
 * and turns byte offsets into positions. */
#ifndef AL_RULE_H
#define AL_RULE_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "document.h"

typedef struct al_context al_context;

typedef void (*al_check_fn)(al_context *ctx, const al_document *doc);

/* A registry row: the public description plus the check. */
typedef struct {
    al_rule_info info; /* first, so an al_rule_info pointer is an al_rule pointer */
    al_check_fn check;
} al_rule;

extern const al_rule al_rule_table[];
extern const size_t al_rule_table_count;

/* A handle on a reported diagnostic, for attaching a fix; NULL when the
 * report was dropped (rule off). */
typedef struct al_pending al_pending;

/* Reports [start, end) (byte offsets in the file) at the rule's severity. */
al_pending *al_report(al_context *ctx, size_t start, size_t end, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Reports at a severity chosen by the rule for this finding; a severity the
 * user configured for the rule still wins. */
al_pending *al_report_at(al_context *ctx, al_severity sev, size_t start, size_t end,
                         const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Adds an edit to the finding's fix: bytes [start, end) become text. */
void al_fix_edit(al_context *ctx, al_pending *p, size_t start, size_t end, const char *text);
/* Marks the fix as unsafe (it may change meaning). Fixes are safe by default. */
void al_fix_unsafe(al_pending *p);

/* User text made safe to quote in a one-line message (control and
 * invisible characters escaped, at most 60 characters); lives with the result. */
const char *al_quote(al_context *ctx, const char *s, size_t len);

/* A scratch arena that lives as long as the result, for rule-built strings. */
al_arena *al_context_arena(al_context *ctx);
/* The file's path, for rules about names. */
const char *al_context_path(const al_context *ctx);

#endif
