/* The result of linting one file, seen from inside the library. */
#ifndef AL_RESULT_H
#define AL_RESULT_H

#include "agentlint/agentlint.h"
#include "document.h"
#include "rules/rule.h"
#include "util/arena.h"

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
    char *agent_name; /* for checks across files */
    al_position name_start, name_end;
    struct al_suppress_state *suppress; /* in-file directives, for late findings */
    al_span *secrets;                   /* where secrets are in the text linted */
    size_t secret_count, secret_cap;
    al_secret_text *secret_texts; /* each secret once */
    size_t secret_text_count, secret_text_cap;
    unsigned char *secret_pairs; /* bit per first two folded bytes of a secret */
};

struct al_context {
    al_result *res;
    const al_document *doc;
    const al_rule *rule;
    const al_options *opts;
};

al_diagnostic *al_result_push(al_result *res, const al_rule_info *rule, al_severity sev,
                              al_position start, al_position end, const char *message);
void al_result_sort(al_result *res);

#endif
