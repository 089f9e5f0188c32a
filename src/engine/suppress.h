/* In-file suppressions: a post-filter after the rules have run.
 *
 * In the Markdown body (HTML comments, so never inside a code block):
 *   <!-- agentlint-disable-next-line [rules] -->
 *   <!-- agentlint-disable-line [rules] -->
 *   <!-- agentlint-disable [rules] --> ... <!-- agentlint-enable [rules] -->
 *   <!-- agentlint-disable-file [rules] -->
 * In the front matter, as a YAML comment:
 *   key: value  # agentlint-disable-line [rules]
 *   # agentlint-disable-next-line [rules]
 *   # agentlint-disable-file [rules]
 * No rule list means every rule; rules by code or name, separated by commas
 * or spaces; " -- " starts a free-text reason. A directive that suppresses
 * nothing is reported (AL001), and so is one naming an unknown rule or
 * misspelling the directive (AL002). */
#ifndef AL_SUPPRESS_H
#define AL_SUPPRESS_H

#include "agentlint/agentlint.h"
#include "parse/document.h"

struct al_result;

/* Parses the directives of doc, drops the suppressed diagnostics from res,
 * reports unused and invalid directives. Keeps what a later pass needs in
 * res (for findings added across files). Returns false when out of memory. */
bool al_suppress_apply(struct al_result *res, const al_document *doc, const al_options *opts);

/* For a diagnostic pushed onto res after al_suppress_apply (checks across
 * files): drops it if a directive covers it, and withdraws that directive's
 * "suppresses nothing" report. Call right after pushing, before sorting. */
void al_suppress_late(struct al_result *res);

#endif
