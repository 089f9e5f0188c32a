/* Rules about the Markdown body. */
#include "rules/checks.h"

void al_check_empty_body(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || doc->fm.status != AL_FM_PRESENT || !doc->md.blank) return;
    size_t s, e;
    al_source_line_span(&doc->src, doc->fm.close_line, &s, &e);
    al_report(ctx, s, e,
              "the body after the front matter is empty, so the %s starts with no system "
              "prompt; write its instructions below the closing `---`",
              al_wording(doc)->noun);
}
