/* Generic front-matter checks parameterized by a dialect table
 * (spec/dialect.h); how to add a dialect: docs/contributing.md. */
#ifndef AL_RULES_DIALECT_H
#define AL_RULES_DIALECT_H

#include "rules/rule.h"
#include "spec/dialect.h"

/* The root mapping of a text document's front matter, or NULL. */
const al_yaml_node *al_dialect_fields(const al_document *doc);

void al_dialect_check_required(al_context *ctx, const al_document *doc, const al_dialect *d);
void al_dialect_check_unknown_field(al_context *ctx, const al_document *doc, const al_dialect *d);
void al_dialect_check_field_status(al_context *ctx, const al_document *doc, const al_dialect *d);
void al_dialect_check_field_values(al_context *ctx, const al_document *doc, const al_dialect *d);
void al_dialect_check_model(al_context *ctx, const al_document *doc, const al_dialect *d);
void al_dialect_check_name_format(al_context *ctx, const al_document *doc, const al_dialect *d);

#endif
