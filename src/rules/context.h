/* The context a rule reports through, seen by the engine that makes one per
 * file (engine/lint.c, engine/redact.c); rules see it only through rule.h. */
#ifndef AL_CONTEXT_H
#define AL_CONTEXT_H

#include "core/result.h"
#include "parse/bad_example.h"
#include "rules/rule.h"

struct al_context {
    al_result *res;
    const al_document *doc;
    const al_rule *rule;
    const al_options *opts;
    al_bad_example_memo bad_example; /* vreport's look-ups, in file order mostly */
};

#endif
