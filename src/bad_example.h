/* Code that the file itself marks as a deliberate bad example: a comment such
 * as `# ❌ Bad` or `# Don't` above it in the block, or a label such as
 * "**Wrong:**" right before the block. Rules about Elixir API use (EXA) say
 * at most an info note there, and fix nothing: the example is meant to be
 * wrong. */
#ifndef AL_BAD_EXAMPLE_H
#define AL_BAD_EXAMPLE_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "document.h"

/* True when file byte offset lies in Elixir code marked as a bad example. */
bool al_in_bad_example(const al_document *doc, size_t offset);

/* True for the rules that such a mark turns into a note. */
bool al_rule_softened_in_bad_examples(const al_rule_info *rule);

#endif
