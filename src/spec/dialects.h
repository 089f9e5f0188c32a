/* Other tools' agent and rule files as dialect tables (spec/dialect.h):
 * GitHub Copilot custom agents, OpenCode agents, Gemini CLI subagents, Cursor
 * subagents and rules. One table per tool, in copilot.c, opencode.c,
 * gemini.c and cursor.c; every row names its source and date. Where the
 * reference notes call a fact unverified, the table says so and the rules
 * say no more than a note. */
#ifndef AL_SPEC_DIALECTS_H
#define AL_SPEC_DIALECTS_H

#include "spec/dialect.h"

extern const al_dialect al_dialect_copilot;              /* .github/agents */
extern const al_dialect al_dialect_copilot_instructions; /* *.instructions.md */
extern const al_dialect al_dialect_copilot_prompt;       /* *.prompt.md */
extern const al_dialect al_dialect_claude_rule;          /* .claude/rules */
extern const al_dialect al_dialect_opencode;             /* .opencode/agents */
extern const al_dialect al_dialect_gemini;               /* .gemini/agents */
extern const al_dialect al_dialect_cursor_agent;         /* .cursor/agents */
extern const al_dialect al_dialect_cursor_rule;          /* .cursor/rules */

/* Names another tool uses for a tool this dialect spells differently. */
typedef struct {
    const char *name; /* as written in the other tool */
    const char *use;  /* this dialect's spelling */
    const char *source;
} al_dialect_foreign_tool;

/* Gemini CLI: Claude Code's and Copilot's names, which its loader rejects. */
extern const al_dialect_foreign_tool al_gemini_foreign_tools[];
extern const size_t al_gemini_foreign_tool_count;

/* Copilot's prompt limit, in characters (code points). */
#define AL_COPILOT_PROMPT_MAX 30000

/* OpenCode's theme colour names, accepted for `color` besides #RRGGBB. */
extern const char *const al_opencode_theme_colors[];
extern const size_t al_opencode_theme_color_count;

/* The tool row for name (case-insensitive when the dialect says so), or NULL. */
const al_dialect_tool *al_dialect_tool_find(const al_dialect *d, const char *name, size_t len,
                                            bool case_insensitive);

#endif
