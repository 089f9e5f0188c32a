/* Rules about the file as a whole, before any parsing. */
#include "rules/checks.h"

void al_check_binary_file(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_BINARY) return;
    /* The whole file is the problem: point at its start. */
    size_t at = doc->src.nul_offset;
    al_report(ctx, 0, 0,
              "this looks like a binary file (a NUL byte at byte %zu), not an agent definition; "
              "it was not linted. Agent files are UTF-8 Markdown text",
              at);
}

void al_check_file_too_large(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TOO_LARGE) return;
    size_t limit = al_options_max_file_size(doc->opts);
    /* A reader stops one byte past the limit (the command line does): then
     * the real size is not known here, and a wrong one is not said. */
    if (doc->src.len == limit + 1)
        al_report(ctx, 0, 0,
                  "file is over the %zu-byte limit and was not linted; an agent's whole file "
                  "becomes its prompt, so one this large is almost certainly not an agent",
                  limit);
    else
        al_report(ctx, 0, 0,
                  "file is %zu bytes, over the %zu-byte limit, and was not linted; an agent's "
                  "whole file becomes its prompt, so one this large is almost certainly not an "
                  "agent",
                  doc->src.len, limit);
}
