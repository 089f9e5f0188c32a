/* The result of linting one file, seen from inside the library. */
#ifndef AL_RESULT_H
#define AL_RESULT_H

#include "agentlint/agentlint.h"
#include "parse/bad_example.h"
#include "parse/document.h"
#include "rules/rule.h"
#include "util/arena.h"

/* A name one file refers to, for checks across files. */
typedef struct {
    char *name;
    al_position start, end;
} al_name_ref;

/* A secret's text, masked wherever it is printed (redact.c). */
typedef struct {
    const char *text;
    size_t len;
    char key[12]; /* the first bytes, case and '_'/'-' folded: the index */
} al_secret_text;

struct al_result {
    char *path;
    al_arena arena; /* messages, fixes */
    al_diagnostic *diags;
    size_t count, cap;
    al_file_kind kind;
    char *kind_why;   /* what decided the kind (al_result_kind_reason) */
    char *agent_name; /* for checks across files */
    al_position name_start, name_end;
    char *plugin;      /* the plugin folder of a plugin's agent, command or skill; else NULL */
    char *ident;       /* a skill's folder name or a command's file stem */
    bool claude_skill; /* a skill Claude Code loads (.claude/skills or a plugin's skills/) */
    al_name_ref *skill_refs; /* an agent's `skills:` entries */
    size_t skill_ref_count;
    al_name_ref agent_ref;              /* a skill's or command's `agent:` (name NULL when none) */
    char **mcp_defined; /* MCP servers the file defines (.mcp.json, plugin.json, agent) */
    size_t mcp_defined_count;
    al_name_ref *mcp_refs; /* the servers an agent's `mcpServers` names */
    size_t mcp_ref_count;
    struct al_suppress_state *suppress; /* in-file directives, for late findings */
    al_span *secrets;                   /* where secrets are in the text linted */
    size_t secret_count, secret_cap;
    al_secret_text *secret_texts; /* each secret once */
    size_t secret_text_count, secret_text_cap;
    unsigned char *secret_pairs; /* bit per first two folded bytes of a secret */
    size_t secret_findings;      /* findings of the secret rules pushed */
    /* The last messages and fix texts made (context.c): a rule that reports
     * 100k alike findings keeps one copy of their text, not 100k. */
    const char *recent_text[8];
    size_t recent_len[8];
    unsigned recent_next;
    unsigned long long stage_ns[AL_STAGE_COUNT]; /* al_options_set_timings */
};

struct al_context {
    al_result *res;
    const al_document *doc;
    const al_rule *rule;
    const al_options *opts;
    al_bad_example_memo bad_example; /* vreport's look-ups, in file order mostly */
};

/* What a file's path says of it for checks across files (lint.c): a
 * skill's name (its folder's) or a command's (its file name without the
 * extension), and whether Claude Code loads the skill (.claude/skills, or a
 * plugin's). ident points into path; NULL for other kinds. */
typedef struct {
    const char *ident;
    size_t ident_len;
    bool claude_skill;
} al_path_ident;
al_path_ident al_path_identity(const char *path, al_file_kind kind, const char *plugin_root);

al_diagnostic *al_result_push(al_result *res, const al_rule_info *rule, al_severity sev,
                              al_position start, al_position end, const char *message);
void al_result_sort(al_result *res);

#endif
