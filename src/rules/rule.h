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
#include "core/quote.h"
#include "parse/document.h"
#include "spec/kind_wording.h"

typedef struct al_context al_context;

typedef void (*al_check_fn)(al_context *ctx, const al_document *doc);

/* What a rule is, besides its check: set on its row of the registry, read by
 * the engine. */
enum {
    /* Its findings are credentials: masked in every text shown (engine/redact.c),
     * and run for that even when the rule is off. */
    AL_RULE_FINDS_SECRETS = 1u << 0,
    /* In code the file marks as a deliberate bad example (parse/bad_example.h)
     * its findings are notes at most, without a fix (rules/context.c). */
    AL_RULE_SOFTENED_IN_BAD_EXAMPLES = 1u << 1,
    /* Found by the engine once the file's rules have run (suppressions, checks
     * across files): the row has no check function. */
    AL_RULE_RUN_LEVEL = 1u << 2,
};

/* A registry row: the public description, the check, the kinds of file it
 * runs on (a mask of AL_KIND_BIT(kind)) and its AL_RULE_ flags. */
typedef struct {
    al_rule_info info; /* first, so an al_rule_info pointer is an al_rule pointer */
    al_check_fn check; /* NULL for AL_RULE_RUN_LEVEL */
    unsigned kinds;
    unsigned flags;
} al_rule;

/* The registry row of a rule's public description. */
static inline const al_rule *al_rule_of(const al_rule_info *info)
{
    return (const al_rule *)info;
}

#define AL_KIND_BIT(k) (1u << (unsigned)(k))
/* Every kind: body rules (Markdown, encoding, hidden text, secrets, Elixir, suppressions). */
#define AL_KINDS_ALL (~0u)
/* Every kind whose tool reads YAML front matter. */
#define AL_KINDS_FRONT_MATTER                                                                      \
    (AL_KIND_BIT(AL_KIND_AGENT) | AL_KIND_BIT(AL_KIND_SKILL) | AL_KIND_BIT(AL_KIND_COMMAND) |      \
     AL_KIND_BIT(AL_KIND_COPILOT_AGENT) | AL_KIND_BIT(AL_KIND_OPENCODE_AGENT) |                    \
     AL_KIND_BIT(AL_KIND_GEMINI_AGENT) | AL_KIND_BIT(AL_KIND_CURSOR_AGENT) |                       \
     AL_KIND_BIT(AL_KIND_CURSOR_RULE) | AL_KIND_BIT(AL_KIND_COPILOT_INSTRUCTIONS) |                \
     AL_KIND_BIT(AL_KIND_COPILOT_PROMPT) | AL_KIND_BIT(AL_KIND_CLAUDE_RULE))
/* Agents of every tool: a body that is a system prompt. */
#define AL_KINDS_AGENTS                                                                            \
    (AL_KIND_BIT(AL_KIND_AGENT) | AL_KIND_BIT(AL_KIND_COPILOT_AGENT) |                             \
     AL_KIND_BIT(AL_KIND_OPENCODE_AGENT) | AL_KIND_BIT(AL_KIND_GEMINI_AGENT) |                     \
     AL_KIND_BIT(AL_KIND_CURSOR_AGENT))
/* The JSON kinds: plugin manifests, settings, plugin hooks, MCP configuration. */
#define AL_KINDS_JSON                                                                              \
    (AL_KIND_BIT(AL_KIND_PLUGIN_MANIFEST) | AL_KIND_BIT(AL_KIND_SETTINGS) |                        \
     AL_KIND_BIT(AL_KIND_PLUGIN_HOOKS) | AL_KIND_BIT(AL_KIND_MCP_CONFIG))
/* Every Markdown kind (all but the JSON ones). */
#define AL_KINDS_MARKDOWN (~AL_KINDS_JSON)
/* Claude Code's own files: agents, skills and commands share its tool and model vocabulary. */
#define AL_KINDS_CLAUDE                                                                            \
    (AL_KIND_BIT(AL_KIND_AGENT) | AL_KIND_BIT(AL_KIND_SKILL) | AL_KIND_BIT(AL_KIND_COMMAND))
#define AL_KINDS_SKILL_LIKE (AL_KIND_BIT(AL_KIND_SKILL) | AL_KIND_BIT(AL_KIND_COMMAND))

/* A body rule: one that also runs on documentation, so about the text
 * whatever the file is (Markdown, encoding, hidden text, secrets, Elixir,
 * suppressions). A file linted once per kind runs these once. */
#define al_rule_is_body_rule(rule) (((rule)->kinds & AL_KIND_BIT(AL_KIND_DOCUMENTATION)) != 0)

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
/* Edits one fix may hold: a fix that would need more is withdrawn whole
 * (no fix at all rather than part of one); a rule that may need more makes
 * fewer, larger edits. */
#define AL_FIX_MAX_EDITS 16384
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

/* The end of the file's first line: where a finding about the whole file
 * (a field it lacks) points. */
size_t al_first_line_end(const al_document *doc);

/* How messages speak of this file's kind (spec/kind_wording.c). */
const al_kind_wording *al_wording(const al_document *doc);
/* "a" or "an", for the noun that follows. */
const char *al_article(const char *noun);

#endif
