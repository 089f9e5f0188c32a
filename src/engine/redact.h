/* The secrets of a document, and their masking in any text that leaves the
 * program. */
#ifndef AL_REDACT_H
#define AL_REDACT_H

#include <stdbool.h>

#include "agentlint/agentlint.h"
#include "parse/document.h"

/* Finds the secrets of doc into res: the spans of the SEC001 and SEC002
 * findings already in res (the rules are run here too when they are off, so
 * that a disabled rule does not unmask anything), each private key's body
 * lines, and every other occurrence of the same text. False when out of
 * memory. */
bool al_secrets_collect(al_result *res, const al_document *doc, const al_options *opts);
/* Masks the secrets of res in every message of res (once the last finding
 * is in: suppressions add some). False when out of memory. */
bool al_secrets_mask_messages(al_result *res);

#endif
