/* Skills (SKILL.md) and commands (.claude/commands, Markdown files) as dialect tables:
 * Claude Code's reading, and the stricter Agent Skills specification. */
#ifndef AL_SPEC_SKILLS_H
#define AL_SPEC_SKILLS_H

#include "spec/dialect.h"

extern const al_dialect al_skill_claude_code;   /* Claude Code skill (§9.1) */
extern const al_dialect al_skill_agent_skills;  /* Agent Skills specification (§9.2) */
extern const al_dialect al_command_claude_code; /* Claude Code command (§9.3) */

/* description + when_to_use beyond this are cut in the skill listing (§9.1). */
#define AL_SKILL_LISTING_MAX 1536

/* Agent types a skill's `agent:` may name besides the run's own agents. */
extern const char *const al_builtin_agent_types[];
extern const size_t al_builtin_agent_type_count;

/* Words a skill's `name` may not contain under the Agent Skills profile:
 * claude.ai and the Skills API reject the upload. */
extern const char *const al_skill_reserved_words[];
extern const size_t al_skill_reserved_word_count;

#endif
