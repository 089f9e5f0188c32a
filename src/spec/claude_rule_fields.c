/* Claude Code rules (Markdown files below .claude/rules), current to the reference notes
 * of the repository surface (claude-code-surface.md §5, §8; 2026-09): a
 * rule is Markdown loaded like CLAUDE.md, at launch, or only for files that
 * match its `paths` globs, the one front-matter key the memory docs
 * document. Cursor's `globs` and Copilot's `applyTo` are not read: a rule
 * that relies on them loads for every file (#45587). What Claude Code does
 * with other keys is not documented (unverified), so those are notes.
 * One entry per line. */
#include "spec/dialects.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MEMORY   "memory docs (surface §5), since CL 2.0.64; a list since CL 2.1.84"

/* clang-format off */
static const al_dialect_field claude_rule_fields[] = {
    {"paths",   AL_DT_STRING_LIST, false, AL_DF_CURRENT,   MEMORY, NULL, NULL, 0, 0, 0},
    {"globs",   AL_DT_ANY,         false, AL_DF_ELSEWHERE, "Cursor rules (§9.6)", NULL, "it is Cursor's key for a rule's files; Claude Code reads `paths`, so rename it", 0, 0, 0},
    {"applyTo", AL_DT_ANY,         false, AL_DF_ELSEWHERE, "Copilot instructions (surface §6)", NULL, "it is Copilot's key for an instructions file's files; Claude Code reads `paths`, a list of globs", 0, 0, 0},
};
/* clang-format on */

const al_dialect al_dialect_claude_rule = {
    .label = "Claude Code rule",
    .reader = "Claude Code",
    .fields = claude_rule_fields,
    .field_count = COUNT(claude_rule_fields),
    .unknown_field_severity = AL_INFO,
    .unknown_field_effect = "the memory docs name only `paths` for a rule's front matter, so "
                            "Claude Code most likely ignores it",
};
