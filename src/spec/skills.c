/* Skill and command front matter, current to the reference notes of
 * 2026-09-23: claude-code-agent-format.md §9.1 (code.claude.com/docs/en/skills,
 * mirror 2026-08-22), §9.2 (agentskills.io/specification), §9.3 (commands
 * "merged into skills": the same fields, `name` and `paths` ignored).
 * One entry per line. */
#include "spec/skills.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define CUR AL_DF_CURRENT

static const char tools_note[] =
    "`tools` is how an agent lists its tools; a skill pre-approves tools with `allowed-tools` "
    "(a space- or comma-separated string or a list), so rename the key";

/* `argument-hint: [file]` is a YAML list. Claude Code joins it into text
 * since v2.1.47 (it crashed before; anthropics/claude-code#25826), and
 * Anthropic's own plugins write it so in commands. A skill is read by other
 * tools too, and they refuse the list (Copilot CLI:
 * microsoft/skills-for-copilot-studio#176, 2026-06-29; VS Code's promptValidator.ts): */
static const char skill_hint_list_readers[] =
    "GitHub Copilot CLI 1.0.65 and later refuses the skill (\"argument-hint must be a string\") "
    "and VS Code's validator marks it as an error";

/* clang-format off */
/* The front matter skills and commands share ("merged into skills"; §9.1,
 * §9.3): one list, so that a field added for one is added for both
 * (`argument-hint` apart: other tools read skills, not commands). */
#define SKILL_AND_COMMAND_FIELDS \
    {"description",              AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"when_to_use",              AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"arguments",                AL_DT_ANY,         false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"disable-model-invocation", AL_DT_BOOL,        false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"user-invocable",           AL_DT_BOOL,        false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"allowed-tools",            AL_DT_TOOLS,       false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"disallowed-tools",         AL_DT_TOOLS,       false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"model",                    AL_DT_MODEL,       false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"effort",                   AL_DT_ENUM,        false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"context",                  AL_DT_ENUM,        false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"agent",                    AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"background",               AL_DT_BOOL,        false, CUR, "v2.1.218",   NULL, NULL, 0, 0, 0}, \
    {"hooks",                    AL_DT_MAPPING,     false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"shell",                    AL_DT_ENUM,        false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"metadata",                 AL_DT_MAPPING,     false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"license",                  AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0}, \
    {"compatibility",            AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0},

static const al_dialect_field claude_skill_fields[] = {
    {"name",                     AL_DT_STRING,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0},
    SKILL_AND_COMMAND_FIELDS
    {"argument-hint",            AL_DT_JOINED,      false, CUR, "2026-08-22", NULL, skill_hint_list_readers, 0, 0, 0},
    {"paths",                    AL_DT_STRING_LIST, false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0},
    {"display-name",             AL_DT_STRING,      false, CUR, "v2.1.186",   NULL, NULL, 0, 0, 0},
    {"default-enabled",          AL_DT_BOOL,        false, CUR, "v2.1.186",   NULL, NULL, 0, 0, 0},
    {"fallback",                 AL_DT_ANY,         false, CUR, "v2.1.186",   NULL, NULL, 0, 0, 0},
    {"tools",                    AL_DT_ANY,         false, AL_DF_ELSEWHERE, "2025-07-24", NULL, tools_note, 0, 0, 0},
};

static const al_dialect_field claude_command_fields[] = {
    {"name",                     AL_DT_ANY,         false, AL_DF_IGNORED, "2026-08-22", NULL, "a command is named after its file; delete the key or rename the file", 0, 0, 0},
    {"paths",                    AL_DT_ANY,         false, AL_DF_IGNORED, "2026-08-22", NULL, "only skills load by path; move the command to a skill if it should", 0, 0, 0},
    SKILL_AND_COMMAND_FIELDS
    {"argument-hint",            AL_DT_JOINED,      false, CUR, "2026-08-22", NULL, NULL, 0, 0, 0},
    {"tools",                    AL_DT_ANY,         false, AL_DF_ELSEWHERE, "2025-07-24", NULL, "`tools` is how an agent lists its tools; a command pre-approves tools with `allowed-tools`, so rename the key", 0, 0, 0},
};

/* agentskills.io/specification; claude.ai and Skills API uploads reject any other key */
static const al_dialect_field agent_skills_fields[] = {
    {"name",                     AL_DT_NAME,        true,  CUR, "agentskills spec", NULL, NULL, 64,   0, 0},
    {"description",              AL_DT_STRING,      true,  CUR, "agentskills spec", NULL, NULL, 1024, 0, 0},
    {"license",                  AL_DT_STRING,      false, CUR, "agentskills spec", NULL, NULL, 0,    0, 0},
    {"compatibility",            AL_DT_STRING,      false, CUR, "agentskills spec", NULL, NULL, 500,  0, 0},
    {"metadata",                 AL_DT_STRING_MAP,  false, CUR, "agentskills spec", NULL, NULL, 0,    0, 0},
    {"allowed-tools",            AL_DT_TOOLS,       false, CUR, "agentskills spec (experimental, agentskills#283)", NULL, NULL, 0, 0, 0},
};

static const al_dialect_value skill_values[] = {
    {"effort",  "low",        "2026-08-22", NULL},
    {"effort",  "medium",     "2026-08-22", NULL},
    {"effort",  "high",       "2026-08-22", NULL},
    {"effort",  "xhigh",      "2026-08-22", NULL},
    {"effort",  "max",        "2026-08-22", NULL},
    {"context", "fork",       "2026-08-22", NULL},
    {"shell",   "bash",       "2026-08-22", NULL},
    {"shell",   "powershell", "2026-08-22", NULL},
};

const char *const al_builtin_agent_types[] = {
    "general-purpose", /* sub-agents docs, 2025-07-24 */
    "Explore",         /* sub-agents docs, built-in subagents */
    "Plan",            /* sub-agents docs, built-in subagents */
};

const char *const al_skill_reserved_words[] = {
    "anthropic", /* platform.claude.com agent-skills overview: "cannot contain reserved words" */
    "claude",    /* same */
};
/* clang-format on */
const size_t al_builtin_agent_type_count = COUNT(al_builtin_agent_types);
const size_t al_skill_reserved_word_count = COUNT(al_skill_reserved_words);

static bool spec_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

const al_dialect al_skill_claude_code = {
    .label = "Claude Code skill",
    .reader = "Claude Code",
    .fields = claude_skill_fields,
    .field_count = COUNT(claude_skill_fields),
    .values = skill_values,
    .value_count = COUNT(skill_values),
    .tools_space_separated = true,
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "Claude Code ignores unknown keys without a word, so it has no effect",
    .yaml11_booleans = true, /* yes/no/on/off/1/0 since v2.1.218 */
};

const al_dialect al_skill_agent_skills = {
    .label = "skill",
    .reader = "the Agent Skills specification",
    .fields = agent_skills_fields,
    .field_count = COUNT(agent_skills_fields),
    .tools_space_separated = true,
    .unknown_field_severity = AL_ERROR,
    .unknown_field_effect = "claude.ai and Skills API uploads fail on any key the specification "
                            "does not list (\"Unexpected key(s) in SKILL.md frontmatter\")",
    .name_char_ok = spec_name_char,
    .name_chars = "lowercase letters, digits and hyphens",
    .name_max = 64,
    .name_no_edge_hyphens = true,
    .name_matches_folder = true,
};

const al_dialect al_command_claude_code = {
    .label = "Claude Code command",
    .reader = "Claude Code",
    .fields = claude_command_fields,
    .field_count = COUNT(claude_command_fields),
    .values = skill_values,
    .value_count = COUNT(skill_values),
    .tools_space_separated = true,
    .unknown_field_severity = AL_WARNING,
    .unknown_field_effect = "Claude Code ignores unknown keys without a word, so it has no effect",
    .yaml11_booleans = true,
};
